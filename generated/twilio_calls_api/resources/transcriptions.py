# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Transcriptions: Real-time transcriptions of a live call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import CreateCallTranscriptionParams, RealtimeTranscriptionFields, UpdateCallTranscriptionParams

_NONE: Mapping[str, object] = {}


class Transcriptions:
    """Transcriptions: Real-time transcriptions of a live call.

    Reached as `client.transcriptions`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateCallTranscriptionParams],
    ) -> RealtimeTranscriptionFields:
        """Start transcribing a live call in real time.
        Offered by twilio only.


        Keyword arguments (from the API document):
            name (str; twilio only):
                A name for the transcription, by which it can be stopped.
            track (MediaTrack | str; twilio only):
                Which audio is transcribed.
            status_callback_url (str; twilio only):
                An absolute URL that receives the transcription's events, the recognised text among them. (Named StatusCallbackUrl here, not StatusCallback as on streams.)
            status_callback_method (HttpMethod | str; twilio only):
                How StatusCallbackUrl is requested.
            inbound_track_label (str; twilio only):
                A label for the inbound track's speaker in the results.
            outbound_track_label (str; twilio only):
                A label for the outbound track's speaker in the results.
            partial_results (bool; twilio only):
                Whether interim results are sent as well as final ones.
            language_code (str; twilio only):
                The spoken language, as a BCP 47 tag such as `en-US`.
            transcription_engine (str; twilio only):
                Which speech recognition provider transcribes, e.g. `google`.
            profanity_filter (bool; twilio only):
                Whether profanities are masked, keeping only their first letter.
            speech_model (str; twilio only):
                The recognition model of the chosen engine, e.g. `long`.
            hints (str; twilio only):
                Words and phrases the recogniser should expect.
            enable_automatic_punctuation (bool; twilio only):
                Whether the engine punctuates the text.
            intelligence_service (str; twilio only):
                The SID or unique name of a Conversational Intelligence service that keeps the transcript and runs its operators after the call.
            conversation_configuration (str; twilio only):
                The Conversations configuration applied in the Intelligence service.
            conversation_id (str; twilio only):
                An existing conversation of the Intelligence service this transcription joins.
            configuration_id (str; twilio only):
                A stored real-time transcription configuration that sets every non-default option at once. (twilio-python from 9.10.6 sends it as TranscriptionConfigurationId; twilio-oai 2.6.7 names it so.)
            enable_provider_data (bool; twilio only):
                Whether the engine's raw data is included in the callbacks."""
        result = self._runner._run_operation("create_call_transcription", (call_sid,), params, request_timeout)
        return cast("RealtimeTranscriptionFields", result)

    def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallTranscriptionParams],
    ) -> RealtimeTranscriptionFields:
        """Stop a real-time transcription.
        Offered by twilio only.


        Keyword arguments (from the API document):
            status (TranscriptionUpdateStatus | str; twilio only):
                `stopped` ends the transcription."""
        result = self._runner._run_operation(
            "update_call_transcription",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("RealtimeTranscriptionFields", result)

    def stop(
        self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> RealtimeTranscriptionFields:
        """Stop the real-time transcription: update_call_transcription with status='stopped'."""
        result = self._runner._run_operation(
            "update_call_transcription",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
            {"Status": "stopped"},
        )
        return cast("RealtimeTranscriptionFields", result)


class AsyncTranscriptions:
    """Transcriptions (asyncio): Real-time transcriptions of a live call.

    Reached as `client.transcriptions`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateCallTranscriptionParams],
    ) -> RealtimeTranscriptionFields:
        """Start transcribing a live call in real time.
        Offered by twilio only.


        Keyword arguments (from the API document):
            name (str; twilio only):
                A name for the transcription, by which it can be stopped.
            track (MediaTrack | str; twilio only):
                Which audio is transcribed.
            status_callback_url (str; twilio only):
                An absolute URL that receives the transcription's events, the recognised text among them. (Named StatusCallbackUrl here, not StatusCallback as on streams.)
            status_callback_method (HttpMethod | str; twilio only):
                How StatusCallbackUrl is requested.
            inbound_track_label (str; twilio only):
                A label for the inbound track's speaker in the results.
            outbound_track_label (str; twilio only):
                A label for the outbound track's speaker in the results.
            partial_results (bool; twilio only):
                Whether interim results are sent as well as final ones.
            language_code (str; twilio only):
                The spoken language, as a BCP 47 tag such as `en-US`.
            transcription_engine (str; twilio only):
                Which speech recognition provider transcribes, e.g. `google`.
            profanity_filter (bool; twilio only):
                Whether profanities are masked, keeping only their first letter.
            speech_model (str; twilio only):
                The recognition model of the chosen engine, e.g. `long`.
            hints (str; twilio only):
                Words and phrases the recogniser should expect.
            enable_automatic_punctuation (bool; twilio only):
                Whether the engine punctuates the text.
            intelligence_service (str; twilio only):
                The SID or unique name of a Conversational Intelligence service that keeps the transcript and runs its operators after the call.
            conversation_configuration (str; twilio only):
                The Conversations configuration applied in the Intelligence service.
            conversation_id (str; twilio only):
                An existing conversation of the Intelligence service this transcription joins.
            configuration_id (str; twilio only):
                A stored real-time transcription configuration that sets every non-default option at once. (twilio-python from 9.10.6 sends it as TranscriptionConfigurationId; twilio-oai 2.6.7 names it so.)
            enable_provider_data (bool; twilio only):
                Whether the engine's raw data is included in the callbacks."""
        result = await self._runner._run_operation("create_call_transcription", (call_sid,), params, request_timeout)
        return cast("RealtimeTranscriptionFields", result)

    async def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallTranscriptionParams],
    ) -> RealtimeTranscriptionFields:
        """Stop a real-time transcription.
        Offered by twilio only.


        Keyword arguments (from the API document):
            status (TranscriptionUpdateStatus | str; twilio only):
                `stopped` ends the transcription."""
        result = await self._runner._run_operation(
            "update_call_transcription",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("RealtimeTranscriptionFields", result)

    async def stop(
        self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN
    ) -> RealtimeTranscriptionFields:
        """Stop the real-time transcription: update_call_transcription with status='stopped'."""
        result = await self._runner._run_operation(
            "update_call_transcription",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
            {"Status": "stopped"},
        )
        return cast("RealtimeTranscriptionFields", result)
