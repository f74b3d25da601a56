"""CLI tests: the real sandbox over HTTP, credentials through the TOCO_* environment."""

from __future__ import annotations

import pytest

from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from app.sandbox.state import DEMO_WAREHOUSES


@pytest.fixture
def store_env(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> RunningSandbox:
    monkeypatch.setenv("TOCO_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("TOCO_PARTNER_CLIENT_ID", DEMO_CREDENTIALS.partner_client_id)
    monkeypatch.setenv("TOCO_PARTNER_SECRET", DEMO_CREDENTIALS.partner_secret)
    monkeypatch.setenv("TOCO_STORE_CLIENT_ID", DEMO_CREDENTIALS.store_client_id)
    monkeypatch.setenv("TOCO_STORE_TOKEN", DEMO_CREDENTIALS.store_token)
    # The sheets of these tests give one plain stock per product: a store with one warehouse
    # takes it as it is. The demo store's two warehouses (a warning on every stock cell) have
    # their own tests (test_cli_store_data.py), which put the second one back.
    sandbox.state.warehouses[DEMO_CREDENTIALS.store_client_id] = [dict(DEMO_WAREHOUSES[0])]
    return sandbox


@pytest.fixture
def closed_port() -> str:
    """A loopback base URL where nothing listens: the store "offline"."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v1"
