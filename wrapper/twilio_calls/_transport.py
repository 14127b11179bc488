"""Everything between a client method and the network: building each request, error mapping, logging, retries.

The http client (the package's own, or one the caller shares with the rest of an app) is never changed: the
absolute URL, credentials, User-Agent and timeout travel on each request, as openai-python does, and each
response is judged here: every non-2xx status becomes a typed exception, whatever its body (an HTML 502 from a
proxy, a 520 that http.HTTPStatus does not know), a 3xx is never followed, and every response is logged.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import random
import re
import sys
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

import httpx

from twilio_calls_api.runtime import NOT_GIVEN as _NOT_GIVEN
from twilio_calls_api.runtime import NotGiven as NotGiven

from ._auth import BasicAuth
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidResponseError,
    RateLimitError,
    RedirectError,
    ServerError,
    TwilioCallsError,
    ValidationError,
    client_closed_error,
    error_class_for,
    host_of,
    request_id_of,
)
from ._validation import is_loopback
from ._version import __version__

logger = logging.getLogger("twilio_calls")

Timeout = float | httpx.Timeout | None

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = (
    f"twilio-calls/{__version__} python/{sys.version_info.major}.{sys.version_info.minor} httpx/{httpx.__version__}"
)
RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
ERROR_BODY_LIMIT = 64 * 1024  # bytes of an error body read (decoded); the rest is dropped unread
MESSAGE_LIMIT = 500  # characters of a server's error message (or more_info) kept in an exception
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # failed before a byte went out
# What every transport asks for (httpx's sync client would add br and zstd when their packages happen to be
# installed): one request shape, whichever transport sends it; httpx decodes both.
ACCEPT_ENCODING = "gzip, deflate"

Closed = Callable[[], "str | None"]  # why the client can no longer send (closed), or None while it is open


# NOT_GIVEN ("argument not passed", where None means no limit) is the generated resource classes' default too,
# so it lives with them; this is the same object.
NOT_GIVEN: Final = _NOT_GIVEN


def check_timeout(value: object, parameter: str) -> Timeout | NotGiven:
    """NOT_GIVEN (the client's default), None (no limit), an httpx.Timeout, or seconds > 0: anything else would
    fail inside httpx mid-request."""
    if value is None or isinstance(value, httpx.Timeout | NotGiven):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < float("inf"):
        return float(value)
    raise ValidationError(
        parameter, f"expected seconds > 0, an httpx.Timeout, None (no limit) or NOT_GIVEN, got {value!r}"
    )


def proxied_by_environment(target: Target) -> bool:
    """Whether the environment names a proxy for this client's requests (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY;
    loopback never: Target). NO_PROXY is left to httpx, which reads it when it sends."""
    if target.loopback:
        return False
    import urllib.request  # httpx has imported it already

    return bool({"http", "https", "all"} & urllib.request.getproxies().keys())


FORM = "application/x-www-form-urlencoded"


def _plain(value: object) -> str:
    """A form or query value as httpx writes it (JSON-style booleans, None as empty)."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def encode_form(fields: Mapping[str, Any]) -> str:
    """Form fields (or query parameters) encoded exactly as httpx encodes them: a list is the key repeated."""
    items: list[tuple[str, str]] = []
    for key, value in fields.items():
        if isinstance(value, list | tuple):
            items.extend((key, _plain(item)) for item in value)
        else:
            items.append((key, _plain(value)))
    return urlencode(items)


class Sent:
    """The request an answer answers, as a transport sent it natively: method, absolute URL and headers.

    It reads as httpx.Request does where errors, logs and redaction look (method, url, headers); the URL is
    parsed only when one of them asks, which a request answered 2xx never does (the page cursor excepted).
    """

    __slots__ = ("_parsed", "headers", "method", "target")

    def __init__(self, method: str, target: str, headers: Mapping[str, str]) -> None:
        self.method = method
        self.target = target  # the absolute URL as sent, percent-encoded
        self.headers = headers
        self._parsed: httpx.URL | None = None

    @property
    def url(self) -> httpx.URL:
        if self._parsed is None:
            self._parsed = httpx.URL(self.target)
        return self._parsed

    def __repr__(self) -> str:
        return f"<Sent({self.method!r}, {self.target!r})>"


