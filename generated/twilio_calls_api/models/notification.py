# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """One error or warning logged for a call. The last three fields come only when one notification is read, not in a
    list. Fields not listed are kept.

        Attributes:
            sid (str): The notification's identifier (NO...).
            account_sid (str): The account that owns the notification.
            call_sid (None | str | Unset): The call it is about.
            api_version (None | str | Unset): The API version in use when it was logged.
            date_created (None | str | Unset): When the record was created (RFC 2822, GMT).
            date_updated (None | str | Unset): When the record last changed (RFC 2822, GMT).
            error_code (None | str | Unset): The error or warning code, as text (e.g. "15003").
            log (None | str | Unset): 0 for an error, 1 for a warning, as text.
            message_date (None | str | Unset): When the problem happened (RFC 2822, GMT).
            message_text (None | str | Unset): What happened, as URL-encoded key=value pairs.
            more_info (None | str | Unset): A page explaining the code.
            request_method (HttpMethod | None | str | Unset): How the failing request was made, if there was one; unknown
                values are kept as plain strings.
            request_url (None | str | Unset): The URL of the failing request; may be empty.
            request_variables (None | str | Unset): What the failing request carried (fetch only).
            response_body (None | str | Unset): The body your server answered with (fetch only).
            response_headers (None | str | Unset): The headers your server answered with (fetch only).
            uri (None | str | Unset): This notification's own URI, relative to the API host.
    """

    sid: str
    account_sid: str
    call_sid: None | str | Unset = UNSET
    api_version: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_updated: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    log: None | str | Unset = UNSET
    message_date: None | str | Unset = UNSET
    message_text: None | str | Unset = UNSET
    more_info: None | str | Unset = UNSET
    request_method: HttpMethod | None | str | Unset = UNSET
    request_url: None | str | Unset = UNSET
    request_variables: None | str | Unset = UNSET
    response_body: None | str | Unset = UNSET
    response_headers: None | str | Unset = UNSET
    uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sid = self.sid

        account_sid = self.account_sid

        call_sid: None | str | Unset
        if isinstance(self.call_sid, Unset):
            call_sid = UNSET
        else:
            call_sid = self.call_sid

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = self.date_updated

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        log: None | str | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        else:
            log = self.log

        message_date: None | str | Unset
        if isinstance(self.message_date, Unset):
            message_date = UNSET
        else:
            message_date = self.message_date

        message_text: None | str | Unset
        if isinstance(self.message_text, Unset):
            message_text = UNSET
        else:
            message_text = self.message_text

        more_info: None | str | Unset
        if isinstance(self.more_info, Unset):
            more_info = UNSET
        else:
            more_info = self.more_info

        request_method: None | str | Unset
        if isinstance(self.request_method, Unset):
            request_method = UNSET
        elif isinstance(self.request_method, HttpMethod):
            request_method = self.request_method.value
        else:
            request_method = self.request_method

        request_url: None | str | Unset
        if isinstance(self.request_url, Unset):
            request_url = UNSET
        else:
            request_url = self.request_url

        request_variables: None | str | Unset
        if isinstance(self.request_variables, Unset):
            request_variables = UNSET
        else:
            request_variables = self.request_variables

        response_body: None | str | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        else:
            response_body = self.response_body

        response_headers: None | str | Unset
        if isinstance(self.response_headers, Unset):
            response_headers = UNSET
        else:
            response_headers = self.response_headers

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
                "account_sid": account_sid,
            }
        )
        if call_sid is not UNSET:
            field_dict["call_sid"] = call_sid
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if log is not UNSET:
            field_dict["log"] = log
        if message_date is not UNSET:
            field_dict["message_date"] = message_date
        if message_text is not UNSET:
            field_dict["message_text"] = message_text
        if more_info is not UNSET:
            field_dict["more_info"] = more_info
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if request_url is not UNSET:
            field_dict["request_url"] = request_url
        if request_variables is not UNSET:
            field_dict["request_variables"] = request_variables
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
        if response_headers is not UNSET:
            field_dict["response_headers"] = response_headers
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sid = d.pop("sid")

        account_sid = d.pop("account_sid")

        def _parse_call_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_sid = _parse_call_sid(d.pop("call_sid", UNSET))

        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_version = _parse_api_version(d.pop("api_version", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_date_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_updated = _parse_date_updated(d.pop("date_updated", UNSET))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_log(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        def _parse_message_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_date = _parse_message_date(d.pop("message_date", UNSET))

        def _parse_message_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_text = _parse_message_text(d.pop("message_text", UNSET))

        def _parse_more_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        more_info = _parse_more_info(d.pop("more_info", UNSET))

        def _parse_request_method(data: object) -> HttpMethod | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_method_type_0 = HttpMethod(data)

                return request_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HttpMethod | None | str | Unset, data)

        request_method = _parse_request_method(d.pop("request_method", UNSET))

        def _parse_request_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_url = _parse_request_url(d.pop("request_url", UNSET))

        def _parse_request_variables(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_variables = _parse_request_variables(d.pop("request_variables", UNSET))

        def _parse_response_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_body = _parse_response_body(d.pop("response_body", UNSET))

        def _parse_response_headers(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_headers = _parse_response_headers(d.pop("response_headers", UNSET))

        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))

        notification = cls(
            sid=sid,
            account_sid=account_sid,
            call_sid=call_sid,
            api_version=api_version,
            date_created=date_created,
            date_updated=date_updated,
            error_code=error_code,
            log=log,
            message_date=message_date,
            message_text=message_text,
            more_info=more_info,
            request_method=request_method,
            request_url=request_url,
            request_variables=request_variables,
            response_body=response_body,
            response_headers=response_headers,
            uri=uri,
        )

        notification.additional_properties = d
        return notification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
