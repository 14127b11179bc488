# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
"""Contains endpoint functions for accessing the API"""
