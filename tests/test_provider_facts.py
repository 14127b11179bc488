"""What surface.py carries per provider besides its operations: the response shapes (fields, JSON types, enum
values, spellings), the SID format of each item, and each parameter's documented default; how the generator's
input is kept from sending those defaults; and how the change report grades changes to them."""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from test_sandbox_contract import document

from twilio_calls_api.surface import OPERATIONS, PROVIDER_FACTS, PROVIDERS, Operation, Param

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import _surface  # noqa: E402
import regenerate  # noqa: E402


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in node:
        return node
    target = doc["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return {**target, **{key: value for key, value in node.items() if key != "$ref"}}


# -- defaults ---------------------------------------------------------------------------------------------------


def test_documented_defaults_are_the_providers_own() -> None:
    def default(provider: str, op_id: str, wire: str) -> object:
        return next(param.default for param in OPERATIONS[provider][op_id].params if param.wire == wire)

    assert default("twilio", "create_call_stream", "Track") == "inbound_track"
    assert default("signalwire", "create_call_stream", "Track") == "both_tracks"
    for provider in PROVIDERS:
        assert default(provider, "create_call_recording", "Trim") == "do-not-trim"
        assert default(provider, "create_call_recording", "RecordingStatusCallbackEvent") == ("completed",)
        assert default(provider, "update_call_recording", "PauseBehavior") == "silence"
        assert default(provider, "update_call_recording", "Status") is None  # required: nothing assumed
    assert default("twilio", "create_call_payment", "PostalCode") is True
    assert default("twilio", "create_call_payment", "Timeout") == 5


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_form_default_of_the_document_is_carried(provider: str) -> None:
    doc = document(provider)
    stated = {}
    for item in doc["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            schema = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
            for wire, prop in resolve(doc, schema)["properties"].items():
                if "default" in resolve(doc, prop):
                    value = resolve(doc, prop)["default"]
                    stated[(operation["operationId"], wire)] = tuple(value) if isinstance(value, list) else value
    carried = {
        (op.id, param.wire): param.default
        for op in OPERATIONS[provider].values()
        for param in op.params
        if param.default is not None
    }
    assert carried == stated and len(stated) >= 8


def form_row(**prop: Any) -> dict[str, Any]:
    doc = {
        "paths": {"/x": {"post": {"operationId": "create_x", "requestBody": {"content": {
            "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Form"}}}},
            "responses": {"200": {}}}}},
        "components": {"schemas": {
            "Form": {"type": "object", "properties": {"Kind": prop}},
            "Kind": {"type": "string", "enum": ["a", "b"]},
        }},
    }  # fmt: skip
    rows: list[dict[str, Any]] = _surface.operations(doc)["create_x"]["params"]
    return rows[0]


def test_a_default_must_be_one_of_the_parameters_values() -> None:
    assert form_row(**{"$ref": "#/components/schemas/Kind", "default": "b"})["default"] == "b"
    assert form_row(type="array", items={"$ref": "#/components/schemas/Kind"}, default=["a"])["default"] == ("a",)
    assert form_row(type="boolean", default=False)["default"] is False
    with pytest.raises(_surface.SurfaceError, match="Kind: default 'c' is not one of its values"):
        form_row(**{"$ref": "#/components/schemas/Kind", "default": "c"})
    with pytest.raises(_surface.SurfaceError, match="not a scalar or a list"):
        form_row(type="string", default={"a": 1})


def test_the_generator_never_sees_a_request_default() -> None:
    union = regenerate.union_document(regenerate.provider_documents(regenerate.validate_spec()))
    stripped = regenerate._without_defaults(union)
    texts = []
    for schema in stripped["components"]["schemas"].values():
        if schema.get("type") == "object":
            texts += [prop for prop in schema.get("properties", {}).values() if "default" in prop]
    assert texts == []
    parameters = [p for p in stripped["components"]["parameters"].values() if "default" in p.get("schema", {})]
    assert parameters == []
    # Only request defaults go: a response keyed `default` and a server variable's default stay.
    assert "default" in stripped["paths"]["/2010-04-01/Accounts/{AccountSid}/Calls.json"]["post"]["responses"]
    assert stripped["servers"] == union["servers"]
    assert "default" in union["components"]["schemas"]["CreatePaymentForm"]["properties"]["PaymentConnector"]


def test_the_generated_form_sends_only_what_was_given() -> None:
    """The generator turns an inline default into the attribute's value, which to_dict then sends: without it in
    the generator's input, a payment form holds what the caller gave and nothing else."""
    from twilio_calls_api.models import CreatePaymentForm

    form = CreatePaymentForm(idempotency_key="k1", status_callback="https://example.com/pay")
    assert form.to_dict() == {"IdempotencyKey": "k1", "StatusCallback": "https://example.com/pay"}


# -- response shapes ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_provider_sends_its_own_schemas_fields(provider: str) -> None:
    doc = document(provider)
    facts = PROVIDER_FACTS[provider]
    answered = {op.response for op in OPERATIONS[provider].values() if op.response}
    assert set(facts.fields) == answered | {"Call"}
    for schema, kinds in facts.fields.items():
        assert list(kinds) == list(doc["components"]["schemas"][schema]["properties"])
    assert facts.call_fields == facts.fields["Call"]


