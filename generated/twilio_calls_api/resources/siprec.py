# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Siprec: SIPREC sessions that send a live call's audio to a recording server."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Unpack, cast

from ..runtime import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner, Timeout
    from ..surface import CreateCallSiprecParams, SiprecFields, UpdateCallSiprecParams

_NONE: Mapping[str, object] = {}


class Siprec:
    """Siprec: SIPREC sessions that send a live call's audio to a recording server.

    Reached as `client.siprec`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateCallSiprecParams],
    ) -> SiprecFields:
        """Start a SIPREC session on a live call.
        Offered by twilio only.


        Keyword arguments (from the API document):
            name (str; twilio only):
                A name for the session, by which it can be stopped.
            connector_name (str; twilio only):
                The unique name of the SIPREC connector (a Marketplace Add-on configured in the console) that knows the recording server.
            track (MediaTrack | str; twilio only):
                Which audio is sent (both tracks, two of the call's four media forks, when left out).
            status_callback (str; twilio only):
                An absolute URL told about the session's state, such as a failure or an unexpected stop.
            status_callback_method (HttpMethod | str; twilio only):
                How StatusCallback is requested (POST by default).
            parameter_1_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_1_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_2_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_2_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_3_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_3_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_4_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_4_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_5_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_5_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_6_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_6_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_7_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_7_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_8_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_8_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_9_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_9_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_10_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_10_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_11_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_11_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_12_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_12_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_13_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_13_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_14_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_14_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_15_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_15_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_16_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_16_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_17_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_17_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_18_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_18_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_19_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_19_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_20_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_20_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_21_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_21_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_22_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_22_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_23_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_23_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_24_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_24_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_25_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_25_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_26_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_26_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_27_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_27_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_28_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_28_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_29_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_29_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_30_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_30_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_31_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_31_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_32_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_32_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_33_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_33_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_34_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_34_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_35_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_35_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_36_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_36_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_37_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_37_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_38_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_38_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_39_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_39_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_40_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_40_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_41_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_41_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_42_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_42_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_43_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_43_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_44_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_44_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_45_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_45_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_46_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_46_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_47_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_47_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_48_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_48_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_49_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_49_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_50_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_50_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_51_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_51_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_52_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_52_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_53_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_53_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_54_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_54_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_55_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_55_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_56_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_56_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_57_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_57_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_58_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_58_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_59_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_59_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_60_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_60_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_61_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_61_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_62_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_62_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_63_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_63_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_64_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_64_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_65_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_65_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_66_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_66_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_67_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_67_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_68_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_68_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_69_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_69_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_70_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_70_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_71_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_71_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_72_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_72_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_73_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_73_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_74_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_74_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_75_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_75_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_76_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_76_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_77_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_77_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_78_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_78_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_79_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_79_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_80_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_80_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_81_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_81_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_82_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_82_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_83_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_83_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_84_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_84_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_85_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_85_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_86_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_86_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_87_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_87_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_88_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_88_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_89_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_89_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_90_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_90_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_91_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_91_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_92_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_92_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_93_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_93_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_94_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_94_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_95_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_95_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_96_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_96_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_97_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_97_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_98_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_98_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_99_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_99_value (str; twilio only):
                The value of the custom parameter with the same number."""
        result = self._runner._run_operation("create_call_siprec", (call_sid,), params, request_timeout)
        return cast("SiprecFields", result)

    def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallSiprecParams],
    ) -> SiprecFields:
        """Stop a SIPREC session.
        Offered by twilio only.


        Keyword arguments (from the API document):
            status (SiprecUpdateStatus | str; twilio only):
                `stopped` ends the session."""
        result = self._runner._run_operation(
            "update_call_siprec",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("SiprecFields", result)

    def stop(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> SiprecFields:
        """Stop the SIPREC session: update_call_siprec with status='stopped'."""
        result = self._runner._run_operation(
            "update_call_siprec",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
            {"Status": "stopped"},
        )
        return cast("SiprecFields", result)


class AsyncSiprec:
    """Siprec (asyncio): SIPREC sessions that send a live call's audio to a recording server.

    Reached as `client.siprec`. Each method checks its arguments by the client's provider's rules
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
        **params: Unpack[CreateCallSiprecParams],
    ) -> SiprecFields:
        """Start a SIPREC session on a live call.
        Offered by twilio only.


        Keyword arguments (from the API document):
            name (str; twilio only):
                A name for the session, by which it can be stopped.
            connector_name (str; twilio only):
                The unique name of the SIPREC connector (a Marketplace Add-on configured in the console) that knows the recording server.
            track (MediaTrack | str; twilio only):
                Which audio is sent (both tracks, two of the call's four media forks, when left out).
            status_callback (str; twilio only):
                An absolute URL told about the session's state, such as a failure or an unexpected stop.
            status_callback_method (HttpMethod | str; twilio only):
                How StatusCallback is requested (POST by default).
            parameter_1_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_1_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_2_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_2_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_3_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_3_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_4_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_4_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_5_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_5_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_6_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_6_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_7_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_7_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_8_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_8_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_9_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_9_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_10_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_10_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_11_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_11_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_12_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_12_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_13_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_13_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_14_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_14_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_15_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_15_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_16_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_16_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_17_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_17_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_18_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_18_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_19_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_19_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_20_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_20_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_21_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_21_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_22_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_22_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_23_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_23_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_24_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_24_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_25_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_25_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_26_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_26_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_27_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_27_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_28_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_28_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_29_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_29_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_30_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_30_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_31_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_31_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_32_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_32_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_33_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_33_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_34_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_34_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_35_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_35_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_36_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_36_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_37_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_37_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_38_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_38_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_39_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_39_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_40_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_40_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_41_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_41_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_42_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_42_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_43_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_43_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_44_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_44_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_45_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_45_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_46_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_46_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_47_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_47_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_48_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_48_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_49_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_49_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_50_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_50_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_51_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_51_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_52_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_52_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_53_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_53_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_54_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_54_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_55_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_55_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_56_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_56_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_57_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_57_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_58_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_58_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_59_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_59_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_60_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_60_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_61_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_61_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_62_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_62_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_63_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_63_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_64_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_64_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_65_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_65_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_66_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_66_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_67_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_67_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_68_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_68_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_69_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_69_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_70_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_70_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_71_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_71_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_72_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_72_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_73_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_73_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_74_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_74_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_75_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_75_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_76_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_76_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_77_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_77_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_78_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_78_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_79_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_79_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_80_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_80_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_81_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_81_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_82_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_82_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_83_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_83_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_84_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_84_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_85_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_85_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_86_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_86_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_87_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_87_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_88_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_88_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_89_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_89_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_90_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_90_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_91_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_91_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_92_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_92_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_93_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_93_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_94_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_94_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_95_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_95_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_96_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_96_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_97_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_97_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_98_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_98_value (str; twilio only):
                The value of the custom parameter with the same number.
            parameter_99_name (str; twilio only):
                The name of one custom parameter, passed on to the recording server with the session.
            parameter_99_value (str; twilio only):
                The value of the custom parameter with the same number."""
        result = await self._runner._run_operation("create_call_siprec", (call_sid,), params, request_timeout)
        return cast("SiprecFields", result)

    async def update(
        self,
        call_sid: str,
        sid: str,
        *,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **params: Unpack[UpdateCallSiprecParams],
    ) -> SiprecFields:
        """Stop a SIPREC session.
        Offered by twilio only.


        Keyword arguments (from the API document):
            status (SiprecUpdateStatus | str; twilio only):
                `stopped` ends the session."""
        result = await self._runner._run_operation(
            "update_call_siprec",
            (
                call_sid,
                sid,
            ),
            params,
            request_timeout,
        )
        return cast("SiprecFields", result)

    async def stop(self, call_sid: str, sid: str, *, request_timeout: Timeout | NotGiven = NOT_GIVEN) -> SiprecFields:
        """Stop the SIPREC session: update_call_siprec with status='stopped'."""
        result = await self._runner._run_operation(
            "update_call_siprec",
            (
                call_sid,
                sid,
            ),
            {},
            request_timeout,
            {"Status": "stopped"},
        )
        return cast("SiprecFields", result)
