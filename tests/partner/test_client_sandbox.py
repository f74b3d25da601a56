"""The client against the sandbox over real HTTP on 127.0.0.1, one test per path."""

from __future__ import annotations

import pytest

from app.partner import (
    AuthError,
    PartnerClient,
    RequestValidationError,
    StoreAccessError,
    TransportError,
)
from app.sandbox import MAX_BATCH, RunningSandbox
from tests.catalog.seed_rows import SEED_PAYLOAD
from tests.partner.conftest import SleepRecorder, demo_credentials
from tests.sandbox.fixtures import seed_products as products


def test_success_pending_then_live(client: PartnerClient, sandbox: RunningSandbox) -> None:
    sandbox.state.live_after = 60.0
    result = client.create_products(SEED_PAYLOAD["products"])
    assert result.request_id and result.batch_id and result.batch_id.startswith("pb_")
    assert result.dispatch is True and result.errors == []
    assert [(a.row_index, a.sku) for a in result.accepted] == [(0, "480166"), (1, "480167")]
    assert (result.summary.total, result.summary.failed, result.summary.pending) == (2, 0, 2)
    pending = client.get_product_by_sku("480166")
    assert pending is not None and pending.status == "pending" and pending.request_id
    sandbox.state.live_after = 0.0
    live = client.get_product_by_sku("480166")
    assert live is not None and live.status == "live" and live.id == pending.id
    assert live.external_id == "bace66be-47c4-4f72-868c-ad792da8b210"
    assert client.get_product_by_sku("no-such-sku") is None


def test_row_rejections_map_by_row_index(client: PartnerClient) -> None:
    batch = products("R0", "R1", "R2")
    batch[1]["price"] = -5
    batch[2]["stock"] = None  # and no warehouses
    result = client.create_products(batch)
    assert [(e.row_index, e.code, e.field, e.sku) for e in result.errors] == [
        (1, "VAL_001", "price", "R1"),
        (2, "VAL_001", "stock", "R2"),
    ]
    assert [a.row_index for a in result.accepted] == [0]
    assert result.summary.failed == 2


def test_prd_002_when_the_external_id_exists(client: PartnerClient) -> None:
    client.create_products(products("P1"))
    result = client.create_products(products("P1"))
    (error,) = result.errors
    assert (error.code, error.row_index, error.external_id, error.retryable) == (
        "PRD_002",
        0,
        "ext-P1",
        False,
    )
    assert error.message == "Product with this external ID already exists"


def test_prd_014_and_success_items(client: PartnerClient) -> None:
    client.create_products(products("D1"))
    found = client.get_product_by_sku("D1")
    assert found is not None and found.id
    result = client.delete_products(["946b3ffa-5f9e-412e-acf4-eea306736e63", found.id])
    assert [(i.id, i.external_id) for i in result.success_items] == [(found.id, "ext-D1")]
    assert [(e.code, e.row_index, e.id) for e in result.errors] == [
        ("PRD_014", 0, "946b3ffa-5f9e-412e-acf4-eea306736e63")
    ]
    assert result.request_id and client.get_product_by_sku("D1") is None


def test_empty_deletion_is_a_validation_error(client: PartnerClient) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.delete_products([])
    assert caught.value.field_errors == {"externalIds": "At least one external ID is required"}
    assert caught.value.request_id


