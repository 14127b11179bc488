# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Recordings: Recordings of a live call - start, pause, resume, stop, list, read and delete them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven, Page

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import (
        CreateCallRecordingParams,
        ListCallRecordingsParams,
        RecordingFields,
        UpdateCallRecordingParams,
        UpdateCallRecordingShortcutParams,
    )


class Recordings:
    """Recordings: Recordings of a live call - start, pause, resume, stop, list, read and delete them.

    Reached as `client.recordings`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateCallRecordingParams],
    ) -> RecordingFields:
        """Start recording a live call.

        Keyword arguments (from the API document):
            recording_status_callback_event (Sequence[RecordingStatusCallbackEvent | str]):
                Which recording events go to RecordingStatusCallback (`completed` when left out); one form key per event.
            recording_status_callback (str):
                Told about the recording's events (those RecordingStatusCallbackEvent names).
            recording_status_callback_method (HttpMethod | str):
                How RecordingStatusCallback is requested (POST by default).
            trim (Trim | str):
                Whether silence at both ends is cut (`do-not-trim` by default here, unlike <Start><Recording>).
            recording_channels (RecordingChannels | str):
                `mono` (the default) mixes every party into one channel; `dual` gives each of two parties its own.
            recording_track (RecordingTrack | str):
                Which audio is recorded - what the platform receives (`inbound`), what it plays (`outbound`), or `both` (the default)."""
        result = self._runner._run_operation("create_call_recording", (call_sid,), params, request_timeout)
        return cast("RecordingFields", result)

    def list(
        self,
        call_sid: str,
        *,
        limit: int | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallRecordingsParams],
    ) -> Iterator[RecordingFields]:
        """List a call's recordings, one page at a time.
        Offered by twilio only.


        Keyword arguments (from the API document):
            created_on (date | str; twilio only):
                Only recordings made on this day (YYYY-MM-DD).
            created_before (date | str; twilio only):
                Only recordings made on or before this day (YYYY-MM-DD).
            created_after (date | str; twilio only):
                Only recordings made on or after this day (YYYY-MM-DD).
            page_size (int; twilio only; 1 <= value <= 1000):
                How many items one page holds (50 when left out).

        Lazy: pages are requested as the iteration reaches them, and at most `limit` items are returned.
        """
        return self._runner._iterate_operation("list_call_recordings", (call_sid,), filters, limit, request_timeout)

    def list_page(
        self,
        call_sid: str,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallRecordingsParams],
    ) -> Page[RecordingFields]:
        """One page of recordings and a token for the next (pass it back with the same filters)."""
        page = self._runner._page_operation(
            "list_call_recordings", (call_sid,), page_token, page_url, filters, request_timeout
        )
        return cast("Page[RecordingFields]", page)

    def fetch(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> RecordingFields:
        """Read one recording of a call.
        Offered by twilio only.
        """
        result = self._runner._run_operation(
            "fetch_call_recording",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
        )
        return cast("RecordingFields", result)

    def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallRecordingParams],
    ) -> RecordingFields:
        """Pause, resume or stop a recording of a live call.

        Keyword arguments (from the API document):
            status (RecordingUpdateStatus | str; required):
                The state to move the recording to.
            pause_behavior (PauseBehavior | str):
                With Status `paused`: whether the pause is left out of the file (`skip`) or kept as silence (`silence`, the default). Ignored otherwise."""
        result = self._runner._run_operation(
            "update_call_recording",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("RecordingFields", result)

    def pause(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallRecordingShortcutParams],
    ) -> RecordingFields:
        """Pause the recording; PauseBehavior says whether the gap is left out or kept as silence: update_call_recording with status='paused'."""
        result = self._runner._run_operation(
            "update_call_recording",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
            {"Status": "paused"},
        )
        return cast("RecordingFields", result)

    def resume(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallRecordingShortcutParams],
    ) -> RecordingFields:
        """Resume a paused recording: update_call_recording with status='in-progress'."""
        result = self._runner._run_operation(
            "update_call_recording",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
            {"Status": "in-progress"},
        )
        return cast("RecordingFields", result)

    def stop(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallRecordingShortcutParams],
    ) -> RecordingFields:
        """Stop the recording; it cannot be resumed: update_call_recording with status='stopped'."""
        result = self._runner._run_operation(
            "update_call_recording",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
            {"Status": "stopped"},
        )
        return cast("RecordingFields", result)

    def delete(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> None:
        """Delete a recording of a call.
        Offered by twilio only.
        """
        self._runner._run_operation(
            "delete_call_recording",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
        )


class AsyncRecordings:
    """Recordings (asyncio): Recordings of a live call - start, pause, resume, stop, list, read and delete them.

    Reached as `client.recordings`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateCallRecordingParams],
    ) -> RecordingFields:
        """Start recording a live call.

        Keyword arguments (from the API document):
            recording_status_callback_event (Sequence[RecordingStatusCallbackEvent | str]):
                Which recording events go to RecordingStatusCallback (`completed` when left out); one form key per event.
            recording_status_callback (str):
                Told about the recording's events (those RecordingStatusCallbackEvent names).
            recording_status_callback_method (HttpMethod | str):
                How RecordingStatusCallback is requested (POST by default).
            trim (Trim | str):
                Whether silence at both ends is cut (`do-not-trim` by default here, unlike <Start><Recording>).
            recording_channels (RecordingChannels | str):
                `mono` (the default) mixes every party into one channel; `dual` gives each of two parties its own.
            recording_track (RecordingTrack | str):
                Which audio is recorded - what the platform receives (`inbound`), what it plays (`outbound`), or `both` (the default)."""
        result = await self._runner._run_operation("create_call_recording", (call_sid,), params, request_timeout)
        return cast("RecordingFields", result)

    def list(
        self,
        call_sid: str,
        *,
        limit: int | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallRecordingsParams],
    ) -> AsyncIterator[RecordingFields]:
        """List a call's recordings, one page at a time.
        Offered by twilio only.


        Keyword arguments (from the API document):
            created_on (date | str; twilio only):
                Only recordings made on this day (YYYY-MM-DD).
            created_before (date | str; twilio only):
                Only recordings made on or before this day (YYYY-MM-DD).
            created_after (date | str; twilio only):
                Only recordings made on or after this day (YYYY-MM-DD).
            page_size (int; twilio only; 1 <= value <= 1000):
                How many items one page holds (50 when left out).

        Lazy: pages are requested as the iteration reaches them, and at most `limit` items are returned.
        """
        return self._runner._iterate_operation("list_call_recordings", (call_sid,), filters, limit, request_timeout)

    async def list_page(
        self,
        call_sid: str,
        *,
        page_token: str | None = None,
        page_url: str | None = None,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **filters: Unpack[ListCallRecordingsParams],
    ) -> Page[RecordingFields]:
        """One page of recordings and a token for the next (pass it back with the same filters)."""
        page = await self._runner._page_operation(
            "list_call_recordings", (call_sid,), page_token, page_url, filters, request_timeout
        )
        return cast("Page[RecordingFields]", page)

    async def fetch(
        self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> RecordingFields:
        """Read one recording of a call.
        Offered by twilio only.
        """
        result = await self._runner._run_operation(
            "fetch_call_recording",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
        )
        return cast("RecordingFields", result)

    async def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallRecordingParams],
    ) -> RecordingFields:
        """Pause, resume or stop a recording of a live call.

        Keyword arguments (from the API document):
            status (RecordingUpdateStatus | str; required):
                The state to move the recording to.
            pause_behavior (PauseBehavior | str):
                With Status `paused`: whether the pause is left out of the file (`skip`) or kept as silence (`silence`, the default). Ignored otherwise."""
        result = await self._runner._run_operation(
            "update_call_recording",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("RecordingFields", result)

    async def pause(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallRecordingShortcutParams],
    ) -> RecordingFields:
        """Pause the recording; PauseBehavior says whether the gap is left out or kept as silence: update_call_recording with status='paused'."""
        result = await self._runner._run_operation(
            "update_call_recording",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
            {"Status": "paused"},
        )
        return cast("RecordingFields", result)

    async def resume(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallRecordingShortcutParams],
    ) -> RecordingFields:
        """Resume a paused recording: update_call_recording with status='in-progress'."""
        result = await self._runner._run_operation(
            "update_call_recording",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
            {"Status": "in-progress"},
        )
        return cast("RecordingFields", result)

    async def stop(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallRecordingShortcutParams],
    ) -> RecordingFields:
        """Stop the recording; it cannot be resumed: update_call_recording with status='stopped'."""
        result = await self._runner._run_operation(
            "update_call_recording",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
            {"Status": "stopped"},
        )
        return cast("RecordingFields", result)

    async def delete(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> None:
        """Delete a recording of a call.
        Offered by twilio only.
        """
        await self._runner._run_operation(
            "delete_call_recording",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
        )
