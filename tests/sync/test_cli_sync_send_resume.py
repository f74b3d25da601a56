"""A sync killed (SIGKILL) at each named point of the journal's life, then ``resume``d: every
change lands, and no request body reaches the store twice.

The sync creates two products (one bulk request) and updates six (four prices in two requests
of two, two names one product at a time), one request at a time, so the n-th time the journal
reaches a point is always the same request: ``sending:2`` is the first price request marked sent
and not yet out, ``answer:2`` its answer received and not recorded (the store applied it),
``answer:4`` the first name update's, ``finish:2`` the update part done and not recorded,
``finish:3`` the sync's own end.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.jobs import Journal
from app.sandbox import RunningSandbox
from tests.cli.conftest import store_env  # noqa: F401  (the CLI's store fixture)
from tests.cli.workbooks import product_workbook

PRICES = {2: "Rp 91.000", 3: "Rp 92.000", 4: "Rp 93.000", 5: "Rp 94.000"}
NAMES = {6: "Kaos Merah", 7: "Kaos Hijau"}


def prepared(book: Path) -> Path:
    """The uploaded sheet, edited: four prices, two names, two new rows."""
    workbook = load_workbook(book)
    sheet = workbook["Produk"]
    for row, price in PRICES.items():
        sheet[f"C{row}"] = price
    for row, name in NAMES.items():
        sheet[f"A{row}"] = name
    for n in range(2):
        new = [c.value for c in sheet[2]]
        new[0], new[1], new[2] = f"Kaos Baru {n}", f"SKU-NEW-{n}", "Rp 120.000"
        sheet.append(new)
    workbook.save(book)
    return book


def sync(book: Path, kill_at: str | None) -> subprocess.CompletedProcess[str]:
    env = os.environ.copy()
    env.pop("TOCO_TEST_KILL_AT", None)
    if kill_at:
        env["TOCO_TEST_KILL_AT"] = kill_at
    cmd = [sys.executable, "-m", "app", "sync", str(book), "--chunk-size", "2"]
    return subprocess.run(
        [*cmd, "--concurrency", "1", "--json", "--wait", "0"],
        text=True,
        capture_output=True,
        timeout=120,
        env=env,
        check=False,
    )


def bodies(sandbox: RunningSandbox) -> Counter[str]:
    return Counter(
        json.dumps([w.method, w.path, w.body], sort_keys=True) for w in sandbox.state.writes
    )


@pytest.mark.parametrize(
    ("kill_at", "then"),
    [
        ("start", "sync"),  # nothing recorded, nothing sent: the sync is simply run again
        ("plan", "resume"),
        ("sending:2", "resume"),
        ("answer:2", "resume"),  # the first price request applied, its answer lost
        ("answer:4", "resume"),  # the first name update applied, its answer lost
        ("finish:2", "resume"),
        ("finish:3", "resume"),
    ],
)
def test_a_killed_sync_resumed_sends_every_change_once(
    store_env: RunningSandbox,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kill_at: str,
    then: str,
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 6)
    assert main(["upload", str(book)]) == 0
    prepared(book)
    store_env.state.writes.clear()
    killed = sync(book, kill_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]

    capsys.readouterr()
    if then == "resume":
        code = main(["resume", "--json"])
        out = capsys.readouterr()
        assert code == 0, out.err
        data = json.loads(out.out)
    else:
        assert main(["resume"]) == 2  # nothing to resume: the job never started
        again = sync(book, None)
        assert again.returncode == 0, again.stderr[-2000:]
        data = json.loads(again.stdout)

    twice = [body for body, n in bodies(store_env).items() if n > 1]
    assert twice == []
    sent = [(w.method, w.path) for w in store_env.state.writes]
    assert sent.count(("POST", "/partner/stores/products/bulk")) == 1
    assert sent.count(("PATCH", "/partner/stores/products/prices")) == 2
    assert len(sent) == 5  # one create, two price requests, two product updates
    state = store_env.state
    products = {p.sku: state.settle(p) for p in state.products()}  # queued updates applied
    assert len(products) == 8 and {"SKU-NEW-0", "SKU-NEW-1"} <= set(products)
    for row, price in PRICES.items():
        wanted = int(price.removeprefix("Rp ").replace(".", ""))
        assert products[f"SKU-{row - 2:05d}"].payload["price"] == wanted
    assert {products[f"SKU-{row - 2:05d}"].name for row in NAMES} == set(NAMES.values())
    assert [r["action"] for r in data["rows"]] == ["update"] * 6 + ["create"] * 2
    assert set(data["summary"]["statuses"]) <= {"pending", "live"}
    with closing(Journal()) as journal:
        assert journal.latest_unfinished() is None