def test_auth_003_learns_the_offset_and_keeps_it(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    sandbox.state.set_faults(clock_skew_ms=3_600_000)  # the server is an hour ahead
    seen_before = sandbox.state.requests_seen
    result = client.create_products(products("S1"))
    assert result.accepted and sandbox.state.requests_seen - seen_before == 2
    assert abs(client.clock_offset_ms - 3_600_000) < 5_000
    assert client.get_product_by_sku("S1") is not None  # no AUTH_003 any more
    assert sandbox.state.requests_seen - seen_before == 3


def test_auth_003_twice_is_an_auth_error(
    client: PartnerClient, sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox.state.set_faults(clock_skew_ms=3_600_000)
    monkeypatch.setattr(client, "_learn_offset", lambda error: True)  # learns nothing useful
    with pytest.raises(AuthError) as caught:
        client.create_products(products("S2"))
    assert caught.value.code == "AUTH_003"
    assert set(caught.value.context) == {"providedTimestamp", "currentTime", "ageSeconds"}


def test_auth_014_unknown_token(sandbox: RunningSandbox, sleeps: SleepRecorder) -> None:
    credentials = demo_credentials(sandbox.base_url)
    wrong = type(credentials)(
        credentials.base_url,
        credentials.partner_client_id,
        credentials.partner_secret,
        credentials.store_client_id,
        "stkn_revoked_token",
    )
    with PartnerClient(wrong, sleep=sleeps) as client, pytest.raises(StoreAccessError) as caught:
        client.create_products(products("T1"))
    assert caught.value.code == "AUTH_014" and caught.value.http_status == 403
    assert caught.value.context == {"storeClientId": credentials.store_client_id}
    assert caught.value.hint == "Store not found, access blocked, or invalid token"
    assert sleeps.delays == []


def test_bad_signature(sandbox: RunningSandbox, sleeps: SleepRecorder) -> None:
    credentials = demo_credentials(sandbox.base_url)
    wrong = type(credentials)(
        credentials.base_url,
        credentials.partner_client_id,
        "not-the-partner-secret",
        credentials.store_client_id,
        credentials.store_token,
    )
    with PartnerClient(wrong, sleep=sleeps) as client, pytest.raises(AuthError) as caught:
        client.get_product_by_sku("480166")
    assert caught.value.code == "SANDBOX_AUTH_BAD_SIGNATURE" and caught.value.http_status == 401
    assert sleeps.delays == []


def test_429_then_success(
    client: PartnerClient, sandbox: RunningSandbox, sleeps: SleepRecorder
) -> None:
    sandbox.state.set_faults(rate_limit_count=2, retry_after="3")
    result = client.create_products(products("Q1"))
    assert result.accepted and sleeps.delays == [3.0, 3.0]
    assert len(sandbox.state.products()) == 1


def test_503_then_success(
    client: PartnerClient, sandbox: RunningSandbox, sleeps: SleepRecorder
) -> None:
    sandbox.state.set_faults(server_error_count=2, server_error_status=503, retry_after=None)
    result = client.delete_products(["946b3ffa-5f9e-412e-acf4-eea306736e63"])
    assert result.errors[0].code == "PRD_014" and sleeps.delays == [0.375, 0.75]


def test_dropped_connection_is_ambiguous_and_creates_once(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    sandbox.state.set_faults(drop_count=1)
    with pytest.raises(TransportError) as caught:
        client.create_products(products("Z1"))
    assert caught.value.ambiguous is True and caught.value.code == "CONNECTION_LOST"
    assert "the request may or may not have been processed" in str(caught.value)
    assert [p.sku for p in sandbox.state.products()] == ["Z1"]  # it was processed, once
    # what the jobs layer does: look by SKU before sending again
    assert client.get_product_by_sku("Z1") is not None
    again = client.create_products(products("Z1"))
    assert [e.code for e in again.errors] == ["PRD_002"]
    assert len(sandbox.state.products()) == 1


def test_dropped_connection_of_a_lookup_is_retried(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    client.create_products(products("Z2"))
    sandbox.state.set_faults(drop_count=1)
    assert client.get_product_by_sku("Z2") is not None


def test_batch_limit(client: PartnerClient, sandbox: RunningSandbox) -> None:
    skus = [f"L{n}" for n in range(MAX_BATCH + 1)]
    with pytest.raises(RequestValidationError) as caught:
        client.create_products(products(*skus))
    assert "products" in caught.value.field_errors
    assert sandbox.state.products() == []
    assert len(client.create_products(products(*skus[:MAX_BATCH])).accepted) == MAX_BATCH


def test_odd_skus_round_trip(client: PartnerClient) -> None:
    for sku in ("007", "AB/12 x+y", "kaos-merah#1", "résumé?"):
        client.create_products(products(sku))
        found = client.get_product_by_sku(sku)
        assert found is not None and found.sku == sku
