# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""User defined message subscriptions: Subscriptions that forward a Voice SDK client's messages on a call to a URL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import CreateUserDefinedMessageSubscriptionParams, UserDefinedMessageSubscriptionFields

_NONE: Mapping[str, object] = {}


class UserDefinedMessageSubscriptions:
    """User defined message subscriptions: Subscriptions that forward a Voice SDK client's messages on a call to a URL.

    Reached as `client.user_defined_message_subscriptions`. Each method checks its arguments by the client's provider's rules
    before anything is sent, and raises the client's typed errors.
    """

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create(
        self,
        call_sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateUserDefinedMessageSubscriptionParams],
    ) -> UserDefinedMessageSubscriptionFields:
        """Forward a Voice SDK client's messages on a call to a URL.
        Offered by twilio only.


        Keyword arguments (from the API document):
            callback (str; twilio only):
                Receives each message the Voice SDK client sends, as a JSON body; its host name must be valid (no underscores).
            method (HttpMethod | str; twilio only):
                How Callback is requested (POST by default).
            idempotency_key (str; twilio only):
                A value unique to this request, so a repeat with the same key makes one subscription."""
        result = self._runner._run_operation(
            "create_user_defined_message_subscription", (call_sid,), params, request_timeout
        )
        return cast("UserDefinedMessageSubscriptionFields", result)

    def delete(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> None:
        """Stop forwarding a Voice SDK client's messages.
        Offered by twilio only.
        """
        self._runner._run_operation(
            "delete_user_defined_message_subscription",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
        )


class AsyncUserDefinedMessageSubscriptions:
    """User defined message subscriptions (asyncio): Subscriptions that forward a Voice SDK client's messages on a call to a URL.

    Reached as `client.user_defined_message_subscriptions`. Each method checks its arguments by the client's provider's rules
    before anything is sent, and raises the client's typed errors.
    """

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create(
        self,
        call_sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[CreateUserDefinedMessageSubscriptionParams],
    ) -> UserDefinedMessageSubscriptionFields:
        """Forward a Voice SDK client's messages on a call to a URL.
        Offered by twilio only.


        Keyword arguments (from the API document):
            callback (str; twilio only):
                Receives each message the Voice SDK client sends, as a JSON body; its host name must be valid (no underscores).
            method (HttpMethod | str; twilio only):
                How Callback is requested (POST by default).
            idempotency_key (str; twilio only):
                A value unique to this request, so a repeat with the same key makes one subscription."""
        result = await self._runner._run_operation(
            "create_user_defined_message_subscription", (call_sid,), params, request_timeout
        )
        return cast("UserDefinedMessageSubscriptionFields", result)

    async def delete(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> None:
        """Stop forwarding a Voice SDK client's messages.
        Offered by twilio only.
        """
        await self._runner._run_operation(
            "delete_user_defined_message_subscription",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
        )
