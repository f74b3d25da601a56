"""Fixtures for job tests: the real sandbox over HTTP on 127.0.0.1 and a signed client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.partner import Credentials, PartnerClient, RetryPolicy
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox

FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, total_time=5.0)


def demo_credentials(base_url: str, **changes: str) -> Credentials:
    values = {
        "base_url": base_url,
        "partner_client_id": DEMO_CREDENTIALS.partner_client_id,
        "partner_secret": DEMO_CREDENTIALS.partner_secret,
        "store_client_id": DEMO_CREDENTIALS.store_client_id,
        "store_token": DEMO_CREDENTIALS.store_token,
        **changes,
    }
    return Credentials(**values)


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[PartnerClient]:
    with PartnerClient(demo_credentials(sandbox.base_url), retry=FAST_RETRY) as c:
        yield c
