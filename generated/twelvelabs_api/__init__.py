"""Generated from openapi/twelvelabs-v1.3.yaml: `models` (openapi-python-client) and `facade` (tools/facade.py)."""
