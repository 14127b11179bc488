# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which documents and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "5fcf473f5fb251392a5c32530ecb39a8ffb1e6c2d5ccba1817d1a9388d0d7811"
OVERLAY_PATHS = {'signalwire': 'openapi/signalwire.overlay.yaml'}
OVERLAY_SHA256 = {'signalwire': '1ee5ad21e91cfdbc726fd7a8f5539d32a54625a7b8b57d02ad969dadec160f5c'}
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
