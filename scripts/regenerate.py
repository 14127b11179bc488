#!/usr/bin/env python3
"""Regenerate generated/twilio_calls_api from openapi/calls.yaml and openapi/signalwire.overlay.yaml.

    python scripts/regenerate.py          # rewrite generated/ and print what changed
    python scripts/regenerate.py --check  # exit 1, naming the files, if generated/ is stale

The generator and ruff are pinned in pyproject.toml because their output changes between releases. Any generator
warning fails the run: openapi-python-client skips an operation it cannot generate with only a warning.

calls.yaml is Twilio's document; the overlay (OpenAPI Overlay 1.0, applied by scripts/_overlay.py) turns it into
SignalWire's. The generator runs on the union of the two (every provider's parameters and enum values, written to a
temporary file), so the typed models carry both; each provider's own rules go into surface.py.

Next to the generator's output this writes surface.py (scripts/_surface.py: every parameter's constraints, the
rules across parameters, the call's fields and how each is read, typed keyword arguments), which the client,
its CLI and its sandbox read; and it prints an API change report against the committed package, with the
version bump README's policy implies.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _overlay
import _resources
import _surface

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "calls.yaml"
# Each provider after the first (Twilio, calls.yaml itself): the overlay that turns calls.yaml into its document.
# A provider's name is its document's info.x-provider.name.
OVERLAYS = [ROOT / "openapi" / "signalwire.overlay.yaml"]
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"  # the generator's custom templates; client/ holds our own (_resources.py)
PACKAGE = "twilio_calls_api"
TARGET = ROOT / "generated" / PACKAGE
HEADER = "# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py\n"
# Only import sorting and unused-import removal: broader auto-fixes were seen to break mypy --strict.
RUFF_FIX_RULES = "I,F401"


class RegenerationError(Exception):
    pass


def run(cmd: list[str], cwd: Path) -> str:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise RegenerationError(f"{' '.join(cmd[:4])} ... failed (exit {proc.returncode}):\n{output}")
    return output


def validate_spec() -> dict[str, object]:
    import yaml
    from openapi_spec_validator import validate

    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    validate(document)
    return document  # type: ignore[no-any-return]


def provider_documents(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each provider's document: calls.yaml for Twilio, calls.yaml with its overlay for the others (validated)."""
    import yaml
    from openapi_spec_validator import validate

    documents = {provider_name(document, SPEC): document}
    for path in OVERLAYS:
        overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
        if overlay.get("extends") != SPEC.name:
            raise RegenerationError(f"{path.relative_to(ROOT)}: extends {overlay.get('extends')!r}, not {SPEC.name}")
        warnings: list[str] = []
        try:
            result = _overlay.apply(document, overlay, warnings)
        except _overlay.OverlayError as exc:
            raise RegenerationError(f"{path.relative_to(ROOT)}: {exc}") from exc
        for warning in warnings:  # what the overlay changed is gone from calls.yaml: a reviewer should look
            print(f"warning: {path.relative_to(ROOT)}: {warning}", file=sys.stderr)
        validate(result)
        name = provider_name(result, path)
        if name in documents:
            raise RegenerationError(f"{path.relative_to(ROOT)}: info.x-provider.name {name!r} is taken already")
        documents[name] = result
    return documents


def provider_name(document: dict[str, Any], path: Path) -> str:
    name = (document.get("info", {}).get("x-provider") or {}).get("name")
    if not isinstance(name, str) or not name.isidentifier():
        raise RegenerationError(f"{path.relative_to(ROOT)}: info.x-provider.name must be a name such as 'twilio'")
    return name


