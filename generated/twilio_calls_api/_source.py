# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Which document and generator produced this package."""

SPEC_PATH = "openapi/calls.yaml"
SPEC_VERSION = "2010.4.1"
SPEC_SHA256 = "268d4402149e103dbe56d80e27e75b4be9667ef29aab6c77138d4e3b3f19bbaf"
GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.5"
