"""The template step of scripts/regenerate.py: the curated document's API surface as a Python module.

openapi-python-client gives typed models and request builders, but drops what the wrapper, the CLI and the
sandbox need to know about each parameter and field: bounds, patterns, lengths, the rules across parameters,
how a response field is read. This module reads those from the document (standard keywords plus a few `x-`
extensions, listed in README) and writes generated/twilio_calls_api/surface.py: tables of NamedTuples, typed
parameter dicts and the typed attributes of a call. It names the generator's enum and model classes instead
of importing them, so reading the tables (a CLI's --help) does not load attrs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

# The generator's own naming: the surface's `attr` must be the generated model's attribute name.
FIELD_PREFIX = "field_"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
NORMALIZERS = ("text", "timestamp", "integer", "decimal", "enum", "uri-map", "object")
# How a request parameter's value is written: date-filter (a date or an aware datetime as 'YYYY-MM-DD' or
# ISO 8601), rfc2822-date-filter (the same as an RFC 2822 GMT timestamp), decimal (a Decimal or an int as
# decimal text, for money).
REQUEST_NORMALIZERS = ("date-filter", "rfc2822-date-filter", "decimal")
# How an array goes into a form: one key per item ("form", exploded), or one key with the items joined by spaces.
ARRAY_STYLES = ("form", "spaceDelimited")
# x-paging: "cursor" keys are read from a page's next_page_uri only; "page-size" is also the caller's to set.
PAGING_ROLES = ("cursor", "page-size")
# info.x-provider: what each provider's server does that OpenAPI has no keyword for (README, the x- list).
PROVIDER_KEYS = (
    "name",
    "request-id-header",
    "auth-realm",
    "sid-formats",
    "error-more-info",
    "listed-errors",
    "outbound-direction",
    "charges",
    "month-spellings",
    "page-uri-suffix",
    "subresources",
    "null-subresources",
    "signature-headers",
)
SID_KINDS = ("account", "call", "phone-number")
# What an operation does to its resource: the first word of its operationId, and the method name callers use
# (client.recordings.create(...)). A list also gets list_page where it pages.
ACTIONS = ("create", "list", "fetch", "update", "delete")
SID_PLACEHOLDERS = ("{hex32}", "{uuid}")


class SurfaceError(Exception):
    """The document uses an extension wrongly; the message names where."""


def python_name(wire: str) -> str:
    return str(PythonIdentifier(wire, prefix=FIELD_PREFIX))


def class_name(title: str) -> str:
    return str(ClassName(title, prefix=""))


def _collapse(text: object) -> str:
    return " ".join(str(text or "").split())


class Document:
    """A loaded OpenAPI document with local $ref resolution (siblings of a $ref override the target)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def resolve(self, node: Any) -> Any:
        if not isinstance(node, Mapping) or "$ref" not in node:
            return node
        target: Any = self.data
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        merged = dict(self.resolve(target))
        merged.update({key: value for key, value in node.items() if key != "$ref"})
        return merged

    @staticmethod
    def ref_name(node: Any) -> str | None:
        """The schema name behind a $ref (possibly one level inside anyOf/items), for enum class names."""
        if not isinstance(node, Mapping):
            return None
        if "$ref" in node:
            return str(node["$ref"]).rsplit("/", 1)[-1]
        for option in node.get("anyOf", ()) or node.get("oneOf", ()):
            name = Document.ref_name(option)
            if name is not None:
                return name
        return None


# JSON Schema keywords that constrain a value but have no column in Param: a parameter (or its array's items)
# using one fails the regeneration instead of losing the constraint. `False` is no constraint for the flags.
_UNCARRIED = (
    "multipleOf",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "uniqueItems",
    "const",
    "not",
    "allOf",
    "anyOf",
    "oneOf",
    "if",
    "then",
    "else",
    "contains",
    "minContains",
    "maxContains",
    "prefixItems",
    "additionalItems",
    "unevaluatedItems",
    "properties",
    "patternProperties",
    "additionalProperties",
    "unevaluatedProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "required",
    "dependentRequired",
    "dependentSchemas",
)
# What Param carries of an array's items: their enum (values) and type (strings). Every other constraint is refused.
_UNCARRIED_IN_ITEMS = (*_UNCARRIED, "items", "minimum", "maximum", "minLength", "maxLength", "pattern", "format")
_ARRAY_ONLY = ("items", "minItems", "maxItems")
_SCALAR_ONLY = ("minimum", "maximum", "minLength", "maxLength", "pattern", "format")  # no effect on an array


def _refuse_uncarried(wire: str, schema: Mapping[str, Any], keywords: tuple[str, ...], where: str = "") -> None:
    for keyword in keywords:
        if keyword in schema and schema[keyword] is not None:
            if keyword in ("uniqueItems", "exclusiveMinimum", "exclusiveMaximum") and schema[keyword] is False:
                continue
            raise SurfaceError(f"{wire}: {where}{keyword} has no column in the surface's Param; it would be dropped")


def _date_forms(wire: str, schema: Mapping[str, Any], normalize: object) -> Mapping[str, Any]:
    """A date filter's `anyOf` of formats (`[{format: date}, {format: date-time}]`: the forms it takes, stated for
    every tool) as one `format` ("date|date-time"); the client writes the value by its x-normalize."""
    forms = schema.get("anyOf")
    if forms is None or normalize not in ("date-filter", "rfc2822-date-filter"):
        return schema
    if "format" in schema or not all(isinstance(f, Mapping) and set(f) == {"format"} for f in forms):
        raise SurfaceError(f"{wire}: a date filter's anyOf must be a list of {{format: ...}} and nothing else")
    return {**{k: v for k, v in schema.items() if k != "anyOf"}, "format": "|".join(str(f["format"]) for f in forms)}


