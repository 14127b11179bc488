"""The resource step of scripts/regenerate.py: a typed class per resource (tag) of the document, from Jinja2
templates in openapi/templates/client, as openapi-python-client writes its own modules.

Each class has a method per operation of its resource, named by the operation's action (create, list, fetch,
update, delete; list_page where a list pages; the operation's `x-shortcuts` as extra methods), with the
parent SIDs first and the operation's typed keyword arguments. A method only names its operation: checking,
sending and reading are the runner's (twilio_calls' clients), so adding an operation to the document reaches
callers by regeneration alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import _surface
from jinja2 import Environment, FileSystemLoader, StrictUndefined


def _environment(templates: Path) -> Environment:
    return Environment(
        loader=FileSystemLoader(templates),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').rstrip('"')


def resources(
    data: Mapping[str, Any], surfaces: Mapping[str, Mapping[str, Any]], schemas: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """Each resource of the union of the providers' operations, in the document's tag order, for the templates."""
    union = _surface._union_operations(surfaces)
    tags = {str(tag["name"]): tag for tag in data.get("tags", ())}
    order = [_surface.python_name(name) for name in tags]
    by_resource: dict[str, list[dict[str, Any]]] = {}
    for op_id, op in union.items():
        by_resource.setdefault(op["resource"], []).append(_operation(op_id, op, surfaces))
    result = []
    for name in sorted(by_resource, key=lambda n: (order.index(n) if n in order else len(order), n)):
        ops = sorted(by_resource[name], key=lambda op: _surface.ACTIONS.index(op["action"]))
        tag = next((t for key, t in tags.items() if _surface.python_name(key) == name), {})
        returns = sorted({op["returns"] for op in ops if op["returns"]})
        typed = sorted({name for op in ops for name in (op["typed"], op["shortcut_typed"]) if name})
        result.append(
            {
                "name": name,
                "cls": _surface.class_name(name),
                "title": str(tag.get("x-title") or name.replace("_", " ").capitalize()),
                "description": _escape(_surface._collapse(tag.get("description")) or f"the {name} of a call."),
                "ops": ops,
                "lists": any(op["action"] == "list" for op in ops),
                "pages": any(op["pages"] for op in ops),
                "returns": bool(returns),
                "typed": bool(typed),
                "imports": sorted({*typed, *returns}),
            }
        )
    return result


def _operation(op_id: str, op: Mapping[str, Any], surfaces: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    has_params = any(not row["paging"] for row in op["params"])
    response = op.get("response")
    shortcuts = []
    by_wire = {row["wire"]: row for row in op["params"]}
    for method, spec in (op.get("shortcuts") or {}).items():
        fixed = {str(wire): value for wire, value in spec["set"].items()}
        text = ", ".join(f"{by_wire[wire]['name']}={value!r}" for wire, value in fixed.items())
        shortcuts.append({"name": method, "doc": _escape(_surface._collapse(spec.get("summary"))), "fixed": repr(fixed),
                          "text": text})  # fmt: skip
    rest = _surface.shortcut_params(op)
    return {
        "shortcut_typed": _surface.shortcut_typed_dict_name(op_id) if shortcuts and rest else None,
        "id": op_id,
        "action": op["action"],
        "positional": [row["name"] for row in op["path_params"][1:]],
        "typed": _surface.typed_dict_name(op_id) if has_params else None,
        "returns": _surface.fields_class_name(response) if response else None,
        "pages": bool(op.get("paging_keys")),
        "doc": _escape(_surface.operation_doc(op_id, op, surfaces)),
        "shortcuts": shortcuts,
    }


def write(package: Path, templates: Path, items: list[dict[str, Any]]) -> None:
    """runtime.py, resources/__init__.py (the clients' mixins) and a module per resource."""
    env = _environment(templates)
    (package / "runtime.py").write_text(env.get_template("runtime.py.jinja").render(), encoding="utf-8")
    folder = package / "resources"
    folder.mkdir(exist_ok=True)
    init = env.get_template("resources_init.py.jinja").render(resources=items)
    (folder / "__init__.py").write_text(init, encoding="utf-8")
    schemas = sorted({op["returns"] for item in items for op in item["ops"] if op["returns"]} - {"CallFields"})
    objects = [(name.removesuffix("Fields"), name) for name in schemas]
    (package / "objects.py").write_text(env.get_template("objects.py.jinja").render(objects=objects), encoding="utf-8")
    module = env.get_template("resource.py.jinja")
    for item in items:
        (folder / f"{item['name']}.py").write_text(module.render(resource=item), encoding="utf-8")
