"""How each provider's Calls API looks on the wire, where the sandbox must imitate it.

The request rules (parameters, bounds, enums, array styles, success statuses) are not here: they come from
each provider's rows of the generated surface (sandbox/_rules.operation(op_id, provider)). This holds the
rest, the shape of what the server sends, from the same published documents (../shared/notes/providers.md):

- Twilio: account SIDs `AC` + 32 hex, call SIDs `CA` + 32 hex, paths under /2010-04-01, durations and prices
  as text, `next_page_uri` ending in `.json`, `{"code": 21201, "message", "more_info", "status"}` errors.
- SignalWire (LaML): project IDs and call SIDs are UUIDs, paths under /api/laml/2010-04-01, durations and
  prices are numbers, dates spell September "Sept", pages have no start/end and a `next_page_uri` without
  `.json`, and create's 400 is `{"errors": [{"code": "21201", "message", "more_info"}]}`.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass

__all__ = ["PROFILES", "Profile"]


@dataclass(frozen=True)
class Profile:
    """One provider's wire shapes, as far as the sandbox imitates them."""

    name: str
    prefix: str  # before /2010-04-01 in every path and URI
    account_pattern: re.Pattern[str]
    account_hint: str
    realm: str
    more_info: str | None  # an error's more_info URL, with {code}; None: sent as null
    listed_create_errors: bool  # create's 400 as {"errors": [...]} with the code as text
    numbers: bool  # duration and price as JSON numbers, not text
    direction: str
    request_id_header: str | None
    signature_headers: tuple[str, ...]  # the status callback's signature, under each of these headers

    def new_account(self) -> str:
        return "AC" + secrets.token_hex(16) if self.name == "twilio" else str(uuid.uuid4())

    def new_call_sid(self) -> str:
        return "CA" + uuid.uuid4().hex if self.name == "twilio" else str(uuid.uuid4())


_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

PROFILES = {
    "twilio": Profile(
        name="twilio",
        prefix="",
        account_pattern=re.compile(r"AC[0-9a-f]{32}"),
        account_hint="'AC' and 32 lowercase hex digits",
        realm="Twilio API",
        more_info="https://www.twilio.com/docs/errors/{code}",
        listed_create_errors=False,
        numbers=False,
        direction="outbound-api",
        request_id_header="Twilio-Request-Id",
        signature_headers=("X-Twilio-Signature",),
    ),
    "signalwire": Profile(
        name="signalwire",
        prefix="/api/laml",
        account_pattern=re.compile(_UUID),
        account_hint="a lowercase UUID (a SignalWire project ID)",
        realm="SignalWire LaML API",
        more_info=None,  # its documents show the field but no URL for it, so the sandbox invents none
        listed_create_errors=True,
        numbers=True,
        direction="outbound",
        request_id_header=None,
        # SignalWire's LaML webhooks carry the Twilio scheme under both names (its key is the project's Signing
        # Key; the sandbox signs with its auth token, as for Twilio).
        signature_headers=("X-SignalWire-Signature", "X-Twilio-Signature"),
    ),
}