class Answer:
    """A response as every transport hands it back: status, headers, the body read whole, and its request.

    The one shape the client reads, whichever transport answered: httpx's (a Response read and let go) or the
    fast client's aiohttp answer, whose headers become an httpx.Headers only if something reads them (an error,
    a page's cursor, a log line).
    """

    __slots__ = ("_headers", "_raw_headers", "content", "reason_phrase", "request", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: httpx.Headers | None,
        content: bytes,
        request: httpx.Request | Sent,
        reason_phrase: str = "",
        raw_headers: Any = (),
    ) -> None:
        self.status_code = status_code
        self._headers = headers
        self._raw_headers = raw_headers
        self.content = content
        self.request = request
        self.reason_phrase = reason_phrase

    @classmethod
    def of(cls, response: httpx.Response, content: bytes) -> Answer:
        return cls(response.status_code, response.headers, content, response.request, response.reason_phrase)

    @property
    def headers(self) -> httpx.Headers:
        if self._headers is None:
            self._headers = httpx.Headers(list(self._raw_headers))
        return self._headers

    def __repr__(self) -> str:
        return f"<Answer [{self.status_code}]>"


class Target:
    """Where a client's requests go and what each carries: built once per client, applied to every request.

    loopback: the base URL is this machine, so the client's own http clients ignore environment proxies (a
    proxy would see the Basic credentials of a request that never needed to leave the machine, in clear text
    over http://); every other host keeps honouring HTTP(S)_PROXY, ALL_PROXY and NO_PROXY.
    """

    __slots__ = ("_parts", "base_url", "form_headers", "headers", "host", "loopback", "prefix", "timeout")

    def __init__(self, base_url: str, auth: BasicAuth, timeout: Timeout) -> None:
        self.base_url = base_url.rstrip("/")
        url = httpx.URL(base_url)
        self.host = host_of(url)
        self.loopback = is_loopback(url.host)
        # The base URL as httpx writes it (host lower-cased, a default port dropped): what every native
        # request's URL starts with, so that both kinds of transport send the same bytes.
        self.prefix = str(url).rstrip("/")
        self.headers = {
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": USER_AGENT,
            "Authorization": auth.header,
        }
        self.form_headers = {"Content-Type": FORM, **self.headers}  # in the order Target.build() gives httpx
        self.timeout = httpx.Timeout(timeout)
        self._parts = _parsed_parts(url, self.prefix)

    def url(self, path: str, query: str | None) -> httpx.URL:
        """The httpx.URL of a path under the base URL (and a query), both percent-encoded already: the base's
        parsed parts with the path and query put in, instead of httpx parsing the whole string again on every
        request (a third of what building an httpx.Request costs)."""
        if self._parts is None:
            return httpx.URL(self.prefix + path + (f"?{query}" if query else ""))
        parts, base_path = self._parts
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = parts._replace(path=base_path + path, query=query or None)
        return url

    def __repr__(self) -> str:
        return f"Target(base_url={self.base_url!r})"

    def limits(self, timeout: Timeout | NotGiven) -> httpx.Timeout:
        return self.timeout if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)

    def plan(self, spec: dict[str, Any]) -> tuple[Sent, bytes | None]:
        """A generated operation's request (its _get_kwargs) as a transport sends it natively: the request
        (method, absolute URL with its query, our headers) and the form body, encoded as httpx would."""
        url = self.prefix + spec["url"]
        params = spec.get("params")
        if params:
            url += "?" + encode_form(params)
        data = spec.get("data")
        return Sent(spec["method"].upper(), url, self._headers(spec)), encode_form(data).encode() if data else None

    def _headers(self, spec: dict[str, Any]) -> dict[str, str]:
        """The operation's own headers (a form's Content-Type), then ours; built once for the usual two."""
        extra = spec.get("headers")
        if not extra:
            return self.headers
        if extra == {"Content-Type": FORM}:
            return self.form_headers
        return {**extra, **self.headers}

    def build(
        self, http: httpx.Client | httpx.AsyncClient, spec: dict[str, Any], timeout: Timeout | NotGiven
    ) -> httpx.Request:
        """The request for a generated operation's _get_kwargs: absolute URL, our headers, this call's timeout.

        On the package's own clients, built directly: no client defaults and no cookie jar, so every transport
        sends the same headers and a cookie a server set is never sent back. On a client the caller gave,
        through its build_request(), so that the caller's own defaults apply as for any request of theirs,
        while the URL, credentials and timeout given here win.
        """
        limits = self.limits(timeout)
        if getattr(http, "_twilio_calls_own", False):
            # The plan every transport sends (plan()), as httpx's own request: the same URL, headers and body.
            params = spec.get("params")
            data = spec.get("data")
            return httpx.Request(
                spec["method"].upper(),
                self.url(spec["url"], encode_form(params) if params else None),
                content=encode_form(data).encode() if data else None,
                headers=self._headers(spec),
                extensions={"timeout": limits.as_dict()},
            )
        headers = {**spec["headers"], **self.headers} if "headers" in spec else self.headers
        url = self.base_url + spec["url"]
        return http.build_request(
            spec["method"], url, params=spec.get("params"), data=spec.get("data"), headers=headers, timeout=limits
        )


