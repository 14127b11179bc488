"""A whole new operation pair added to a copy of the document reaches the sandbox by regeneration alone.

The copy gets a new subresource, Annotations under a call (a create with a bounded parameter and a paged list),
scripts/regenerate.py runs in it, and the copy's sandbox, untouched under wrapper/, routes both operations,
checks the create by the new rules, mints an `AN` SID from the schema's sid pattern, keeps the annotation and lists
it, and answers 405 (with Allow) for a method the new path does not take.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from test_one_source import COPIED, ROOT, in_copy

ANNOTATIONS = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Annotations.json"


def add_annotations(spec: Path) -> None:
    document = yaml.safe_load(spec.read_text())
    document["tags"].append({"name": "annotations", "description": "Notes an agent attaches to a call."})
    ref = {"$ref": "#/components/responses/Error"}
    document["paths"][ANNOTATIONS] = {
        "parameters": [
            {"$ref": "#/components/parameters/AccountSid"},
            {"$ref": "#/components/parameters/CallSid"},
        ],
        "post": {
            "operationId": "create_call_annotation",
            "tags": ["annotations"],
            "x-idempotent": False,
            "summary": "Attach a note to a call",
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {"$ref": "#/components/schemas/CreateAnnotationForm"}
                    }
                },
            },
            "responses": {
                "201": {
                    "description": "The note is attached.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Annotation"}}},
                },
                "default": ref,
            },
        },
        "get": {
            "operationId": "list_call_annotations",
            "tags": ["annotations"],
            "x-idempotent": True,
            "summary": "List a call's notes, one page at a time",
            "parameters": [
                {"$ref": "#/components/parameters/PageSize"},
                {"$ref": "#/components/parameters/Page"},
                {"$ref": "#/components/parameters/PageToken"},
            ],
            "responses": {
                "200": {
                    "description": "One page of notes.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AnnotationPage"}}},
                },
                "default": ref,
            },
        },
    }
    schemas = document["components"]["schemas"]
    schemas["CreateAnnotationForm"] = {
        "type": "object",
        "required": ["Note"],
        "properties": {"Note": {"description": "The note's text.", "type": "string", "maxLength": 20}},
    }
    schemas["Annotation"] = {
        "description": "One note on a call.",
        "type": "object",
        "additionalProperties": True,
        "required": ["sid", "account_sid"],
        "properties": {
            "sid": {"type": "string", "pattern": "^AN[0-9a-fA-F]{32}$", "description": "The note's identifier."},
            "account_sid": {"type": "string", "minLength": 1, "description": "The account that owns it."},
            "call_sid": {"type": ["string", "null"], "description": "The call it is about."},
            "note": {"type": ["string", "null"], "description": "The note's text."},
            "uri": {"type": ["string", "null"], "description": "Its own URI."},
        },
    }
    page = json.loads(json.dumps(schemas["EventPage"]))
    page["required"] = ["annotations"]
    page["properties"]["annotations"] = {"type": "array", "items": {"$ref": "#/components/schemas/Annotation"}}
    del page["properties"]["events"]
    page.pop("description", None)
    schemas["AnnotationPage"] = page
    spec.write_text(yaml.safe_dump(document, sort_keys=False, width=1000))


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("sandbox-one-source")
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            shutil.copy2(source, root / name)
    add_annotations(root / "openapi" / "calls.yaml")
    result = subprocess.run(
        [sys.executable, "scripts/regenerate.py"], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    yield root


SANDBOX_SCRIPT = """
    import json
    import httpx
    from twilio_calls.sandbox import ManualClock, Sandbox, Timing

    out = {}
    with Sandbox(clock=ManualClock(), timing=Timing(talk=None)) as sandbox:
        client = sandbox.client()
        sid = client.create(to="+15558675310", from_="+15017122661", url="https://example.com/t").sid
        path = f"/2010-04-01/Accounts/{sandbox.account_sid}/Calls/{sid}/Annotations.json"
        with httpx.Client(base_url=sandbox.url, auth=(sandbox.account_sid, sandbox.auth_token)) as http:
            created = http.post(path, data={"Note": "VIP caller"})
            out["created"] = [created.status_code, created.json()]
            too_long = http.post(path, data={"Note": "x" * 21})
            out["too_long"] = [too_long.status_code, too_long.json()["message"]]
            missing = http.post(path, data={})
            out["missing"] = [missing.status_code, missing.json()["message"]]
            listed = http.get(path, params={"PageSize": "1"})
            out["listed"] = [listed.status_code, listed.json()]
            put = http.put(path)
            out["put"] = [put.status_code, put.headers.get("Allow")]
        out["module"] = __import__("twilio_calls").__file__
    print(json.dumps(out))
"""


def test_the_sandbox_serves_a_new_operation_with_no_edit_under_wrapper(copy: Path) -> None:
    unchanged = subprocess.run(
        ["diff", "-r", "-q", "-x", "__pycache__", str(ROOT / "wrapper"), str(copy / "wrapper")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert unchanged.returncode == 0, unchanged.stdout  # the copy's wrapper/ is this checkout's, byte for byte
    result = in_copy(copy, SANDBOX_SCRIPT)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["module"].startswith(str(copy))
    status, body = out["created"]
    assert status == 201
    assert body["sid"].startswith("AN") and len(body["sid"]) == 34
    assert body["note"] == "VIP caller" and body["call_sid"].startswith("CA")
    assert body["uri"].endswith(f"/Annotations/{body['sid']}.json")
    assert out["too_long"] == [400, "Invalid Note: is 21 characters long; at most 20 are allowed"]
    assert out["missing"] == [400, "No 'Note' is specified"]
    status, page = out["listed"]
    assert status == 200 and [item["sid"] for item in page["annotations"]] == [body["sid"]]
    assert page["page_size"] == 1 and page["next_page_uri"] is None
    assert out["put"] == [405, "GET, POST"]  # the generated table lists the GET first
