"""scripts/_overlay.py: the JSONPath subset, Overlay 1.0 actions, and the union the client is generated from."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import _overlay  # noqa: E402

DOC: dict[str, Any] = {
    "paths": {"/a/{id}.json": {"post": {"responses": {"201": {"description": "made"}}}}},
    "components": {
        "schemas": {
            "E": {"type": "string", "enum": ["a", "b"], "x-enum-varnames": ["A", "B"]},
            "Form": {"type": "object", "properties": {"X": {"type": "integer", "minimum": 1}, "Y": {}}},
        }
    },
}


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "extends": "calls.yaml",
        "actions": list(actions),
    }


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("$.components.schemas.Form", ["components", "schemas", "Form"]),
        ("$.paths['/a/{id}.json'].post", ["paths", "/a/{id}.json", "post"]),
        ('$.paths["/a/{id}.json"]', ["paths", "/a/{id}.json"]),
        ("$.x['it\\'s']['x-enum-varnames']", ["x", "it's", "x-enum-varnames"]),
        ("$.info.x-provider", ["info", "x-provider"]),
        ("$.servers[0]", ["servers", 0]),
    ],
)
def test_paths_are_read(path: str, names: list[str]) -> None:
    assert _overlay.parse_path(path) == names


@pytest.mark.parametrize("path", ["components.schemas", "$", "$..Form", "$.a[-1]", "$.a[*]", "$.a.", "$['a"])
def test_paths_outside_the_subset_are_refused(path: str) -> None:
    with pytest.raises(_overlay.OverlayError):
        _overlay.parse_path(path)


def test_update_merges_objects_replaces_other_values_and_does_not_touch_the_input() -> None:
    result = _overlay.apply(
        DOC,
        overlay(
            {"target": "$.components.schemas.Form.properties.X", "update": {"minimum": 0, "maximum": 9}},
            {"target": "$.components.schemas.E", "update": {"enum": ["a"], "x-enum-varnames": ["A"]}},
            {"target": "$.components.schemas.Form.properties", "update": {"Z": {"type": "boolean"}}},
            {"target": "$.components.schemas.E.enum", "update": "c"},
            {"target": "$.components.schemas.Form.properties.Y", "remove": True},
            {"target": "$.paths['/a/{id}.json'].post.responses['201']", "remove": True},
        ),
    )
    schemas = result["components"]["schemas"]
    assert schemas["Form"]["properties"] == {
        "X": {"type": "integer", "minimum": 0, "maximum": 9},
        "Z": {"type": "boolean"},
    }
    assert schemas["E"]["enum"] == ["a", "c"]  # replaced by the object update, then appended to by the array target
    assert result["paths"]["/a/{id}.json"]["post"]["responses"] == {}
    assert DOC["components"]["schemas"]["Form"]["properties"]["X"] == {"type": "integer", "minimum": 1}


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"target": "$.components.schemas.Form"}, "needs update or remove"),
        ({"target": "$.components.schemas.Nope"}, "needs update or remove"),
        ({"target": "$.components.schemas.Form", "update": {}, "remove": True}, "not both"),
        ({"target": "$.components.schemas.E.type", "update": {"a": 1}}, "cannot merge"),
    ],
)
def test_a_bad_action_is_an_error_naming_it(action: dict[str, Any], message: str) -> None:
    with pytest.raises(_overlay.OverlayError, match=f"action 1: .*{message}"):
        _overlay.apply(DOC, overlay(action))


def test_an_action_whose_target_is_gone_is_a_warning_naming_it() -> None:
    """The curated document dropped what the overlay changed (a parameter removed upstream): the other actions
    still apply, and the skipped ones are named (issue 19, item 5)."""
    warnings: list[str] = []
    result = _overlay.apply(
        DOC,
        overlay(
            {"target": "$.components.schemas.Nope", "remove": True},
            {"target": "$.components.nope.Form", "update": {}},
            {"target": "$.components.schemas.Form.properties.X", "update": {"minimum": 0}},
        ),
        warnings,
    )
    assert warnings == [
        "action 1 (remove $.components.schemas.Nope): selects nothing; skipped",
        "action 2 (update $.components.nope.Form): components.nope does not exist; skipped",
    ]
    assert result["components"]["schemas"]["Form"]["properties"]["X"]["minimum"] == 0


def test_regeneration_warns_about_an_overlay_action_whose_parameter_was_removed(tmp_path: Path) -> None:
    """regenerate.py goes on, naming the action, when calls.yaml loses a parameter the overlay changes."""
    import shutil
    import subprocess
    import sys

    import yaml

    root = Path(__file__).resolve().parents[1]
    for folder in ("scripts", "openapi", "generated"):
        shutil.copytree(root / folder, tmp_path / folder)
    spec = tmp_path / "openapi" / "calls.yaml"
    document = yaml.safe_load(spec.read_text())
    del document["components"]["schemas"]["CreateCallForm"]["properties"]["CallReason"]
    spec.write_text(yaml.safe_dump(document, sort_keys=False, width=1000))
    result = subprocess.run([sys.executable, "scripts/regenerate.py"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (
        "warning: openapi/signalwire.overlay.yaml: action" in result.stderr
        and "(remove $.components.schemas.CreateCallForm.properties.CallReason): selects nothing; skipped"
        in result.stderr
    )
    assert "removed: twilio create_call parameter call_reason (CallReason)" in result.stdout


def test_the_overlay_header_is_checked() -> None:
    with pytest.raises(_overlay.OverlayError, match=r"not 1\.x"):
        _overlay.apply(DOC, {**overlay({"target": "$.a", "remove": True}), "overlay": "2.0.0"})
    with pytest.raises(_overlay.OverlayError, match="non-empty"):
        _overlay.apply(DOC, overlay())


def test_union_adds_members_and_enum_values_but_keeps_the_base_bounds() -> None:
    other = _overlay.apply(
        DOC,
        overlay(
            {"target": "$.components.schemas.Form.properties.X", "update": {"minimum": 0}},
            {"target": "$.components.schemas.Form.properties", "update": {"Z": {"type": "boolean"}}},
            {"target": "$.components.schemas.Form.properties.Y", "remove": True},
            {"target": "$.components.schemas.E", "update": {"enum": ["c", "a"], "x-enum-varnames": ["C", "A"]}},
        ),
    )
    union = _overlay.union(DOC, other)
    form = union["components"]["schemas"]["Form"]["properties"]
    assert form == {"X": {"type": "integer", "minimum": 1}, "Y": {}, "Z": {"type": "boolean"}}
    assert union["components"]["schemas"]["E"]["enum"] == ["a", "b", "c"]
    assert union["components"]["schemas"]["E"]["x-enum-varnames"] == ["A", "B", "C"]


def test_new_enum_values_need_their_varnames() -> None:
    other = _overlay.apply(DOC, overlay({"target": "$.components.schemas.E.enum", "update": "c"}))
    with pytest.raises(_overlay.OverlayError, match="x-enum-varnames"):
        _overlay.union(DOC, other)


def test_the_signalwire_overlay_applies_to_the_curated_document() -> None:
    document = yaml.safe_load((ROOT / "openapi" / "calls.yaml").read_text())
    signalwire = yaml.safe_load((ROOT / "openapi" / "signalwire.overlay.yaml").read_text())
    assert signalwire["extends"] == "calls.yaml"
    result = _overlay.apply(document, signalwire)
    properties = result["components"]["schemas"]["CreateCallForm"]["properties"]
    assert {"CallReason", "CallToken", "Byoc", "ClientNotificationUrl", "TimeLimit", "Twiml"}.isdisjoint(properties)
    assert (properties["MachineDetectionTimeout"]["minimum"], properties["MachineDetectionTimeout"]["maximum"]) == (
        1,
        120,
    )
    update = result["components"]["schemas"]["UpdateCallForm"]
    # SignalWire's UpdateCallRequest: seven parameters, nothing else.
    assert sorted(update["properties"]) == sorted(
        ["Url", "Method", "Status", "FallbackUrl", "FallbackMethod", "StatusCallback", "StatusCallbackMethod"]
    )
    assert update["additionalProperties"] is False
    assert result["info"]["x-provider"]["name"] == "signalwire"
    assert result["servers"][0]["url"] == "https://{space}.signalwire.com/api/laml"


def test_an_index_selects_one_item_of_an_array_or_warns() -> None:
    document = {**DOC, "servers": [{"url": "https://a.example"}]}
    result = _overlay.apply(document, overlay({"target": "$.servers[0]", "update": {"url": "https://b.example"}}))
    assert result["servers"] == [{"url": "https://b.example"}]
    warnings: list[str] = []
    result = _overlay.apply(
        document, overlay({"target": "$.servers[1]", "update": {"url": "https://c.example"}}), warnings
    )
    assert result["servers"] == [{"url": "https://a.example"}]
    assert warnings == ["action 1 (update $.servers[1]): selects nothing; skipped"]


def test_union_takes_either_providers_type_of_a_field() -> None:
    base = {"properties": {"duration": {"type": ["string", "null"]}, "to": {"type": "string"}}}
    other = {"properties": {"duration": {"type": ["integer", "null"]}, "to": {"type": "string"}}}
    merged = _overlay.union(base, other)
    assert merged["properties"]["duration"]["type"] == ["string", "null", "integer"]
    assert merged["properties"]["to"]["type"] == "string"


def test_union_leaves_a_property_named_type_alone() -> None:
    base = {"properties": {"type": {"type": "string", "description": "a"}}}
    other = {"properties": {"type": {"type": "string", "description": "b"}}}
    assert _overlay.union(base, other) == base
