"""The fault knobs themselves: latency after handling, clients that hang up, checked values."""

from __future__ import annotations

import time
from collections.abc import MutableMapping
from typing import Any

import anyio
import httpx
import pytest

from app.sandbox import FaultsError, RunningSandbox, SandboxState, create_app
from tests.sandbox.fixtures import seed_products
from tests.sandbox.test_sandbox_http import BULK, call

BULK_PATH = "/api/v1" + BULK


def admin_url(sandbox: RunningSandbox) -> str:
    return sandbox.base_url.removesuffix("/api/v1") + "/__sandbox/faults"


def test_latency_comes_after_the_request_was_handled(sandbox: RunningSandbox) -> None:
    """A client that gives up while the sandbox waits has had its products created."""
    sandbox.state.set_faults(latency=1.0)
    with pytest.raises(httpx.TimeoutException):
        call(sandbox, "POST", BULK, {"products": seed_products("L1")}, timeout=0.2)
    assert [p.sku for p in sandbox.state.products()] == ["L1"]


def test_a_client_that_hangs_up_before_its_body_is_read_is_answered_quietly() -> None:
    """Starlette raises ClientDisconnect from ``request.body()``; the sandbox shrugs it off
    instead of letting uvicorn log a traceback."""
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope: MutableMapping[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": BULK_PATH,
        "raw_path": BULK_PATH.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-length", b"100")],
        "server": ("127.0.0.1", 8787),
        "client": ("127.0.0.1", 50000),
    }
    state = SandboxState()
    anyio.run(create_app(state), scope, receive, send)
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 499
    assert state.products() == [] and state.requests_seen == 1


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"latency": -1}, "latency must be from 0 to 300"),
        ({"latency": "slow"}, "latency must be a number"),
        ({"latency": 1e9}, "latency must be from 0 to 300"),
        ({"rate_limit_count": 1.5}, "rate_limit_count must be a whole number"),
        ({"drop_count": True}, "drop_count must be a whole number"),
        ({"server_error_count": -2}, "server_error_count must be at least 0"),
        ({"server_error_status": 200}, "server_error_status must be from 500 to 599"),
        ({"retry_after": 5}, "retry_after must be a Retry-After header value as text"),
        ({"retry_after": "1\r\nX-Evil: yes"}, "retry_after must be"),
        ({"clock_skew_ms": "soon"}, "clock_skew_ms must be a whole number"),
        ({"reject_skus": ["A"]}, "reject_skus must be an object"),
        ({"reject_skus": {"A": "no"}}, "reject_skus['A'] must be an object"),
        ({"reject_skus": {"A": {"code": 5}}}, "reject_skus['A']: a rejection's code must be text"),
        ({"reject_external_ids": {"e": {"retryable": "yes"}}}, "retryable must be true or false"),
        ({"reject_skus": {"A": {"colour": "red"}}}, "reject_skus['A']: unknown 'colour'"),
        ({"latancy": 1}, "unknown fault knob 'latancy'; the knobs are latency, "),
        ([1, 2], "the body must be a JSON object of fault knobs"),
        ("not json", "the body must be JSON"),
    ],
)
def test_admin_endpoint_refuses_bad_values_with_a_clear_400(
    sandbox: RunningSandbox, body: Any, words: str
) -> None:
    with httpx.Client() as http:
        assert (
            http.post(admin_url(sandbox), json={"drop_count": 0, "latency": 0.01}).status_code
            == 200
        )
        content = body.encode() if isinstance(body, str) else None
        answer = (
            http.post(admin_url(sandbox), content=content)
            if content is not None
            else http.post(admin_url(sandbox), json=body)
        )
        assert answer.status_code == 400
        assert words in answer.json()["error"]
        assert http.get(admin_url(sandbox)).json()["latency"] == 0.01  # left as they were
    assert call(sandbox, "GET", "/partner/stores/products/sku/none").status_code == 404


def test_admin_endpoint_accepts_every_knob_it_shows(sandbox: RunningSandbox) -> None:
    with httpx.Client() as http:
        shown = http.get(admin_url(sandbox)).json()
        shown.update(
            latency=0,
            retry_after=None,
            clock_skew_ms=-5000,
            reject_skus={"A": {"code": "PRD_9", "field": None}},
        )
        answer = http.post(admin_url(sandbox), json=shown)
    assert answer.status_code == 200
    assert answer.json()["reject_skus"]["A"] == {
        "code": "PRD_9",
        "field": None,
        "message": "Rejected by the sandbox",
        "retryable": False,
    }
    assert sandbox.state.faults.clock_skew_ms == -5000


def test_in_process_knobs_are_checked_too() -> None:
    state = SandboxState()
    with pytest.raises(FaultsError, match="latency must be from 0 to 300"):
        state.set_faults(latency=-0.5)
    with pytest.raises(FaultsError, match="drop_count must be a whole number"):
        state.set_faults(drop_count="1")
    assert state.faults.latency == 0.0


def test_a_slow_answer_still_counts_its_request_once(sandbox: RunningSandbox) -> None:
    sandbox.state.set_faults(latency=0.2, rate_limit_count=1)
    started = time.monotonic()
    answer = call(sandbox, "POST", BULK, {"products": seed_products("M1")})
    assert answer.status_code == 429 and time.monotonic() - started >= 0.2
    assert sandbox.state.products() == [] and sandbox.state.requests_seen == 1