def _parsed_parts(url: httpx.URL, prefix: str) -> tuple[Any, str] | None:
    """httpx's parsed parts of the base URL and its path, if this httpx keeps them as the named tuple Target.url()
    fills in (httpx 0.28 does); None makes Target.url() parse each URL whole, as httpx.Request would."""
    parts: Any = getattr(url, "_uri_reference", None)
    if not callable(getattr(parts, "_replace", None)) or not isinstance(getattr(parts, "path", None), str):
        return None
    found = (parts, parts.path.rstrip("/"))
    probe = httpx.URL.__new__(httpx.URL)
    probe._uri_reference = parts._replace(path=found[1] + "/a%20b.json", query="c=%2B1&d=e+f")
    if str(probe) != prefix + "/a%20b.json?c=%2B1&d=e+f" or probe != httpx.URL(str(probe)):
        return None
    return found


class OwnClient(httpx.Client):
    """CallsClient's own httpx client: Target.build() hands it complete requests (module docstring)."""

    _twilio_calls_own = True


def _log(response: Answer, started: float, number: int) -> None:
    if logger.isEnabledFor(logging.INFO):
        request = response.request
        logger.info(
            "%s %s -> %d in %.1f ms (attempt %d)",
            request.method,
            request.url.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            number + 1,
        )


def _read_error_body_sync(response: httpx.Response) -> tuple[bytes, httpx.DecodingError | None]:
    """At most ERROR_BODY_LIMIT decoded bytes of an error body; the response is closed afterwards."""
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= ERROR_BODY_LIMIT:
                break
    except httpx.DecodingError as exc:
        return b"", exc
    finally:
        response.close()
    return b"".join(chunks)[:ERROR_BODY_LIMIT], None


async def _read_error_body_async(response: httpx.Response) -> tuple[bytes, httpx.DecodingError | None]:
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= ERROR_BODY_LIMIT:
                break
    except httpx.DecodingError as exc:
        return b"", exc
    finally:
        await response.aclose()
    return b"".join(chunks)[:ERROR_BODY_LIMIT], None


def _unreadable(response: Answer | httpx.Response, exc: Exception) -> InvalidResponseError:
    return InvalidResponseError.from_response(f"unreadable body ({type(exc).__name__}: {exc})", response)


