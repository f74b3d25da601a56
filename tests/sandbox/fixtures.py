"""Shared fixtures: one sandbox server thread per test session, reset before each test.

A plugin registered by ``tests/conftest.py`` (``pytest_plugins``), so every folder uses the same
server: do not import the fixtures into another ``conftest.py`` (that would start another one).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from app.sandbox import RunningSandbox, SandboxState, run_in_thread
from tests.catalog.seed_rows import SEED_PAYLOAD


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


def seed_products(*skus: str) -> list[dict[str, Any]]:
    """The seed's two example products, alternately, with these SKUs and externalIds ext-<sku>."""
    out = []
    for n, sku in enumerate(skus):
        product = copy.deepcopy(SEED_PAYLOAD["products"][n % 2])
        product.update(externalId=f"ext-{sku}", sku=sku)
        out.append(product)
    return out
