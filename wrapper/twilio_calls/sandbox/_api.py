"""From an HTTP request to a response: authentication, limits, routing, then the store."""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from twilio_calls_api.surface import PROVIDERS

from . import _errors as codes
from ._errors import ApiError, invalid, not_found
from ._form import Form
from ._limits import RequestLimiter
from ._provider import PROFILES, Profile
from ._routes import router
from ._rules import operation
from ._store import CallStore
from ._subresources import Subresources

__all__ = ["Api", "Response"]

_VERSION = "/2010-04-01/"


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Api:
    """The sandbox's HTTP surface, independent of the server that carries it."""

    def __init__(
        self,
        store: CallStore,
        credentials: Mapping[str, str],
        limiter: RequestLimiter,
        profile: Profile = PROFILES[PROVIDERS[0]],
    ) -> None:
        self._store = store
        self._credentials = dict(credentials)  # user (account SID, API key SID or project ID) -> secret
        self._limiter = limiter
        self._profile = profile
        # Each provider's create answers with its own documented success status (201 Twilio, 200 SignalWire).
        self._created = operation("create_call", profile.name).success
        # Every other operation of the provider's document: recordings, streams... (sandbox/_subresources.py).
        self._subresources = Subresources(store, profile)

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Response:
        """`headers` are keyed by lower-case name."""
        try:
            self._authenticate(headers.get("authorization"))
            self._limiter.admit()
            status, payload = self._route(method, target, body)
        except ApiError as error:
            return self.refuse(error)
        return Response(status) if payload is None else self._json(status, payload)

    def refuse(self, error: ApiError) -> Response:
        """The provider's error response for `error` (also for what the server refuses before routing)."""
        return self._json(error.status, error.body(self._profile.facts.error_more_info), error.headers)

    def _json(self, status: int, payload: Mapping[str, object], headers: Mapping[str, str] | None = None) -> Response:
        all_headers = {"Content-Type": "application/json; charset=utf-8"}
        if self._profile.facts.request_id_header is not None:
            all_headers[self._profile.facts.request_id_header] = "RQ" + uuid.uuid4().hex
        all_headers.update(headers or {})
        return Response(status, json.dumps(payload).encode(), all_headers)

    def _authenticate(self, header: str | None) -> None:
        realm = {"WWW-Authenticate": f'Basic realm="{self._profile.facts.auth_realm}"'}
        refused = ApiError(401, codes.AUTHENTICATE, "Authenticate", realm)
        scheme, _, encoded = (header or "").partition(" ")
        if scheme.lower() != "basic":
            raise refused
        try:
            user, _, secret = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise refused from None
        expected = self._credentials.get(user)
        if expected is None or not hmac.compare_digest(secret.encode(), expected.encode()):
            raise refused

    def _route(self, method: str, target: str, body: bytes) -> tuple[int, dict[str, object] | None]:
        full_path, _, query = target.partition("?")
        # A provider whose base URL has a path (SignalWire's /api/laml) is served there and at the root too:
        # SignalWire's own SDK (twilio-python underneath) sends /2010-04-01/... to the root of the space.
        prefix = self._profile.prefix
        if full_path.startswith(prefix + "/"):
            path = full_path[len(prefix) :]
        elif full_path.startswith(_VERSION):
            path = full_path
        else:
            raise not_found(full_path)
        if (answer := self._subresources.handle(method, path, query, body, full_path)) is not None:
            return answer
        # The call operations: the router has refused a method the path does not take (405 with Allow).
        found = router(self._profile.name).match(method, path, full_path)
        if found is None:
            raise not_found(full_path)
        values = found.values
        if values["AccountSid"] != self._store.account_sid:
            raise not_found(full_path)
        sid = values.get("Sid")
        form = _form(body) if method == "POST" else Form.parse(query)
        if sid is None:
            if method == "POST":
                return self._created, self._store.create(form)
            return 200, self._store.list_calls(form)
        if method == "GET":
            return 200, self._store.fetch(sid)
        if method == "POST":
            return 200, self._store.update(sid, form)
        self._store.delete(sid)
        return 204, None


def _form(body: bytes) -> Form:
    try:
        return Form.parse(body.decode())
    except UnicodeDecodeError:
        raise invalid(codes.INVALID_PARAMETER, "The request body is not UTF-8 form data") from None
