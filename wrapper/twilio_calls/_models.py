"""The typed Call that apps see: the JSON object as received, with fields normalized when they are read.

Which fields a call has, their types and how each is read come from the curated document, through the
generated twilio_calls_api.surface (CALL_FIELDS, CallFields): a field added there is an attribute here after
a regeneration. Nothing is converted when a page arrives: iterating a thousand calls costs only the JSON
decoding, and a field nobody reads (a date, a price) is never parsed. The generated model is built on first
use of api_model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, ClassVar, TypeVar

from twilio_calls_api import models as _api_models
from twilio_calls_api.models import Call as ApiCall
from twilio_calls_api.surface import CALL_FIELDS, FIELDS, CallFields, Field

from ._dates import parse_timestamp
from ._exceptions import InvalidResponseError

E = TypeVar("E", bound=Enum)


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


class _Field:
    """Reads one field: its JSON key (or the first of its aliases present) through the field's reader.

    "", null and missing read as None. Installed on Call once per row of CALL_FIELDS.
    """

    __slots__ = ("_convert", "_keys")

    def __init__(self, convert: Callable[[Any], object], keys: tuple[str, ...]) -> None:
        self._convert = convert
        self._keys = keys

    def __get__(self, call: Call | None, owner: type) -> object:
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


def _reader(field_normalize: str, enum: str | None) -> Callable[[Any], object]:
    """How a field is read, as its `x-normalize` in the document says."""
    if field_normalize == "enum":
        return enum_reader(getattr(_api_models, enum or ""))
    return _NORMALIZERS[field_normalize]


def _object(value: object) -> dict[str, Any] | None:
    return dict(value) if isinstance(value, Mapping) else None


_NORMALIZERS: dict[str, Callable[[Any], object]] = {
    "text": _text,
    "timestamp": _timestamp,
    "integer": _integer,
    "decimal": _decimal,
    "uri-map": _uris,
    "object": _object,
}
REQUIRED_KEYS = tuple(field.key for field in CALL_FIELDS if field.required)


class Call(CallFields):
    """One phone call: every field of the document's Call schema as a typed attribute (see CallFields).

    Unknown enum values stay plain strings; dates are aware UTC datetimes; "", null and a missing key read as
    None. `raw` is the JSON object as received (unknown fields included); `api_model` is the generated model.
    """

    __slots__ = ("_api_model", "_raw")
    required: ClassVar[tuple[str, ...]] = REQUIRED_KEYS
    """The fields every call has."""

    def __init__(self, raw: Mapping[str, Any], api_model: ApiCall | None = None) -> None:
        self._raw = raw
        self._api_model = api_model

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> Call:
        """A call from a JSON object, as received (missing_required tells whether it is a complete call)."""
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


def missing_required(body: Mapping[str, Any], required: tuple[str, ...] = REQUIRED_KEYS) -> str | None:
    """The first field every such object has (a call's sid, account_sid) that `body` lacks or leaves empty."""
    for key in required:
        value = body.get(key)
        if not isinstance(value, str) or not value:
            return key
    return None


def _install(cls: type, fields: tuple[Field, ...]) -> None:
    for field in fields:
        setattr(cls, field.name, _Field(_reader(field.normalize, field.enum), (field.key, *field.aliases)))


_install(Call, CALL_FIELDS)


class Resource:
    """One object of a call's subresource (a recording, a stream, an event...): every field of its schema in
    the document as a typed attribute, read lazily as on Call. `raw` is the JSON object as received."""

    __slots__ = ("_raw",)
    schema: ClassVar[str] = ""
    required: ClassVar[tuple[str, ...]] = ()

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object as the server sent it."""
        return dict(self._raw)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Resource) and type(other) is type(self) and other._raw == self._raw

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{key}={self._raw[key]!r}" for key in ("sid", "status", "name") if key in self._raw)
        return f"{type(self).__name__}({shown})"


def model_for(schema: str) -> type[Call] | type[Resource]:
    """The class of a response schema's objects: Call, or one built from the schema's FIELDS on first use."""
    if schema == "Call":
        return Call
    model = _MODELS.get(schema)
    if model is None:
        from twilio_calls_api import surface

        fields = FIELDS[schema]
        base = getattr(surface, fields_class_name(schema))
        namespace = {
            "__slots__": (),
            "__doc__": f"{schema}: every field of the document's {schema} schema as a typed attribute.",
            "schema": schema,
            "required": tuple(field.key for field in fields if field.required),
        }
        model = _MODELS[schema] = type(schema, (Resource, base), namespace)
        _install(model, fields)
    return model


_MODELS: dict[str, type[Resource]] = {}


def fields_class_name(schema: str) -> str:
    """The generated class typing a schema's fields (the regeneration's own naming: CallFields)."""
    return schema[:1].upper() + schema[1:] + "Fields"
