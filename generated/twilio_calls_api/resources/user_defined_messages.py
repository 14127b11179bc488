# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""User defined messages: Messages from the server to the Voice SDK client on a call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import CreateUserDefinedMessageParams, UserDefinedMessageFields

_NONE: Mapping[str, object] = {}


class UserDefinedMessages:
    """User defined messages: Messages from the server to the Voice SDK client on a call.

    Reached as `client.user_defined_messages`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateUserDefinedMessageParams],
    ) -> UserDefinedMessageFields:
        """Send a message to the Voice SDK client on a call.
        Offered by twilio only.


        Keyword arguments (from the API document):
            content (str; twilio only):
                The message, as the text of a JSON value (the form encoding escapes it).
            idempotency_key (str; twilio only):
                A value unique to this request, so a repeat with the same key is delivered once."""
        result = self._runner._run_operation("create_user_defined_message", (call_sid,), params, request_timeout)
        return cast("UserDefinedMessageFields", result)


class AsyncUserDefinedMessages:
    """User defined messages (asyncio): Messages from the server to the Voice SDK client on a call.

    Reached as `client.user_defined_messages`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateUserDefinedMessageParams],
    ) -> UserDefinedMessageFields:
        """Send a message to the Voice SDK client on a call.
        Offered by twilio only.


        Keyword arguments (from the API document):
            content (str; twilio only):
                The message, as the text of a JSON value (the form encoding escapes it).
            idempotency_key (str; twilio only):
                A value unique to this request, so a repeat with the same key is delivered once."""
        result = await self._runner._run_operation("create_user_defined_message", (call_sid,), params, request_timeout)
        return cast("UserDefinedMessageFields", result)
