# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""A client library for accessing Twilio-compatible Calls API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
