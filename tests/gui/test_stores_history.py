"""Stores dialog (profiles, keyring secrets, connection test), History dialog (request ids,
resume), and demo mode (a sandbox inside the app) — all against real HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from app.catalog.status import Status
from app.gui.grid.model import ERROR_COLOR
from app.gui.stores.book import DEMO_STORE_NAME
from app.gui.window import launch
from app.gui.window.demo import DEMO_REJECTED_SKU
from app.gui.window.main_window import MainWindow
from app.profiles import SERVICE, SecretStore
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import Answers, background, open_in, tooltip

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SECRET, TOKEN = DEMO_CREDENTIALS.partner_secret, DEMO_CREDENTIALS.store_token


def fill(dialog: Any, sandbox: RunningSandbox, name: str = "Toko Sinar") -> None:
    dialog.add_button.click()
    dialog.form.name.setText(name)
    dialog.form.environment.setCurrentIndex(2)  # custom address
    dialog.form.url.setText(sandbox.base_url)
    dialog.form.partner_client_id.setText(DEMO_CREDENTIALS.partner_client_id)
    dialog.form.store_client_id.setText(DEMO_CREDENTIALS.store_client_id)
    dialog.form.partner_secret.setText(SECRET)
    dialog.form.store_token.setText(TOKEN)


def test_stores_dialog_keeps_secrets_in_the_keyring_and_tests_the_connection(
    window: MainWindow, qtbot: Any, sandbox: RunningSandbox
) -> None:
    dialog = window.store_menu.open_stores()
    qtbot.addWidget(dialog)
    fill(dialog, sandbox)
    assert dialog.save_store()
    secrets = SecretStore()
    assert secrets.get("Toko Sinar", "partner_secret") == SECRET
    assert secrets.get("Toko Sinar", "store_token") == TOKEN
    assert keyring.get_password(SERVICE, "Toko Sinar:store_token") == TOKEN
    assert dialog.form.partner_secret.text() == "" and dialog.form.store_token.text() == ""
    assert window.stores.active_name() == "Toko Sinar"  # the first store becomes the active one
    window.settings.sync()
    for path in (window.stores.profiles.path, window.settings.path):
        text = path.read_text(encoding="utf-8")
        assert SECRET not in text and TOKEN not in text
    assert "Toko Sinar" in window.settings.path.read_text(encoding="utf-8")

    # the saved secrets (fields left empty) work
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert dialog.feedback.text().startswith("Connected")
    # a wrong token typed in: plain words, which part to check
    dialog.form.store_token.setText("stkn_wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    text = dialog.feedback.text()
    assert "store client id or the store token" in text and "AUTH_014" in text
    assert secrets.get("Toko Sinar", "store_token") == TOKEN  # testing saves nothing
    dialog.close()


def test_stores_dialog_says_when_the_keyring_cannot_be_used(
    window: MainWindow, qtbot: Any, sandbox: RunningSandbox
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = window.store_menu.open_stores()
        qtbot.addWidget(dialog)
        fill(dialog, sandbox)
        assert not dialog.save_store()
    finally:
        keyring.set_keyring(previous)
    assert "keyring" in dialog.feedback.text()
    assert window.stores.profiles.list() == []  # no profile without its secrets
    assert not window.stores.profiles.path.exists()
    dialog.close()


def test_history_lists_the_job_and_resumes_a_cancelled_one(
    window: MainWindow, qtbot: Any, sandbox: RunningSandbox, answers: Answers, tmp_path: Path
) -> None:
    from tests.gui.send_helpers import add_profile

    flow = window.send_flow
    add_profile(window, sandbox)
    open_in(window, qtbot, write_workbook(tmp_path / "riwayat.xlsx", big_rows(8)))
    flow.chunk_size, flow.concurrency = 2, 1
    sandbox.state.set_faults(latency=0.3)
    window.acts.upload_ready.trigger()
    qtbot.waitUntil(
        lambda: any(r.status is Status.PENDING for r in window.model.table.rows), timeout=20_000
    )
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        flow.cancel()
    sandbox.state.set_faults(latency=0.0)
    request_id = next(r.request_id for r in window.model.table.rows if r.request_id)

    dialog = window.store_menu.open_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    top = dialog.tree.topLevelItem(0)
    assert top is not None and top.text(1) == "Upload" and top.text(2) == "riwayat.xlsx"
    children = [top.child(n).text(2) for n in range(top.childCount())]  # type: ignore[union-attr]
    assert f"request id {request_id}" in children
    assert request_id in dialog.copy_details()
    assert dialog.banner.isVisible() and dialog.resume_button.isEnabled()
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        dialog.resume_button.click()
    assert {p.sku for p in sandbox.state.products()} == {f"SKU-{n:05d}" for n in range(8)}
    assert all(r.status in (Status.PENDING, Status.LIVE) for r in window.model.table.rows)
    job = flow.journal().job(top.data(0, 256).id)
    assert job is not None and job.state == "finished"


def test_demo_launch_starts_the_sandbox_and_the_whole_loop_works(
    qtbot: Any, answers: Answers
) -> None:
    window, demo = launch.start(launch.parse_args(["--demo"]))
    qtbot.addWidget(window)
    try:
        assert demo is not None and demo.base_url.startswith("http://127.0.0.1:")
        assert window.stores.active_name() == DEMO_STORE_NAME
        assert window.settings.active_store is None  # the demo is never remembered
        assert SecretStore().get(DEMO_STORE_NAME, "store_token") is None  # nor in the keyring
        qtbot.waitUntil(lambda: window.loaded is not None, timeout=20_000)
        lists = window.category_list  # the sample names its categories: the demo's tree
        qtbot.waitUntil(
            lambda: lists.data is not None and lists.data.tree is not None, timeout=20_000
        )
        qtbot.waitUntil(lambda: not lists.runner.busy, timeout=20_000)
        flow = window.send_flow
        with qtbot.waitSignal(flow.finished, timeout=20_000):
            window.acts.upload_ready.trigger()
        rows = window.model.table.rows
        bad = next(i for i, r in enumerate(rows) if r.sku == DEMO_REJECTED_SKU)
        assert rows[bad].status is Status.REJECTED
        assert background(window, bad, "photos") == ERROR_COLOR
        assert "Photo could not be downloaded" in tooltip(window, bad, "photos")
        assert answers.upload[0].store == DEMO_STORE_NAME
        # fix the photo, send again: accepted
        assert window.model.edit(
            [(bad, "photos", {"1": "https://cdn.example.com/ok.jpg"})], "photo"
        )
        with qtbot.waitSignal(flow.finished, timeout=20_000):
            window.acts.retry_failed.trigger()
        assert answers.upload[1].send == 1
        assert rows[bad].status is Status.PENDING
    finally:
        window.close()  # stops the confirmation still waiting for the demo's 2 s
        demo.stop()  # type: ignore[union-attr]
    # closing stopped the confirmations at once; no worker is left behind
    assert all(run.cancelled for run in flow.runs)
    assert flow.background.pool.activeThreadCount() == 0
