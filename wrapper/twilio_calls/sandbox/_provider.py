"""How each provider's Calls API looks on the wire, where the sandbox must imitate it.

Nothing here is stated by hand: each Profile is read from the provider's row of PROVIDER_FACTS in the
generated surface, that is from its document (openapi/calls.yaml for Twilio, with the SignalWire overlay for
SignalWire): the base URL's path (SignalWire's /api/laml), the fields of a call and of a page with their JSON
types (text or numbers), and info.x-provider (SID formats, the request-id header, the auth realm, how errors
and page URIs are written, the month names, the signature headers). The request rules come from the same
surface (sandbox/_rules.operation(op_id, provider)).
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from urllib.parse import urlsplit

from twilio_calls_api.surface import PROVIDER_FACTS, PROVIDERS, Provider

__all__ = ["PROFILES", "Profile"]

# What each placeholder of info.x-provider.sid-formats stands for when a SID is read: its pattern (either letter
# case, as the document's identifier patterns take, `^AC[0-9a-fA-F]{32}$`: the client accepts such an account
# SID, so its sandbox must too) and a description. New SIDs are written in lowercase.
_HOLDERS = {
    "{hex32}": (r"[0-9a-fA-F]{32}", "32 hex digits"),
    "{uuid}": (r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "a UUID"),
}


@dataclass(frozen=True)
class Profile:
    """One provider's wire shapes, as far as the sandbox imitates them (its generated PROVIDER_FACTS row)."""

    facts: Provider

    @property
    def name(self) -> str:
        return self.facts.name

    @property
    def prefix(self) -> str:
        """What comes before /2010-04-01 in every path and URI: the path of the provider's base URL."""
        return urlsplit(self.facts.base_url).path.rstrip("/")

    @cached_property
    def account_pattern(self) -> re.Pattern[str]:
        return self._pattern("account")

    @property
    def account_hint(self) -> str:
        text = self.facts.sid_formats["account"]
        for holder, (_, description) in _HOLDERS.items():
            if holder in text:
                prefix = text.replace(holder, "")
                return f"{prefix!r} and {description}" if prefix else description
        return text

    def new_account(self) -> str:
        return self.new_sid("account")

    def new_call_sid(self) -> str:
        return self.new_sid("call")

    def new_sid(self, kind: str, digest: str | None = None, *, format: str | None = None) -> str:
        """A new SID of `kind` (account, call, phone-number), or in the given `format` (an item's, from the
        document's sid pattern); from `digest` (32 hex digits) when given, so that it is stable for the same input."""
        text = format or self.facts.sid_formats[kind]
        if digest is None:
            return text.replace("{hex32}", secrets.token_hex(16)).replace("{uuid}", str(uuid.uuid4()))
        return text.replace("{hex32}", digest).replace("{uuid}", str(uuid.UUID(digest)))

    def _pattern(self, kind: str) -> re.Pattern[str]:
        text = re.escape(self.facts.sid_formats[kind])
        for holder, (pattern, _) in _HOLDERS.items():
            text = text.replace(re.escape(holder), pattern)
        return re.compile(text)

    def lists_errors(self, operation_id: str) -> bool:
        """Whether this provider answers the operation's refusals as {"errors": [...]}, codes as text."""
        return operation_id in self.facts.listed_errors

    def numeric(self, key: str) -> bool:
        """Whether the provider sends call field `key` as a JSON number rather than text."""
        kinds = self.facts.call_fields.get(key, ())
        return "string" not in kinds and bool({"integer", "number"} & set(kinds))

    def charge(self, amount: Decimal) -> Decimal:
        """A call's cost written as the provider writes a charge (negative on Twilio, positive on SignalWire)."""
        return -abs(amount) if self.facts.charges == "negative" else abs(amount)

    def spell_dates(self, text: str) -> str:
        """An RFC 2822 date with the provider's own month names (SignalWire's "Sept")."""
        for standard, own in self.facts.month_spellings.items():
            text = text.replace(f" {standard} ", f" {own} ")
        return text


PROFILES = {name: Profile(PROVIDER_FACTS[name]) for name in PROVIDERS}
