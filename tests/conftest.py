"""Shared test set-up: offscreen Qt, no real network, private user directories, memory keyring."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

#: One sandbox server per test session (per xdist worker), shared by every folder's tests.
pytest_plugins = ["tests.sandbox.fixtures"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TOCO_LOG_LEVEL", "WARNING")
# No spare reading child per window (hundreds of windows, each would start an interpreter);
# tests/gui/test_open_warm.py turns it on.
os.environ.setdefault("TOCO_WARM_READER", "0")

_LOOPBACK = ("127.", "::1", "localhost")
_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith(_LOOPBACK) or self.family == socket.AF_UNIX):
        return _real_connect(self, address)  # type: ignore[arg-type]
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)  # type: ignore[arg-type]
    raise RuntimeError(f"test tried to reach the network: {address!r}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture(autouse=True)
def _private_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Config, data, cache and log directories of the app go to a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("TOCO_HOME", str(home))
    for var in (
        "TOCO_BASE_URL",
        "TOCO_PARTNER_CLIENT_ID",
        "TOCO_PARTNER_SECRET",
        "TOCO_STORE_CLIENT_ID",
        "TOCO_STORE_TOKEN",
    ):
        monkeypatch.delenv(var, raising=False)
    yield home


@pytest.fixture(autouse=True)
def _memory_keyring(request: pytest.FixtureRequest) -> Iterator[None]:
    """Unit tests use an in-memory keyring backend; the Secret Service test opts out."""
    if request.node.get_closest_marker("secret_service"):
        yield
        return
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            try:
                del self.store[(service, username)]
            except KeyError as exc:
                raise PasswordDeleteError(username) from exc

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
