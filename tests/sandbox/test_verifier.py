"""The sandbox's own verifier: API.md's golden vectors, the 300 s window, the seeds' shapes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.sandbox import DEMO_CREDENTIALS, SandboxState
from app.sandbox.envelope import ApiFailure
from app.sandbox.verifier import canonical_request, expected_signature, verify_store_request

D = DEMO_CREDENTIALS
GOLDEN_TIMESTAMP = "1758100350458"
GOLDEN_BODY = b'{"ids":["946b3ffa-5f9e-412e-acf4-eea306736e63"]}'
GOLDEN_POST = "sha256=1102570ad750f16adcc326860b8a9317704d49da281c44a6d98b08fadd7981f9"
GOLDEN_GET = "sha256=01267008c722a88d72e4135bb8f241e798b397fe9c9c19e96d115512bbd0d85d"


def golden_headers(signature: str, **changes: str) -> dict[str, str]:
    headers = {
        "x-partner-client-id": D.partner_client_id,
        "x-store-client-id": D.store_client_id,
        "x-store-token": D.store_token,
        "x-timestamp": GOLDEN_TIMESTAMP,
        "x-signature": signature,
    }
    headers.update(changes)
    return headers


def state_at(epoch_ms: int) -> SandboxState:
    return SandboxState(clock=lambda: epoch_ms / 1000)


def test_golden_vectors() -> None:
    post = canonical_request(
        "POST", "/partner/stores/products/deletions", golden_headers(""), GOLDEN_BODY
    )
    assert post.endswith("6dd176f7e1c498840ba2c66e35269998c3e8765ba0482f44c4a4d352b645275c")
    assert expected_signature(D.partner_secret, post) == GOLDEN_POST
    get = canonical_request("GET", "/partner/stores/products/sku/480166", golden_headers(""), b"")
    assert expected_signature(D.partner_secret, get) == GOLDEN_GET


@pytest.mark.parametrize(
    ("method", "path", "body", "signature"),
    [
        ("POST", "/api/v1/partner/stores/products/deletions", GOLDEN_BODY, GOLDEN_POST),
        ("GET", "/api/v1/partner/stores/products/sku/480166", b"", GOLDEN_GET),
    ],
)
def test_golden_requests_pass(method: str, path: str, body: bytes, signature: str) -> None:
    verify_store_request(
        state_at(int(GOLDEN_TIMESTAMP) + 1000), method, path, "", golden_headers(signature), body
    )


def failure_of(
    state: SandboxState,
    headers: dict[str, str],
    body: bytes = GOLDEN_BODY,
    path: str = "/api/v1/partner/stores/products/deletions",
) -> ApiFailure:
    with pytest.raises(ApiFailure) as caught:
        verify_store_request(state, "POST", path, "", headers, body)
    return caught.value


def test_missing_header_is_a_sandbox_only_401() -> None:
    headers = golden_headers(GOLDEN_POST)
    del headers["x-store-token"]
    failure = failure_of(state_at(int(GOLDEN_TIMESTAMP)), headers)
    assert (failure.status, failure.code) == (401, "SANDBOX_AUTH_MISSING_HEADER")
    assert failure.context == {"missingHeaders": ["x-store-token"]}


@pytest.mark.parametrize(
    "change",
    [
        {"body": b'{"ids":[]}'},
        {"path": "/api/v1/partner/stores/products/bulk"},
        {"signature": GOLDEN_POST.removeprefix("sha256=")},  # bare hex is not the default reading
    ],
)
def test_bad_signature_is_a_sandbox_only_401(change: dict[str, object]) -> None:
    headers = golden_headers(str(change.get("signature", GOLDEN_POST)))
    failure = failure_of(
        state_at(int(GOLDEN_TIMESTAMP)),
        headers,
        body=change.get("body", GOLDEN_BODY),  # type: ignore[arg-type]
        path=str(change.get("path", "/api/v1/partner/stores/products/deletions")),
    )
    assert (failure.status, failure.code) == (401, "SANDBOX_AUTH_BAD_SIGNATURE")


def test_stale_timestamp_gives_the_seeds_auth_003() -> None:
    # the numbers of the seed's own AUTH_003 example
    state = state_at(1755984288112)
    failure = failure_of(state, golden_headers(GOLDEN_POST, **{"x-timestamp": "1755983140094"}))
    assert failure.code == "AUTH_003"
    assert failure.message == "Expired or invalid timestamp"
    assert failure.hint == "Request timestamp must be within 300 seconds"
    assert failure.context == {
        "providedTimestamp": 1755983140094,
        "currentTime": 1755984288112,
        "ageSeconds": 1148,
    }


@pytest.mark.parametrize("stamp", ["\u00b9\u00b2\u00b3", "-5", "12a", "\u0661\u0662"])
def test_a_timestamp_that_is_not_ascii_digits_is_auth_003(stamp: str) -> None:
    """Header values arrive as latin-1: ``²`` passes str.isdigit() but int() refuses it."""
    failure = failure_of(
        state_at(int(GOLDEN_TIMESTAMP)), golden_headers(GOLDEN_POST, **{"x-timestamp": stamp})
    )
    assert failure.code == "AUTH_003" and failure.context["providedTimestamp"] == stamp


def test_window_is_300_seconds_both_ways() -> None:
    stamp = int(GOLDEN_TIMESTAMP)
    for now in (stamp + 300_000, stamp - 300_000):
        verify_store_request(
            state_at(now),
            "POST",
            "/api/v1/partner/stores/products/deletions",
            "",
            golden_headers(GOLDEN_POST),
            GOLDEN_BODY,
        )
    for now in (stamp + 300_001, stamp - 300_001):
        assert failure_of(state_at(now), golden_headers(GOLDEN_POST)).code == "AUTH_003"


def test_clock_skew_knob_moves_the_server_clock() -> None:
    state = state_at(int(GOLDEN_TIMESTAMP))
    state.set_faults(clock_skew_ms=600_000)
    assert failure_of(state, golden_headers(GOLDEN_POST)).context["ageSeconds"] == 600


@pytest.mark.parametrize("header", ["x-store-client-id", "x-store-token"])
def test_unknown_store_or_token_gives_the_seeds_auth_014(header: str) -> None:
    state = state_at(int(GOLDEN_TIMESTAMP))
    state.stores = (
        {"str_TGIxyboe7-Rz": "another-token"}
        if header == "x-store-client-id"
        else {D.store_client_id: "another-token"}
    )
    failure = failure_of(state, golden_headers(GOLDEN_POST))
    assert (failure.status, failure.code, failure.message) == (403, "AUTH_014", "Access forbidden")
    assert failure.hint == "Store not found, access blocked, or invalid token"
    assert failure.context == {"storeClientId": D.store_client_id}


def test_sandbox_never_imports_the_client() -> None:
    code = "import sys, app.sandbox; print(any(m.startswith('app.partner') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    sandbox_dir = Path(__file__).resolve().parents[2] / "app" / "sandbox"
    for source in sandbox_dir.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+app\.partner", text, re.M), source.name