def _param(
    doc: Document,
    wire: str,
    prop: Mapping[str, Any],
    *,
    location: str,
    required: bool,
    description: object = None,
    extensions: Mapping[str, Any] | None = None,
    group: str | None = None,
    group_model: str | None = None,
) -> dict[str, Any]:
    """One parameter's row. `prop` is its schema (a form property, or a query parameter's schema)."""
    extensions = {**(extensions or {}), **{k: v for k, v in prop.items() if str(k).startswith("x-")}}
    schema = doc.resolve(prop)
    schema = _date_forms(wire, schema, extensions.get("x-normalize"))
    kind = schema.get("type", "string")
    enum_name = None
    values: tuple[str, ...] = ()
    style = None
    _refuse_uncarried(wire, schema, _UNCARRIED)
    if kind == "array":
        items = doc.resolve(schema.get("items", {}))
        _refuse_uncarried(wire, items, _UNCARRIED_IN_ITEMS, "items.")
        if items.get("type", "string") != "string":
            raise SurfaceError(f"{wire}: items.type {items.get('type')!r}: the surface carries arrays of strings only")
        misplaced = [keyword for keyword in _SCALAR_ONLY if keyword in schema]
        if misplaced:
            raise SurfaceError(f"{wire}: {misplaced[0]} on an array has no effect, and items.{misplaced[0]} no column")
        enum_name = Document.ref_name(schema.get("items", {})) if "enum" in items else None
        values = tuple(str(v) for v in items.get("enum", ()))
        style = str(extensions.get("x-array-style", "form"))
        if style not in ARRAY_STYLES:
            raise SurfaceError(f"{wire}: array style {style!r} is not one of {ARRAY_STYLES}")
    else:
        misplaced = [keyword for keyword in _ARRAY_ONLY if keyword in schema]
        if misplaced:
            raise SurfaceError(f"{wire}: {misplaced[0]} on a parameter of type {kind!r}, not an array")
        if "enum" in schema:
            enum_name = Document.ref_name(prop)
            values = tuple(str(v) for v in schema["enum"])
            kind = "enum"
    if (enum_name is None) != (not values):
        raise SurfaceError(f"{wire}: an enum must be a named schema under components/schemas (for its class)")
    paging = extensions.get("x-paging")
    if paging is not None and paging not in PAGING_ROLES:
        raise SurfaceError(f"{wire}: x-paging {paging!r} is not one of {PAGING_ROLES}")
    normalize = extensions.get("x-normalize")
    if normalize is not None and normalize not in REQUEST_NORMALIZERS:
        raise SurfaceError(f"{wire}: x-normalize {normalize!r} is not one of {REQUEST_NORMALIZERS}")
    row: dict[str, Any] = {
        "wire": wire,
        "name": str(extensions.get("x-python-name") or python_name(wire)),
        "attr": python_name(wire),
        "type": kind,
        "location": location,
        "description": _collapse(description if description is not None else prop.get("description")),
        "required": required,
        "enum": class_name(enum_name) if enum_name else None,
        "values": values,
        "minimum": schema.get("minimum"),
        "maximum": schema.get("maximum"),
        "min_length": schema.get("minLength"),
        "max_length": schema.get("maxLength"),
        "min_items": schema.get("minItems"),
        "max_items": schema.get("maxItems"),
        "pattern": schema.get("pattern"),
        "format": schema.get("format"),
        "normalize": normalize,
        "error_code": extensions.get("x-error-code"),
        "group": group,
        "group_model": group_model,
        "paging": paging == "cursor",
        "style": style,
        "default": _default(wire, schema, values),
    }
    if paging is not None:
        row["_paging"] = paging  # the operation's paging_keys and page_size; not a column of Param
    return row


def _default(wire: str, schema: Mapping[str, Any], values: tuple[str, ...]) -> Any:
    """A parameter's documented `default` (what the server assumes when it is left out), as the surface carries
    it: an array's as a tuple. Only stated, never sent: regenerate.py keeps it from the generator, which would
    send it on every request."""
    if "default" not in schema or schema["default"] is None:
        return None
    value = schema["default"]
    if isinstance(value, list):
        value = tuple(value)
    if not isinstance(value, (str, int, float, bool, tuple)):
        raise SurfaceError(f"{wire}: default {value!r} is not a scalar or a list")
    texts = [str(item) for item in value] if isinstance(value, tuple) else [_wire_text(value)]
    if values and set(texts) - set(values):
        raise SurfaceError(f"{wire}: default {value!r} is not one of its values {values}")
    return value


