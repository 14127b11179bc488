"""Decoded form bodies and query strings: repeated keys kept, empty values treated as absent."""

from __future__ import annotations

from urllib.parse import parse_qs

__all__ = ["Form", "parse_boolean"]


class Form:
    """Read access to `application/x-www-form-urlencoded` data by Twilio's parameter names."""

    def __init__(self, pairs: dict[str, list[str]]) -> None:
        self._pairs = pairs

    @classmethod
    def parse(cls, text: str) -> Form:
        return cls(parse_qs(text, keep_blank_values=True))

    def has(self, name: str) -> bool:
        return self.get(name) is not None

    def get(self, name: str) -> str | None:
        """The first non-empty value of `name`; Twilio ignores parameters sent empty."""
        for value in self._pairs.get(name, []):
            if value != "":
                return value
        return None

    def names(self) -> list[str]:
        """Every parameter name given, in order."""
        return list(self._pairs)

    def sent(self, name: str) -> int:
        """How many times `name` was sent, empty values included."""
        return len(self._pairs.get(name, []))

    def many(self, name: str) -> list[str]:
        """Every value of a list parameter: repeated keys, each also split on spaces (both forms are accepted)."""
        return [item for value in self._pairs.get(name, []) for item in value.split()]


def parse_boolean(text: str) -> bool | None:
    """`true`/`false` in any letter case (twilio-python and SignalWire's SDK send Python's `True`); None otherwise."""
    return {"true": True, "false": False}.get(text.lower())
