# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Every resource of the document as an attribute of the client (client.calls, ...).

A resource's module is imported when the attribute is first read, so importing the client costs nothing for
the resources an app never uses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner
    from .calls import AsyncCalls, Calls
    from .events import AsyncEvents, Events
    from .notifications import AsyncNotifications, Notifications
    from .payments import AsyncPayments, Payments
    from .recordings import AsyncRecordings, Recordings
    from .siprec import AsyncSiprec, Siprec
    from .streams import AsyncStreams, Streams
    from .transcriptions import AsyncTranscriptions, Transcriptions
    from .user_defined_message_subscriptions import (
        AsyncUserDefinedMessageSubscriptions,
        UserDefinedMessageSubscriptions,
    )
    from .user_defined_messages import AsyncUserDefinedMessages, UserDefinedMessages

RESOURCES: tuple[str, ...] = (
    "calls",
    "recordings",
    "streams",
    "siprec",
    "transcriptions",
    "payments",
    "events",
    "notifications",
    "user_defined_messages",
    "user_defined_message_subscriptions",
)
"""The resources' attribute names, which are also the command line's commands (with - for _)."""


class SyncResources:
    """The resource attributes of CallsClient."""

    @cached_property
    def calls(self) -> Calls:
        """Calls: Outbound and inbound phone calls."""
        from .calls import Calls

        return Calls(cast("SyncRunner", self))

    @cached_property
    def recordings(self) -> Recordings:
        """Recordings: Recordings of a live call - start, pause, resume, stop, list, read and delete them."""
        from .recordings import Recordings

        return Recordings(cast("SyncRunner", self))

    @cached_property
    def streams(self) -> Streams:
        """Streams: One-way copies of a live call's audio sent to a WebSocket server."""
        from .streams import Streams

        return Streams(cast("SyncRunner", self))

    @cached_property
    def siprec(self) -> Siprec:
        """Siprec: SIPREC sessions that send a live call's audio to a recording server."""
        from .siprec import Siprec

        return Siprec(cast("SyncRunner", self))

    @cached_property
    def transcriptions(self) -> Transcriptions:
        """Transcriptions: Real-time transcriptions of a live call."""
        from .transcriptions import Transcriptions

        return Transcriptions(cast("SyncRunner", self))

    @cached_property
    def payments(self) -> Payments:
        """Payments: Agent-assisted card or bank payments taken on a live call by keypad."""
        from .payments import Payments

        return Payments(cast("SyncRunner", self))

    @cached_property
    def events(self) -> Events:
        """Events: The log of HTTP requests the platform made for a call, with the answers it got."""
        from .events import Events

        return Events(cast("SyncRunner", self))

    @cached_property
    def notifications(self) -> Notifications:
        """Notifications: The errors and warnings the platform logged for a call (superseded by Alerts at Twilio)."""
        from .notifications import Notifications

        return Notifications(cast("SyncRunner", self))

    @cached_property
    def user_defined_messages(self) -> UserDefinedMessages:
        """User defined messages: Messages from the server to the Voice SDK client on a call."""
        from .user_defined_messages import UserDefinedMessages

        return UserDefinedMessages(cast("SyncRunner", self))

    @cached_property
    def user_defined_message_subscriptions(self) -> UserDefinedMessageSubscriptions:
        """User defined message subscriptions: Subscriptions that forward a Voice SDK client's messages on a call to a URL."""
        from .user_defined_message_subscriptions import UserDefinedMessageSubscriptions

        return UserDefinedMessageSubscriptions(cast("SyncRunner", self))


class AsyncResources:
    """The resource attributes of AsyncCallsClient."""

    @cached_property
    def calls(self) -> AsyncCalls:
        """Calls: Outbound and inbound phone calls."""
        from .calls import AsyncCalls

        return AsyncCalls(cast("AsyncRunner", self))

    @cached_property
    def recordings(self) -> AsyncRecordings:
        """Recordings: Recordings of a live call - start, pause, resume, stop, list, read and delete them."""
        from .recordings import AsyncRecordings

        return AsyncRecordings(cast("AsyncRunner", self))

    @cached_property
    def streams(self) -> AsyncStreams:
        """Streams: One-way copies of a live call's audio sent to a WebSocket server."""
        from .streams import AsyncStreams

        return AsyncStreams(cast("AsyncRunner", self))

    @cached_property
    def siprec(self) -> AsyncSiprec:
        """Siprec: SIPREC sessions that send a live call's audio to a recording server."""
        from .siprec import AsyncSiprec

        return AsyncSiprec(cast("AsyncRunner", self))

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        """Transcriptions: Real-time transcriptions of a live call."""
        from .transcriptions import AsyncTranscriptions

        return AsyncTranscriptions(cast("AsyncRunner", self))

    @cached_property
    def payments(self) -> AsyncPayments:
        """Payments: Agent-assisted card or bank payments taken on a live call by keypad."""
        from .payments import AsyncPayments

        return AsyncPayments(cast("AsyncRunner", self))

    @cached_property
    def events(self) -> AsyncEvents:
        """Events: The log of HTTP requests the platform made for a call, with the answers it got."""
        from .events import AsyncEvents

        return AsyncEvents(cast("AsyncRunner", self))

    @cached_property
    def notifications(self) -> AsyncNotifications:
        """Notifications: The errors and warnings the platform logged for a call (superseded by Alerts at Twilio)."""
        from .notifications import AsyncNotifications

        return AsyncNotifications(cast("AsyncRunner", self))

    @cached_property
    def user_defined_messages(self) -> AsyncUserDefinedMessages:
        """User defined messages: Messages from the server to the Voice SDK client on a call."""
        from .user_defined_messages import AsyncUserDefinedMessages

        return AsyncUserDefinedMessages(cast("AsyncRunner", self))

    @cached_property
    def user_defined_message_subscriptions(self) -> AsyncUserDefinedMessageSubscriptions:
        """User defined message subscriptions: Subscriptions that forward a Voice SDK client's messages on a call to a URL."""
        from .user_defined_message_subscriptions import AsyncUserDefinedMessageSubscriptions

        return AsyncUserDefinedMessageSubscriptions(cast("AsyncRunner", self))
