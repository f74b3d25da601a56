"""Shared fixtures: one sandbox server thread per test session, reset before each test.

Import them into a ``conftest.py`` (``from tests.sandbox.fixtures import sandbox, sandbox_server``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.sandbox import DEMO_CREDENTIALS, RunningSandbox, SandboxState, run_in_thread


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[RunningSandbox]:
    running = run_in_thread(SandboxState(live_after=0.0))
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def sandbox(sandbox_server: RunningSandbox) -> Iterator[RunningSandbox]:
    """The session's sandbox with an empty catalogue, no faults and instant go-live."""
    sandbox_server.state.reset()
    sandbox_server.state.live_after = 0.0
    yield sandbox_server
    sandbox_server.state.reset()


def demo_headers_for(base_url: str) -> dict[str, str]:
    """Helper for tests that sign by hand."""
    return {"x-partner-client-id": DEMO_CREDENTIALS.partner_client_id,
            "x-store-client-id": DEMO_CREDENTIALS.store_client_id,
            "x-store-token": DEMO_CREDENTIALS.store_token}
