# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which documents and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "6061f1163372382e23fa806dabe83388bd42136ca239faebecdc7238aeceee47"
OVERLAY_PATHS = {'signalwire': 'openapi/signalwire.overlay.yaml'}
OVERLAY_SHA256 = {'signalwire': '029c5f1910ef34da7dae11ced202778ed0274019d5fe67ce67ee9072c2d0c29d'}
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
