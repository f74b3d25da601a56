"""Helpers for the send tests: a window talking to the real sandbox over HTTP on 127.0.0.1,
a store profile whose secrets are in the (memory) keyring, recorded requests, and answers for
the confirmation dialogs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from app.gui.sending.dialogs import DeleteConfirmDialog, UploadConfirmDialog
from app.gui.window.main_window import MainWindow
from app.partner import Credentials, PartnerClient
from app.profiles import CredentialValues, Profile, SecretStore
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox

STORE = "Toko Uji"


@dataclass
class Answers:
    upload: list[Any] = field(default_factory=list)
    delete: list[Any] = field(default_factory=list)
    yes: bool = True


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Every confirmation question is recorded and answered ``answers.yes``."""
    got = Answers()

    def ask_upload(cls: type, parent: Any, question: Any) -> bool:
        got.upload.append(question)
        return got.yes

    def ask_delete(cls: type, parent: Any, question: Any) -> bool:
        got.delete.append(question)
        return got.yes

    monkeypatch.setattr(UploadConfirmDialog, "ask", classmethod(ask_upload))
    monkeypatch.setattr(DeleteConfirmDialog, "ask", classmethod(ask_delete))
    return got


@dataclass
class Recorded:
    """Requests the window's client sent to the sandbox: (method, path, JSON body)."""

    requests: list[tuple[str, str, Any]] = field(default_factory=list)
    clients: list[httpx.Client] = field(default_factory=list)

    def creates(self) -> list[list[dict[str, Any]]]:
        return [
            body["products"]
            for method, path, body in self.requests
            if method == "POST" and path.endswith("/products/bulk")
        ]

    def deletes(self) -> list[list[str]]:
        return [
            body["ids"]
            for method, path, body in self.requests
            if method == "POST" and path.endswith("/deletions")
        ]

    def factory(self, values: CredentialValues) -> PartnerClient:
        def hook(request: httpx.Request) -> None:
            body = json.loads(request.content) if request.content else None
            self.requests.append((request.method, request.url.path, body))

        http = httpx.Client(timeout=10, event_hooks={"request": [hook]})
        self.clients.append(http)
        return PartnerClient(
            Credentials(
                values.base_url,
                values.partner_client_id,
                values.partner_secret,
                values.store_client_id,
                values.store_token,
            ),
            http=http,
        )


@pytest.fixture
def recorded() -> Iterator[Recorded]:
    found = Recorded()
    yield found
    for client in found.clients:
        client.close()


def add_profile(
    window: MainWindow, sandbox: RunningSandbox, *, token: str | None = None, name: str = STORE
) -> Profile:
    """A custom store profile for the sandbox; its secrets go to the keyring."""
    c = DEMO_CREDENTIALS
    profile = Profile.create(
        name, "custom", c.partner_client_id, c.store_client_id, base_url=sandbox.base_url
    )
    window.stores.profiles.save(profile)
    secrets = SecretStore()
    secrets.set(name, "partner_secret", c.partner_secret)
    secrets.set(name, "store_token", token or c.store_token)
    window.stores.set_active(name)
    return profile


@pytest.fixture
def sandbox_window(
    qtbot: Any, sandbox: RunningSandbox, recorded: Recorded, answers: Answers
) -> Iterator[MainWindow]:
    """A shown window whose active store is a profile for the sandbox."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.send_flow.client_factory = recorded.factory
    add_profile(window, sandbox)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def open_in(window: MainWindow, qtbot: Any, path: Path) -> None:
    with qtbot.waitSignal(window.opener.opened, timeout=20_000):
        window.open_path(path, ask_mapping=False)


def cell(window: MainWindow, row: int, key: str) -> Any:
    """A cell's index in the grid, by source row and field key."""
    return window.proxy.mapFromSource(window.model.index(row, window.model.column_of(key)))


def background(window: MainWindow, row: int, key: str) -> Any:
    brush = cell(window, row, key).data(Qt.ItemDataRole.BackgroundRole)
    return None if brush is None else brush.color()


def tooltip(window: MainWindow, row: int, key: str) -> str:
    return cell(window, row, key).data(Qt.ItemDataRole.ToolTipRole) or ""


def select_rows(window: MainWindow, rows: list[int]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for row in rows:
        left, right = cell(window, row, "name"), cell(window, row, "sku")
        selection.select(QItemSelection(left, right), QItemSelectionModel.SelectionFlag.Select)
