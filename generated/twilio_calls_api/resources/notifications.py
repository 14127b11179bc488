# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Notifications: The errors and warnings the platform logged for a call (superseded by Alerts at Twilio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven, Page

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import ListCallNotificationsParams, NotificationFields


class Notifications:
    """Notifications: The errors and warnings the platform logged for a call (superseded by Alerts at Twilio).

    Reached as `client.notifications`. Each method checks its arguments by the client's provider's rules
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
        **filters: Unpack[ListCallNotificationsParams],
    ) -> Iterator[NotificationFields]:
        """List the errors and warnings logged for a call, one page at a time.
        Offered by twilio only.


        Keyword arguments (from the API document):
            log (int; twilio only; 0 <= value <= 1):
                Only errors (0) or only warnings (1); both when left out.
            logged_on (date | str; twilio only):
                Only notifications logged on this day (YYYY-MM-DD).
            logged_before (date | str; twilio only):
                Only notifications logged on or before this day (YYYY-MM-DD).
            logged_after (date | str; twilio only):
                Only notifications logged on or after this day (YYYY-MM-DD).
            page_size (int; twilio only; 1 <= value <= 1000):
                How many items one page holds (50 when left out).

        Lazy: pages are requested as the iteration reaches them, and at most `limit` items are returned.
        """
        return self._runner._iterate_operation("list_call_notifications", (call_sid,), filters, limit, request_timeout)

    def list_page(
        self,
        call_sid: str,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallNotificationsParams],
    ) -> Page[NotificationFields]:
        """One page of notifications and a token for the next (pass it back with the same filters)."""
        page = self._runner._page_operation(
            "list_call_notifications", (call_sid,), page_token, page_url, filters, request_timeout
        )
        return cast("Page[NotificationFields]", page)

    def fetch(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> NotificationFields:
        """Read one error or warning logged for a call.
        Offered by twilio only.
        """
        result = self._runner._run_operation(
            "fetch_call_notification",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
        )
        return cast("NotificationFields", result)


class AsyncNotifications:
    """Notifications (asyncio): The errors and warnings the platform logged for a call (superseded by Alerts at Twilio).

    Reached as `client.notifications`. Each method checks its arguments by the client's provider's rules
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
        **filters: Unpack[ListCallNotificationsParams],
    ) -> AsyncIterator[NotificationFields]:
        """List the errors and warnings logged for a call, one page at a time.
        Offered by twilio only.


        Keyword arguments (from the API document):
            log (int; twilio only; 0 <= value <= 1):
                Only errors (0) or only warnings (1); both when left out.
            logged_on (date | str; twilio only):
                Only notifications logged on this day (YYYY-MM-DD).
            logged_before (date | str; twilio only):
                Only notifications logged on or before this day (YYYY-MM-DD).
            logged_after (date | str; twilio only):
                Only notifications logged on or after this day (YYYY-MM-DD).
            page_size (int; twilio only; 1 <= value <= 1000):
                How many items one page holds (50 when left out).

        Lazy: pages are requested as the iteration reaches them, and at most `limit` items are returned.
        """
        return self._runner._iterate_operation("list_call_notifications", (call_sid,), filters, limit, request_timeout)

    async def list_page(
        self,
        call_sid: str,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallNotificationsParams],
    ) -> Page[NotificationFields]:
        """One page of notifications and a token for the next (pass it back with the same filters)."""
        page = await self._runner._page_operation(
            "list_call_notifications", (call_sid,), page_token, page_url, filters, request_timeout
        )
        return cast("Page[NotificationFields]", page)

    async def fetch(
        self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> NotificationFields:
        """Read one error or warning logged for a call.
        Offered by twilio only.
        """
        result = await self._runner._run_operation(
            "fetch_call_notification",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
        )
        return cast("NotificationFields", result)
