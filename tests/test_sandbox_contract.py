"""Every body each provider's sandbox sends fits that provider's document (calls.yaml, or calls.yaml with the
SignalWire overlay): the response schema of the operation and status, checked with openapi-schema-validator."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from _sandbox_helpers import FROM, TO, TWIML_URL, call_path, calls_path, raw_client
from openapi_schema_validator import OAS31Validator

from twilio_calls.sandbox import ManualClock, Sandbox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import _overlay  # noqa: E402

CALLS = "/2010-04-01/Accounts/{AccountSid}/Calls.json"
CALL = "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"


def document(provider: str) -> dict[str, Any]:
    twilio = yaml.safe_load((ROOT / "openapi" / "calls.yaml").read_text())
    if provider == "twilio":
        return twilio  # type: ignore[no-any-return]
    return _overlay.apply(twilio, yaml.safe_load((ROOT / "openapi" / "signalwire.overlay.yaml").read_text()))


def check(doc: dict[str, Any], path: str, method: str, response: httpx.Response) -> None:
    """The response's JSON against the schema its status has in `doc` (else the `default` one)."""
    responses = doc["paths"][path][method]["responses"]
    declared = responses.get(str(response.status_code)) or responses["default"]
    if "$ref" in declared:
        declared = doc["components"]["responses"][declared["$ref"].rsplit("/", 1)[-1]]
    if "content" not in declared:
        assert response.content == b"", response.content
        return
    schema = {**declared["content"]["application/json"]["schema"], "components": doc["components"]}
    OAS31Validator(schema).validate(response.json())


@pytest.mark.parametrize("provider", ["twilio", "signalwire"])
def test_every_body_fits_the_providers_document(provider: str) -> None:
    doc = document(provider)
    with Sandbox(clock=ManualClock(), provider=provider) as sandbox, raw_client(sandbox) as http:
        seen: list[tuple[str, int]] = []

        def send(method: str, template: str, url: str, **kwargs: Any) -> httpx.Response:
            response = http.request(method.upper(), url, **kwargs)
            check(doc, template, method, response)
            seen.append((method, response.status_code))
            return response

        base = {"To": TO, "From": FROM, "Url": TWIML_URL}
        created = send("post", CALLS, calls_path(sandbox), data=base)
        assert created.status_code == (201 if provider == "twilio" else 200)
        sid = created.json()["sid"]
        for _ in range(2):
            send("post", CALLS, calls_path(sandbox), data=base)
        sandbox.advance(sid, until="in-progress")
        send("get", CALL, call_path(sandbox, sid))
        send("post", CALL, call_path(sandbox, sid), data={"Twiml": "<Response/>"})
        send("post", CALL, call_path(sandbox, sid), data={"Status": "completed"})
        send("get", CALLS, calls_path(sandbox), params={"PageSize": 2})
        send("get", CALLS, calls_path(sandbox), params={"PageSize": 2, "Status": "completed"})
        refused_create = send("post", CALLS, calls_path(sandbox), data={"From": FROM, "Url": TWIML_URL})  # 400
        send("post", CALL, call_path(sandbox, sid), data={"Twiml": "<Response/>"})  # 400: not in progress
        send("get", CALL, call_path(sandbox, sid[:-4] + "0000"))  # 404
        send("delete", CALL, call_path(sandbox, sid))
    assert [status for _, status in seen][-4:] == [400, 400, 404, 204]
    assert ("errors" in refused_create.json()) == (provider == "signalwire")


def test_the_check_refuses_a_body_that_breaks_the_document() -> None:
    from jsonschema.exceptions import ValidationError as SchemaError

    request = httpx.Request("GET", "http://127.0.0.1/x")
    wrong = httpx.Response(200, json={"sid": 7, "account_sid": "AC1"}, request=request)
    with pytest.raises(SchemaError):
        check(document("signalwire"), CALL, "get", wrong)
    page = httpx.Response(200, json={"calls": [{"sid": "x"}]}, request=request)  # a call without account_sid
    with pytest.raises(SchemaError):
        check(document("twilio"), CALLS, "get", page)
    listed = httpx.Response(400, json={"errors": [{"code": {"nested": 1}, "message": "m"}]}, request=request)
    with pytest.raises(SchemaError):
        check(document("signalwire"), CALLS, "post", listed)
