"""Routing from the document: every operation's path template, for one provider, compiled into a matcher.

A template such as /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json becomes a pattern
with one group per path parameter and an optional `.json` (SignalWire documents its paths without it, Twilio
with it; both servers take either). An operation added to openapi/calls.yaml gets its route on regeneration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote

from twilio_calls_api.surface import OPERATIONS, Operation

from . import _errors as codes
from ._errors import ApiError, not_found

__all__ = ["Route", "Router", "router"]


@dataclass(frozen=True)
class Route:
    """One path template and the operations it takes, by HTTP method."""

    template: str
    pattern: re.Pattern[str]
    by_method: dict[str, Operation]


@dataclass(frozen=True)
class Match:
    operation: Operation
    values: dict[str, str]  # path parameter wire name -> value, percent-decoded


def _compile(template: str) -> re.Pattern[str]:
    stem = template.removesuffix(".json")
    parts = re.split(r"\{([A-Za-z0-9_]+)\}", stem)
    regex = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+?)" for index, part in enumerate(parts))
    return re.compile(regex + r"(?:\.json)?")


def _routes(provider: str) -> list[Route]:
    grouped: dict[str, dict[str, Operation]] = {}
    for op in OPERATIONS[provider].values():
        grouped.setdefault(op.path, {})[op.method] = op
    return [Route(template, _compile(template), methods) for template, methods in grouped.items()]


class Router:
    """Finds the operation of `provider` a request names, or the refusal its server would give."""

    def __init__(self, provider: str) -> None:
        self.provider = provider
        self._routes = _routes(provider)
        # Paths only another provider serves: its own server has no such resource, so they are 404 here.
        self._elsewhere = [
            (op.method, _compile(op.path))
            for other, ops in OPERATIONS.items()
            if other != provider
            for op in ops.values()
            if op.id not in OPERATIONS[provider]
        ]

    def match(self, method: str, path: str, shown: str) -> Match | None:
        """The operation for `method` on `path` (without the provider's prefix); None when no template
        matches. `shown` is the path as requested, for error messages. Raises 405 for a method the path does
        not take (by this provider's document), 404 for a path only another provider serves or a path value its
        pattern refuses."""
        for route in self._routes:
            found = route.pattern.fullmatch(path)
            if found is None:
                continue
            op = route.by_method.get(method)
            if op is None:
                # The path is served here with other methods: 405 naming them, as the provider's document declares
                # only those (even where another provider also serves this method, as Twilio lists recordings).
                allowed = ", ".join(route.by_method)  # in the document's order
                raise ApiError(405, codes.METHOD_NOT_ALLOWED, f"Method not allowed: {method}", {"Allow": allowed})
            values = {name: unquote(value) for name, value in found.groupdict().items()}
            for param in op.path_params:
                value = values.get(param.wire, "")
                # A value its pattern refuses names no resource: Twilio answers such paths 404 (20404), not 400.
                if param.pattern is not None and _pattern(param.pattern).search(value) is None:
                    raise not_found(shown)
            return Match(op, values)
        if self._only_elsewhere(method, path):
            raise not_found(shown)
        return None

    def _only_elsewhere(self, method: str, path: str) -> bool:
        return any(verb == method and pattern.fullmatch(path) for verb, pattern in self._elsewhere)


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


@cache
def router(provider: str) -> Router:
    return Router(provider)
