"""Uploading the same sheet again, from this laptop or another one, never creates a product twice.

The sheet has no External ID column, so every run generates the rows' externalIds; the sandbox
does not police SKUs (its default), like a store that would take a second product with a SKU.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.sandbox import RunningSandbox
from tests.cli.workbooks import product_workbook


def upload_from(laptop: Path, book: Path) -> dict[str, object]:
    """``toco-uploader upload`` in a fresh process with its own user folders (journal too)."""
    env = os.environ.copy()
    for sub in ("config", "data", "cache", "state"):
        (laptop / sub).mkdir(parents=True, exist_ok=True)
        env[f"XDG_{sub.upper()}_HOME"] = str(laptop / sub)
    env["TOCO_HOME"] = str(laptop)
    done = subprocess.run(
        [sys.executable, "-m", "app", "upload", str(book), "--json", "--chunk-size", "7"],
        text=True,
        capture_output=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data: dict[str, object] = json.loads(done.stdout)
    return data


def test_the_same_sheet_three_times_from_two_laptops_leaves_each_product_once(
    store_env: RunningSandbox, tmp_path: Path
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 20)  # no External ID column
    first = upload_from(tmp_path / "laptop-1", book)
    assert first["summary"] == {"pending": 20}
    again = upload_from(tmp_path / "laptop-1", book)
    elsewhere = upload_from(tmp_path / "laptop-2", book)
    for data in (again, elsewhere):
        assert data["summary"] == {"exists": 20}
    products = store_env.state.products()
    assert len(products) == 20
    assert sorted(p.sku for p in products) == [f"SKU-{k:05d}" for k in range(20)]
    # the three runs generated the same externalId for each row
    ids = [[r["externalId"] for r in d["rows"]] for d in (first, again, elsewhere)]  # type: ignore[attr-defined]
    assert ids[0] == ids[1] == ids[2]
    assert {p.external_id for p in products} == set(ids[0])


def test_a_product_already_on_the_store_under_another_external_id_is_not_created(
    store_env: RunningSandbox, tmp_path: Path
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 5, external_ids=True)
    upload_from(tmp_path / "laptop-1", book)
    plain = product_workbook(tmp_path / "tanpa-id.xlsx", 5)  # same SKUs, no External ID
    data = upload_from(tmp_path / "laptop-2", plain)
    assert data["summary"] == {"exists": 5}
    assert len(store_env.state.products()) == 5
    issue = data["rows"][0]["issues"][0]  # type: ignore[index]
    assert issue["field"] == "sku" and issue["level"] == "warning"
