from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.partner import Credentials, PartnerClient, RetryPolicy
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox


def demo_credentials(base_url: str) -> Credentials:
    d = DEMO_CREDENTIALS
    return Credentials(
        base_url, d.partner_client_id, d.partner_secret, d.store_client_id, d.store_token
    )


class SleepRecorder:
    """An injected ``sleep``: records the delays, never waits; ``monotonic`` is a clock that
    only these sleeps move."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    def monotonic(self) -> float:
        return sum(self.delays)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def client(sandbox: RunningSandbox, sleeps: SleepRecorder) -> Iterator[PartnerClient]:
    """A client of the session's sandbox over real HTTP on 127.0.0.1."""
    http = httpx.Client(timeout=10.0)
    partner = PartnerClient(
        demo_credentials(sandbox.base_url),
        http=http,
        retry=RetryPolicy(random=lambda: 0.5),
        sleep=sleeps,
        monotonic=sleeps.monotonic,
    )
    try:
        yield partner
    finally:
        http.close()
