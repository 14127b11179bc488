"""Constraints the surface cannot carry fail the regeneration; minItems/maxItems are carried and enforced by the
client and the sandbox; the change report classifies every enum value and response field by README's policy."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from twilio_calls import ValidationError
from twilio_calls._validation import check_param
from twilio_calls.sandbox._errors import INVALID_PARAMETER, ApiError
from twilio_calls.sandbox._form import Form
from twilio_calls.sandbox._rules import check
from twilio_calls_api.surface import Field, Operation, Param

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import _surface  # noqa: E402
import regenerate  # noqa: E402


def document(**properties: dict[str, Any]) -> dict[str, Any]:
    """A one-operation document whose form body has `properties` (Event is a named enum for arrays of it)."""
    form = {"type": "object", "properties": properties}
    body = {"content": {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Form"}}}}
    return {
        "paths": {"/calls": {"post": {"operationId": "create_thing", "requestBody": body, "responses": {"201": {}}}}},
        "components": {"schemas": {"Form": form, "Event": {"type": "string", "enum": ["a", "b", "c"]}}},
    }


def row(**schema: Any) -> dict[str, Any]:
    params: list[dict[str, Any]] = _surface.operations(document(Tags=schema))["create_thing"]["params"]
    return params[0]


TAGS = {"type": "array", "items": {"type": "string"}}
REFUSED = [
    ({"type": "integer", "multipleOf": 5}, "multipleOf"),
    ({"type": "number", "exclusiveMinimum": 0}, "exclusiveMinimum"),
    ({"type": "number", "exclusiveMaximum": 10}, "exclusiveMaximum"),
    ({"type": "string", "const": "x"}, "const"),
    ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, "anyOf"),
    ({**TAGS, "uniqueItems": True}, "uniqueItems"),
    ({"type": "array", "items": {"type": "string", "maxLength": 5}}, "items.maxLength"),
    ({"type": "array", "items": {"type": "string", "minLength": 1}}, "items.minLength"),
    ({"type": "array", "items": {"type": "string", "pattern": "^[a-z]+$"}}, "items.pattern"),
    ({"type": "array", "items": {"type": "string", "format": "uri"}}, "items.format"),
    ({"type": "array", "items": {"type": "integer", "minimum": 1}}, "items.minimum"),
    ({"type": "array", "items": {"type": "integer"}}, "items.type"),
    ({**TAGS, "maxLength": 5}, "maxLength"),
    ({"type": "string", "maxItems": 3}, "maxItems"),
]


@pytest.mark.parametrize(("schema", "keyword"), REFUSED, ids=[keyword for _, keyword in REFUSED])
def test_a_constraint_without_a_column_fails_naming_the_parameter_and_keyword(
    schema: dict[str, Any], keyword: str
) -> None:
    with pytest.raises(_surface.SurfaceError) as caught:
        row(**schema)
    assert str(caught.value).startswith("Tags: ") and keyword in str(caught.value)


def test_flags_set_to_false_constrain_nothing_and_pass() -> None:
    assert row(type="number", minimum=0, exclusiveMinimum=False)["minimum"] == 0
    assert row(**TAGS, uniqueItems=False)["max_items"] is None


def test_min_and_max_items_are_carried_into_surface_py(tmp_path: Path) -> None:
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/Event"}, "minItems": 1, "maxItems": 2}
    params = row(**schema)
    assert (params["min_items"], params["max_items"], params["enum"]) == (1, 2, "Event")
    assert (row(**TAGS)["min_items"], row(**TAGS)["max_items"]) == (None, None)
    surfaces = {"twilio": _surface.operations(document(Tags=schema))}
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "surface.py").write_text(_surface.module_source(surfaces, []), encoding="utf-8")
    surface = regenerate.load_surface(package)
    assert surface is not None
    (written,) = surface.OPERATIONS["twilio"]["create_thing"].params
    assert (written.min_items, written.max_items) == (1, 2)


def test_the_curated_documents_still_pass() -> None:
    for doc in regenerate.provider_documents(regenerate.validate_spec()).values():
        assert _surface.operations(doc)


# -- the client and the sandbox enforce minItems and maxItems ------------------------------------------------


class Event(StrEnum):
    A = "a"
    B = "b"
    C = "c"


def enums(name: str) -> type[Event]:
    assert name == "Event"
    return Event


PLAIN = Param("Tags", "tags", "tags", "array", "body", "", min_items=1, max_items=2, style="form")
ENUMERATED = PLAIN._replace(enum="Event", values=("a", "b", "c"), error_code=21626)


@pytest.mark.parametrize("param", [PLAIN, ENUMERATED], ids=["strings", "enum"])
def test_check_param_enforces_min_and_max_items_naming_the_parameter(param: Param) -> None:
    assert check_param(["a", "b"], param, enums) == ["a", "b"]
    assert check_param(["a", "a", "b"], param, enums) == ["a", "b"]  # repeats are not sent, so not counted
    with pytest.raises(ValidationError, match="at most 2 items, got 3") as caught:
        check_param(["a", "b", "c"], param, enums)
    assert caught.value.parameter == "tags"
    with pytest.raises(ValidationError, match="at least 1 item, got 0") as caught:
        check_param([], param, enums)
    assert caught.value.parameter == "tags"


def sandbox_check(param: Param, body: str) -> None:
    check(Form.parse(body), Operation("make", "api.make", "POST", "/calls", 201, "", "", None, (), (param,)))


@pytest.mark.parametrize("param", [PLAIN, ENUMERATED], ids=["strings", "enum"])
def test_the_sandbox_refuses_too_many_items_twilio_style(param: Param) -> None:
    sandbox_check(param, "Tags=a&Tags=b")
    sandbox_check(param, "Tags=a+b")
    sandbox_check(param, "Tags=")  # sent empty is not sent
    for body in ("Tags=a&Tags=b&Tags=c", "Tags=a+b+c"):
        with pytest.raises(ApiError) as caught:
            sandbox_check(param, body)
        assert caught.value.status == 400 and caught.value.code == (param.error_code or INVALID_PARAMETER)
        assert caught.value.message == "Invalid Tags: 3 values given; at most 2 are allowed"


def test_the_sandbox_refuses_too_few_items() -> None:
    with pytest.raises(ApiError, match="Invalid Tags: 1 values given; at least 2 are needed"):
        sandbox_check(PLAIN._replace(min_items=2), "Tags=a")


# -- the change report --------------------------------------------------------------------------------------

ANSWERED_BY = {"fax": "FAX", "human": "HUMAN"}
FIELDS = (Field("answered_by", "answered_by", "enum", "Who answered.", enum="AnsweredBy"),)


def surface(*params: Param, fields: tuple[Field, ...] = FIELDS) -> ModuleType:
    module = ModuleType("surface_under_test")
    op = Operation("make", "api.make", "POST", "/calls", 201, "Make", "", None, (), params)
    module.OPERATIONS = {"twilio": {"make": op}}  # type: ignore[attr-defined]
    module.CALL_FIELDS = fields  # type: ignore[attr-defined]
    return module


def report(
    old: ModuleType, new: ModuleType, old_enums: dict[str, Any] | None = None, new_enums: dict[str, Any] | None = None
) -> tuple[list[str], str]:
    enums = {"AnsweredBy": ANSWERED_BY}
    return regenerate.change_report(old, new, old_enums or enums, new_enums or enums)


def test_no_change_is_a_patch() -> None:
    assert report(surface(PLAIN), surface(PLAIN)) == (["API surface: no change callers can see"], "patch")


def test_a_response_only_enum_value_added_is_minor_and_removed_is_major() -> None:
    added = {"AnsweredBy": {**ANSWERED_BY, "voicemail_bot": "VOICEMAIL_BOT"}}
    assert report(surface(), surface(), new_enums=added) == (
        ["added: enum AnsweredBy value voicemail_bot (AnsweredBy.VOICEMAIL_BOT)"],
        "minor",
    )
    assert report(surface(), surface(), new_enums={"AnsweredBy": {"human": "HUMAN"}}) == (
        ["removed: enum AnsweredBy value fax (AnsweredBy.FAX)"],
        "major",
    )
    renamed = {"AnsweredBy": {"fax": "FAX_MACHINE", "human": "HUMAN"}}
    assert report(surface(), surface(), new_enums=renamed)[1] == "major"
    assert report(surface(), surface(), new_enums={**added, "Other": {"x": "X"}})[1] == "minor"


def test_response_fields_added_removed_and_changed() -> None:
    extra = Field("queue_time", "queue_time", "integer", "Seconds queued.")
    assert report(surface(), surface(fields=(*FIELDS, extra))) == (
        ["added: call field queue_time (queue_time)"],
        "minor",
    )
    assert report(surface(fields=(*FIELDS, extra)), surface())[1] == "major"
    required = extra._replace(required=True)
    assert report(surface(fields=(required,)), surface(fields=(extra,)))[1] == "major"  # may now be None
    assert report(surface(fields=(extra,)), surface(fields=(required,)))[1] == "minor"
    assert report(surface(fields=(extra,)), surface(fields=(extra._replace(normalize="text"),)))[1] == "major"
    lines, bump = report(surface(fields=(extra,)), surface(fields=(extra._replace(description="Queued."),)))
    assert (lines, bump) == (["changed: call field queue_time (queue_time): description"], "patch")


@pytest.mark.parametrize(
    ("old", "new", "bump"),
    [
        ({"max_items": 2}, {"max_items": 1}, "major"),
        ({"max_items": 2}, {"max_items": 3}, "minor"),
        ({"max_items": 2}, {"max_items": None}, "minor"),
        ({"min_items": 1}, {"min_items": 2}, "major"),
        ({"min_items": None}, {"min_items": 1}, "major"),
        ({"values": ("a", "b")}, {"values": ("a",)}, "major"),
        ({"values": ("a",)}, {"values": ("a", "b")}, "minor"),
    ],
)
def test_parameter_bounds_and_values_by_direction(old: dict[str, Any], new: dict[str, Any], bump: str) -> None:
    lines, got = report(surface(PLAIN._replace(**old)), surface(PLAIN._replace(**new)))
    assert got == bump and len(lines) == 1 and lines[0].startswith("changed: twilio make parameter tags (Tags): ")


def test_a_column_only_the_new_surface_has_is_compared_as_none() -> None:
    before = {"p": {"maximum": 3}}
    assert regenerate.compare_facts(before, {"p": {"maximum": 3, "max_items": None}})[1] == "patch"
    assert regenerate.compare_facts(before, {"p": {"maximum": 3, "max_items": 2}}) == (
        ["changed: p: max_items None -> 2"],
        "major",
    )


def test_enum_members_are_read_from_the_generated_sources(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "answered_by.py").write_text(
        "from enum import StrEnum\n\n\nclass AnsweredBy(StrEnum):\n    FAX = 'fax'\n    HUMAN = 'human'\n\n"
        "    def __str__(self) -> str:\n        return str(self.value)\n\n\nclass NotAnEnum:\n    X = 'x'\n"
    )
    assert regenerate.enum_members(tmp_path) == {"AnsweredBy": ANSWERED_BY}
    members = regenerate.enum_members(ROOT / "generated" / "twilio_calls_api")
    assert members["AnsweredBy"]["fax"] == "FAX" and "StatusCallbackEvent" in members