def _let_go(response: httpx.Response) -> None:
    """httpx 0.28 keeps a response in a reference cycle with its stream (encode/httpx#3733): the body (a page
    is 1.75 MB) would live until the next full garbage collection. Replacing the spent stream lets it go as
    soon as the Answer that holds the bytes does."""
    response.stream = httpx.ByteStream(b"")


def _judge(
    response: httpx.Response, content: bytes, undecodable: httpx.DecodingError | None, started: float, number: int
) -> Answer:
    """The answer of an httpx response whose body (or its start, for an error) has been read."""
    _let_go(response)
    answer = Answer.of(response, content)
    _log(answer, started, number)
    return answer


def attempt_sync(
    http: httpx.Client,
    target: Target,
    spec: dict[str, Any],
    timeout: Timeout | NotGiven,
    number: int,
    gone_ok: bool = False,
) -> Answer:
    """One request: a 2xx answer with its body read, or the typed error for anything else; with gone_ok, a
    404 is returned too (_gone())."""
    request = target.build(http, spec, timeout)
    started = time.perf_counter()
    response = http.send(request, auth=None, follow_redirects=False, stream=True)
    if 200 <= response.status_code < 300:
        try:
            content = response.read()
        except httpx.DecodingError as exc:
            raise _unreadable(response, exc) from None
        finally:
            response.close()
        return _judge(response, content, None, started, number)
    content, undecodable = _read_error_body_sync(response)
    return _refused(_judge(response, content, undecodable, started, number), undecodable, gone_ok)


async def attempt_async(
    http: httpx.AsyncClient,
    target: Target,
    spec: dict[str, Any],
    timeout: Timeout | NotGiven,
    number: int,
    gone_ok: bool = False,
) -> Answer:
    """The awaitable twin of attempt_sync(). A client that sends natively (the fast client's send_plan) gets
    the plan itself, not an httpx.Request; what it answers is judged by the same rules."""
    send_plan = getattr(http, "send_plan", None)
    started = time.perf_counter()
    if send_plan is not None:
        sent, body = target.plan(spec)
        reply = await send_plan(sent, body, target.limits(timeout))
        if isinstance(reply, Answer):
            return native_answer(reply, started, number, gone_ok)
        response: httpx.Response = reply  # handed to httpx's own transport (a mock of it is in place)
    else:
        request = target.build(http, spec, timeout)
        response = await http.send(request, auth=None, follow_redirects=False, stream=True)
    if 200 <= response.status_code < 300:
        try:
            content = await response.aread()
        except httpx.DecodingError as exc:
            raise _unreadable(response, exc) from None
        finally:
            await response.aclose()
        return _judge(response, content, None, started, number)
    content, undecodable = await _read_error_body_async(response)
    return _refused(_judge(response, content, undecodable, started, number), undecodable, gone_ok)


def native_answer(answer: Answer, started: float, number: int, gone_ok: bool) -> Answer:
    """A native transport's answer judged as attempt_sync() judges httpx's: a 2xx with its body decoded (a
    Content-Encoding decoded by httpx's own decoders, so a corrupt one fails alike), else the typed error."""
    undecodable: httpx.DecodingError | None = None
    if any(name.lower() == b"content-encoding" for name, _ in answer._raw_headers):
        try:
            answer.content = httpx.Response(200, headers=answer.headers, content=answer.content).content
        except httpx.DecodingError as exc:
            if 200 <= answer.status_code < 300:
                raise _unreadable(answer, exc) from None
            answer.content, undecodable = b"", exc
    _log(answer, started, number)
    if 200 <= answer.status_code < 300:
        return answer
    answer.content = answer.content[:ERROR_BODY_LIMIT]
    return _refused(answer, undecodable, gone_ok)


def _refused(answer: Answer, undecodable: httpx.DecodingError | None, gone_ok: bool) -> Answer:
    """A non-2xx answer: returned only where a 404 means done (_gone()), else raised as its typed error."""
    if gone_ok and _gone(answer):
        return answer
    raise api_error(answer, answer.content, undecodable)


