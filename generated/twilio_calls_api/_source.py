# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which documents and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "0d8af55f6f51f0e319a411265649ab7bea0e5029f604deacea6aa0a77918ba01"
OVERLAY_PATHS = {'signalwire': 'openapi/signalwire.overlay.yaml'}
OVERLAY_SHA256 = {'signalwire': 'eb3f113d60284a5f44de35fddf709245ff585d1542391e713616c0fd21301457'}
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
