# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.update_status import UpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCallForm")


@_attrs_define
class UpdateCallForm:
    """
    Attributes:
        url (str | Unset): Fetch new TwiML from here and run it now.
        twiml (str | Unset): Run this TwiML now, instead of fetching it from Url.
        method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        status (UpdateStatus | Unset): `completed` hangs up a call in any state; `canceled` ends it only while it is
            queued or ringing.
        fallback_url (str | Unset): Requested instead when fetching or running the TwiML at Url fails.
        fallback_method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        status_callback (str | Unset): Receives the call's progress events from now on.
        status_callback_method (HttpMethod | Unset): How a callback or TwiML URL is requested.
        time_limit (int | Unset): The longest the call may last from now, in seconds.
    """

    url: str | Unset = UNSET
    twiml: str | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    status: UpdateStatus | Unset = UNSET
    fallback_url: str | Unset = UNSET
    fallback_method: HttpMethod | Unset = UNSET
    status_callback: str | Unset = UNSET
    status_callback_method: HttpMethod | Unset = UNSET
    time_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        twiml = self.twiml

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        fallback_url = self.fallback_url

        fallback_method: str | Unset = UNSET
        if not isinstance(self.fallback_method, Unset):
            fallback_method = self.fallback_method.value

        status_callback = self.status_callback

        status_callback_method: str | Unset = UNSET
        if not isinstance(self.status_callback_method, Unset):
            status_callback_method = self.status_callback_method.value

        time_limit = self.time_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["Url"] = url
        if twiml is not UNSET:
            field_dict["Twiml"] = twiml
        if method is not UNSET:
            field_dict["Method"] = method
        if status is not UNSET:
            field_dict["Status"] = status
        if fallback_url is not UNSET:
            field_dict["FallbackUrl"] = fallback_url
        if fallback_method is not UNSET:
            field_dict["FallbackMethod"] = fallback_method
        if status_callback is not UNSET:
            field_dict["StatusCallback"] = status_callback
        if status_callback_method is not UNSET:
            field_dict["StatusCallbackMethod"] = status_callback_method
        if time_limit is not UNSET:
            field_dict["TimeLimit"] = time_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("Url", UNSET)

        twiml = d.pop("Twiml", UNSET)

        _method = d.pop("Method", UNSET)
        method: HttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = HttpMethod(_method)

        _status = d.pop("Status", UNSET)
        status: UpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateStatus(_status)

        fallback_url = d.pop("FallbackUrl", UNSET)

        _fallback_method = d.pop("FallbackMethod", UNSET)
        fallback_method: HttpMethod | Unset
        if isinstance(_fallback_method, Unset):
            fallback_method = UNSET
        else:
            fallback_method = HttpMethod(_fallback_method)

        status_callback = d.pop("StatusCallback", UNSET)

        _status_callback_method = d.pop("StatusCallbackMethod", UNSET)
        status_callback_method: HttpMethod | Unset
        if isinstance(_status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = HttpMethod(_status_callback_method)

        time_limit = d.pop("TimeLimit", UNSET)

        update_call_form = cls(
            url=url,
            twiml=twiml,
            method=method,
            status=status,
            fallback_url=fallback_url,
            fallback_method=fallback_method,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            time_limit=time_limit,
        )

        update_call_form.additional_properties = d
        return update_call_form

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