def test_recording_shapes_differ_as_the_overlay_says() -> None:
    twilio, signalwire = (PROVIDER_FACTS[name] for name in ("twilio", "signalwire"))
    assert twilio.fields["Recording"]["duration"] == ("string", "null")
    assert signalwire.fields["Recording"]["duration"] == ("integer", "null")
    assert twilio.fields["Recording"]["channels"] == ("integer", "null")
    assert signalwire.fields["Recording"]["channels"] == signalwire.fields["Recording"]["channel"] == ("string", "null")
    assert "track" in twilio.fields["Recording"] and "track" not in signalwire.fields["Recording"]
    assert {"end_time", "trim"} <= signalwire.fields["Recording"].keys()
    assert twilio.fields["Recording"]["status"] == ("string", "null")  # anyOf: the enum, text or null
    assert "processing" in twilio.field_values["Recording"]["status"]
    assert signalwire.field_values["Recording"]["status"] == (
        "queued",
        "in-progress",
        "paused",
        "resumed",
        "completed",
        "absent",
        "stopped",
    )
    assert signalwire.spellings["RecordingSource"]["StartCallRecordingAPI"] == "StartCallRecordingApi"
    assert twilio.spellings == {}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_item_sid_formats_are_the_documents_sid_patterns(provider: str) -> None:
    doc = document(provider)
    facts = PROVIDER_FACTS[provider]
    patterns = {
        schema: doc["components"]["schemas"][schema]["properties"]["sid"]["pattern"]
        for schema in facts.fields
        if schema != "Call" and "pattern" in doc["components"]["schemas"][schema]["properties"].get("sid", {})
    }
    assert set(facts.item_sids) == set(patterns)
    for schema, text in facts.item_sids.items():
        minted = text.replace("{hex32}", "0123456789abcdef" * 2).replace(
            "{uuid}", "1f3c2a4b-5d6e-4f70-8a9b-000000000001"
        )
        assert re.match(patterns[schema], minted), (schema, text)
    if provider == "twilio":
        assert facts.item_sids["Recording"] == "RE{hex32}" and facts.item_sids["Notification"] == "NO{hex32}"
    else:
        assert facts.item_sids == {"Recording": "{uuid}", "Stream": "{uuid}"}


def test_a_sid_pattern_the_sandbox_cannot_mint_fails_the_regeneration() -> None:
    assert _surface._sid_format("X.sid", "^KX[0-9a-fA-F]{32}$") == "KX{hex32}"
    with pytest.raises(_surface.SurfaceError, match=r"X\.sid: pattern"):
        _surface._sid_format("X.sid", "^KX[0-9]{10}$")


def test_a_spelling_of_a_value_the_enum_lacks_fails_the_regeneration() -> None:
    doc = copy.deepcopy(document("signalwire"))
    doc["components"]["schemas"]["RecordingSource"]["x-spelling-of"]["Nonsense"] = "OutboundAPI"
    with pytest.raises(_surface.SurfaceError, match=r"RecordingSource: x-spelling-of names \['Nonsense'\]"):
        _surface.response_shapes(doc)


# -- the change report ----------------------------------------------------------------------------------------------

PLAIN = Param("Tags", "tags", "tags", "string", "body", "Tags.")


def surface(param: Param, **provider: Any) -> ModuleType:
    module = ModuleType("surface_under_test")
    op = Operation("make", "api.make", "POST", "/calls", 201, "Make", "", None, (), (param,))
    module.OPERATIONS = {"twilio": {"make": op}}  # type: ignore[attr-defined]
    module.CALL_FIELDS = ()  # type: ignore[attr-defined]
    if provider:
        facts = PROVIDER_FACTS["twilio"]._replace(
            fields=provider.get("fields", {}), field_values=provider.get("values", {})
        )
        module.PROVIDER_FACTS = {"twilio": facts}  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize(
    ("old", "new", "bump"),
    [(None, "a", "minor"), ("a", None, "minor"), ("a", "b", "major"), (("a",), ("a", "b"), "major")],
)
def test_a_stated_default_is_additive_and_a_changed_one_breaks(old: Any, new: Any, bump: str) -> None:
    lines, got = regenerate.change_report(
        surface(PLAIN._replace(default=old)), surface(PLAIN._replace(default=new)), {}, {}
    )
    assert got == bump
    assert lines == [f"changed: twilio make parameter tags (Tags): default {old!r} -> {new!r}"]


def test_an_old_surface_without_the_default_column_reads_as_no_default() -> None:
    before = regenerate._facts(surface(PLAIN))
    for facts in before.values():
        facts.pop("default", None)
    after = regenerate._facts(surface(PLAIN))
    assert regenerate.compare_facts(before, after) == (["API surface: no change callers can see"], "patch")


def test_a_providers_response_shapes_are_reported_as_additive() -> None:
    plain = surface(PLAIN, fields={"Recording": {}})
    shaped = surface(PLAIN, fields={"Recording": {"duration": ("string", "null")}})
    assert regenerate.change_report(plain, shaped, {}, {}) == (
        ["added: twilio sends recording field duration"],
        "minor",
    )
    typed = surface(PLAIN, fields={"Recording": {"duration": ("integer", "null")}})
    lines, bump = regenerate.change_report(shaped, typed, {}, {})
    assert bump == "minor"
    assert lines == [
        "changed: twilio sends recording field duration: sent_as ('string', 'null') -> ('integer', 'null')"
    ]
    valued = surface(PLAIN, fields={"Recording": {"status": ("string",)}}, values={"Recording": {"status": ("a",)}})
    fewer = surface(PLAIN, fields={"Recording": {"status": ("string",)}}, values={"Recording": {"status": ()}})
    assert regenerate.change_report(valued, fewer, {}, {})[1] == "minor"
