"""The sandbox fixtures come from ``tests/sandbox/fixtures.py`` (see ``tests/conftest.py``)."""
