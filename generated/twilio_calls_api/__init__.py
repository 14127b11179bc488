# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""A client library for accessing Twilio-compatible Calls API"""

# The client classes load on first use (PEP 562): importing the package for its data (surface.py) then costs
# no attrs import, so `import twilio_calls` and a CLI's --help stay fast.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