def _gone(response: Answer) -> bool:
    """A retried DELETE answered 404 after an attempt whose outcome is unknown: that attempt most likely deleted
    the record, so what was asked is done; a 404 to a first attempt still raises NotFoundError."""
    if response.status_code != 404:
        return False
    logger.warning(
        "%s %s -> 404 after an earlier attempt whose outcome is unknown: taken as deleted by that attempt",
        response.request.method,
        response.request.url.path,
    )
    return True


def _cut(text: str, limit: int = MESSAGE_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _safe_location(location: str | None) -> str | None:
    """Where a redirect pointed: scheme, host and path only (a query or user info may carry secrets)."""
    if not location:
        return None
    try:
        parts = urlsplit(location)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(an unparseable URL)"
    origin = f"{parts.scheme}://{host}{port}" if parts.scheme and host else ""
    return _cut(origin + parts.path, 200) or None


def api_error(response: Answer, content: bytes, undecodable: httpx.DecodingError | None = None) -> APIError:
    """The typed error for an error response, whatever its body: JSON from the API or HTML from a proxy.

    content is the start of the body (at most ERROR_BODY_LIMIT bytes); messages are cut to MESSAGE_LIMIT.
    """
    status = response.status_code
    request = response.request
    context: dict[str, Any] = {
        "status": status,
        "method": request.method,
        "path": request.url.path,
        "host": host_of(request.url),
        "request_id": request_id_of(response.headers),
    }
    if 300 <= status < 400:
        location = _safe_location(response.headers.get("Location"))
        where = f" to {location}" if location else ""
        said = f"the server redirected the request{where}; redirects are not followed, and it was not carried out"
        if _see_other(status, request.method):
            said = f"the server answered 303 See Other{where}: it acted on the request; redirects are not followed"
        redirect = RedirectError(code=None, message=said, more_info=None, **context)
        redirect.location = location
        return redirect
    salvaged = False
    try:
        body = None if undecodable else json.loads(content)
    except (ValueError, RecursionError):
        # A body cut at ERROR_BODY_LIMIT is no longer valid JSON: the fields that come first are still there.
        body, salvaged = (None, False) if undecodable else (_salvage(content), True)
    code, code_text, message, more_info = _error_fields(body)
    if salvaged and isinstance(message, str):
        # A salvaged message may end where the body (or the salvage) was cut: perhaps inside a credential.
        message = _without_credentials(message, request, cut=True)
    if not isinstance(message, str) or not message.strip():
        # Redacted before it is cut short, so not even the start of a credential survives the cut.
        text = f"body not decodable: {undecodable}" if undecodable else content.decode("utf-8", "replace")
        snippet = " ".join(_without_credentials(text, request)[:200].split())
        message = f"{response.reason_phrase or 'error'}" + (f" ({snippet})" if snippet else "")
    return error_class_for(status)(
        code=code,
        code_text=None if code_text is None else _cut(" ".join(_without_credentials(code_text, request).split()), 100),
        message=_cut(_without_credentials(message, request)),
        more_info=_cut(_without_credentials(more_info, request)) if isinstance(more_info, str) else None,
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
        **context,
    )


_SALVAGE = {
    "code": re.compile(rb'"code"\s*:\s*("(?:[^"\\]|\\.){0,100}"|-?\d{1,18})'),
    "message": re.compile(rb'"message"\s*:\s*"((?:[^"\\]|\\.){0,2000})'),
    "more_info": re.compile(rb'"more_info"\s*:\s*("(?:[^"\\]|\\.){0,2000}")'),
}


def _salvage(content: bytes) -> dict[str, object] | None:
    """code, message (its start) and more_info read from the start of a JSON error object that does not parse
    whole, so that a huge error body loses none of what a user needs."""
    if not content.lstrip().startswith(b"{"):
        return None
    found: dict[str, object] = {}
    for key, pattern in _SALVAGE.items():
        match = pattern.search(content)
        if match is None:
            continue
        raw = match.group(1).decode("utf-8", "replace")
        if key == "message":  # cut anywhere: drop a half escape at the end ("\u00", or a lone backslash)
            raw = re.sub(r"\\u[0-9a-fA-F]{0,3}$", "", raw)
            if (len(raw) - len(raw.rstrip("\\"))) % 2:
                raw = raw[:-1]
            raw = f'"{raw}"'
        with contextlib.suppress(ValueError):
            found[key] = json.loads(raw)
    return found or None


def _error_fields(body: object) -> tuple[int | None, str | None, object, object]:
    """code, code as text, message and more_info of an error body, in either provider's shape.

    Twilio (and SignalWire for most errors): {"code": 21220, "message": ..., "more_info": ..., "status": 400}.
    SignalWire's create: {"errors": [{"code": "21205", "message": ..., "more_info": ...}, ...]}: the first entry
    gives code and more_info; the messages of all entries are joined, so none is lost.
    """
    if not isinstance(body, dict):
        return None, None, None, None
    entries = body.get("errors")
    if "code" not in body and "message" not in body and isinstance(entries, list):
        found = [entry for entry in entries if isinstance(entry, dict)]
        if found:
            messages = [m for m in (entry.get("message") for entry in found) if isinstance(m, str) and m.strip()]
            body = {**found[0], "message": "; ".join(dict.fromkeys(messages)) or None}
    raw = body.get("code")
    code: int | None = None
    code_text: str | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        code, code_text = raw, str(raw)
    elif isinstance(raw, str) and raw.strip():
        code_text = raw.strip()
        if code_text.isascii() and code_text.isdigit() and len(code_text) <= 18:
            code = int(code_text)
    return code, code_text, body.get("message"), body.get("more_info")


def _without_credentials(text: str, request: httpx.Request | Sent, *, cut: bool = False) -> str:
    """Server-supplied text with the request's own credentials blanked out.

    wrapper fix: a debugging proxy or a careless server may echo the request (Authorization header included)
    in an error body, which would otherwise put the auth token into the exception's message. cut: the text
    was cut short, so it may end inside a credential: a start of one at its end is blanked out too (the start
    of the base64 decodes to the start of the token), where a credential can begin: at the start of the text or
    after a character that is not a letter or digit (a space, ":", a quote), so that a word which merely ends
    with a credential's first letters ("Authent") stays as it is.
    """
    _, _, encoded = request.headers.get("Authorization", "").partition(" ")
    secrets = [encoded]
    with contextlib.suppress(ValueError):  # not basic auth (binascii.Error, UnicodeDecodeError are ValueErrors)
        secrets.append(base64.b64decode(encoded, validate=True).decode().partition(":")[2])
    secrets = [secret for secret in secrets if secret]
    for secret in secrets:
        text = text.replace(secret, "<redacted>")
    if cut:
        for secret in secrets:
            kept = len(text.rstrip("\\\ufffd"))  # a half escape or a half character after the cut
            for length in range(min(len(secret), kept), 0, -1):
                start = kept - length
                if text.startswith(secret[:length], start) and (start == 0 or not text[start - 1].isalnum()):
                    text = text[:start] + "<redacted>"
                    break
    return text


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError):
            return None
    return max(0.0, seconds) if seconds == seconds else None  # NaN check


