# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_request import EventRequest
    from ..models.event_response import EventResponse


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """One request the platform made for a call, with the answer it got. Events have no SID. Both parts hold personal data
    (Twilio deletes them after 30 days).

        Attributes:
            request (EventRequest | None | Unset): The request as sent.
            response (EventResponse | None | Unset): The answer as received.
    """

    request: EventRequest | None | Unset = UNSET
    response: EventResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_request import EventRequest  # noqa: PLC0415
        from ..models.event_response import EventResponse  # noqa: PLC0415

        request: dict[str, Any] | None | Unset
        if isinstance(self.request, Unset):
            request = UNSET
        elif isinstance(self.request, EventRequest):
            request = self.request.to_dict()
        else:
            request = self.request

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, EventResponse):
            response = self.response.to_dict()
        else:
            response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_request import EventRequest  # noqa: PLC0415
        from ..models.event_response import EventResponse  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_request(data: object) -> EventRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_type_0 = EventRequest.from_dict(data)

                return request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventRequest | None | Unset, data)

        request = _parse_request(d.pop("request", UNSET))

        def _parse_response(data: object) -> EventResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = EventResponse.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventResponse | None | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        event = cls(
            request=request,
            response=response,
        )

        event.additional_properties = d
        return event

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
