"""The command line as a real process: no Qt, profiles, history, and resume after a kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.sandbox import RunningSandbox
from tests.cli.workbooks import product_workbook


def cli(*argv: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        input=stdin,
        text=True,
        capture_output=True,
        timeout=timeout,
        env=os.environ.copy(),
        check=False,
    )


def test_the_command_line_never_imports_qt(tmp_path: Path) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 3)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "validate", str(book)],
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    imported = [
        line.rsplit("|", 1)[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    ]
    assert "app.cli" in imported and "app.jobs" in imported
    assert not [m for m in imported if m.startswith(("PySide6", "shiboken6", "app.gui"))]


def test_help_and_plain_error_messages(tmp_path: Path) -> None:
    done = cli("--help")
    assert done.returncode == 0 and "upload" in done.stdout
    done = cli("upload", str(tmp_path / "nothing.xlsx"))
    assert done.returncode == 2
    assert "There is no file" in done.stderr and "Traceback" not in done.stderr


def test_profiles_add_list_remove_with_secrets_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    import keyring

    monkeypatch.setattr(sys, "stdin", io.StringIO("ps-secret\nstkn-token\n"))
    assert (
        main(
            [
                "profiles",
                "add",
                "Toko Utama",
                "--environment",
                "sandbox",
                "--partner-client-id",
                "ptnr_1",
                "--store-client-id",
                "str_1",
            ]
        )
        == 0
    )
    assert keyring.get_password("toco-uploader", "Toko Utama:store_token") == "stkn-token"
    assert main(["profiles", "list"]) == 0
    out = capsys.readouterr().out
    assert "Toko Utama\tsandbox\thttp://127.0.0.1:8787/api/v1" in out
    assert "stkn-token" not in out and "ps-secret" not in out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert (
        main(["profiles", "add", "other", "--partner-client-id", "p", "--store-client-id", "s"])
        == 2
    )  # no secrets given
    assert main(["profiles", "remove", "Toko Utama"]) == 0
    assert keyring.get_password("toco-uploader", "Toko Utama:store_token") is None
    assert main(["profiles", "remove", "Toko Utama"]) == 2


def test_upload_with_a_profile(
    store_env: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.profiles import Profile, ProfileStore, SecretStore
    from app.sandbox import DEMO_CREDENTIALS

    ProfileStore().save(
        Profile.create(
            "demo",
            "custom",
            DEMO_CREDENTIALS.partner_client_id,
            DEMO_CREDENTIALS.store_client_id,
            base_url=store_env.base_url,
        )
    )
    SecretStore().set("demo", "partner_secret", DEMO_CREDENTIALS.partner_secret)
    SecretStore().set("demo", "store_token", DEMO_CREDENTIALS.store_token)
    for var in ("TOCO_BASE_URL", "TOCO_PARTNER_SECRET", "TOCO_STORE_TOKEN"):
        monkeypatch.setenv(var, "")
    book = product_workbook(tmp_path / "produk.xlsx", 3)
    assert main(["upload", str(book), "--profile", "demo"]) == 0
    assert len(store_env.state.products()) == 3
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert history[0]["state"] == "finished" and history[0]["summary"] == {"pending": 3}
    assert history[0]["store"] == store_env.base_url


def test_resume_after_the_process_was_killed_sends_only_unsent_chunks(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 50)  # external ids generated
    state = store_env.state
    state.set_faults(latency=1.0)  # each answer leaves 1 s after its request was handled
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "upload",
            str(book),
            "--chunk-size",
            "10",
            "--concurrency",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while len(state.products()) < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)  # the second chunk is stored, its answer not sent
    finally:
        proc.wait(10)
    # The store processed the second request, but the process died before the answer came:
    # the journal records the chunk as sent without an answer, and cannot know more.
    # one page of the product list (the SKUs the store holds), then one create per chunk
    assert state.requests_seen == 1 + 2
    assert len(state.products()) == 20
    state.set_faults(latency=0.0)

    assert main(["history", "--json"]) == 0
    jobs = json.loads(capsys.readouterr().out)
    assert jobs[0]["state"] == "running"
    assert [c["state"] for c in jobs[0]["requests"]] == ["answered", "sending"] + ["planned"] * 3

    before = state.requests_seen
    code = main(["resume", "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    assert len(data["rows"]) == 50
    assert set(data["summary"]) <= {"pending", "live"}
    # 10 look-ups by SKU for the chunk sent without an answer (all found: not sent again; the
    # list read before it was sent cannot say), one page of the product list for the chunks
    # never sent, and one create for each of them
    assert state.requests_seen - before == 10 + 1 + 3
    products = state.products()
    assert len(products) == 50 and len({p.external_id for p in products}) == 50
    assert {r["externalId"] for r in data["rows"]} == {p.external_id for p in products}
    stored = {p.sku: p.id for p in products}
    assert all(r["productId"] == stored[r["sku"]] for r in data["rows"][10:20])
    assert main(["resume"]) == 2  # nothing left to resume
    assert "no unfinished job" in capsys.readouterr().err
    assert main(["history", "1"]) == 0
    assert "request id" in capsys.readouterr().out