class RetryPolicy:
    """When to try a request again, and how long to wait first.

    `safe` requests (reads, delete, hang-up, cancel) are retried on network errors, 429 and 500/502/503/504.
    Others (create, redirect) only when the request provably never reached the server, or was refused with
    429: after a timeout or a 5xx the call may exist already, and retrying could ring a phone twice.
    (A plain class, not a dataclass: building dataclasses costs milliseconds of import time.)
    """

    __slots__ = ("backoff", "max_backoff", "max_retries", "max_retry_after")

    def __init__(
        self,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = 60.0,
    ) -> None:
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after

    def delay(self, error: TwilioCallsError, attempt: int, safe: bool) -> float | None:
        """Seconds to wait before retrying, or None to give up and raise `error`."""
        retryable = (
            isinstance(error, RateLimitError)
            or (isinstance(error, APIConnectionError) and (safe or not error.request_sent) and not error.client_closed)
            or (safe and isinstance(error, ServerError) and error.status in RETRYABLE_STATUSES)
        )
        if not retryable or attempt >= self.max_retries:
            return None
        backoff = min(self.max_backoff, self.backoff * 2.0**attempt) * random.uniform(0.5, 1.0)
        retry_after: float | None = error.retry_after if isinstance(error, APIError) else None
        if retry_after is None:
            return backoff
        return retry_after if retry_after <= self.max_retry_after else None


