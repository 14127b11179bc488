"""Errors the sandbox answers with, shaped like the provider's JSON error bodies.

Codes follow Twilio's error dictionary (which SignalWire's LaML API shares) where it has a specific entry; a
parameter that has none gets 20001 with a message naming the parameter. SignalWire's create answers a 400 as
`{"errors": [{"code": "<text>", "message", "more_info"}]}` (`listed`); every other error, on both, is
`{"code", "message", "more_info", "status"}`.

What the server refuses before a request reaches an operation (a malformed Content-Length or chunk, a body over
the size cap, a body that stopped arriving) is answered in the same shape with 20001, naming the header.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "invalid", "not_found"]

MORE_INFO = "https://www.twilio.com/docs/errors/{code}"

AUTHENTICATE = 20003
METHOD_NOT_ALLOWED = 20004
NOT_FOUND = 20404
TOO_MANY_REQUESTS = 20429
INTERNAL = 20500
INVALID_PARAMETER = 20001
INVALID_TO = 21211
INVALID_CALL_STATE = 21220
INVALID_STATUS_CALLBACK = 21609


class ApiError(Exception):
    """A request the sandbox refuses: becomes an HTTP response with Twilio's error body."""

    def __init__(self, status: int, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.listed = False  # SignalWire's create: the `errors` array shape

    def body(self, more_info: str | None = MORE_INFO) -> dict[str, Any]:
        """The JSON body; `more_info` is the URL template of the provider ({code}), None for null."""
        info = None if more_info is None else more_info.format(code=self.code)
        if self.listed:
            return {"errors": [{"code": str(self.code), "message": self.message, "more_info": info}]}
        # Built through the generated model so the body matches the curated document's Error schema.
        from twilio_calls_api.models import Error

        return Error(code=self.code, message=self.message, more_info=info, status=self.status).to_dict()


def invalid(code: int, message: str) -> ApiError:
    """A 400 for a request that breaks the curated document's rules."""
    return ApiError(400, code, message)


def not_found(path: str) -> ApiError:
    return ApiError(404, NOT_FOUND, f"The requested resource {path} was not found")
