"""The sandbox over real HTTP on 127.0.0.1, signed by hand: envelopes, endpoints, fault knobs."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from app.partner.signing import sign, string_to_sign
from app.sandbox import DEMO_CREDENTIALS, MAX_BATCH, RowRejection, RunningSandbox
from tests.catalog.seed_rows import SEED_PAYLOAD
from tests.sandbox.fixtures import seed_products as products

D = DEMO_CREDENTIALS
BULK = "/partner/stores/products/bulk"
DELETIONS = "/partner/stores/products/deletions"
SUCCESS_KEYS = {"success", "message", "requestId", "meta", "data"}
FAILURE_KEYS = {"success", "error", "requestId"}


def call(
    sandbox: RunningSandbox,
    method: str,
    path: str,
    payload: Any = None,
    timestamp: int | None = None,
    token: str = D.store_token,
    timeout: float = 10,
    **header_changes: str,
) -> httpx.Response:
    body = b"" if payload is None else json.dumps(payload).encode()
    stamp = str(timestamp if timestamp is not None else int(time.time() * 1000))
    message = string_to_sign(
        method,
        path,
        partner_client_id=D.partner_client_id,
        timestamp=stamp,
        body=body,
        store_client_id=D.store_client_id,
        store_token=token,
    )
    headers = {
        "x-partner-client-id": D.partner_client_id,
        "x-store-client-id": D.store_client_id,
        "x-store-token": token,
        "x-timestamp": stamp,
        "x-signature": sign(D.partner_secret, message),
        "content-type": "application/json",
    }
    headers.update(header_changes)
    with httpx.Client(timeout=timeout) as http:
        return http.request(method, sandbox.base_url + path, content=body, headers=headers)


def test_bulk_create_envelope_and_pending_then_live(sandbox: RunningSandbox) -> None:
    sandbox.state.live_after = 60.0
    answer = call(sandbox, "POST", BULK, {"products": SEED_PAYLOAD["products"]})
    body = answer.json()
    assert answer.status_code == 200 and set(body) == SUCCESS_KEYS
    assert body["success"] is True and body["message"] == "Products processed"
    assert set(body["meta"]) == {"timestamp", "durationMs", "dispatch"}
    assert body["meta"]["dispatch"] is True and body["meta"]["timestamp"].endswith("Z")
    data = body["data"]
    assert data["batchId"].startswith("pb_")
    assert data["summary"] == {"total": 2, "failed": 0, "pending": 2}
    assert data["acceptedRows"] == [
        {"rowIndex": 0, "externalId": "bace66be-47c4-4f72-868c-ad792da8b210", "sku": "480166"},
        {"rowIndex": 1, "externalId": "52a3bcfb-62ea-4711-a4c1-b6847a981256", "sku": "480167"},
    ]
    pending = call(sandbox, "GET", "/partner/stores/products/sku/480166").json()["data"]
    assert pending["status"] == "pending" and pending["externalId"].startswith("bace66be")
    sandbox.state.live_after = 0.0
    live = call(sandbox, "GET", "/partner/stores/products/sku/480166").json()
    assert set(live) == SUCCESS_KEYS and live["meta"]["dispatch"] is False
    assert live["data"]["status"] == "live" and live["data"]["id"] == pending["id"]
    assert len(pending["id"]) == 36 and pending["name"] == "Ai Yazawa Short Sleeve UTX"


def test_row_errors_carry_row_index_and_field(sandbox: RunningSandbox) -> None:
    batch = products("A1", "A2", "A3")
    batch[0]["price"] = 0
    batch[2]["photos"] = []
    data = call(sandbox, "POST", BULK, {"products": batch}).json()["data"]
    assert data["summary"] == {"total": 3, "failed": 2, "pending": 1}
    assert [(e["rowIndex"], e["code"], e["details"]["field"]) for e in data["errors"]] == [
        (0, "VAL_001", "price"),
        (2, "VAL_001", "photos"),
    ]
    assert data["errors"][0]["externalId"] == "ext-A1" and data["errors"][0]["sku"] == "A1"
    assert [r["rowIndex"] for r in data["acceptedRows"]] == [1]


def test_existing_external_id_is_prd_002_in_the_seed_shape(sandbox: RunningSandbox) -> None:
    call(sandbox, "POST", BULK, {"products": products("B1")})
    again = products("B1", "B2")
    again[1]["externalId"] = "ext-B1"  # also a duplicate inside the request
    data = call(sandbox, "POST", BULK, {"products": again}).json()["data"]
    first, second = data["errors"]
    assert first == {
        "code": "PRD_002",
        "message": "Product with this external ID already exists",
        "rowIndex": 0,
        "externalId": "ext-B1",
        "sku": "B1",
        "details": {"retryable": False},
    }
    assert (second["rowIndex"], second["details"]["field"]) == (1, "externalId")
    assert len(sandbox.state.products()) == 1


def test_sku_of_another_product_is_rejected_when_the_knob_polices_skus(
    sandbox: RunningSandbox,
) -> None:
    sandbox.state.set_faults(police_skus=True)
    call(sandbox, "POST", BULK, {"products": products("C1")})
    other = products("C1")
    other[0]["externalId"] = "ext-other"
    error = call(sandbox, "POST", BULK, {"products": other}).json()["data"]["errors"][0]
    assert (error["code"], error["details"]["field"]) == ("SANDBOX_SKU_EXISTS", "sku")


def test_deletions_like_the_seed(sandbox: RunningSandbox) -> None:
    call(sandbox, "POST", BULK, {"products": products("D1")})
    product_id = sandbox.state.by_sku("D1").id  # type: ignore[union-attr]
    missing = "946b3ffa-5f9e-412e-acf4-eea306736e63"
    body = call(sandbox, "POST", DELETIONS, {"ids": [missing, product_id]}).json()
    assert set(body) == SUCCESS_KEYS and body["message"] == "Products deleted successfully"
    assert body["meta"]["dispatch"] is False
    assert body["data"] == {
        "summary": {"total": 2, "succeeded": 1, "failed": 1},
        "successItems": [{"id": product_id, "externalId": "ext-D1"}],
        "errors": [
            {"code": "PRD_014", "message": "Product ID not found", "rowIndex": 0, "id": missing}
        ],
    }
    assert call(sandbox, "GET", "/partner/stores/products/sku/D1").status_code == 404


def test_empty_deletion_is_the_seeds_val_001(sandbox: RunningSandbox) -> None:
    answer = call(sandbox, "POST", DELETIONS, {"ids": []})
    body = answer.json()
    assert answer.status_code == 400 and set(body) == FAILURE_KEYS
    assert body["error"]["code"] == "VAL_001" and body["error"]["message"] == "Validation failed"
    assert body["error"]["details"]["hint"] == "Please check your request data and try again"
    assert body["error"]["details"]["context"] == {
        "validationErrors": {"externalIds": "At least one external ID is required"}
    }


def test_batch_limit(sandbox: RunningSandbox) -> None:
    skus = [f"L{n}" for n in range(MAX_BATCH + 1)]
    body = call(sandbox, "POST", BULK, {"products": products(*skus)}).json()
    assert body["error"]["code"] == "VAL_001"
    assert "products" in body["error"]["details"]["context"]["validationErrors"]
    assert sandbox.state.products() == []
    ok = call(sandbox, "POST", BULK, {"products": products(*skus[:MAX_BATCH])}).json()
    assert ok["data"]["summary"]["pending"] == MAX_BATCH


def test_auth_failures_over_http(sandbox: RunningSandbox) -> None:
    stale = call(sandbox, "POST", BULK, {"products": []}, timestamp=1_000)
    assert stale.status_code == 401 and set(stale.json()) == FAILURE_KEYS
    assert set(stale.json()["error"]["details"]["context"]) == {
        "providedTimestamp",
        "currentTime",
        "ageSeconds",
    }
    forged_headers: dict[str, Any] = {"x-signature": "sha256=00"}
    forged = call(sandbox, "POST", BULK, {"products": []}, **forged_headers)
    assert forged.json()["error"]["code"] == "SANDBOX_AUTH_BAD_SIGNATURE"
    blocked = call(sandbox, "POST", BULK, {"products": []}, token="stkn_revoked")
    assert blocked.status_code == 403 and blocked.json()["error"] == {
        "code": "AUTH_014",
        "message": "Access forbidden",
        "details": {
            "timestamp": blocked.json()["error"]["details"]["timestamp"],
            "hint": "Store not found, access blocked, or invalid token",
            "context": {"storeClientId": D.store_client_id},
        },
    }


def test_sku_is_matched_as_sent_url_encoded(sandbox: RunningSandbox) -> None:
    odd = products("AB/12 x+y")
    call(sandbox, "POST", BULK, {"products": odd})
    answer = call(sandbox, "GET", "/partner/stores/products/sku/" + quote("AB/12 x+y", safe=""))
    assert answer.json()["data"]["sku"] == "AB/12 x+y"


def test_rate_limit_and_server_error_knobs(sandbox: RunningSandbox) -> None:
    sandbox.state.set_faults(rate_limit_count=1, retry_after="7", server_error_count=1)
    first = call(sandbox, "POST", BULK, {"products": products("R1")})
    assert first.status_code == 429 and first.headers["retry-after"] == "7"
    assert first.json()["error"]["code"] == "SANDBOX_RATE_LIMITED"
    second = call(sandbox, "POST", BULK, {"products": products("R1")})
    assert second.status_code == 503 and set(second.json()) == FAILURE_KEYS
    assert call(sandbox, "POST", BULK, {"products": products("R1")}).status_code == 200
    assert len(sandbox.state.products()) == 1


def test_drop_knob_processes_then_closes_without_answering(sandbox: RunningSandbox) -> None:
    sandbox.state.set_faults(drop_count=1)
    with pytest.raises(httpx.RemoteProtocolError):
        call(sandbox, "POST", BULK, {"products": products("X1")})
    assert [p.sku for p in sandbox.state.products()] == ["X1"]
    assert call(sandbox, "GET", "/partner/stores/products/sku/X1").status_code == 200


def test_latency_knob(sandbox: RunningSandbox) -> None:
    sandbox.state.set_faults(latency=0.3)
    started = time.monotonic()
    call(sandbox, "GET", "/partner/stores/products/sku/none")
    assert time.monotonic() - started >= 0.3


def test_reject_knobs_use_the_given_code_and_field(sandbox: RunningSandbox) -> None:
    sandbox.state.set_faults(
        reject_external_ids={"ext-J1": RowRejection("PRD_777", "name", "Name not allowed")},
        reject_skus={"J2": RowRejection("PRD_888", "price", "Price out of range", True)},
    )
    errors = call(sandbox, "POST", BULK, {"products": products("J1", "J2", "J3")}).json()["data"][
        "errors"
    ]
    assert [(e["rowIndex"], e["code"], e["message"], e["details"]) for e in errors] == [
        (0, "PRD_777", "Name not allowed", {"retryable": False, "field": "name"}),
        (1, "PRD_888", "Price out of range", {"retryable": True, "field": "price"}),
    ]


def test_admin_endpoint_sets_faults_when_standalone(sandbox: RunningSandbox) -> None:
    admin = sandbox.base_url.removesuffix("/api/v1") + "/__sandbox/faults"
    with httpx.Client() as http:
        set_to = http.post(
            admin,
            json={
                "server_error_count": 1,
                "server_error_status": 500,
                "reject_skus": {"K1": {"code": "PRD_1", "field": "sku"}},
            },
        )
        assert set_to.json()["server_error_count"] == 1
        assert http.get(admin).json()["reject_skus"]["K1"]["code"] == "PRD_1"
    assert call(sandbox, "GET", "/partner/stores/products/sku/K1").status_code == 500
    error = call(sandbox, "POST", BULK, {"products": products("K1")}).json()["data"]["errors"][0]
    assert (error["code"], error["details"]["field"]) == ("PRD_1", "sku")


def test_unknown_route_is_an_envelope(sandbox: RunningSandbox) -> None:
    with httpx.Client() as http:
        answer = http.get(sandbox.base_url + "/partner/nothing")
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "SANDBOX_NOT_FOUND"