def _transport_error(exc: httpx.TransportError, method: str, path: str, host: str | None) -> APIConnectionError:
    """The package's error for a network failure; request_sent is False only when nothing can have left."""
    cause = exc.__cause__
    if cause is not None and type(cause).__module__.startswith("aiohttp"):
        # An aiohttp-backed transport (ours, or httpx-aiohttp in a caller's client, which maps every aiohttp
        # connection error to ConnectTimeout, even a server hanging up after reading the request): judge by
        # aiohttp's own exception. Only these two mean that no connection was made.
        names = {kind.__name__ for kind in type(cause).__mro__}
        sent = not names & {"ClientConnectorError", "ConnectionTimeoutError"}
        timed_out = bool(names & {"TimeoutError", "ServerTimeoutError", "SocketTimeoutError"})
    else:
        sent = not isinstance(exc, _NOT_SENT)
        timed_out = isinstance(exc, httpx.TimeoutException)
    kind = APITimeoutError if timed_out else APIConnectionError
    message = f"{type(exc).__name__}: {exc}".rstrip(": ")
    return kind(message, method=method, path=path, request_sent=sent, host=host)


def _see_other(status: int, method: str) -> bool:
    """303 to anything but a read: the server acted on the request and points to its result (RFC 9110 15.4.4)."""
    return status == 303 and method not in ("GET", "HEAD")


def _may_have_acted(error: TwilioCallsError) -> bool:
    """The request reached the server, which may have carried it out although no success response came."""
    if isinstance(error, RedirectError):
        return _see_other(error.status, error.method)
    return isinstance(error, ServerError | InvalidResponseError) or (
        isinstance(error, APIConnectionError) and error.request_sent
    )


def mark_unsafe_outcome(error: TwilioCallsError, safe: bool) -> None:
    """Flags an error after which a create or redirect may nonetheless have been carried out."""
    if not safe and _may_have_acted(error):
        error.may_have_succeeded = True


def _never_closed() -> str | None:
    return None


def _closed_under(
    error: TwilioCallsError, reason: str, safe: bool, method: str, path: str, host: str
) -> APIConnectionError:
    """The final error when the client was closed while this request was under way (between attempts, or
    under one): client_closed, with what the attempt under way had reached."""
    mark_unsafe_outcome(error, safe)
    sent = error.request_sent if isinstance(error, APIConnectionError) else isinstance(error, APIError)
    detail = f"{reason} (closed while the request was under way; the last attempt ended with {type(error).__name__})"
    final = client_closed_error(detail, method=method, path=path, host=host, request_sent=sent)
    final.may_have_succeeded = error.may_have_succeeded
    return final


