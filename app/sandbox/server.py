"""Running the sandbox: in a background thread (tests, the GUI's demo mode) or in the foreground
(``toco-uploader sandbox``). Both use uvicorn's h11 protocol, extended so that the fault injector
can drop a request's connection without answering.
"""

from __future__ import annotations

import asyncio
import ipaddress
import threading
import time
from dataclasses import dataclass
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.sandbox.faults import ABORT_EXTENSION
from app.sandbox.routes import create_app
from app.sandbox.state import DEMO_CREDENTIALS, SandboxState

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8787
START_TIMEOUT = 10.0


class DroppableH11Protocol(H11Protocol):
    """uvicorn's h11 protocol; each request's scope can abort its own connection."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        inner = self.app

        async def app(scope: Any, receive: Any, send: Any) -> None:
            scope.setdefault("extensions", {})[ABORT_EXTENSION] = transport.abort
            await inner(scope, receive, send)

        self.app = app


def _config(state: SandboxState, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        create_app(state),
        host=host,
        port=port,
        http=DroppableH11Protocol,
        ws="none",
        lifespan="off",
        log_config=None,
        access_log=False,
        log_level="warning",
    )


@dataclass
class RunningSandbox:
    base_url: str  # ends in /api/v1, like the production base URL
    state: SandboxState
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self, timeout: float = 5.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _url_host(host: str) -> str:
    try:
        return f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        return host


def run_in_thread(
    state: SandboxState | None = None, host: str = DEFAULT_HOST, port: int = 0
) -> RunningSandbox:
    """Start a sandbox in a daemon thread and return once it listens (port 0: any free port)."""
    state = state or SandboxState()
    server = uvicorn.Server(_config(state, host, port))
    thread = threading.Thread(target=server.run, name="toco-sandbox", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the sandbox did not start on {host}:{port}")
        time.sleep(0.01)
    real_port = server.servers[0].sockets[0].getsockname()[1]
    base_url = f"http://{_url_host(host)}:{real_port}/api/v1"
    return RunningSandbox(base_url, state, server, thread)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, live_after: float | None = None
) -> None:
    """Run a sandbox in the foreground until Ctrl-C, after printing how to reach it."""
    state = SandboxState() if live_after is None else SandboxState(live_after=live_after)
    server = uvicorn.Server(_config(state, host, port))
    creds = DEMO_CREDENTIALS
    print(f"Toco sandbox on http://{_url_host(host)}:{port}/api/v1  (Ctrl-C to stop)")
    print("Demo credentials (public, sandbox only):")
    print(f"  partner client id  {creds.partner_client_id}")
    print(f"  partner secret     {creds.partner_secret}")
    print(f"  store client id    {creds.store_client_id}")
    print(f"  store token        {creds.store_token}")
    print(f"Fault knobs: POST http://{_url_host(host)}:{port}/__sandbox/faults (sandbox only)")
    if not is_loopback(host):
        print(f"WARNING: listening on {host}, not loopback: anyone on the network can reach it.")
    server.run()
