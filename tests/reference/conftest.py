"""Fixtures of the store-data tests: a client of the session's sandbox, and a closed port."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from app.partner import Credentials, PartnerClient, RetryPolicy
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox


def demo_credentials(base_url: str) -> Credentials:
    d = DEMO_CREDENTIALS
    return Credentials(
        base_url, d.partner_client_id, d.partner_secret, d.store_client_id, d.store_token
    )


def quick_client(base_url: str) -> PartnerClient:
    """A client that does not wait between its retries (tests only count them)."""
    return PartnerClient(
        demo_credentials(base_url),
        retry=RetryPolicy(max_attempts=2, random=lambda: 0.5),
        sleep=lambda seconds: None,
    )


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[PartnerClient]:
    partner = quick_client(sandbox.base_url)
    with partner:
        yield partner


@pytest.fixture
def closed_port_url() -> str:
    """A loopback address where nothing listens: the store "offline"."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v1"
