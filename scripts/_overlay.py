"""OpenAPI Overlay 1.0 for scripts/regenerate.py: a provider's differences applied to the curated document.

An overlay is `{overlay: 1.0.0, info: {title, version}, extends: <document>, actions: [...]}`; each action has a
`target` (a JSONPath) and either `update` (a value merged into what the target selects) or `remove: true`.
Only the JSONPath this project needs is understood: `$` followed by member names, as `.name` or as a quoted
bracket `['name']` / `["name"]` (for keys such as `/2010-04-01/...` or `x-enum-varnames`), and array indexes
`[0]` (to change one server of `servers`). A target selects one existing node, or nothing: as Overlay 1.0 has
it, an action whose target selects nothing changes nothing. That happens when the curated document drops what
the overlay changed (a parameter removed upstream), so apply() reports it as a warning naming the action, and
the regeneration goes on.

Merging `update` into an object: objects merge key by key, recursively; any other value (text, number, array)
replaces the one there. Into an array: `update` is appended as one more item.

union() is the other half: the document the Python client is generated from, which must carry every provider's
parameters and enum values.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

_SEGMENT = re.compile(
    r"""\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\[\s*(\d+)\s*\]"""
)


class OverlayError(Exception):
    """The overlay is malformed or does not fit the document; the message says which action."""


class _NoTarget(OverlayError):
    """An action's target selects nothing in this document."""


def parse_path(path: str) -> list[str | int]:
    """The member names of a JSONPath such as $.components.schemas['Call'].properties.sid."""
    if not isinstance(path, str) or not path.startswith("$"):
        raise OverlayError(f"target {path!r}: must start with $")
    names: list[str | int] = []
    position = 1
    while position < len(path):
        match = _SEGMENT.match(path, position)
        if match is None:
            raise OverlayError(f"target {path!r}: cannot read {path[position:]!r} (only .name and ['name'])")
        dotted, single, double, index = match.groups()
        if index is not None:
            names.append(int(index))
            position = match.end()
            continue
        raw = dotted if dotted is not None else single if single is not None else double
        names.append(re.sub(r"\\(.)", r"\1", raw) if dotted is None else raw)
        position = match.end()
    if not names:
        raise OverlayError(f"target {path!r}: the whole document cannot be a target")
    return names


def _parent(document: Any, names: list[str | int], target: str) -> tuple[Any, Any]:
    node = document
    for depth, name in enumerate(names[:-1]):
        if not _has(node, name):
            raise _NoTarget(f"target {target!r}: {'.'.join(map(str, names[: depth + 1]))} does not exist")
        node = node[name]
    if not isinstance(node, (dict, list)) or not _has(node, names[-1]):
        raise _NoTarget(f"target {target!r}: selects nothing")
    return node, names[-1]


def _has(node: Any, name: str | int) -> bool:
    if isinstance(name, int):
        return isinstance(node, list) and 0 <= name < len(node)
    return isinstance(node, Mapping) and name in node


def merge(into: Any, update: Any) -> Any:
    """`update` merged into `into` (see the module docstring); returns the new value, `into` is not changed."""
    if isinstance(into, list):
        return [*into, copy.deepcopy(update)]
    if isinstance(into, Mapping) and isinstance(update, Mapping):
        merged = dict(into)
        for key, value in update.items():
            merged[key] = merge_value(merged[key], value) if key in merged else copy.deepcopy(value)
        return merged
    raise OverlayError(f"cannot merge {type(update).__name__} into {type(into).__name__}")


def merge_value(into: Any, update: Any) -> Any:
    """One member of an object update: objects merge recursively, anything else replaces."""
    if isinstance(into, Mapping) and isinstance(update, Mapping):
        return merge(into, update)
    return copy.deepcopy(update)


def apply(document: Mapping[str, Any], overlay: Mapping[str, Any], warnings: list[str] | None = None) -> dict[str, Any]:
    """A copy of `document` with every action of `overlay` applied in order. An action whose target selects
    nothing is skipped, with a line in `warnings` naming it."""
    if str(overlay.get("overlay", "")).split(".")[0] != "1":
        raise OverlayError(f"overlay version {overlay.get('overlay')!r} is not 1.x")
    info = overlay.get("info")
    if not isinstance(info, Mapping) or not info.get("title") or not info.get("version"):
        raise OverlayError("info needs a title and a version")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("actions must be a non-empty list")
    result = copy.deepcopy(dict(document))
    for number, action in enumerate(actions, 1):
        if not isinstance(action, Mapping) or "target" not in action:
            raise OverlayError(f"action {number}: needs a target")
        target = str(action["target"])
        removes = action.get("remove") is True
        try:
            if removes and "update" in action:
                raise OverlayError(f"target {target!r}: give update or remove, not both")
            if not removes and "update" not in action:
                raise OverlayError(f"target {target!r}: needs update or remove: true")
            parent, key = _parent(result, parse_path(target), target)
            if removes:
                del parent[key]
            else:
                parent[key] = merge(parent[key], action["update"])
        except _NoTarget as exc:
            if warnings is not None:
                verb = "remove" if removes else "update"
                warnings.append(f"action {number} ({verb} {target}): {str(exc).split(': ', 1)[-1]}; skipped")
        except OverlayError as exc:
            raise OverlayError(f"action {number}: {exc}") from None
    return result


# Constraints that narrow what a document accepts: another provider's are not the union's.
_NOT_UNITED = frozenset({"additionalProperties", "required"})


def _is_type(value: Any) -> bool:
    """A JSON Schema `type` keyword's value (not a property that happens to be named "type")."""
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(item, str) for item in value))


def _types(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def union(base: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """`base` plus what `other` adds: members `base` lacks (new properties, schemas) and new enum values (with
    their x-enum-varnames). Where both have a value, base's stays: the union carries shapes, not bounds; and
    another document's `required` and `additionalProperties` are not taken, since they only narrow it."""
    merged = copy.deepcopy(dict(base))
    for key, value in other.items():
        if key in _NOT_UNITED:
            continue
        if key == "type" and key in merged and merged[key] != value and _is_type(merged[key]) and _is_type(value):
            # A field each provider types differently (duration: text or a number) takes either type.
            mine, theirs = _types(merged[key]), _types(value)
            merged[key] = mine + [kind for kind in theirs if kind not in mine]
            continue
        if key not in merged:
            merged[key] = copy.deepcopy(value)
        elif isinstance(merged[key], Mapping) and isinstance(value, Mapping):
            merged[key] = union(merged[key], value)
    values, more = merged.get("enum"), other.get("enum")
    if isinstance(values, list) and isinstance(more, list):
        added = [(index, value) for index, value in enumerate(more) if value not in values]
        merged["enum"] = [*values, *(value for _, value in added)]
        names, other_names = merged.get("x-enum-varnames"), other.get("x-enum-varnames")
        if isinstance(names, list) and added:
            if not isinstance(other_names, list) or len(other_names) != len(more):
                raise OverlayError(f"enum {more!r}: new values need their x-enum-varnames")
            merged["x-enum-varnames"] = [*names, *(other_names[index] for index, _ in added)]
    return merged
