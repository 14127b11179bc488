# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Events: The log of HTTP requests the platform made for a call, with the answers it got."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven, Page

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import EventFields, ListCallEventsParams


class Events:
    """Events: The log of HTTP requests the platform made for a call, with the answers it got.

    Reached as `client.events`. Each method checks its arguments by the client's provider's rules
    before anything is sent, and raises the client's typed errors.
    """

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        call_sid: str,
        *,
        limit: int | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallEventsParams],
    ) -> Iterator[EventFields]:
        """List the requests made for a call, one page at a time.
        Offered by twilio only.


        Keyword arguments (from the API document):
            page_size (int; twilio only; 1 <= value <= 1000):
                How many items one page holds (50 when left out).

        Lazy: pages are requested as the iteration reaches them, and at most `limit` items are returned.
        """
        return self._runner._iterate_operation("list_call_events", (call_sid,), filters, limit, request_timeout)

    def list_page(
        self,
        call_sid: str,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallEventsParams],
    ) -> Page[EventFields]:
        """One page of events and a token for the next (pass it back with the same filters)."""
        page = self._runner._page_operation(
            "list_call_events", (call_sid,), page_token, page_url, filters, request_timeout
        )
        return cast("Page[EventFields]", page)


class AsyncEvents:
    """Events (asyncio): The log of HTTP requests the platform made for a call, with the answers it got.

    Reached as `client.events`. Each method checks its arguments by the client's provider's rules
    before anything is sent, and raises the client's typed errors.
    """

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        call_sid: str,
        *,
        limit: int | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallEventsParams],
    ) -> AsyncIterator[EventFields]:
        """List the requests made for a call, one page at a time.
        Offered by twilio only.


        Keyword arguments (from the API document):
            page_size (int; twilio only; 1 <= value <= 1000):
                How many items one page holds (50 when left out).

        Lazy: pages are requested as the iteration reaches them, and at most `limit` items are returned.
        """
        return self._runner._iterate_operation("list_call_events", (call_sid,), filters, limit, request_timeout)

    async def list_page(
        self,
        call_sid: str,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallEventsParams],
    ) -> Page[EventFields]:
        """One page of events and a token for the next (pass it back with the same filters)."""
        page = await self._runner._page_operation(
            "list_call_events", (call_sid,), page_token, page_url, filters, request_timeout
        )
        return cast("Page[EventFields]", page)
