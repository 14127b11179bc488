# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which documents and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "8b6d3dfc5495c6a6dc2756d4f597b856100cce59af185cde0edb566cfd7bb03e"
OVERLAY_PATHS = {'signalwire': 'openapi/signalwire.overlay.yaml'}
OVERLAY_SHA256 = {'signalwire': 'ad7646c819b3d57be09db83818422b64ead25bbd68717a2bf4f0c249cd1eba11'}
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
