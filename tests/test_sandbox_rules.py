"""The sandbox's request rules say exactly what openapi/calls.yaml says, parameter by parameter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from twilio_calls.sandbox._rules import CREATE_RULES, LIST_RULES, UPDATE_RULES, Rule

DOCUMENT = yaml.safe_load((Path(__file__).parents[1] / "openapi" / "calls.yaml").read_text())
SCHEMAS = DOCUMENT["components"]["schemas"]
LIST_OPERATION = DOCUMENT["paths"]["/2010-04-01/Accounts/{AccountSid}/Calls.json"]["get"]
DATE_PARAMETERS = {"StartTime", "EndTime", "Before", "After"}  # checked by the listing code, not a rule table


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def expected_rule(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """What the document says about one parameter, in the terms of a Rule."""
    schema = resolve(schema)
    if schema.get("type") == "array":
        return {"kind": "choices", "values": sorted(resolve(schema["items"])["enum"])}
    if "enum" in schema:
        return {"kind": "choice", "values": sorted(schema["enum"])}
    if schema.get("type") == "integer":
        return {"kind": "integer", "minimum": schema.get("minimum"), "maximum": schema.get("maximum")}
    if schema.get("type") == "boolean":
        return {"kind": "boolean"}
    if schema.get("format") == "uri":
        return {"kind": "uri"}
    return {
        "kind": "text",
        "min_length": schema.get("minLength"),
        "max_length": schema.get("maxLength"),
        "pattern": schema.get("pattern"),
    }


def actual_rule(rule: Rule, like: dict[str, Any]) -> dict[str, Any]:
    found = {key: getattr(rule, key) for key in like}
    if "values" in found:
        found["values"] = sorted(found["values"])  # the generated enums list them alphabetically
    return found


@pytest.mark.parametrize(
    ("rules", "properties"),
    [
        (CREATE_RULES, SCHEMAS["CreateCallForm"]["properties"]),
        (UPDATE_RULES, SCHEMAS["UpdateCallForm"]["properties"]),
        (
            LIST_RULES,
            {p["name"]: p["schema"] for p in LIST_OPERATION["parameters"] if p["name"] not in DATE_PARAMETERS},
        ),
    ],
    ids=["create", "update", "list"],
)
def test_rules_cover_every_parameter_with_the_documents_constraints(
    rules: tuple[Rule, ...], properties: dict[str, Any]
) -> None:
    by_name = {rule.name: rule for rule in rules}
    assert sorted(by_name) == sorted(properties)
    for name, schema in properties.items():
        expected = expected_rule(name, schema)
        assert actual_rule(by_name[name], expected) == expected, name


def test_create_requires_what_the_document_requires() -> None:
    assert SCHEMAS["CreateCallForm"]["required"] == ["To", "From"]
    required = [rule.name for rule in CREATE_RULES if rule.min_length == 1]
    assert required == ["To", "From"]
