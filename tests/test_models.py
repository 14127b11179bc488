"""The typed Call: normalized fields from Twilio and SignalWire bodies."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from twilio_calls import AnsweredBy, Call, CallStatus, Direction

AC = "AC" + "0" * 32
CA = "CA" + "1" * 32

TWILIO = {
    "account_sid": AC,
    "answered_by": "machine_start",
    "api_version": "2010-04-01",
    "caller_name": "",
    "date_created": "Fri, 18 Oct 2019 17:00:00 +0000",
    "date_updated": "Fri, 18 Oct 2019 17:01:00 +0000",
    "direction": "outbound-api",
    "duration": "4",
    "end_time": "Fri, 18 Oct 2019 17:03:00 +0000",
    "forwarded_from": None,
    "from": "+13051416799",
    "from_formatted": "(305) 141-6799",
    "group_sid": "",
    "parent_call_sid": "",
    "phone_number_sid": "PN" + "2" * 32,
    "price": "-0.200",
    "price_unit": "USD",
    "sid": CA,
    "start_time": "Fri, 18 Oct 2019 17:02:00 +0000",
    "status": "completed",
    "subresource_uris": {"recordings": f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings.json"},
    "to": "+13051913581",
    "to_formatted": "(305) 191-3581",
    "trunk_sid": None,
    "uri": f"/2010-04-01/Accounts/{AC}/Calls/{CA}.json",
    "queue_time": "1000",
    "annotation": None,
}

SIGNALWIRE = {
    "account_sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "annotation": "string",
    "answered_by": "machine",
    "api_version": "2010-04-01",
    "date_created": "Wed, 19 Sept 2018 20:00:00 +0000",
    "direction": "inbound",
    "duration": 20,
    "end_time": "Fri, 21 Sept 2018 10:00:00 +0000",
    "from": "+13103384645",
    "formatted_from": "+13102259067",
    "price": 0.003,
    "sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "start_time": "Wed, 19 Sept 2018 20:00:01 +0000",
    "status": "queued",
    "to": "+13105678901",
    "formatted_to": "(310) 567-8901",
}


def test_twilio_call_is_normalized() -> None:
    call = Call.from_json(TWILIO)
    assert call.sid == CA and call.account_sid == AC
    assert call.status is CallStatus.COMPLETED
    assert call.direction is Direction.OUTBOUND_API
    assert call.answered_by is AnsweredBy.MACHINE_START
    assert call.date_created == datetime(2019, 10, 18, 17, 0, tzinfo=UTC)
    assert call.start_time == datetime(2019, 10, 18, 17, 2, tzinfo=UTC)
    assert call.end_time == datetime(2019, 10, 18, 17, 3, tzinfo=UTC)
    assert call.duration == 4 and call.queue_time == 1000
    assert call.price == Decimal("-0.200") and call.price_unit == "USD"
    assert call.from_ == "+13051416799" and call.from_formatted == "(305) 141-6799"
    assert call.to_formatted == "(305) 191-3581"
    assert call.parent_call_sid is None and call.group_sid is None and call.caller_name is None  # "" means absent
    assert call.subresource_uris == {"recordings": f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings.json"}
    assert call.raw["from"] == "+13051416799"


def test_signalwire_call_is_normalized() -> None:
    call = Call.from_json(SIGNALWIRE)
    assert call.sid == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert call.date_created == datetime(2018, 9, 19, 20, 0, tzinfo=UTC)  # "Sept"
    assert call.end_time == datetime(2018, 9, 21, 10, 0, tzinfo=UTC)
    assert call.duration == 20
    assert call.price == Decimal("0.003")  # not the float's binary expansion
    assert call.answered_by is AnsweredBy.MACHINE
    assert call.direction is Direction.INBOUND
    assert call.from_formatted == "+13102259067" and call.to_formatted == "(310) 567-8901"
    assert call.annotation == "string"


def test_unknown_values_stay_strings_and_unknown_fields_stay_in_raw() -> None:
    call = Call.from_json(
        {"sid": CA, "status": "transferring", "direction": "sideways", "answered_by": "robot", "x": 1}
    )
    assert call.status == "transferring" and not isinstance(call.status, CallStatus)
    assert call.direction == "sideways" and call.answered_by == "robot"
    assert call.raw["x"] == 1


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("duration", "", None),
        ("duration", None, None),
        ("duration", "12.0", 12),
        ("duration", "abc", None),
        ("price", "", None),
        ("price", "NaN", None),
        ("price", "abc", None),
        ("price", -1.5, Decimal("-1.5")),
        ("date_created", "not a date", None),
        ("date_created", "Tue, 01 Jan 2030 00:00:00 -0000", datetime(2030, 1, 1, tzinfo=UTC)),
        ("date_created", "Tue, 01 Jan 2030 02:00:00 +0200", datetime(2030, 1, 1, tzinfo=UTC)),
        ("status", None, None),
    ],
)
def test_odd_values_never_raise(field: str, value: object, expected: object) -> None:
    call = Call.from_json({"sid": CA, field: value})
    assert getattr(call, field) == expected


def test_missing_fields_are_none() -> None:
    call = Call.from_json({})
    assert call.sid is None and call.status is None and call.date_created is None and call.subresource_uris is None


def test_repr_and_equality() -> None:
    first, second = Call.from_json(TWILIO), Call.from_json(dict(TWILIO))
    assert first == second and first != Call.from_json(SIGNALWIRE)
    assert repr(first) == (
        f"Call(sid='{CA}', status=<CallStatus.COMPLETED: 'completed'>,"
        " direction=<Direction.OUTBOUND_API: 'outbound-api'>)"
    )
