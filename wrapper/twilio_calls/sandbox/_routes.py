"""The sandbox's paths and the methods each takes, read from the provider's operations in the generated surface.

A path template of the document (`/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`) matches with or without
its `.json` suffix, as Twilio answers both; the methods of the operations on one template are what that path
takes, and what a 405's Allow header lists, in the document's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from twilio_calls_api.surface import OPERATIONS

__all__ = ["Route", "find_route"]


@dataclass(frozen=True)
class Route:
    """One path template: its operation ids by HTTP method, in the document's order."""

    template: str
    pattern: re.Pattern[str]
    operations: dict[str, str]

    @property
    def allow(self) -> str:
        """The Allow header's value: the methods this path takes."""
        return ", ".join(self.operations)


def _pattern(template: str) -> re.Pattern[str]:
    stem = template.removesuffix(".json")
    parts = re.split(r"\{([A-Za-z0-9_]+)\}", stem)
    # Odd parts are parameter names: one path segment each, never its `.json`, which is optional after it.
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+?)" for i, part in enumerate(parts))
    return re.compile(regex + (r"(?:\.json)?" if template.endswith(".json") else ""))


@cache
def _routes(provider: str) -> tuple[Route, ...]:
    by_template: dict[str, dict[str, str]] = {}
    for op in OPERATIONS[provider].values():
        by_template.setdefault(op.path, {}).setdefault(op.method.upper(), op.id)
    return tuple(Route(template, _pattern(template), ops) for template, ops in by_template.items())


def find_route(path: str, provider: str) -> tuple[Route, dict[str, str]] | None:
    """The route `path` (without the provider's prefix or query) falls on, with its path parameters."""
    for route in _routes(provider):
        if match := route.pattern.fullmatch(path):
            return route, match.groupdict()
    return None
