# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which documents and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "69c8af90b28ca99d25bf79e698e167668c2254fe8c694945c6b0402d4f22c8e8"
OVERLAY_PATHS = {'signalwire': 'openapi/signalwire.overlay.yaml'}
OVERLAY_SHA256 = {'signalwire': 'd6a5ad8dce8599f84b3a7d8711a43bf2d77009ec569b0aeb21f6e0027a751f46'}
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