def _give_up_or_wait(
    policy: RetryPolicy,
    exc: Exception,
    number: int,
    safe: bool,
    method: str,
    path: str,
    host: str,
    closed: Closed = _never_closed,
) -> tuple[TwilioCallsError, float | None]:
    if isinstance(exc, TwilioCallsError):
        error: TwilioCallsError = exc
    elif isinstance(exc, httpx.TransportError):
        error = _transport_error(exc, method, path, host)
    else:
        reason = closed()
        if reason is None:
            raise exc  # a fault of ours or the caller's (not the network's, not the server's): surfaces as itself
        # httpx refuses to send on a closed client with a RuntimeError: nothing of this attempt went out.
        return client_closed_error(reason, method=method, path=path, host=host), None
    delay = policy.delay(error, number, safe)
    closable = delay is not None or isinstance(error, APIConnectionError)  # not the server's own verdict
    if closable and not getattr(error, "client_closed", False):
        reason = closed()
        if reason is not None:  # closed from another thread or task: no further attempt
            return _closed_under(error, reason, safe, method, path, host), None
    if delay is None:
        mark_unsafe_outcome(error, safe)
    else:
        logger.warning(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            method,
            path,
            delay,
            type(error).__name__,
            number + 1,
            policy.max_retries,
        )
    return error, delay


def send(
    http: httpx.Client,
    target: Target,
    policy: RetryPolicy,
    spec: dict[str, Any],
    *,
    safe: bool,
    timeout: Timeout | NotGiven,
    closed: Closed = _never_closed,
) -> Answer:
    """Sends a generated operation's request (its _get_kwargs) under the retry policy: a 2xx, or the error.

    closed() says why the client can no longer send (or None): checked after a failed attempt and after each
    wait, so a client closed meanwhile (from another thread, or a shared http_client) makes no further attempt.
    """
    method, path = spec["method"].upper(), spec["url"]
    number = 0
    unknown = False  # an earlier attempt may have been carried out (for DELETE: a later 404 means it was)
    while True:
        try:
            _check_open(closed, number, method, path, target.host)
            return attempt_sync(http, target, spec, timeout, number, unknown and method == "DELETE")
        except Exception as exc:
            error, delay = _give_up_or_wait(policy, exc, number, safe, method, path, target.host, closed)
            if delay is None:
                raise error from (None if error is exc else exc)
            unknown = unknown or _may_have_acted(error)
        time.sleep(delay)
        number += 1


async def send_async(
    http: httpx.AsyncClient,
    target: Target,
    policy: RetryPolicy,
    spec: dict[str, Any],
    *,
    safe: bool,
    timeout: Timeout | NotGiven,
    closed: Closed = _never_closed,
) -> Answer:
    """The awaitable twin of send(): same policy, asyncio.sleep between attempts."""
    method, path = spec["method"].upper(), spec["url"]
    number = 0
    unknown = False
    while True:
        try:
            _check_open(closed, number, method, path, target.host)
            return await attempt_async(http, target, spec, timeout, number, unknown and method == "DELETE")
        except Exception as exc:
            error, delay = _give_up_or_wait(policy, exc, number, safe, method, path, target.host, closed)
            if delay is None:
                raise error from (None if error is exc else exc)
            unknown = unknown or _may_have_acted(error)
        await _async_sleep(delay)
        number += 1


def _check_open(closed: Closed, number: int, method: str, path: str, host: str) -> None:
    """Before a retry: a client closed during the wait (Retry-After, backoff) sends nothing more."""
    if number:
        reason = closed()
        if reason is not None:
            raise client_closed_error(reason, method=method, path=path, host=host)


async def _async_sleep(seconds: float) -> None:
    # Imported here: asyncio costs more to import than this whole package, and sync users never need it.
    import asyncio

    await asyncio.sleep(seconds)


def expect_http_client(given: object, expected: type[httpx.Client] | type[httpx.AsyncClient], owner: str) -> None:
    """TypeError unless `given` is the kind of httpx client `owner` (CallsClient, AsyncCallsClient) drives."""
    if isinstance(given, expected):
        return
    other = "AsyncCallsClient" if expected is httpx.Client else "CallsClient"
    hint = (
        f"; an {type(given).__module__}.{type(given).__qualname__} goes with {other}"
        if isinstance(given, httpx.Client | httpx.AsyncClient)
        else ""
    )
    raise TypeError(f"http_client: {owner} needs an httpx.{expected.__name__}, got {type(given).__qualname__}{hint}")
