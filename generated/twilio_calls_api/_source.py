# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which documents and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "41d4b065f8e32a6ac2e551c775e7a3f172b34755882cb2c595757cbd3f7fea08"
OVERLAY_PATHS = {'signalwire': 'openapi/signalwire.overlay.yaml'}
OVERLAY_SHA256 = {'signalwire': '21c30265f20f4fc4e637a475c1fc994369e1147c73de064a9484ffa692299938'}
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
