"""The soak command (scripts/soak.py) runs, reports its figures, and its truth check can fail.

The 20-minute soak is not part of the default run; these tests run it for a few seconds, and feed
its checker rows that lie about a real sandbox's state.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "soak.py"
REPORT_KEYS = {
    "minutes",
    "seed",
    "runs",
    "runs_total",
    "rows_sent",
    "http_requests_seen",
    "faults_injected",
    "restarts",
    "kills",
    "resumes",
    "requests_beyond_cli_count",
    "duplicates",
    "duplicate_examples",
    "untruthful_rows",
    "untruthful_examples",
    "failures",
    "failure_examples",
    "memory_start",
    "memory_end",
}


@pytest.mark.slow
def test_a_short_soak_ends_without_duplicates_or_lies(tmp_path: Path) -> None:
    report_file = tmp_path / "soak.json"
    argv = ["--minutes", "0.3", "--seed", "1", "--report", str(report_file)]
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *argv],
        text=True,
        capture_output=True,
        timeout=280,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(report_file.read_text())
    assert set(report) >= REPORT_KEYS
    assert report["runs_total"] >= 1 and report["http_requests_seen"] > 0
    assert report["duplicates"] == 0 and report["untruthful_rows"] == 0
    assert report["failures"] == 0
    assert report["memory_end"]["cli_children_peak_rss_kib"] > 0
    assert "untruthful_rows" in done.stdout


def _soak_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("soak", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("soak", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _product(sku: str, external_id: str) -> dict[str, Any]:
    return {"externalId": external_id, "sku": sku, "name": f"Kaos {sku}"}


def test_the_checker_counts_lies_and_duplicates_against_the_sandbox(tmp_path: Path) -> None:
    soak = _soak_module().Soak(0, 1, tmp_path)
    try:
        state = soak.state
        old = state.add_product(_product("OLD-1", "ext-old-1"))
        before = {old.id}
        new = state.add_product(_product("NEW-1", "ext-new-1"))
        book = tmp_path / "run.xlsx"
        honest = [
            {"row": 2, "status": "live", "sku": "NEW-1", "productId": new.id},
            {"row": 3, "status": "exists", "sku": "OLD-1", "productId": None},
            {"row": 4, "status": "rejected", "sku": "OLD-1", "productId": None},
            {"row": 5, "status": "failed", "sku": "NEVER-SENT", "productId": None},
        ]
        soak.check("upload", book, honest, before)
        assert soak.fig.untruthful_count == 0 and soak.fig.duplicates == []
        lies = [
            {"row": 6, "status": "pending", "sku": "NOT-THERE", "productId": None},
            {"row": 7, "status": "failed", "sku": "NEW-1", "productId": None},
            {"row": 8, "status": "live", "sku": "OLD-1", "productId": "no-such-id"},
        ]
        soak.check("upload", book, lies, before)
        assert soak.fig.untruthful_count == 3
        assert [u["row"] for u in soak.fig.untruthful] == [6, 7, 8]
        soak.check("delete", book, [{"row": 2, "status": "deleted", "sku": "OLD-1"}], before)
        assert soak.fig.untruthful_count == 4
        state.add_product(_product("OLD-1", "ext-old-1-again"))
        soak.check_store("twice")
        assert [(d["key"], d["value"]) for d in soak.fig.duplicates] == [("sku", "OLD-1")]
    finally:
        soak.sandbox.stop()