def _wire_text(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _query_params(doc: Document, parameters: Iterable[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Path parameters and query parameters; an exploded object parameter becomes one row per property."""
    path_rows, query_rows = [], []
    for raw in parameters:
        parameter = doc.resolve(raw)
        wire, where = str(parameter["name"]), parameter["in"]
        extensions = {k: v for k, v in parameter.items() if str(k).startswith("x-")}
        schema = doc.resolve(parameter.get("schema", {}))
        if where == "path":
            path_rows.append(
                _param(doc, wire, parameter.get("schema", {}), location="path", required=True,
                       description=parameter.get("description"), extensions=extensions)
            )  # fmt: skip
        elif schema.get("type") == "object":
            if not (parameter.get("style", "form") == "form" and parameter.get("explode", True)):
                raise SurfaceError(f"{wire}: only exploded form-style object parameters are supported")
            model = class_name(Document.ref_name(parameter["schema"]) or wire)
            for key, prop in schema.get("properties", {}).items():
                query_rows.append(
                    _param(doc, str(key), prop, location="query", required=False,
                           group=python_name(wire), group_model=model)
                )  # fmt: skip
        else:
            query_rows.append(
                _param(doc, wire, parameter.get("schema", {}), location="query",
                       required=bool(parameter.get("required")), description=parameter.get("description"),
                       extensions=extensions)
            )  # fmt: skip
    return path_rows, query_rows


def _array_style(wire: str, encoding: Mapping[str, Any]) -> str:
    """A form property's array style from its encoding object (OpenAPI: explode defaults to true for form only)."""
    style = str(encoding.get("style", "form"))
    if encoding.get("explode", style == "form"):
        if style != "form":
            raise SurfaceError(f"{wire}: an exploded array is sent as style form, not {style}")
        return "form"
    if style not in ARRAY_STYLES or style == "form":
        raise SurfaceError(f"{wire}: array style {style!r} without explode is not supported")
    return style


def operations(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Every operation of the document as a row of the surface, keyed by operationId."""
    doc = Document(data)
    result: dict[str, dict[str, Any]] = {}
    for path, item in data.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            path_rows, query_rows = _query_params(doc, [*item.get("parameters", ()), *op.get("parameters", ())])
            body_rows: list[dict[str, Any]] = []
            body_model = None
            form: Mapping[str, Any] = {}
            content = doc.resolve(op.get("requestBody", {})).get("content", {})
            if content:
                (media, spec), *_ = content.items()
                if media != "application/x-www-form-urlencoded":
                    raise SurfaceError(f"{op['operationId']}: only form bodies are supported, not {media}")
                body_model = class_name(Document.ref_name(spec["schema"]) or "")
                form = doc.resolve(spec["schema"])
                required = set(form.get("required", ()))
                encoding = spec.get("encoding", {})
                for key, prop in form.get("properties", {}).items():
                    extra = {"x-array-style": _array_style(str(key), encoding.get(key, {}))}
                    body_rows.append(_param(doc, str(key), prop, location="body", required=key in required,
                                            extensions=extra))  # fmt: skip
            rows = [*query_rows, *body_rows]
            paging = {row["wire"]: row.pop("_paging") for row in rows if "_paging" in row}
            page_size = [wire for wire, role in paging.items() if role == "page-size"]
            if len(page_size) > 1:
                raise SurfaceError(f"{op['operationId']}: more than one x-paging: page-size parameter")
            known = {row["wire"] for row in rows}
            rules = _rules(str(op["operationId"]), form)
            for rule, names in rules.items():
                unknown = set(names) - known
                if unknown:
                    raise SurfaceError(f"{op['operationId']}: {rule} names unknown parameters {sorted(unknown)}")
            unsafe = tuple(op.get("x-idempotent-unless", ()))
            if set(unsafe) - known:
                raise SurfaceError(f"{op['operationId']}: x-idempotent-unless names unknown parameters")
            success = sorted(code for code in op.get("responses", {}) if str(code).startswith("2"))
            tag = python_name(str((op.get("tags") or ["default"])[0]))
            action = str(op["operationId"]).split("_", 1)[0]
            if action not in ACTIONS:
                raise SurfaceError(f"{op['operationId']}: an operationId starts with one of {ACTIONS}")
            result[str(op["operationId"])] = {
                "id": str(op["operationId"]),
                "module": f"api.{tag}.{python_name(str(op['operationId']))}",
                "method": method.upper(),
                "path": str(path),
                "success": int(success[0]) if success else 200,
                "summary": _collapse(op.get("summary")),
                "description": _collapse(op.get("description")),
                "body_model": body_model,
                "path_params": path_rows,
                "params": rows,
                **rules,
                "idempotent": bool(op.get("x-idempotent", not unsafe)) and not unsafe,
                "idempotent_unless": unsafe,
                "additional_params": form.get("additionalProperties", True) is not False,
                "paging_keys": tuple(paging),
                "page_size": page_size[0] if page_size else None,
                **_page_shape(doc, op, bool(paging)),
                "resource": tag,
                "action": action,
                "response": _response_schema(doc, op, bool(paging)),
                "shortcuts": _shortcuts(op, known),
            }
    by_action = {}
    for op_id, row in result.items():
        other = by_action.setdefault((row["resource"], row["action"]), op_id)
        if other != op_id:
            raise SurfaceError(f"{op_id}: resource {row['resource']!r} already has a {row['action']} ({other})")
    return result


_OLD_RULES = ("x-exactly-one-of", "x-at-most-one-of", "x-at-least-one-of")


def _rules(operation_id: str, form: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """The rules across a form's parameters, as JSON Schema states them (so that every tool reads them):
    `oneOf` of single-`required` branches is "exactly one of", `anyOf` of them "at least one of", and
    `not: {required: [A, B]}` "not both"."""
    old = [key for key in _OLD_RULES if key in form]
    if old:
        raise SurfaceError(f"{operation_id}: {old[0]} is gone; state the rule in JSON Schema (oneOf, anyOf or not)")

    def branches(keyword: str) -> tuple[str, ...]:
        names = []
        for branch in form.get(keyword) or ():
            required = branch.get("required") if isinstance(branch, Mapping) else None
            if set(branch) != {"required"} or not isinstance(required, list) or len(required) != 1:
                raise SurfaceError(f"{operation_id}: each {keyword} branch must be {{required: [one parameter]}}")
            names.append(str(required[0]))
        return tuple(names)

    refused = form.get("not")
    if refused is not None and (not isinstance(refused, Mapping) or set(refused) != {"required"}):
        raise SurfaceError(f"{operation_id}: `not` must be {{required: [parameters that exclude each other]}}")
    return {
        "exactly_one_of": branches("oneOf"),
        "at_most_one_of": tuple(str(name) for name in (refused or {}).get("required", ())),
        "at_least_one_of": branches("anyOf"),
    }


def _shortcuts(op: Mapping[str, Any], known: set[str]) -> dict[str, dict[str, Any]]:
    """x-shortcuts: extra methods that send the operation with some parameters set (recordings' pause)."""
    shortcuts = op.get("x-shortcuts") or {}
    for method, spec in shortcuts.items():
        if not str(method).isidentifier() or str(method) in ACTIONS or not isinstance(spec, Mapping):
            raise SurfaceError(f"{op['operationId']}: x-shortcuts {method!r} must be a new method name with a `set`")
        unknown = set(spec.get("set") or {}) - known
        if not spec.get("set") or unknown:
            raise SurfaceError(f"{op['operationId']}: x-shortcuts {method!r} sets unknown parameters {sorted(unknown)}")
    return {str(method): dict(spec) for method, spec in shortcuts.items()}


def _response_schema(doc: Document, op: Mapping[str, Any], pages: bool) -> str | None:
    """The named schema of what a success answers: the item schema of a page; None when no body (204)."""
    answers = [doc.resolve(r) for code, r in op.get("responses", {}).items() if str(code).startswith("2")]
    contents = [next(iter(answer.get("content", {}).values()), None) for answer in answers]
    schemas = [content.get("schema", {}) for content in contents if content]
    if not schemas:
        return None
    names = set()
    for schema in schemas:
        if pages:
            resolved = doc.resolve(schema)
            arrays = [doc.resolve(p) for p in resolved.get("properties", {}).values()]
            schema = next((p.get("items", {}) for p in arrays if p.get("type") == "array"), {})
        name = Document.ref_name(schema)
        if name is None:
            raise SurfaceError(f"{op['operationId']}: a success body needs a named schema (a $ref) for its fields")
        names.add(name)
    if len(names) != 1:
        raise SurfaceError(f"{op['operationId']}: its success answers name different schemas {sorted(names)}")
    return names.pop()


def _page_shape(doc: Document, op: Mapping[str, Any], pages: bool) -> dict[str, str | None]:
    """A paged operation's response: the key of its list of items, and of the next page's URI (x-paging: next)."""
    if not pages:
        return {"page_items": None, "page_next": None}
    answers = [doc.resolve(r) for code, r in op.get("responses", {}).items() if str(code).startswith("2")]
    schema = doc.resolve(next(iter(answers[0].get("content", {}).values()), {}).get("schema", {})) if answers else {}
    props = {key: doc.resolve(value) for key, value in schema.get("properties", {}).items()}
    items = [key for key, prop in props.items() if prop.get("type") == "array"]
    nexts = [key for key, prop in props.items() if prop.get("x-paging") == "next"]
    if len(items) != 1 or len(nexts) != 1:
        raise SurfaceError(f"{op['operationId']}: a paged answer needs one array property and one x-paging: next")
    return {"page_items": str(items[0]), "page_next": str(nexts[0])}


def provider(data: Mapping[str, Any]) -> dict[str, Any]:
    """One provider's server as its document states it: info.x-provider, the first server's URL, and the
    fields of a call (with their JSON types) and of a page that it sends."""
    facts = data.get("info", {}).get("x-provider")
    if not isinstance(facts, Mapping):
        raise SurfaceError("info.x-provider is missing")
    missing = [key for key in PROVIDER_KEYS if key not in facts]
    unknown = [key for key in facts if key not in PROVIDER_KEYS]
    if missing or unknown:
        raise SurfaceError(f"info.x-provider: missing {missing}, unknown {unknown}")
    for key in ("name", "auth-realm", "outbound-direction", "page-uri-suffix", "charges"):
        if not isinstance(facts[key], str):
            raise SurfaceError(f"info.x-provider.{key}: must be text, got {facts[key]!r}")
    for key in ("request-id-header", "error-more-info"):
        if facts[key] is not None and not isinstance(facts[key], str):
            raise SurfaceError(f"info.x-provider.{key}: must be text or null, got {facts[key]!r}")
    for key in ("listed-errors", "subresources", "null-subresources", "signature-headers"):
        if not isinstance(facts[key], list) or not all(isinstance(item, str) for item in facts[key]):
            raise SurfaceError(f"info.x-provider.{key}: must be a list of names, got {facts[key]!r}")
    spellings = facts["month-spellings"]
    if not isinstance(spellings, Mapping) or not all(isinstance(v, str) for v in [*spellings, *spellings.values()]):
        raise SurfaceError(f"info.x-provider.month-spellings: must map month names to text, got {spellings!r}")
    formats = facts["sid-formats"]
    if not isinstance(formats, Mapping) or sorted(formats) != sorted(SID_KINDS):
        raise SurfaceError(f"info.x-provider.sid-formats: needs exactly {SID_KINDS}")
    for kind, text in formats.items():
        if sum(str(text).count(holder) for holder in SID_PLACEHOLDERS) != 1 or str(text).count("{") != 1:
            raise SurfaceError(f"info.x-provider.sid-formats.{kind}: one of {SID_PLACEHOLDERS} and nothing else")
    servers = data.get("servers") or [{}]
    if facts["charges"] not in ("negative", "positive"):
        raise SurfaceError("info.x-provider.charges: 'negative' or 'positive'")
    if not servers[0].get("url"):
        raise SurfaceError("servers: the first server's url is the provider's base URL")
    doc = Document(data)
    schemas = data["components"]["schemas"]
    call = doc.resolve(schemas["Call"]).get("properties", {})
    page = doc.resolve(schemas["CallPage"]).get("properties", {})
    optional = ("request-id-header", "error-more-info")
    return {
        "name": str(facts["name"]),
        "base_url": str(servers[0]["url"]),
        **{key.replace("-", "_"): (facts[key] if key in optional and facts[key] is None else str(facts[key]))
           for key in ("request-id-header", "auth-realm", "error-more-info", "outbound-direction", "page-uri-suffix",
                       "charges")},
        "sid_formats": {str(kind): str(text) for kind, text in formats.items()},
        "month_spellings": {str(k): str(v) for k, v in (facts["month-spellings"] or {}).items()},
        **{key.replace("-", "_"): tuple(str(item) for item in facts[key] or ())
           for key in ("listed-errors", "subresources", "null-subresources", "signature-headers")},
        "call_fields": {str(key): _json_types(doc.resolve(prop), doc) for key, prop in call.items()},
        "page_fields": tuple(str(key) for key in page),
        **response_shapes(data),
    }  # fmt: skip


_HEX_SID = re.compile(r"^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$")
_UUID_SID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


def response_shapes(data: Mapping[str, Any]) -> dict[str, Any]:
    """How one provider sends each schema its operations answer with (and Call): the JSON types of every field,
    the values of its enum fields, the SID format of items whose `sid` states a pattern (RE{hex32}, {uuid}), and
    its own spellings of other documents' enum values (`x-spelling-of`, by enum class)."""
    doc = Document(data)
    schemas = data["components"]["schemas"]
    names = [
        "Call",
        *sorted({str(op["response"]) for op in operations(data).values() if op.get("response")} - {"Call"}),
    ]
    fields: dict[str, dict[str, tuple[str, ...]]] = {}
    values: dict[str, dict[str, tuple[str, ...]]] = {}
    sids: dict[str, str] = {}
    for name in names:
        props = doc.resolve(schemas[name]).get("properties", {})
        fields[name] = {str(key): _json_types(doc.resolve(prop), doc) for key, prop in props.items()}
        enums = {str(key): _enum_values(doc, prop) for key, prop in props.items()}
        values[name] = {key: found for key, found in enums.items() if found}
        pattern = doc.resolve(props.get("sid", {})).get("pattern")
        if pattern is not None and name != "Call":  # a call's SID format is info.x-provider's
            sids[name] = _sid_format(f"{name}.sid", str(pattern))
    spellings: dict[str, dict[str, str]] = {}
    for name, schema in schemas.items():
        own = schema.get("x-spelling-of") if isinstance(schema, Mapping) else None
        if own:
            unknown = set(own) - {str(value) for value in schema.get("enum", ())}
            if unknown:
                raise SurfaceError(f"{name}: x-spelling-of names {sorted(unknown)}, which are not values of the enum")
            spellings[class_name(str(name))] = {str(theirs): str(mine) for mine, theirs in own.items()}
    return {"fields": fields, "field_values": values, "item_sids": sids, "spellings": spellings}


def _enum_values(doc: Document, prop: Any) -> tuple[str, ...]:
    """The values of an enum field (its schema, or the enum among its anyOf/oneOf branches)."""
    schema = doc.resolve(prop)
    if "enum" in schema:
        return tuple(str(value) for value in schema["enum"] if value is not None)
    for branch in schema.get("anyOf", ()) or schema.get("oneOf", ()):
        found = _enum_values(doc, branch)
        if found:
            return found
    return ()


def _sid_format(where: str, pattern: str) -> str:
    """An item SID pattern as a format of info.x-provider.sid-formats: two letters and {hex32}, or {uuid}."""
    if pattern == _UUID_SID:
        return "{uuid}"
    found = _HEX_SID.match(pattern)
    if found is None:
        raise SurfaceError(f"{where}: pattern {pattern!r} is neither two letters and 32 hex digits nor a UUID")
    return found.group(1) + "{hex32}"


def _json_types(schema: Mapping[str, Any], doc: Document | None = None) -> tuple[str, ...]:
    """The JSON types a property may have ("string", "integer", "null"...); () when the schema does not say.
    With `doc`, a property that is anyOf/oneOf of schemas has the types of its branches."""
    kinds = schema.get("type")
    if kinds is None:
        if doc is None:
            return ()
        found: list[str] = []
        for branch in schema.get("anyOf", ()) or schema.get("oneOf", ()):
            found.extend(kind for kind in _json_types(doc.resolve(branch), doc) if kind not in found)
        return tuple(found)
    return tuple(str(kind) for kind in (kinds if isinstance(kinds, list) else [kinds]))


def response_fields(data: Mapping[str, Any], ops: Mapping[str, Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The fields of every schema an operation answers with (Call, Recording...), by schema name, Call first."""
    names = sorted({str(op["response"]) for op in ops.values() if op.get("response")}, key=lambda n: (n != "Call", n))
    return {name: call_fields(data, name) for name in names}


def call_fields(data: Mapping[str, Any], schema_name: str = "Call") -> list[dict[str, Any]]:
    """The response fields of a schema (a call by default), with how each is read (`x-normalize`, text by default)."""
    doc = Document(data)
    schema = doc.resolve(data["components"]["schemas"][schema_name])
    required = set(schema.get("required", ()))
    rows = []
    for key, prop in schema.get("properties", {}).items():
        normalize = str(prop.get("x-normalize", "text"))
        if normalize not in NORMALIZERS:
            raise SurfaceError(f"{schema_name}.{key}: x-normalize {normalize!r} is not one of {NORMALIZERS}")
        enum = Document.ref_name(prop) if normalize == "enum" else None
        if normalize == "enum" and enum is None:
            raise SurfaceError(f"{schema_name}.{key}: x-normalize enum needs a $ref to the enum's schema")
        rows.append(
            {
                "key": str(key),
                "name": python_name(str(key)),
                "normalize": normalize,
                "description": _collapse(prop.get("description")),
                "required": key in required,
                "aliases": tuple(str(alias) for alias in prop.get("x-aliases", ())),
                "enum": class_name(enum) if enum else None,
            }
        )
    return rows


# -- writing the module ---------------------------------------------------------------------------------

_PRELUDE = '''"""The API surface of openapi/calls.yaml as data, for the client, its CLI and its sandbox.

Each provider's operations with every parameter's constraints, the rules across parameters, the response
fields with how each is read, the typed keyword arguments of each operation and the typed attributes of a
call. Enum and model classes are named here, not imported (they live in .models), so reading these tables
does not load attrs.
"""

from typing import TYPE_CHECKING, Any, NamedTuple, Required, TypedDict

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime
    from decimal import Decimal

    from .models import {enum_imports}


class Param(NamedTuple):
    """One request parameter, as the document states it.

    `wire` is its name in the request, `name` the client's keyword, `attr` the generated model's attribute (or
    the generated operation's keyword; with `group`, an attribute of the `group_model` object passed as the
    keyword `group`). `type` is string, integer, number, boolean, enum or array (of `enum` values when named).
    `style` is how an array goes on the wire: "form" (one key per item) or "spaceDelimited" (one key).
    """

    wire: str
    name: str
    attr: str
    type: str
    location: str
    description: str
    required: bool = False
    enum: str | None = None
    values: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    pattern: str | None = None
    format: str | None = None
    normalize: str | None = None
    error_code: int | None = None
    group: str | None = None
    group_model: str | None = None
    paging: bool = False
    style: str | None = None
    default: str | int | float | bool | tuple[str, ...] | None = None
    """What the server assumes when the parameter is left out, as the document states it (never sent)."""


class Operation(NamedTuple):
    """One operation: its parameters and the rules across them (wire names).

    `module` is the generated operation module, relative to this package (its `_get_kwargs` builds the request).
    """

    id: str
    module: str
    method: str
    path: str
    success: int
    summary: str
    description: str
    body_model: str | None
    path_params: tuple[Param, ...]
    params: tuple[Param, ...]
    exactly_one_of: tuple[str, ...] = ()
    at_most_one_of: tuple[str, ...] = ()
    at_least_one_of: tuple[str, ...] = ()
    idempotent: bool = True
    idempotent_unless: tuple[str, ...] = ()
    additional_params: bool = True
    """False when the provider refuses parameters the document does not list (additionalProperties: false)."""
    paging_keys: tuple[str, ...] = ()
    """Query keys a page's next_page_uri carries to the next request (x-paging), such as Page and PageToken."""
    page_size: str | None = None
    """The query key of the page size (x-paging: page-size), if the operation pages."""
    page_items: str | None = None
    """In a paged answer, the key of its list of items."""
    page_next: str | None = None
    """In a paged answer, the key of the next page's URI (x-paging: next)."""
    resource: str = ""
    """The resource it acts on (its tag): the client's attribute, client.recordings, and the CLI's command."""
    action: str = ""
    """What it does (create, list, fetch, update or delete): the method's name on the resource."""
    response: str | None = None
    """The schema of what a success answers (of each item, for a list), a key of FIELDS; None for no body."""


class Provider(NamedTuple):
    """One provider's server: its base URL (the document's first server, with {variables}), the JSON types of
    each field of a call it sends and the fields of a page, and its info.x-provider, what OpenAPI has no
    keyword for. `sid_formats` are patterns with {hex32} (32 lowercase hex digits) or {uuid}; `listed_errors`
    the operations whose refusals come as {"errors": [...]}; `page_uri_suffix` how a page's URIs end."""

    name: str
    base_url: str
    request_id_header: str | None
    auth_realm: str
    error_more_info: str | None
    outbound_direction: str
    page_uri_suffix: str
    charges: str
    sid_formats: dict[str, str]
    month_spellings: dict[str, str]
    listed_errors: tuple[str, ...]
    subresources: tuple[str, ...]
    null_subresources: tuple[str, ...]
    signature_headers: tuple[str, ...]
    call_fields: dict[str, tuple[str, ...]]
    page_fields: tuple[str, ...]
    fields: dict[str, dict[str, tuple[str, ...]]]
    """The JSON types of each field the provider sends, by response schema (Call, Recording...) and key."""
    field_values: dict[str, dict[str, tuple[str, ...]]]
    """The values the provider sends in each enum field, by response schema and key."""
    item_sids: dict[str, str]
    """The SID format of the items of each response schema whose `sid` has a pattern ({hex32} or {uuid})."""
    spellings: dict[str, dict[str, str]]
    """The provider's own spelling of another document's enum values (x-spelling-of), by enum class."""


class Field(NamedTuple):
    """One response field (of a call, a recording...): its JSON key, attribute name, how it is read (`normalize`)."""

    key: str
    name: str
    normalize: str
    description: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    enum: str | None = None

'''

_PARAM_DEFAULTS = {
    "required": False,
    "enum": None,
    "values": (),
    "minimum": None,
    "maximum": None,
    "min_length": None,
    "max_length": None,
    "min_items": None,
    "max_items": None,
    "pattern": None,
    "format": None,
    "normalize": None,
    "error_code": None,
    "group": None,
    "group_model": None,
    "paging": False,
    "style": None,
    "default": None,
}


def _call(name: str, row: Mapping[str, Any], positional: tuple[str, ...], defaults: Mapping[str, Any]) -> str:
    args = [repr(row[key]) for key in positional]
    args += [f"{key}={row[key]!r}" for key in row if key not in positional and defaults.get(key, object()) != row[key]]
    return f"{name}({', '.join(args)})"


def _param_source(row: Mapping[str, Any]) -> str:
    return _call("Param", row, ("wire", "name", "attr", "type", "location", "description"), _PARAM_DEFAULTS)


def _python_type(row: Mapping[str, Any]) -> str:
    if row["type"] == "array":
        item = f"{row['enum']} | str" if row["enum"] else "str"
        return f"Sequence[{item}]"
    if row["type"] == "enum":
        # A "true"/"false" enum also takes the Python booleans.
        return f"{row['enum']} | bool | str" if set(row["values"]) == {"true", "false"} else f"{row['enum']} | str"
    if row["normalize"] in ("date-filter", "rfc2822-date-filter"):
        return "date | str"
    if row["normalize"] == "decimal":
        return "Decimal | int | str"
    return {"integer": "int", "number": "float", "boolean": "bool"}.get(row["type"], "str")


_FIELD_TYPES = {
    "text": "str",
    "timestamp": "datetime",
    "integer": "int",
    "decimal": "Decimal",
    "uri-map": "dict[str, str]",
    "object": "dict[str, Any]",
}


def _field_type(row: Mapping[str, Any]) -> str:
    base = f"{row['enum']} | str" if row["normalize"] == "enum" else _FIELD_TYPES[row["normalize"]]
    return base if row["required"] else f"{base} | None"


def typed_dict_name(operation_id: str) -> str:
    return class_name(operation_id) + "Params"


def shortcut_typed_dict_name(operation_id: str) -> str:
    return class_name(operation_id) + "ShortcutParams"


def shortcut_params(operation: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The parameters an operation's x-shortcuts methods still take: all but those a shortcut sets."""
    fixed = {wire for spec in (operation.get("shortcuts") or {}).values() for wire in spec["set"]}
    return [row for row in operation["params"] if row["wire"] not in fixed and not row["paging"]]


def _typed_dict(operation: Mapping[str, Any], name: str | None = None) -> str:
    name = name or typed_dict_name(operation["id"])
    lines = [
        f"class {name}(TypedDict, total=False):",
        f'    """Keyword arguments of {operation["id"]}: {operation["summary"]}."""',
        "",
    ]
    for row in operation["params"]:
        if row["paging"]:
            continue
        kind = _python_type(row)
        # Quoted: the enum classes are imported for type checkers only, and Required must stay visible at run
        # time (TypedDict reads it for __required_keys__).
        lines.append(f"    {row['name']}: {f'Required[{kind!r}]' if row['required'] else repr(kind)}")
        lines.append(f"    {_docstring(row['description'])}")
    return "\n".join(lines) + "\n"


def _docstring(text: str) -> str:
    return '"""' + text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').rstrip('"') + '"""'


def final_values(data: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Enum schemas' `x-final-values` (states that are never left, e.g. a call's ended statuses), by class name."""
    result = {}
    for name, schema in data.get("components", {}).get("schemas", {}).items():
        finals = tuple(str(value) for value in schema.get("x-final-values", ()))
        if finals:
            unknown = set(finals) - {str(value) for value in schema.get("enum", ())}
            if unknown:
                raise SurfaceError(f"{name}: x-final-values {sorted(unknown)} are not values of the enum")
            result[class_name(str(name))] = finals
    return result


def module_source(
    surfaces: Mapping[str, Mapping[str, Any]],
    fields: Mapping[str, list[dict[str, Any]]] | list[dict[str, Any]],
    finals: Mapping[str, tuple[str, ...]] | None = None,
    providers: Mapping[str, Mapping[str, Any]] | None = None,
) -> str:
    """surface.py: `surfaces` maps each provider to its operations (from operations()), the first being the
    default; `fields` the fields of each response schema (from response_fields(); a list is the call's);
    `finals` the enums' final values; `providers` each provider's server (from provider())."""
    schemas = {"Call": fields} if isinstance(fields, list) else dict(fields)
    union = _union_operations(surfaces)
    enums = sorted(
        {row["enum"] for op in union.values() for row in [*op["params"], *op["path_params"]] if row["enum"]}
        | {row["enum"] for rows in schemas.values() for row in rows if row["enum"]}
    )
    parts = [_PRELUDE.replace("{enum_imports}", ", ".join(enums))]
    parts.append(f"PROVIDERS: tuple[str, ...] = {tuple(surfaces)!r}\n")
    parts.append('"""Providers the document describes; the first is the default."""\n\n')
    parts.append("OPERATIONS: dict[str, dict[str, Operation]] = {\n")
    for provider, ops in surfaces.items():
        parts.append(f"    {provider!r}: {{\n")
        for op_id, op in ops.items():
            parts.append(f"        {op_id!r}: Operation(\n")
            for key in ("id", "module", "method", "path", "success", "summary", "description", "body_model"):
                parts.append(f"            {key}={op[key]!r},\n")
            for key in ("path_params", "params"):
                parts.append(f"            {key}=(\n")
                parts.extend(f"                {_param_source(row)},\n" for row in op[key])
                parts.append("            ),\n")
            for key in ("exactly_one_of", "at_most_one_of", "at_least_one_of", "idempotent", "idempotent_unless"):
                parts.append(f"            {key}={op[key]!r},\n")
            if not op["additional_params"]:
                parts.append("            additional_params=False,\n")
            if op.get("paging_keys"):
                parts.append(f"            paging_keys={op['paging_keys']!r},\n")
            for key in ("page_size", "page_items", "page_next", "resource", "action", "response"):
                if op.get(key):
                    parts.append(f"            {key}={op[key]!r},\n")
            parts.append("        ),\n")
        parts.append("    },\n")
    parts.append("}\n")
    parts.append('"""Each provider\'s operations by operationId."""\n\n')
    parts.append("PROVIDER_FACTS: dict[str, Provider] = {\n")
    for name, facts in (providers or {}).items():
        parts.append(f"    {name!r}: Provider(\n")
        parts.extend(f"        {key}={value!r},\n" for key, value in facts.items())
        parts.append("    ),\n")
    parts.append("}\n")
    parts.append('"""Each provider\'s server: base URL, response shapes and info.x-provider."""\n\n')
    field_defaults = {"required": False, "aliases": (), "enum": None}
    parts.append(f"FINAL_VALUES: dict[str, tuple[str, ...]] = {dict(finals or {})!r}\n")
    parts.append('"""Values of an enum that are never left (x-final-values), by enum class name."""\n\n')
    parts.append("FIELDS: dict[str, tuple[Field, ...]] = {\n")
    for schema, rows in schemas.items():
        parts.append(f"    {schema!r}: (\n")
        parts.extend(
            f"        {_call('Field', row, ('key', 'name', 'normalize', 'description'), field_defaults)},\n"
            for row in rows
        )
        parts.append("    ),\n")
    parts.append("}\n")
    parts.append('"""The fields of each schema an operation answers with, by schema name (Operation.response)."""\n\n')
    parts.append('CALL_FIELDS: tuple[Field, ...] = FIELDS.get("Call", ())\n\n\n')
    for op in union.values():
        if any(not row["paging"] for row in op["params"]):
            parts.append(_typed_dict(op) + "\n\n")
        rest = shortcut_params(op)
        if op.get("shortcuts") and rest:
            parts.append(_typed_dict({**op, "params": rest}, shortcut_typed_dict_name(op["id"])) + "\n\n")
    for schema, rows in schemas.items():
        parts.append(f"class {fields_class_name(schema)}:\n")
        doc = f"The typed attributes of a {schema}; the client installs a reader for each of FIELDS[{schema!r}]."
        parts.append(f'    """{doc}"""\n\n')
        parts.append("    __slots__ = ()\n\n")
        parts.append("    @property\n    def raw(self) -> dict[str, Any]:\n")
        parts.append('        """A copy of the JSON object as the server sent it, unknown fields included."""\n')
        parts.append("        raise NotImplementedError  # the client's classes (Call, Resource) read it\n\n")
        for row in rows:
            parts.append(f"    {row['name']}: {_field_type(row)!r}\n    {_docstring(row['description'])}\n")
        parts.append("\n\n")
    return "".join(parts).rstrip("\n") + "\n"


def fields_class_name(schema: str) -> str:
    """The generated class typing a schema's fields: CallFields, RecordingFields."""
    return class_name(schema) + "Fields"


def _union_operations(surfaces: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every provider's parameters in one signature: the typed keyword arguments accept any of them."""
    union: dict[str, dict[str, Any]] = {}
    for ops in surfaces.values():
        for op_id, op in ops.items():
            merged = union.setdefault(op_id, {**op, "params": []})
            names = {row["name"] for row in merged["params"]}
            merged["params"].extend(dict(row) for row in op["params"] if row["name"] not in names)
    # Required only if every provider requires it: a keyword that one provider may omit cannot be Required.
    for op_id, op in union.items():
        for row in op["params"]:
            if row["required"] and any(
                not any(r["name"] == row["name"] and r["required"] for r in ops.get(op_id, {}).get("params", ()))
                for ops in surfaces.values()
            ):
                row["required"] = False
    return union


def enums_source(data: Mapping[str, Any]) -> str:
    """enums.py: the name of every enum of the (union) document (its __all__), and a typed re-export of each, so
    that the client package exports every enum the document declares without naming them; importing it loads
    nothing."""
    names = sorted(
        class_name(str(name))
        for name, schema in data.get("components", {}).get("schemas", {}).items()
        if isinstance(schema, Mapping) and "enum" in schema
    )
    lines = [
        '"""Every enum the document declares: their names (no import cost) and, for type checkers, the classes."""',
        "",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .models import {name} as {name}" for name in names),
        "",
        f"__all__ = {list(names)!r}",
        "",
    ]
    return "\n".join(lines)


def operation_doc(op_id: str, op: Mapping[str, Any], surfaces: Mapping[str, Mapping[str, Any]]) -> str:
    """An operation's summary and keyword arguments (each provider's bounds where they differ), as text."""
    lines = [f"{op['summary']}.", "", "Keyword arguments (from the API document):"]
    providers = [provider for provider, ops in surfaces.items() if op_id in ops]
    if len(providers) < len(surfaces):
        lines[1:1] = [f"Offered by {', '.join(providers)} only.", ""]
    for row in op["params"]:
        if row["paging"]:
            continue
        only = [
            provider
            for provider, ops in surfaces.items()
            if any(r["name"] == row["name"] for r in ops.get(op_id, {}).get("params", ()))
        ]
        notes = ["required"] if row["required"] else []
        if len(only) < len(surfaces):
            notes.append(f"{', '.join(only)} only")
        # Each provider's own bounds and values, when they differ (MachineDetectionTimeout: 3..59 or 1..120).
        rows = {
            provider: r
            for provider, ops in surfaces.items()
            for r in ops.get(op_id, {}).get("params", ())
            if r["name"] == row["name"]
        }
        every_value = {value for r in rows.values() for value in r["values"]}
        texts = {provider: _bounds_text(r) + _values_text(r, every_value) for provider, r in rows.items()}
        if len({tuple(text) for text in texts.values()}) <= 1:
            notes.extend(_bounds_text(row))
        else:
            for provider, text in texts.items():
                rest = "every value" if rows[provider]["values"] else "no limit"
                notes.append(f"{provider}: {', '.join(text) or rest}")
        lines.append(f"    {row['name']} ({_python_type(row)}{'; ' if notes else ''}{'; '.join(notes)}):")
        lines.append(f"        {row['description']}")
    if op["exactly_one_of"]:
        names = [r["name"] for w in op["exactly_one_of"] for r in op["params"] if r["wire"] == w]
        lines.append(f"Exactly one of {', '.join(names)} must be given.")
    if lines[-1].startswith("Keyword arguments"):
        lines[-2:] = []
    return "\n".join(lines)


def _values_text(row: Mapping[str, Any], every_value: set[str]) -> list[str]:
    """The values one provider takes, when it takes fewer than every provider together."""
    values = list(row["values"])
    return [f"one of {', '.join(values)}"] if values and set(values) != every_value else []


def _bounds_text(row: Mapping[str, Any]) -> list[str]:
    notes = []
    if row["minimum"] is not None or row["maximum"] is not None:
        low = "" if row["minimum"] is None else f"{row['minimum']} <= "
        high = "" if row["maximum"] is None else f" <= {row['maximum']}"
        notes.append(f"{low}value{high}")
    if row["max_length"] is not None:
        notes.append(f"at most {row['max_length']} characters")
    if row["pattern"] is not None:
        notes.append(f"matches {row['pattern']}")
    return notes
