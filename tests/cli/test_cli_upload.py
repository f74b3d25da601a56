"""``toco-uploader upload | delete | validate`` end to end: real workbooks, the real sandbox."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main, parse_rows
from app.sandbox import RowRejection, RunningSandbox
from tests.cli.workbooks import delete_workbook, product_workbook


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_validate_json_shape_and_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 4, bad={1: ("Harga", "abc")})
    code, data = run_json(capsys, "validate", str(book))
    assert code == 1
    assert data["summary"] == {"ready": 3, "invalid": 1}
    row = data["rows"][1]
    assert set(row) == {
        "row",
        "status",
        "externalId",
        "sku",
        "productId",
        "batchId",
        "requestId",
        "issues",
    }
    assert row["row"] == 3 and row["status"] == "invalid" and row["sku"] == "SKU-00001"
    assert row["issues"] == [
        {
            "field": "price",
            "column": "Harga",
            "level": "error",
            "code": None,
            "message": row["issues"][0]["message"],
        }
    ]
    code, data = run_json(capsys, "validate", str(book), "--rows", "2,4-5")
    assert code == 0 and [r["row"] for r in data["rows"]] == [2, 4, 5]


def test_validate_speaks_indonesian_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 3, bad={1: ("Harga", "abc")})
    assert main(["validate", str(book), "--lang", "id"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "3 baris dari produk.xlsx (Produk): 2 ready, 1 invalid"
    assert "  Baris 3, Harga: galat: “abc” bukan harga dalam Rupiah." in out


def test_upload_250_rows_rejections_land_on_their_sheet_rows_and_columns(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 250)
    fields = {0: "price", 99: None, 100: "stock", 101: "photos", 249: "weight"}
    store_env.state.set_faults(
        reject_skus={
            f"SKU-{k:05d}": RowRejection(code="VAL_001", field=f, message=f"no {k}")
            for k, f in fields.items()
        }
    )
    code, data = run_json(capsys, "upload", str(book), "--chunk-size", "100")
    assert code == 1
    assert data["summary"] == {"pending": 245, "rejected": 5}
    columns = {
        "price": "Harga",
        "stock": "Stok",
        "photos": "Foto 1",
        "weight": "Berat (gram)",
        None: None,
    }
    by_row = {r["row"]: r for r in data["rows"]}
    for k, f in fields.items():
        row = by_row[k + 2]
        assert row["status"] == "rejected" and row["sku"] == f"SKU-{k:05d}"
        assert row["issues"] == [
            {
                "field": f,
                "column": columns[f],
                "level": "error",
                "code": "VAL_001",
                "message": f"no {k}",
            }
        ]
    assert by_row[3]["status"] == "pending" and by_row[3]["batchId"].startswith("pb_")
    assert len(store_env.state.products()) == 245


def test_upload_a_subset_and_re_upload_the_results_workbook(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 60)  # no external ids: generated
    results = tmp_path / "hasil.xlsx"
    code, data = run_json(
        capsys,
        "upload",
        str(book),
        "--rows",
        "12-40,45",
        "--results",
        str(results),
        "--chunk-size",
        "7",
        "--wait",
        "5",
    )
    assert code == 0
    assert [r["row"] for r in data["rows"]] == [*range(12, 41), 45]
    assert data["summary"] == {"live": 30}
    stored = {p.sku: p for p in store_env.state.products()}
    for r in data["rows"]:
        assert stored[r["sku"]].external_id == r["externalId"]
        assert stored[r["sku"]].id == r["productId"]
        assert r["sku"] == f"SKU-{r['row'] - 2:05d}"
    assert results.exists()

    # the results workbook keeps the generated external ids: a re-upload changes nothing
    code, again = run_json(capsys, "upload", str(results), "--rows", "12-40,45")
    assert code == 0
    assert again["summary"] == {"exists": 30}
    assert again["rows"][0]["issues"][0]["field"] == "externalId"
    assert again["rows"][0]["issues"][0]["level"] == "warning"
    assert len(store_env.state.products()) == 30


def test_a_dropped_connection_creates_no_duplicate(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 30)
    store_env.state.set_faults(drop_count=1)
    code, data = run_json(capsys, "upload", str(book), "--chunk-size", "10", "--concurrency", "1")
    assert code == 0
    assert sum(data["summary"].values()) == 30
    assert len(store_env.state.products()) == 30
    assert len({p.external_id for p in store_env.state.products()}) == 30


def test_delete_with_ids_and_by_sku(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["upload", str(product_workbook(tmp_path / "p.xlsx", 4))]) == 0
    capsys.readouterr()
    ids = {p.sku: p.id for p in store_env.state.products()}
    sheet = delete_workbook(
        tmp_path / "hapus.xlsx",
        [
            (ids["SKU-00000"], None),
            (None, "SKU-00001"),
            ("7d0a40d4-2b0e-4a5e-9f39-4f1f0b7c5a11", None),
            (ids["SKU-00003"], "SKU-00003"),
        ],
    )
    code, data = run_json(capsys, "delete", str(sheet), "--yes")
    assert code == 1
    assert [r["status"] for r in data["rows"]] == ["deleted", "deleted", "delete failed", "deleted"]
    unknown = data["rows"][2]
    assert unknown["row"] == 4
    assert unknown["issues"][0]["code"] == "PRD_014"
    assert unknown["issues"][0]["field"] == "id" and unknown["issues"][0]["column"] == "ID Produk"
    assert data["rows"][1]["productId"] == ids["SKU-00001"]
    assert [p.sku for p in store_env.state.products()] == ["SKU-00002"]


def test_delete_without_yes_and_without_a_terminal_refuses(
    store_env: RunningSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))
    sheet = delete_workbook(tmp_path / "hapus.xlsx", [(None, "A"), (None, "B")])
    assert main(["delete", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "Refusing to delete 2 products" in err and "--yes" in err
    assert "Traceback" not in err


def test_delete_asks_at_a_terminal(
    store_env: RunningSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("no\n"))
    sheet = delete_workbook(tmp_path / "hapus.xlsx", [(None, "A"), (None, "B"), (None, "C")])
    assert main(["delete", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "Delete 3 products" in err and "Nothing deleted" in err


def test_exit_codes_for_bad_input_and_bad_credentials(
    store_env: RunningSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 3)
    assert main(["upload", str(tmp_path / "missing.xlsx")]) == 2
    assert main(["upload", str(book), "--rows", "x-3"]) == 2
    assert main(["upload", str(book), "--rows", "100-200"]) == 2
    assert main(["upload", str(book), "--map", "Nope=price"]) == 2
    assert main(["upload", str(book), "--map", "Harga=nonsense"]) == 2
    assert main(["upload"]) == 2  # argparse usage error
    (tmp_path / "junk.xlsx").write_bytes(b"not a workbook")
    assert main(["validate", str(tmp_path / "junk.xlsx")]) == 2
    monkeypatch.setenv("TOCO_STORE_TOKEN", "stkn_wrong")
    assert main(["upload", str(book)]) == 3
    err = capsys.readouterr().err
    assert "AUTH_014" in err and "Traceback" not in err
    monkeypatch.delenv("TOCO_STORE_TOKEN")
    assert main(["upload", str(book)]) == 3
    assert "TOCO_STORE_TOKEN" in capsys.readouterr().err
    assert store_env.state.products() == []


def test_map_overrides_a_column(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 2)
    wb = openpyxl.load_workbook(book)
    wb["Produk"]["C1"] = "Banderol"  # a header nothing matches
    wb.save(book)
    code, data = run_json(capsys, "validate", str(book))
    assert code == 1 and data["rows"][0]["issues"][0]["field"] == "price"
    code, data = run_json(capsys, "validate", str(book), "--map", "banderol=price")
    assert code == 0


def test_verbose_writes_a_debug_log_without_secrets(
    store_env: RunningSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    _private_user_dirs: Path,
) -> None:
    from app.sandbox import DEMO_CREDENTIALS

    book = product_workbook(tmp_path / "produk.xlsx", 2)
    assert main(["upload", str(book), "--verbose"]) == 0
    main(["history"])  # closes the debug log again
    logs = list(_private_user_dirs.rglob("toco-uploader.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "/partner/stores/products/bulk" in text
    assert DEMO_CREDENTIALS.store_token not in text
    assert DEMO_CREDENTIALS.partner_secret not in text


def test_rows_spec() -> None:
    assert parse_rows("2-4,7, 9-9") == {2, 3, 4, 7, 9}


def test_progress_bar_only_on_a_terminal() -> None:
    import io

    from app.cli import ProgressBar
    from app.jobs import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    bar = ProgressBar("Uploading", term)
    bar(Progress(50, 200, 2.0))
    bar.close()
    assert "50/200 rows" in term.getvalue() and "25 rows/s" in term.getvalue()
    assert "ETA 6s" in term.getvalue() and term.getvalue().endswith("\n")
    plain = io.StringIO()
    quiet = ProgressBar("Uploading", plain)
    quiet(Progress(1, 2, 1.0))
    quiet.close()
    assert plain.getvalue() == ""


def test_toco_log_level_debug_writes_the_log(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    _private_user_dirs: Path,
) -> None:
    monkeypatch.setenv("TOCO_LOG_LEVEL", "DEBUG")
    assert main(["validate", str(product_workbook(tmp_path / "p.xlsx", 1))]) == 0
    assert "Debug log:" in capsys.readouterr().err
    monkeypatch.setenv("TOCO_LOG_LEVEL", "WARNING")
    main(["history"])
    assert list(_private_user_dirs.rglob("toco-uploader.log"))


def test_human_output_groups_a_problem_over_its_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {k: ("Harga", "abc") for k in (0, 1, 2, 5)}
    book = product_workbook(tmp_path / "produk.xlsx", 8, bad=bad)
    assert main(["validate", str(book)]) == 1
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("8 rows of produk.xlsx (Produk): ")
    assert "4 ready" in first and "4 invalid" in first
    assert "Rows 2-4, 7, Harga: error:" in out


def test_resume_refuses_a_delete_started_in_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.jobs import Journal

    journal = Journal()
    job_id = journal.start_job(
        "delete",
        source=str(tmp_path / "x.xlsx"),
        sheet="Produk",
        options={"origin": "window", "gui_rows": [0, 1]},
    )
    journal.close()
    assert main(["resume", str(job_id)]) == 2
    assert "started in the window" in capsys.readouterr().err
