# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Contains methods for accessing the API"""
