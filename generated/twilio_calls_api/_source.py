# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which document and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "180a1daad749fea25a837e48ecba680b3ee50a3c0879bd01ae1b265dc1490caf"
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
