# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Streams: One-way copies of a live call's audio sent to a WebSocket server."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import CreateCallStreamParams, StreamFields, UpdateCallStreamParams

_NONE: Mapping[str, object] = {}


class Streams:
    """Streams: One-way copies of a live call's audio sent to a WebSocket server.

    Reached as `client.streams`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateCallStreamParams],
    ) -> StreamFields:
        """Start sending a live call's audio to a WebSocket.

        Keyword arguments (from the API document):
            url (str; required):
                The WebSocket server the audio goes to, absolute or relative to the call's TwiML URL. Twilio speaks only wss to it; send values through the custom parameters, not a query string.
            name (str):
                A name for the stream, unique on the call, by which it can be stopped.
            track (MediaTrack | str):
                Which audio is streamed (`inbound_track` by default).
            status_callback (str):
                An absolute URL told when the stream starts, stops or fails.
            status_callback_method (HttpMethod | str):
                How StatusCallback is requested (POST by default).
            parameter_1_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_1_value (str):
                The value of the custom parameter with the same number.
            parameter_2_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_2_value (str):
                The value of the custom parameter with the same number.
            parameter_3_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_3_value (str):
                The value of the custom parameter with the same number.
            parameter_4_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_4_value (str):
                The value of the custom parameter with the same number.
            parameter_5_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_5_value (str):
                The value of the custom parameter with the same number.
            parameter_6_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_6_value (str):
                The value of the custom parameter with the same number.
            parameter_7_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_7_value (str):
                The value of the custom parameter with the same number.
            parameter_8_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_8_value (str):
                The value of the custom parameter with the same number.
            parameter_9_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_9_value (str):
                The value of the custom parameter with the same number.
            parameter_10_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_10_value (str):
                The value of the custom parameter with the same number.
            parameter_11_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_11_value (str):
                The value of the custom parameter with the same number.
            parameter_12_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_12_value (str):
                The value of the custom parameter with the same number.
            parameter_13_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_13_value (str):
                The value of the custom parameter with the same number.
            parameter_14_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_14_value (str):
                The value of the custom parameter with the same number.
            parameter_15_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_15_value (str):
                The value of the custom parameter with the same number.
            parameter_16_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_16_value (str):
                The value of the custom parameter with the same number.
            parameter_17_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_17_value (str):
                The value of the custom parameter with the same number.
            parameter_18_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_18_value (str):
                The value of the custom parameter with the same number.
            parameter_19_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_19_value (str):
                The value of the custom parameter with the same number.
            parameter_20_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_20_value (str):
                The value of the custom parameter with the same number.
            parameter_21_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_21_value (str):
                The value of the custom parameter with the same number.
            parameter_22_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_22_value (str):
                The value of the custom parameter with the same number.
            parameter_23_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_23_value (str):
                The value of the custom parameter with the same number.
            parameter_24_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_24_value (str):
                The value of the custom parameter with the same number.
            parameter_25_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_25_value (str):
                The value of the custom parameter with the same number.
            parameter_26_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_26_value (str):
                The value of the custom parameter with the same number.
            parameter_27_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_27_value (str):
                The value of the custom parameter with the same number.
            parameter_28_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_28_value (str):
                The value of the custom parameter with the same number.
            parameter_29_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_29_value (str):
                The value of the custom parameter with the same number.
            parameter_30_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_30_value (str):
                The value of the custom parameter with the same number.
            parameter_31_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_31_value (str):
                The value of the custom parameter with the same number.
            parameter_32_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_32_value (str):
                The value of the custom parameter with the same number.
            parameter_33_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_33_value (str):
                The value of the custom parameter with the same number.
            parameter_34_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_34_value (str):
                The value of the custom parameter with the same number.
            parameter_35_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_35_value (str):
                The value of the custom parameter with the same number.
            parameter_36_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_36_value (str):
                The value of the custom parameter with the same number.
            parameter_37_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_37_value (str):
                The value of the custom parameter with the same number.
            parameter_38_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_38_value (str):
                The value of the custom parameter with the same number.
            parameter_39_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_39_value (str):
                The value of the custom parameter with the same number.
            parameter_40_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_40_value (str):
                The value of the custom parameter with the same number.
            parameter_41_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_41_value (str):
                The value of the custom parameter with the same number.
            parameter_42_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_42_value (str):
                The value of the custom parameter with the same number.
            parameter_43_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_43_value (str):
                The value of the custom parameter with the same number.
            parameter_44_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_44_value (str):
                The value of the custom parameter with the same number.
            parameter_45_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_45_value (str):
                The value of the custom parameter with the same number.
            parameter_46_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_46_value (str):
                The value of the custom parameter with the same number.
            parameter_47_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_47_value (str):
                The value of the custom parameter with the same number.
            parameter_48_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_48_value (str):
                The value of the custom parameter with the same number.
            parameter_49_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_49_value (str):
                The value of the custom parameter with the same number.
            parameter_50_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_50_value (str):
                The value of the custom parameter with the same number.
            parameter_51_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_51_value (str):
                The value of the custom parameter with the same number.
            parameter_52_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_52_value (str):
                The value of the custom parameter with the same number.
            parameter_53_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_53_value (str):
                The value of the custom parameter with the same number.
            parameter_54_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_54_value (str):
                The value of the custom parameter with the same number.
            parameter_55_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_55_value (str):
                The value of the custom parameter with the same number.
            parameter_56_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_56_value (str):
                The value of the custom parameter with the same number.
            parameter_57_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_57_value (str):
                The value of the custom parameter with the same number.
            parameter_58_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_58_value (str):
                The value of the custom parameter with the same number.
            parameter_59_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_59_value (str):
                The value of the custom parameter with the same number.
            parameter_60_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_60_value (str):
                The value of the custom parameter with the same number.
            parameter_61_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_61_value (str):
                The value of the custom parameter with the same number.
            parameter_62_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_62_value (str):
                The value of the custom parameter with the same number.
            parameter_63_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_63_value (str):
                The value of the custom parameter with the same number.
            parameter_64_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_64_value (str):
                The value of the custom parameter with the same number.
            parameter_65_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_65_value (str):
                The value of the custom parameter with the same number.
            parameter_66_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_66_value (str):
                The value of the custom parameter with the same number.
            parameter_67_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_67_value (str):
                The value of the custom parameter with the same number.
            parameter_68_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_68_value (str):
                The value of the custom parameter with the same number.
            parameter_69_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_69_value (str):
                The value of the custom parameter with the same number.
            parameter_70_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_70_value (str):
                The value of the custom parameter with the same number.
            parameter_71_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_71_value (str):
                The value of the custom parameter with the same number.
            parameter_72_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_72_value (str):
                The value of the custom parameter with the same number.
            parameter_73_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_73_value (str):
                The value of the custom parameter with the same number.
            parameter_74_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_74_value (str):
                The value of the custom parameter with the same number.
            parameter_75_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_75_value (str):
                The value of the custom parameter with the same number.
            parameter_76_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_76_value (str):
                The value of the custom parameter with the same number.
            parameter_77_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_77_value (str):
                The value of the custom parameter with the same number.
            parameter_78_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_78_value (str):
                The value of the custom parameter with the same number.
            parameter_79_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_79_value (str):
                The value of the custom parameter with the same number.
            parameter_80_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_80_value (str):
                The value of the custom parameter with the same number.
            parameter_81_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_81_value (str):
                The value of the custom parameter with the same number.
            parameter_82_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_82_value (str):
                The value of the custom parameter with the same number.
            parameter_83_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_83_value (str):
                The value of the custom parameter with the same number.
            parameter_84_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_84_value (str):
                The value of the custom parameter with the same number.
            parameter_85_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_85_value (str):
                The value of the custom parameter with the same number.
            parameter_86_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_86_value (str):
                The value of the custom parameter with the same number.
            parameter_87_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_87_value (str):
                The value of the custom parameter with the same number.
            parameter_88_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_88_value (str):
                The value of the custom parameter with the same number.
            parameter_89_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_89_value (str):
                The value of the custom parameter with the same number.
            parameter_90_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_90_value (str):
                The value of the custom parameter with the same number.
            parameter_91_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_91_value (str):
                The value of the custom parameter with the same number.
            parameter_92_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_92_value (str):
                The value of the custom parameter with the same number.
            parameter_93_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_93_value (str):
                The value of the custom parameter with the same number.
            parameter_94_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_94_value (str):
                The value of the custom parameter with the same number.
            parameter_95_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_95_value (str):
                The value of the custom parameter with the same number.
            parameter_96_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_96_value (str):
                The value of the custom parameter with the same number.
            parameter_97_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_97_value (str):
                The value of the custom parameter with the same number.
            parameter_98_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_98_value (str):
                The value of the custom parameter with the same number.
            parameter_99_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_99_value (str):
                The value of the custom parameter with the same number.
            authorization_bearer_token (str; signalwire only):
                A token sent to the WebSocket server as `Authorization: Bearer <token>` when the connection opens (SignalWire: requests.tsp CreateCallStreamRequest)."""
        result = self._runner._run_operation("create_call_stream", (call_sid,), params, request_timeout)
        return cast("StreamFields", result)

    def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallStreamParams],
    ) -> StreamFields:
        """Stop a media stream.

        Keyword arguments (from the API document):
            status (StreamUpdateStatus | str; required; twilio: one of stopped; signalwire: every value):
                `stopped` ends the stream."""
        result = self._runner._run_operation(
            "update_call_stream",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("StreamFields", result)

    def stop(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> StreamFields:
        """Stop the media stream: update_call_stream with status='stopped'."""
        result = self._runner._run_operation(
            "update_call_stream",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
            {"Status": "stopped"},
        )
        return cast("StreamFields", result)


class AsyncStreams:
    """Streams (asyncio): One-way copies of a live call's audio sent to a WebSocket server.

    Reached as `client.streams`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateCallStreamParams],
    ) -> StreamFields:
        """Start sending a live call's audio to a WebSocket.

        Keyword arguments (from the API document):
            url (str; required):
                The WebSocket server the audio goes to, absolute or relative to the call's TwiML URL. Twilio speaks only wss to it; send values through the custom parameters, not a query string.
            name (str):
                A name for the stream, unique on the call, by which it can be stopped.
            track (MediaTrack | str):
                Which audio is streamed (`inbound_track` by default).
            status_callback (str):
                An absolute URL told when the stream starts, stops or fails.
            status_callback_method (HttpMethod | str):
                How StatusCallback is requested (POST by default).
            parameter_1_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_1_value (str):
                The value of the custom parameter with the same number.
            parameter_2_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_2_value (str):
                The value of the custom parameter with the same number.
            parameter_3_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_3_value (str):
                The value of the custom parameter with the same number.
            parameter_4_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_4_value (str):
                The value of the custom parameter with the same number.
            parameter_5_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_5_value (str):
                The value of the custom parameter with the same number.
            parameter_6_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_6_value (str):
                The value of the custom parameter with the same number.
            parameter_7_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_7_value (str):
                The value of the custom parameter with the same number.
            parameter_8_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_8_value (str):
                The value of the custom parameter with the same number.
            parameter_9_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_9_value (str):
                The value of the custom parameter with the same number.
            parameter_10_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_10_value (str):
                The value of the custom parameter with the same number.
            parameter_11_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_11_value (str):
                The value of the custom parameter with the same number.
            parameter_12_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_12_value (str):
                The value of the custom parameter with the same number.
            parameter_13_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_13_value (str):
                The value of the custom parameter with the same number.
            parameter_14_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_14_value (str):
                The value of the custom parameter with the same number.
            parameter_15_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_15_value (str):
                The value of the custom parameter with the same number.
            parameter_16_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_16_value (str):
                The value of the custom parameter with the same number.
            parameter_17_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_17_value (str):
                The value of the custom parameter with the same number.
            parameter_18_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_18_value (str):
                The value of the custom parameter with the same number.
            parameter_19_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_19_value (str):
                The value of the custom parameter with the same number.
            parameter_20_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_20_value (str):
                The value of the custom parameter with the same number.
            parameter_21_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_21_value (str):
                The value of the custom parameter with the same number.
            parameter_22_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_22_value (str):
                The value of the custom parameter with the same number.
            parameter_23_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_23_value (str):
                The value of the custom parameter with the same number.
            parameter_24_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_24_value (str):
                The value of the custom parameter with the same number.
            parameter_25_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_25_value (str):
                The value of the custom parameter with the same number.
            parameter_26_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_26_value (str):
                The value of the custom parameter with the same number.
            parameter_27_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_27_value (str):
                The value of the custom parameter with the same number.
            parameter_28_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_28_value (str):
                The value of the custom parameter with the same number.
            parameter_29_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_29_value (str):
                The value of the custom parameter with the same number.
            parameter_30_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_30_value (str):
                The value of the custom parameter with the same number.
            parameter_31_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_31_value (str):
                The value of the custom parameter with the same number.
            parameter_32_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_32_value (str):
                The value of the custom parameter with the same number.
            parameter_33_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_33_value (str):
                The value of the custom parameter with the same number.
            parameter_34_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_34_value (str):
                The value of the custom parameter with the same number.
            parameter_35_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_35_value (str):
                The value of the custom parameter with the same number.
            parameter_36_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_36_value (str):
                The value of the custom parameter with the same number.
            parameter_37_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_37_value (str):
                The value of the custom parameter with the same number.
            parameter_38_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_38_value (str):
                The value of the custom parameter with the same number.
            parameter_39_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_39_value (str):
                The value of the custom parameter with the same number.
            parameter_40_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_40_value (str):
                The value of the custom parameter with the same number.
            parameter_41_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_41_value (str):
                The value of the custom parameter with the same number.
            parameter_42_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_42_value (str):
                The value of the custom parameter with the same number.
            parameter_43_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_43_value (str):
                The value of the custom parameter with the same number.
            parameter_44_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_44_value (str):
                The value of the custom parameter with the same number.
            parameter_45_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_45_value (str):
                The value of the custom parameter with the same number.
            parameter_46_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_46_value (str):
                The value of the custom parameter with the same number.
            parameter_47_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_47_value (str):
                The value of the custom parameter with the same number.
            parameter_48_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_48_value (str):
                The value of the custom parameter with the same number.
            parameter_49_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_49_value (str):
                The value of the custom parameter with the same number.
            parameter_50_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_50_value (str):
                The value of the custom parameter with the same number.
            parameter_51_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_51_value (str):
                The value of the custom parameter with the same number.
            parameter_52_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_52_value (str):
                The value of the custom parameter with the same number.
            parameter_53_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_53_value (str):
                The value of the custom parameter with the same number.
            parameter_54_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_54_value (str):
                The value of the custom parameter with the same number.
            parameter_55_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_55_value (str):
                The value of the custom parameter with the same number.
            parameter_56_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_56_value (str):
                The value of the custom parameter with the same number.
            parameter_57_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_57_value (str):
                The value of the custom parameter with the same number.
            parameter_58_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_58_value (str):
                The value of the custom parameter with the same number.
            parameter_59_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_59_value (str):
                The value of the custom parameter with the same number.
            parameter_60_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_60_value (str):
                The value of the custom parameter with the same number.
            parameter_61_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_61_value (str):
                The value of the custom parameter with the same number.
            parameter_62_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_62_value (str):
                The value of the custom parameter with the same number.
            parameter_63_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_63_value (str):
                The value of the custom parameter with the same number.
            parameter_64_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_64_value (str):
                The value of the custom parameter with the same number.
            parameter_65_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_65_value (str):
                The value of the custom parameter with the same number.
            parameter_66_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_66_value (str):
                The value of the custom parameter with the same number.
            parameter_67_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_67_value (str):
                The value of the custom parameter with the same number.
            parameter_68_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_68_value (str):
                The value of the custom parameter with the same number.
            parameter_69_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_69_value (str):
                The value of the custom parameter with the same number.
            parameter_70_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_70_value (str):
                The value of the custom parameter with the same number.
            parameter_71_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_71_value (str):
                The value of the custom parameter with the same number.
            parameter_72_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_72_value (str):
                The value of the custom parameter with the same number.
            parameter_73_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_73_value (str):
                The value of the custom parameter with the same number.
            parameter_74_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_74_value (str):
                The value of the custom parameter with the same number.
            parameter_75_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_75_value (str):
                The value of the custom parameter with the same number.
            parameter_76_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_76_value (str):
                The value of the custom parameter with the same number.
            parameter_77_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_77_value (str):
                The value of the custom parameter with the same number.
            parameter_78_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_78_value (str):
                The value of the custom parameter with the same number.
            parameter_79_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_79_value (str):
                The value of the custom parameter with the same number.
            parameter_80_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_80_value (str):
                The value of the custom parameter with the same number.
            parameter_81_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_81_value (str):
                The value of the custom parameter with the same number.
            parameter_82_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_82_value (str):
                The value of the custom parameter with the same number.
            parameter_83_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_83_value (str):
                The value of the custom parameter with the same number.
            parameter_84_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_84_value (str):
                The value of the custom parameter with the same number.
            parameter_85_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_85_value (str):
                The value of the custom parameter with the same number.
            parameter_86_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_86_value (str):
                The value of the custom parameter with the same number.
            parameter_87_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_87_value (str):
                The value of the custom parameter with the same number.
            parameter_88_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_88_value (str):
                The value of the custom parameter with the same number.
            parameter_89_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_89_value (str):
                The value of the custom parameter with the same number.
            parameter_90_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_90_value (str):
                The value of the custom parameter with the same number.
            parameter_91_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_91_value (str):
                The value of the custom parameter with the same number.
            parameter_92_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_92_value (str):
                The value of the custom parameter with the same number.
            parameter_93_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_93_value (str):
                The value of the custom parameter with the same number.
            parameter_94_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_94_value (str):
                The value of the custom parameter with the same number.
            parameter_95_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_95_value (str):
                The value of the custom parameter with the same number.
            parameter_96_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_96_value (str):
                The value of the custom parameter with the same number.
            parameter_97_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_97_value (str):
                The value of the custom parameter with the same number.
            parameter_98_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_98_value (str):
                The value of the custom parameter with the same number.
            parameter_99_name (str):
                The name of one custom parameter, handed to the WebSocket server in the stream's start message.
            parameter_99_value (str):
                The value of the custom parameter with the same number.
            authorization_bearer_token (str; signalwire only):
                A token sent to the WebSocket server as `Authorization: Bearer <token>` when the connection opens (SignalWire: requests.tsp CreateCallStreamRequest)."""
        result = await self._runner._run_operation("create_call_stream", (call_sid,), params, request_timeout)
        return cast("StreamFields", result)

    async def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallStreamParams],
    ) -> StreamFields:
        """Stop a media stream.

        Keyword arguments (from the API document):
            status (StreamUpdateStatus | str; required; twilio: one of stopped; signalwire: every value):
                `stopped` ends the stream."""
        result = await self._runner._run_operation(
            "update_call_stream",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("StreamFields", result)

    async def stop(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> StreamFields:
        """Stop the media stream: update_call_stream with status='stopped'."""
        result = await self._runner._run_operation(
            "update_call_stream",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
            {"Status": "stopped"},
        )
        return cast("StreamFields", result)
