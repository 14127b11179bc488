# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification import Notification


T = TypeVar("T", bound="NotificationPage")


@_attrs_define
class NotificationPage:
    """One page of a call's notifications.

    Attributes:
        notifications (list[Notification]):
        page (int | None | Unset): This page's zero-based number.
        page_size (int | None | Unset): How many notifications a page holds.
        start (int | None | Unset): Position of the first notification on this page.
        end (int | None | Unset): Position of the last notification on this page.
        uri (None | str | Unset): This page's URI.
        first_page_uri (None | str | Unset): The first page's URI.
        next_page_uri (None | str | Unset): The next page's URI; null on the last page.
        previous_page_uri (None | str | Unset): The previous page's URI; null on the first.
    """

    notifications: list[Notification]
    page: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    uri: None | str | Unset = UNSET
    first_page_uri: None | str | Unset = UNSET
    next_page_uri: None | str | Unset = UNSET
    previous_page_uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notifications = []
        for notifications_item_data in self.notifications:
            notifications_item = notifications_item_data.to_dict()
            notifications.append(notifications_item)

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        first_page_uri: None | str | Unset
        if isinstance(self.first_page_uri, Unset):
            first_page_uri = UNSET
        else:
            first_page_uri = self.first_page_uri

        next_page_uri: None | str | Unset
        if isinstance(self.next_page_uri, Unset):
            next_page_uri = UNSET
        else:
            next_page_uri = self.next_page_uri

        previous_page_uri: None | str | Unset
        if isinstance(self.previous_page_uri, Unset):
            previous_page_uri = UNSET
        else:
            previous_page_uri = self.previous_page_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notifications": notifications,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if uri is not UNSET:
            field_dict["uri"] = uri
        if first_page_uri is not UNSET:
            field_dict["first_page_uri"] = first_page_uri
        if next_page_uri is not UNSET:
            field_dict["next_page_uri"] = next_page_uri
        if previous_page_uri is not UNSET:
            field_dict["previous_page_uri"] = previous_page_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification import Notification  # noqa: PLC0415

        d = dict(src_dict)
        notifications = []
        _notifications = d.pop("notifications")
        for notifications_item_data in _notifications:
            notifications_item = Notification.from_dict(notifications_item_data)

            notifications.append(notifications_item)

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_size = _parse_page_size(d.pop("page_size", UNSET))

        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))

        def _parse_first_page_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_page_uri = _parse_first_page_uri(d.pop("first_page_uri", UNSET))

        def _parse_next_page_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_uri = _parse_next_page_uri(d.pop("next_page_uri", UNSET))

        def _parse_previous_page_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_page_uri = _parse_previous_page_uri(d.pop("previous_page_uri", UNSET))

        notification_page = cls(
            notifications=notifications,
            page=page,
            page_size=page_size,
            start=start,
            end=end,
            uri=uri,
            first_page_uri=first_page_uri,
            next_page_uri=next_page_uri,
            previous_page_uri=previous_page_uri,
        )

        notification_page.additional_properties = d
        return notification_page

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
