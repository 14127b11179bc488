# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""What the generated resource classes need from the client that runs them (twilio_calls implements it).

The resource classes (resources/) only name an operation and pass its arguments on: checking, sending,
retrying and reading the answer are the runner's, so one runner serves every operation of the document.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    import httpx

    Timeout = float | httpx.Timeout | None

T = TypeVar("T")


class NotGiven:
    """The type of NOT_GIVEN: "argument not passed", where None means something (request_timeout=None: no limit).

    `request_timeout=NOT_GIVEN` (the default) uses the client's timeout.
    """

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"  # pickles as the module attribute: stays the one instance


NOT_GIVEN: Final = NotGiven()


class Page(Generic[T]):
    """One page of a listing: its `items`, and where the next page is (None on the last page).

    Pass `next_page_token` back to the same list_page() call, with the same filters, for the next page.
    """

    __slots__ = ("items", "next_page_token", "next_page_uri")

    def __init__(self, items: list[T], next_page_uri: str | None, next_page_token: str | None) -> None:
        self.items = items
        self.next_page_uri = next_page_uri
        self.next_page_token = next_page_token

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Page({len(self.items)} items, next_page_token={self.next_page_token!r})"


class SyncRunner(Protocol):
    """Runs one operation of the document for a blocking client."""

    def _run_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        params: Mapping[str, object],
        timeout: Timeout | NotGiven,
        fixed: Mapping[str, object] | None = None,
    ) -> Any: ...

    def _iterate_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        filters: Mapping[str, object],
        limit: int | None,
        timeout: Timeout | NotGiven,
    ) -> Iterator[Any]: ...

    def _page_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        page_token: str | None,
        page_url: str | None,
        filters: Mapping[str, object],
        timeout: Timeout | NotGiven,
    ) -> Page[Any]: ...


class AsyncRunner(Protocol):
    """Runs one operation of the document for an asyncio client."""

    async def _run_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        params: Mapping[str, object],
        timeout: Timeout | NotGiven,
        fixed: Mapping[str, object] | None = None,
    ) -> Any: ...

    def _iterate_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        filters: Mapping[str, object],
        limit: int | None,
        timeout: Timeout | NotGiven,
    ) -> AsyncIterator[Any]: ...

    async def _page_operation(
        self,
        operation_id: str,
        path: tuple[str, ...],
        page_token: str | None,
        page_url: str | None,
        filters: Mapping[str, object],
        timeout: Timeout | NotGiven,
    ) -> Page[Any]: ...
