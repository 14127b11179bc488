#!/usr/bin/env python3
"""Regenerate generated/twilio_calls_api from openapi/calls.yaml.

    python scripts/regenerate.py          # rewrite generated/ and print what changed
    python scripts/regenerate.py --check  # exit 1, naming the files, if generated/ is stale

The generator and ruff are pinned in pyproject.toml because their output changes between releases. Any generator
warning fails the run: openapi-python-client skips an operation it cannot generate with only a warning.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "calls.yaml"
CONFIG = ROOT / "openapi" / "config.yaml"
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


def generate(out_dir: Path, spec_version: str) -> None:
    """Write the formatted package into out_dir / PACKAGE."""
    package = out_dir / PACKAGE
    generator = [sys.executable, "-m", "openapi_python_client", "generate", "--meta", "none", "--fail-on-warning"]
    paths = ["--path", str(SPEC), "--config", str(CONFIG), "--output-path", str(package), "--overwrite"]
    output = run([*generator, *paths], cwd=out_dir)
    if "warning" in output.lower():  # belt and braces: --fail-on-warning already exits non-zero
        raise RegenerationError(f"generator warned:\n{output}")
    ruff = [sys.executable, "-m", "ruff"]
    common = ["--no-cache", "--isolated", "--line-length", "120", "--target-version", "py311"]
    # cwd is the parent: inside the package, its types.py would shadow the standard library's.
    run([*ruff, "check", *common, "--select", RUFF_FIX_RULES, "--fix-only", "--exit-zero", PACKAGE], cwd=out_dir)
    run([*ruff, "format", *common, PACKAGE], cwd=out_dir)
    for module in sorted(package.rglob("*.py")):
        module.write_text(HEADER + module.read_text(encoding="utf-8"), encoding="utf-8")
    spec_bytes = SPEC.read_bytes()
    (package / "_source.py").write_text(
        HEADER
        + '"""Which document and generator produced this package."""\n\n'
        + f'SPEC_PATH = "openapi/{SPEC.name}"\n'
        + f'SPEC_VERSION = "{spec_version}"\n'
        + f'SPEC_SHA256 = "{hashlib.sha256(spec_bytes).hexdigest()}"\n'
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh run")
    args = parser.parse_args(argv)
    try:
        document = validate_spec()
        spec_version = str(document["info"]["version"])  # type: ignore[index]
        with tempfile.TemporaryDirectory(prefix="twilio-calls-regen-") as tmp:
            generate(Path(tmp), spec_version)
            fresh = Path(tmp) / PACKAGE
            added, removed, changed = differences(TARGET, fresh)
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
