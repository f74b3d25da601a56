"""Fault injection for the sandbox's API routes (latency, 429, 5xx, dropped connections).

Pure ASGI middleware. Latency is added after the request is handled, just before its answer goes
out: a client that gives up while it waits has had its request processed all the same, the
"may or may not have been processed" case a real slow server presents.

Dropping a connection needs the sandbox's server (``server.py``): its HTTP
protocol puts an ``abort`` callable for the request's own socket into
``scope["extensions"][ABORT_EXTENSION]``. The request is handled completely (a product is really
created), its answer is thrown away and the socket closed, so the client cannot know whether
anything happened.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sandbox.envelope import (
    SANDBOX_RATE_LIMITED,
    SANDBOX_SERVER_ERROR,
    ApiFailure,
    failure_body,
    new_request_id,
)
from app.sandbox.state import SandboxState

ABORT_EXTENSION = "toco.sandbox.abort"
API_PATH_PREFIX = "/api/"


#: [sandbox-only] the store-data calls (see ``Faults.fault_store_data``)
STORE_DATA_PATHS = ("/partner/reference/", "/partner/stores/warehouses")


def _is_store_data(path: str) -> bool:
    return any(part in path for part in STORE_DATA_PATHS)


class FaultInjector:
    """Applies ``state.faults`` to requests under ``/api/``; admin routes are never faulted."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PATH_PREFIX):
            await self.app(scope, receive, send)
            return
        if not self.state.faults.fault_store_data and _is_store_data(scope["path"]):
            await self.app(scope, receive, send)
            return
        plan = self.state.take_fault_plan(scope.get("method"))
        if plan.status is not None and plan.handle_first:
            await self.app(scope, receive, _discard)
            await anyio.sleep(plan.latency)
            await _send_failure(send, self.state, plan.status, plan.retry_after)
            return
        if plan.status is not None:
            await _drain(receive)
            await anyio.sleep(plan.latency)
            await _send_failure(send, self.state, plan.status, plan.retry_after)
            return
        if plan.drop:
            await self._handle_then_drop(scope, receive, plan.latency)
            return
        await self.app(scope, receive, _answer_later(send, plan.latency))

    async def _handle_then_drop(self, scope: Scope, receive: Receive, latency: float) -> None:
        abort: Callable[[], None] | None = scope.get("extensions", {}).get(ABORT_EXTENSION)
        if abort is None:
            raise RuntimeError("dropping connections needs the sandbox server (run_in_thread)")

        await self.app(scope, receive, _discard)
        await anyio.sleep(latency)
        abort()
        # Wait until the server has seen the socket go, so it does not try to answer 500.
        while (await receive())["type"] != "http.disconnect":
            pass


async def _discard(message: Message) -> None:
    return None


def _answer_later(send: Send, latency: float) -> Send:
    """``send``, with ``latency`` seconds of waiting before the answer starts."""
    if latency <= 0:
        return send

    async def send_later(message: Message) -> None:
        if message["type"] == "http.response.start":
            await anyio.sleep(latency)
        await send(message)

    return send_later


async def _drain(receive: Receive) -> None:
    more = True
    while more:
        message = await receive()
        more = message["type"] == "http.request" and bool(message.get("more_body"))


async def _send_failure(
    send: Send, state: SandboxState, status: int, retry_after: str | None
) -> None:
    if status == 429:
        failure = ApiFailure(
            429,
            SANDBOX_RATE_LIMITED,
            "Too many requests",
            hint="Slow down and retry after the Retry-After delay",
        )
    else:
        failure = ApiFailure(
            status,
            SANDBOX_SERVER_ERROR,
            "Service unavailable" if status == 503 else "Internal server error",
            hint="A sandbox fault; try again",
        )
    body = json.dumps(failure_body(failure, new_request_id(), state.now_ms())).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode("ascii")),
    ]
    if retry_after is not None:
        headers.append((b"retry-after", retry_after.encode("latin-1")))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
