"""CLI tests: the real sandbox over HTTP, credentials through the TOCO_* environment."""

from __future__ import annotations

import pytest

from app.sandbox import DEMO_CREDENTIALS, RunningSandbox


@pytest.fixture
def store_env(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> RunningSandbox:
    monkeypatch.setenv("TOCO_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("TOCO_PARTNER_CLIENT_ID", DEMO_CREDENTIALS.partner_client_id)
    monkeypatch.setenv("TOCO_PARTNER_SECRET", DEMO_CREDENTIALS.partner_secret)
    monkeypatch.setenv("TOCO_STORE_CLIENT_ID", DEMO_CREDENTIALS.store_client_id)
    monkeypatch.setenv("TOCO_STORE_TOKEN", DEMO_CREDENTIALS.store_token)
    return sandbox