def union_document(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The document the client is generated from: Twilio's plus every parameter and enum value others add."""
    from openapi_spec_validator import validate

    first, *others = documents.values()
    union = first
    try:
        for other in others:
            union = _overlay.union(union, other)
    except _overlay.OverlayError as exc:
        raise RegenerationError(f"union of the providers' documents: {exc}") from exc
    validate(union)
    return union


_RULE_KEYWORDS = ("oneOf", "anyOf", "not")


def _without_rules(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the generator reads it: a request form's rules across parameters (oneOf/anyOf/not of
    `required` lists) and a date filter's forms (anyOf of formats) taken out, since the generator would make the
    form a union of models and the filter a union of date types. The rules stay in the
    document for every other tool, and in surface.py (_surface._rules) for the client, the CLI and the sandbox."""
    result = json.loads(json.dumps(document))
    for schema in result.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict) and schema.get("type") == "object" and "properties" in schema:
            for keyword in _RULE_KEYWORDS:
                value = schema.get(keyword)
                branches = [value] if isinstance(value, dict) else value if isinstance(value, list) else []
                if branches and all(isinstance(b, dict) and set(b) == {"required"} for b in branches):
                    del schema[keyword]
    # A date filter's forms (`anyOf: [{format: date}, {format: date-time}]`) would make its argument a union of
    # date types; the client passes it text it wrote itself (x-normalize), so the generator sees a string.
    components = result.get("components", {})
    parameters = [p.get("schema") for p in components.get("parameters", {}).values() if isinstance(p, dict)]
    for item in result.get("paths", {}).values():
        for op in [item, *(v for v in item.values() if isinstance(v, dict))]:
            parameters += [p.get("schema") for p in op.get("parameters", ()) if isinstance(p, dict)]
    for schema in components.get("schemas", {}).values():
        if isinstance(schema, dict):
            parameters += list((schema.get("properties") or {}).values())
    for schema in parameters:
        forms = schema.get("anyOf") if isinstance(schema, dict) else None
        if isinstance(forms, list) and forms and all(isinstance(f, dict) and set(f) == {"format"} for f in forms):
            del schema["anyOf"]
    return result


def _without_defaults(document: dict[str, Any]) -> dict[str, Any]:
    """The document without the `default` of any request parameter (form properties and query or path
    parameters): the generator makes a default the model attribute's initial value, and its request builder would
    then send it on every request. A default states what the server assumes; it stays in surface.py (Param.default)
    for the sandbox and the docs, and the client sends only what the caller gave."""
    result = json.loads(json.dumps(document))
    components = result.get("components", {})
    for schema in components.get("schemas", {}).values():
        if isinstance(schema, dict) and schema.get("type") == "object":
            for prop in (schema.get("properties") or {}).values():
                if isinstance(prop, dict):
                    prop.pop("default", None)
                    if isinstance(prop.get("items"), dict):
                        prop["items"].pop("default", None)
    parameters = list(components.get("parameters", {}).values())
    for item in result.get("paths", {}).values():
        for operation in [item, *(item.get(method, {}) for method in _surface.HTTP_METHODS)]:
            parameters.extend(operation.get("parameters", ()) if isinstance(operation, dict) else ())
    for parameter in parameters:
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            parameter["schema"].pop("default", None)
    return result


def generate(out_dir: Path, spec_version: str, document: dict[str, Any]) -> None:
    """Write the formatted package into out_dir / PACKAGE."""
    package = out_dir / PACKAGE
    documents = provider_documents(document)
    union = union_document(documents)
    union_path = out_dir / "calls.union.json"  # outside the package: it is an input, not part of the output
    union_path.write_text(
        json.dumps(_without_defaults(_without_rules(union)), indent=1, ensure_ascii=False), encoding="utf-8"
    )
    generator = [sys.executable, "-m", "openapi_python_client", "generate", "--meta", "none", "--fail-on-warning"]
    paths = ["--path", str(union_path), "--config", str(CONFIG), "--output-path", str(package), "--overwrite"]
    output = run([*generator, *paths, "--custom-template-path", str(TEMPLATES)], cwd=out_dir)
    if "warning" in output.lower():  # belt and braces: --fail-on-warning already exits non-zero
        raise RegenerationError(f"generator warned:\n{output}")
    try:
        surfaces = {provider: _surface.operations(doc) for provider, doc in documents.items()}
        providers = {provider: _surface.provider(doc) for provider, doc in documents.items()}
        fields = _surface.response_fields(union, _surface.operations(union))
    except (_surface.SurfaceError, KeyError, TypeError, ValueError) as exc:
        raise RegenerationError(f"{SPEC.relative_to(ROOT)}: {exc}") from exc
    (package / "surface.py").write_text(
        _surface.module_source(surfaces, fields, _surface.final_values(document), providers), encoding="utf-8"
    )
    try:
        _resources.write(package, TEMPLATES / "client", _resources.resources(union, surfaces, fields))
    except (_surface.SurfaceError, KeyError, TypeError, ValueError) as exc:
        raise RegenerationError(f"{SPEC.relative_to(ROOT)}: {exc}") from exc
    (package / "enums.py").write_text(_surface.enums_source(union), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    common = ["--no-cache", "--isolated", "--line-length", "120", "--target-version", "py311"]
    # cwd is the parent: inside the package, its types.py would shadow the standard library's.
    run([*ruff, "check", *common, "--select", RUFF_FIX_RULES, "--fix-only", "--exit-zero", PACKAGE], cwd=out_dir)
    run([*ruff, "format", *common, PACKAGE], cwd=out_dir)
    for module in sorted(package.rglob("*.py")):
        module.write_text(HEADER + module.read_text(encoding="utf-8"), encoding="utf-8")
    spec_bytes = SPEC.read_bytes()
    overlay_of = dict(zip(list(documents)[1:], OVERLAYS, strict=True))
    overlays = {provider: f"openapi/{path.name}" for provider, path in overlay_of.items()}
    overlay_hashes = {provider: hashlib.sha256(path.read_bytes()).hexdigest() for provider, path in overlay_of.items()}
    (package / "_source.py").write_text(
        HEADER
        + '"""Which documents and generator produced this package."""\n\n'
        + f'SPEC_PATH = "openapi/{SPEC.name}"\n'
        + f'SPEC_VERSION = "{spec_version}"\n'
        + f'SPEC_SHA256 = "{hashlib.sha256(spec_bytes).hexdigest()}"\n'
        + f"OVERLAY_PATHS = {overlays!r}\n"
        + f"OVERLAY_SHA256 = {overlay_hashes!r}\n"
        + f'GENERATOR = "openapi-python-client {importlib.metadata.version("openapi-python-client")}"\n'
        + f'FORMATTER = "ruff {importlib.metadata.version("ruff")}"\n',
        encoding="utf-8",
    )
    (package / "py.typed").write_text("", encoding="utf-8")
    for cache in [*package.rglob("__pycache__"), *package.rglob(".ruff_cache")]:
        shutil.rmtree(cache)


def tree(root: Path) -> dict[str, Path]:
    """The package's files, without the bytecode caches Python writes next to them when it imports them."""
    files = (p for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts)
    return {p.relative_to(root).as_posix(): p for p in files}


def differences(old_root: Path, new_root: Path) -> tuple[list[str], list[str], list[str]]:
    old, new = tree(old_root) if old_root.exists() else {}, tree(new_root)
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    changed = sorted(k for k in old.keys() & new.keys() if not filecmp.cmp(old[k], new[k], shallow=False))
    return added, removed, changed


def summary(added: list[str], removed: list[str], changed: list[str]) -> list[str]:
    """What a reviewer wants first: operations and models that came, went or changed."""
    lines = []
    for kind, prefix in (("operation", "api/calls/"), ("model", "models/")):
        for verb, names in (("added", added), ("removed", removed), ("changed", changed)):
            stems = [n[len(prefix) : -3] for n in names if n.startswith(prefix) and not n.endswith("__init__.py")]
            if stems:
                lines.append(f"{kind}s {verb}: {', '.join(stems)}")
    others = [n for n in added + removed + changed if not n.startswith(("api/calls/", "models/"))]
    if others:
        lines.append(f"other files: {', '.join(others)}")
    return lines or ["no changes"]


def load_surface(package: Path) -> ModuleType | None:
    """A package's surface.py, loaded on its own (it imports nothing from the package at run time)."""
    path = package / "surface.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"_surface_of_{abs(hash(str(path)))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # NamedTuple and TypedDict look their module up while being built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def enum_members(package: Path) -> dict[str, dict[str, str]]:
    """Every enum class of a package's models, read from the source (the old and the new package have the same
    name, so neither is imported): class name -> {value: member name}."""
    enums: dict[str, dict[str, str]] = {}
    for module in sorted((package / "models").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef) or not any(_base_name(base).endswith("Enum") for base in node.bases):
                continue
            members = enums.setdefault(node.name, {})
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and len(item.targets) == 1
                    and isinstance(item.targets[0], ast.Name)
                    and isinstance(item.value, ast.Constant)
                ):
                    members[str(item.value.value)] = item.targets[0].id
    return enums


def _base_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def _facts(surface: ModuleType, enums: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, dict[str, Any]]:
    """What callers see, keyed by a readable name: every operation, parameter and response field with its type
    and constraints, and every value of every generated enum (response-only ones such as AnsweredBy too)."""
    facts: dict[str, dict[str, Any]] = {}
    for provider, ops in surface.OPERATIONS.items():
        for op in ops.values():
            shape = {key: value for key, value in op._asdict().items() if key not in ("path_params", "params")}
            facts[f"{provider} operation {op.id}"] = shape
            for param in (*op.path_params, *op.params):
                facts[f"{provider} {op.id} parameter {param.name} ({param.wire})"] = param._asdict()
    for provider, row in getattr(surface, "PROVIDER_FACTS", {}).items():
        for schema, kinds in getattr(row, "fields", {}).items():
            for key, sent_as in kinds.items():
                sent_values = row.field_values.get(schema, {}).get(key, ())
                facts[f"{provider} sends {schema.lower()} field {key}"] = {
                    "sent_as": sent_as,
                    "sent_values": sent_values,
                }
    schemas = getattr(surface, "FIELDS", None) or {"Call": surface.CALL_FIELDS}
    for schema, fields in schemas.items():
        for field in fields:
            facts[f"{schema.lower()} field {field.name} ({field.key})"] = field._asdict()
    for enum, members in sorted((enums or {}).items()):
        for value, member in members.items():
            facts[f"enum {enum} value {value} ({enum}.{member})"] = {}
    return facts


# A change to these makes existing calls fail or read differently: a major version. Others are additive.
_LOOSER_IF = {
    "minimum": "lower",
    "maximum": "higher",
    "min_length": "lower",
    "max_length": "higher",
    "min_items": "lower",
    "max_items": "higher",
}
_TEXT = ("description", "summary")  # wording only: a patch


def _bound_change(key: str, old: Any, new: Any) -> str:
    """major when a bound now refuses what it accepted, minor when it accepts more."""
    if new is None:
        return "minor"
    if old is None:
        return "major"
    looser = new < old if _LOOSER_IF[key] == "lower" else new > old
    return "minor" if looser else "major"


def _change(name: str, key: str, was: Any, now: Any) -> str:
    """The bump one changed fact implies (README, Bumping the version)."""
    if key in _TEXT:
        return "patch"
    if key in _LOOSER_IF:
        return _bound_change(key, was, now)
    if key in ("values", "aliases"):  # an enum value or a field's alias: gone is major, only added is minor
        return "major" if set(was or ()) - set(now or ()) else "minor"
    if key == "default":
        # Stating what the server assumes, or no longer stating it, changes no request; a different default
        # changes what a call that leaves the parameter out does.
        return "minor" if was is None or now is None else "major"
    if key in ("sent_as", "sent_values"):
        # A provider's response shapes: the client reads every JSON type a field may have, and keeps an enum
        # value it does not know as text, so these only describe the server more exactly.
        return "minor"
    if key == "required":
        # A parameter made required breaks calls without it; a response field made optional may now be None.
        return "major" if (not now if " field " in name else now) else "minor"
    return "major"


def compare_facts(
    before: Mapping[str, Mapping[str, Any]], after: Mapping[str, Mapping[str, Any]]
) -> tuple[list[str], str]:
    """Lines naming each added, removed or changed fact, and the largest bump they imply."""
    lines: list[str] = []
    bumps: list[str] = []
    for name in sorted(after.keys() - before.keys()):
        lines.append(f"added: {name}")
        # A required parameter breaks existing calls of an existing operation; a new operation breaks nothing,
        # whatever its parameters (its path parameters are always required).
        owner, is_param, _ = name.partition(" parameter ")
        provider, _, op_id = owner.partition(" ")
        existing = f"{provider} operation {op_id}" in before
        bumps.append("major" if is_param and existing and after[name].get("required") else "minor")
    for name in sorted(before.keys() - after.keys()):
        lines.append(f"removed: {name}")
        bumps.append("major")
    for name in sorted(before.keys() & after.keys()):
        old, new = before[name], after[name]
        for key in [*old, *(key for key in new if key not in old)]:  # a column only one side has reads as None
            was, now = old.get(key), new.get(key)
            if now == was:
                continue
            lines.append(f"changed: {name}: {key}" if key in _TEXT else f"changed: {name}: {key} {was!r} -> {now!r}")
            bumps.append(_change(name, key, was, now))
    for order in ("major", "minor", "patch"):
        if order in bumps:
            return lines, order
    return lines or ["API surface: no change callers can see"], "patch"


def change_report(
    old: ModuleType | None,
    new: ModuleType | None,
    old_enums: Mapping[str, Mapping[str, str]] | None = None,
    new_enums: Mapping[str, Mapping[str, str]] | None = None,
) -> tuple[list[str], str]:
    """Lines describing what changed for callers, and the bump README's policy implies. `old_enums` and
    `new_enums` are each package's enum classes (enum_members)."""
    if old is None or new is None:
        return ["API surface: no earlier surface.py to compare with"], "minor"
    return compare_facts(_facts(old, old_enums), _facts(new, new_enums))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh run")
    args = parser.parse_args(argv)
    try:
        document = validate_spec()
        spec_version = str(document["info"]["version"])  # type: ignore[index]
        with tempfile.TemporaryDirectory(prefix="twilio-calls-regen-") as tmp:
            generate(Path(tmp), spec_version, document)
            fresh = Path(tmp) / PACKAGE
            added, removed, changed = differences(TARGET, fresh)
            old, new = load_surface(TARGET), load_surface(fresh)
            report, bump = change_report(old, new, enum_members(TARGET), enum_members(fresh))
            if args.check:
                if added or removed or changed:
                    print("generated/ is out of date; run: python scripts/regenerate.py", file=sys.stderr)
                    for verb, names in (("missing", added), ("extra", removed), ("differs", changed)):
                        for name in names:
                            print(f"  {verb}: generated/{PACKAGE}/{name}", file=sys.stderr)
                    return 1
                print("generated/ is up to date")
                return 0
            if TARGET.exists():
                shutil.rmtree(TARGET)
            TARGET.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh, TARGET)
        print("\n".join(summary(added, removed, changed)))
        print("\n".join(report))
        if added or removed or changed:
            print(f"suggested version bump (README, Bumping the version): {bump}")
        return 0
    except RegenerationError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # an invalid document: say so in one line, not a traceback
        if type(exc).__module__.startswith(("openapi_spec_validator", "jsonschema", "yaml")):
            print(f"regenerate: {SPEC.relative_to(ROOT)} is not valid OpenAPI: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
