"""The typed Call that apps see: generated data, normalized on access.

Fields are converted when read, not when a page arrives, so iterating thousands of calls costs no date
parsing for fields nobody looks at.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar, overload

from twilio_calls_api.models import AnsweredBy, CallStatus, Direction
from twilio_calls_api.models import Call as ApiCall
from twilio_calls_api.types import Unset

from ._dates import parse_timestamp

T = TypeVar("T")


class _Field(Generic[T]):
    """Reads one generated attribute through a converter; "" and missing both mean None."""

    def __init__(self, convert: Any = None, *fallbacks: str) -> None:
        self._convert = convert
        self._fallbacks = fallbacks

    def __set_name__(self, owner: type, name: str) -> None:
        self._names = (name, *self._fallbacks)

    @overload
    def __get__(self, call: None, owner: type) -> _Field[T]: ...
    @overload
    def __get__(self, call: Call, owner: type) -> T | None: ...
    def __get__(self, call: Call | None, owner: type) -> _Field[T] | T | None:
        if call is None:
            return self
        for name in self._names:
            value = getattr(call.api_model, name, None)
            if value is not None and value != "" and not isinstance(value, Unset):
                return value if self._convert is None else self._convert(value)  # type: ignore[no-any-return]
        return None


def _known(enum: Any) -> Any:
    def convert(value: object) -> object:
        if isinstance(value, enum):
            return value
        try:
            return enum(value)
        except ValueError:
            return value  # a value newer than this package: kept as the server's string

    return convert


def _integer(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload,no-any-return]
    except (TypeError, ValueError):
        try:
            return int(float(value))  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            return None


def _decimal(value: object) -> Decimal | None:
    try:
        # str() first: Decimal(0.003) would carry the float's binary error into the price.
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def _uris(value: object) -> dict[str, str]:
    return dict(getattr(value, "additional_properties", {}))


class Call:
    """One phone call. Unknown enum values stay plain strings; dates are aware UTC datetimes.

    `raw` is the JSON object as received (unknown fields included); `api_model` is the generated model.
    """

    __slots__ = ("api_model",)

    sid: _Field[str] = _Field()
    account_sid: _Field[str] = _Field()
    parent_call_sid: _Field[str] = _Field()
    phone_number_sid: _Field[str] = _Field()
    group_sid: _Field[str] = _Field()
    trunk_sid: _Field[str] = _Field()
    to: _Field[str] = _Field()
    from_: _Field[str] = _Field()
    # SignalWire names these formatted_to / formatted_from.
    to_formatted: _Field[str] = _Field(None, "formatted_to")
    from_formatted: _Field[str] = _Field(None, "formatted_from")
    status: _Field[CallStatus | str] = _Field(_known(CallStatus))
    direction: _Field[Direction | str] = _Field(_known(Direction))
    answered_by: _Field[AnsweredBy | str] = _Field(_known(AnsweredBy))
    date_created: _Field[datetime] = _Field(parse_timestamp)
    date_updated: _Field[datetime] = _Field(parse_timestamp)
    start_time: _Field[datetime] = _Field(parse_timestamp)
    end_time: _Field[datetime] = _Field(parse_timestamp)
    duration: _Field[int] = _Field(_integer)
    queue_time: _Field[int] = _Field(_integer)
    price: _Field[Decimal] = _Field(_decimal)
    price_unit: _Field[str] = _Field()
    api_version: _Field[str] = _Field()
    forwarded_from: _Field[str] = _Field()
    caller_name: _Field[str] = _Field()
    annotation: _Field[str] = _Field()
    uri: _Field[str] = _Field()
    subresource_uris: _Field[dict[str, str]] = _Field(_uris)

    def __init__(self, api_model: ApiCall) -> None:
        self.api_model = api_model

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> Call:
        return cls(ApiCall.from_dict(body))

    @property
    def raw(self) -> dict[str, Any]:
        return self.api_model.to_dict()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Call) and other.api_model == self.api_model

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Call(sid={self.sid!r}, status={self.status!r}, direction={self.direction!r})"
