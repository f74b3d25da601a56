"""Downloading the whole tree from the sandbox: every level, progress, cancel, failures."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from app.catalog.store_data import BrandBook, Entry
from app.partner import PartnerClient, RetryPolicy, ServerError, TransportError
from app.reference import FetchCancelled, count_types, fetch_tree, search_brands
from app.sandbox import RunningSandbox
from app.sandbox.reference_tree import sandbox_tree
from tests.reference.conftest import quick_client

KAOS = "0e882586-c506-4792-a831-02767a68dae2"
ATASAN = "0e882586-c506-4792-a831-02767a6844e2"
KAOS_OBLONG = Entry("d86db295-41c3-423d-a2c2-a59724f38316", "Kaos Oblong")


def test_the_whole_sandbox_tree_arrives_with_one_call_per_parent(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    steps: list[tuple[int, int]] = []
    moment = datetime(2026, 12, 1, 9, tzinfo=UTC)
    tree = fetch_tree(client, progress=lambda d, t: steps.append((d, t)), now=lambda: moment)
    served = sandbox_tree()
    subs = sum(len(v) for v in served.sub_categories.values())
    assert len(tree.categories) == len(served.categories) >= 15
    assert sum(len(v) for v in tree.sub_categories.values()) == subs >= 100
    assert count_types(tree) >= 500
    assert KAOS_OBLONG in tree.types[KAOS] and KAOS_OBLONG in tree.types[ATASAN]
    assert tree.fetched_at == moment
    calls = 1 + len(served.categories) + subs
    assert len(sandbox.state.store_data_requests) == calls
    assert steps[-1] == (calls, calls)
    assert all(d <= t for d, t in steps) and [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_cancel_stops_the_download_promptly_and_raises(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 5:
            stop.set()

    with pytest.raises(FetchCancelled) as caught:
        fetch_tree(client, progress=progress, cancel=stop.is_set, parallel=2)
    assert caught.value.done >= 5
    sent = len(sandbox.state.store_data_requests)
    assert sent < 20  # not the 140-odd calls of the whole tree


def test_a_failing_call_fails_the_download(sandbox: RunningSandbox) -> None:
    sandbox.state.set_faults(
        fault_store_data=True, server_error_count=50, faulted_method="GET", retry_after="0"
    )
    with quick_client(sandbox.base_url) as client, pytest.raises(ServerError):
        fetch_tree(client)


def test_offline_is_a_transport_error(closed_port_url: str) -> None:
    with quick_client(closed_port_url) as client, pytest.raises(TransportError):
        fetch_tree(client)


def test_brands_are_searched_once_per_distinct_name(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    book = search_brands(client, ["Uniqlo", " uniqlo ", "UNIQLO", "Tidak Ada Merek", ""])
    assert book.searched == {"uniqlo", "tidak ada merek"}
    assert Entry("addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea", "Uniqlo") in book.brands.values()
    assert len(sandbox.state.store_data_requests) == 2
    again = search_brands(client, ["Uniqlo", "Eiger"], book)
    assert len(sandbox.state.store_data_requests) == 3  # only Eiger was new
    assert "eiger" in again.searched and "eiger" not in book.searched  # the given book unchanged
    assert BrandBook() == search_brands(client, [], None)


def test_retries_apply_to_reference_calls(sandbox: RunningSandbox) -> None:
    sandbox.state.set_faults(fault_store_data=True, rate_limit_count=1, retry_after="0")
    with quick_client(sandbox.base_url) as client:
        client._retry = RetryPolicy(max_attempts=3, random=lambda: 0.5)
        assert client.categories()
    assert sandbox.state.requests_seen == 2
