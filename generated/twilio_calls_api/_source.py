# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which document and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "fd186036cbda43d15390a66789f887b1a571c217923525c95a7e424b7ad66227"
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
