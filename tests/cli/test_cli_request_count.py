"""The CLI's "N requests" counts HTTP attempts, retries included."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.sandbox import RunningSandbox
from tests.cli.workbooks import product_workbook


def test_n_requests_counts_every_http_attempt(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 3)
    store_env.state.set_faults(rate_limit_count=2, retry_after="0", faulted_method="POST")
    assert main(["upload", str(book)]) == 0
    err = capsys.readouterr().err
    # one page of the product list (which SKUs the store holds), then the create: answered
    # 429 twice, accepted the third time
    assert store_env.state.requests_seen == 4
    assert ", 4 requests" in err, err


def test_wait_marks_a_product_the_store_never_confirms(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    book = product_workbook(tmp_path / "produk.xlsx", 3)
    store_env.state.set_faults(never_confirm_count=1)
    # a row the store never confirmed is not "all good": exit 1, as for any row not done
    assert main(["upload", str(book), "--wait", "0.5", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == {"not confirmed": 1, "live": 2}
    row = data["rows"][0]
    assert row["status"] == "not confirmed" and row["batchId"]
    assert "check the store" in row["issues"][0]["message"]
