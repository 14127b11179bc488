# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which document and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "182f2b7065fac64c266ff041c137c137f0b9bb7a2f630dee7144c0080ef38527"
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
