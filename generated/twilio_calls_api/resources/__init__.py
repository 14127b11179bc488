# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Every resource of the document as an attribute of the client (client.calls, ...).

A resource's module is imported when the attribute is first read, so importing the client costs nothing for
the resources an app never uses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..runtime import AsyncRunner, SyncRunner
    from .calls import AsyncCalls, Calls

RESOURCES: tuple[str, ...] = ("calls",)
"""The resources' attribute names, which are also the command line's commands (with - for _)."""


class SyncResources:
    """The resource attributes of CallsClient."""

    @cached_property
    def calls(self) -> Calls:
        """Calls: Outbound and inbound phone calls."""
        from .calls import Calls

        return Calls(cast("SyncRunner", self))


class AsyncResources:
    """The resource attributes of AsyncCallsClient."""

    @cached_property
    def calls(self) -> AsyncCalls:
        """Calls: Outbound and inbound phone calls."""
        from .calls import AsyncCalls

        return AsyncCalls(cast("AsyncRunner", self))
