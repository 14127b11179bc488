"""The typed Call that apps see: the JSON object as received, with fields normalized when they are read.

Nothing is converted when a page arrives: iterating a thousand calls costs only the JSON decoding, and a
field nobody reads (a date, a price) is never parsed. The generated model is built on first use of api_model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Generic, TypeVar, overload

from twilio_calls_api.models import AnsweredBy, CallStatus, Direction
from twilio_calls_api.models import Call as ApiCall

from ._dates import parse_timestamp
from ._exceptions import InvalidResponseError

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


class _Field(Generic[T]):
    """One JSON key (or the first of several present) through a converter; "", null and missing read as None."""

    def __init__(self, convert: Callable[[Any], T | None] = _text, *, keys: tuple[str, ...] = ()) -> None:  # type: ignore[assignment]
        self._convert = convert
        self._keys = keys

    def __set_name__(self, owner: type, name: str) -> None:
        self._keys = self._keys or (name,)

    @overload
    def __get__(self, call: None, owner: type) -> _Field[T]: ...
    @overload
    def __get__(self, call: Call, owner: type) -> T | None: ...
    def __get__(self, call: Call | None, owner: type) -> _Field[T] | T | None:
        if call is None:
            return self
        raw = call._raw
        for key in self._keys:
            value = raw.get(key)
            if value is not None and value != "":
                return self._convert(value)
        return None


def enum_reader(enum: type[E]) -> Callable[[object], E | str | None]:
    """Reads a value as the enum's member, or as plain text when this package does not know the value yet."""
    # A dict lookup, not enum(text): Enum's constructor costs a microsecond, on every read of every call.
    members: dict[str, E] = {member.value: member for member in enum}

    def read(value: object) -> E | str | None:
        text = _text(value)
        return None if text is None else members.get(text, text)

    return read


def _integer(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        return int(value)
    except (ValueError, OverflowError):  # wrapper fix: int(inf) is an OverflowError (JSON from Python may say Infinity)
        pass
    try:
        return int(float(value))
    except (ValueError, OverflowError):
        return None


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        # str() first: Decimal(0.003) would carry the float's binary error into the price.
        result = Decimal(str(value))
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def _timestamp(value: object) -> datetime | None:
    return parse_timestamp(value) if isinstance(value, str) else None


def _uris(value: object) -> dict[str, str] | None:
    if not isinstance(value, Mapping):
        return None
    return {str(name): uri for name, uri in value.items() if isinstance(uri, str)}


class Call:
    """One phone call. Unknown enum values stay plain strings; dates are aware UTC datetimes.

    `raw` is the JSON object as received (unknown fields included); `api_model` is the generated model.
    """

    __slots__ = ("_api_model", "_raw")

    sid: _Field[str] = _Field()
    account_sid: _Field[str] = _Field()
    parent_call_sid: _Field[str] = _Field()
    phone_number_sid: _Field[str] = _Field()
    group_sid: _Field[str] = _Field()
    trunk_sid: _Field[str] = _Field()
    to: _Field[str] = _Field()
    from_: _Field[str] = _Field(keys=("from",))
    # SignalWire names these formatted_to / formatted_from.
    to_formatted: _Field[str] = _Field(keys=("to_formatted", "formatted_to"))
    from_formatted: _Field[str] = _Field(keys=("from_formatted", "formatted_from"))
    status: _Field[CallStatus | str] = _Field(enum_reader(CallStatus))
    direction: _Field[Direction | str] = _Field(enum_reader(Direction))
    answered_by: _Field[AnsweredBy | str] = _Field(enum_reader(AnsweredBy))
    date_created: _Field[datetime] = _Field(_timestamp)
    date_updated: _Field[datetime] = _Field(_timestamp)
    start_time: _Field[datetime] = _Field(_timestamp)
    end_time: _Field[datetime] = _Field(_timestamp)
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

    def __init__(self, raw: Mapping[str, Any], api_model: ApiCall | None = None) -> None:
        self._raw = raw
        self._api_model = api_model

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> Call:
        return cls(body)

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it."""
        return dict(self._raw)

    @property
    def api_model(self) -> ApiCall:
        """The generated twilio_calls_api model of this call, built on first use."""
        if self._api_model is None:
            try:
                self._api_model = ApiCall.from_dict(self._raw)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                message = f"the call's JSON does not fit the generated model ({type(exc).__name__}: {exc})"
                raise InvalidResponseError(message, method="GET", path=self.uri or "", status=200) from exc
        return self._api_model

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Call) and other._raw == self._raw

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Call(sid={self.sid!r}, status={self.status!r}, direction={self.direction!r})"
