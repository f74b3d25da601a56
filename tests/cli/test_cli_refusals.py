"""A refused file or command on the command line: the message on stderr in the chosen language,
with ``--json`` also ``{"error": {"code", "message"}}`` on stdout, exit code 2; a file that is
really another format is read with a note on stderr; no library warning reaches stderr."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.sandbox import RunningSandbox
from tests.cli.workbooks import delete_workbook, product_workbook
from tests.sheets import file_kinds as kinds
from tests.sheets.books import rewrite_sheet


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[dict[str, Any], str]:
    assert main(list(argv)) == 2
    out, err = capsys.readouterr()
    payload = json.loads(out)
    assert set(payload) == {"error"} and set(payload["error"]) == {"code", "message"}
    assert payload["error"]["message"] in err  # the same words on stderr, for the person
    assert "Traceback" not in err
    return payload["error"], err


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _html(path: Path) -> Path:
    path.write_text(kinds.HTML_TABLE, encoding="utf-8")
    return path


FILES: list[tuple[str, Callable[[Path], Path], str, str]] = [
    ("kosong.xlsx", _empty, "empty_file", "is empty (0 bytes)"),
    ("rahasia.xlsx", kinds.encrypted_xlsx, "password_protected", "Encrypt with Password"),
    ("laporan.xlsb", kinds.xlsb_like, "xlsb", "Save As › Excel Workbook (.xlsx)"),
    ("stok.numbers", kinds.numbers_like, "numbers", "File › Export To › Excel"),
    ("ekspor.xls", _html, "html_table", "web page (HTML)"),
]


CASES = [("validate", *f) for f in FILES] + [
    (command, *FILES[2])
    for command in ("upload", "delete")  # each reading path once more
]


@pytest.mark.parametrize(
    "command, name, make, code, words", CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES]
)
def test_a_refused_file_with_json(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: Callable[[Path], Path],
    code: str,
    words: str,
    command: str,
) -> None:
    """Refused before any credential is needed, for each command that reads a workbook."""
    path = make(tmp_path / name)
    error, _ = _error(capsys, command, str(path), "--json", "--lang", "en")
    assert error["code"] == code
    assert error["message"].startswith(name) and words in error["message"]


def test_the_json_error_speaks_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = kinds.encrypted_xlsx(tmp_path / "rahasia.xlsx")
    error, _ = _error(capsys, "validate", str(path), "--json", "--lang", "id")
    assert error["message"].startswith("rahasia.xlsx dilindungi kata sandi")
    missing, _ = _error(
        capsys, "validate", str(tmp_path / "tidak-ada.xlsx"), "--json", "--lang", "id"
    )
    assert missing == {
        "code": "file_not_found",
        "message": f"Tidak ada berkas {tmp_path}/tidak-ada.xlsx.",
    }


def test_command_refusals_with_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 3, notes_sheet=False)
    error, _ = _error(capsys, "validate", str(book), "--rows", "90-95", "--json", "--lang", "en")
    assert error == {
        "code": "rows_not_found",
        "message": "--rows 90-95: none of those rows holds a product (products are in rows 2-4).",
    }
    error, _ = _error(capsys, "validate", str(book), "--map", "Warna=color", "--json")
    assert error["code"] == "map_no_column" and "'Warna'" in error["message"]
    error, _ = _error(capsys, "validate", str(book), "--rows", "x", "--json", "--lang", "id")
    assert error == {
        "code": "bad_rows",
        "message": "--rows: 'x' bukan nomor baris atau rentang seperti 2-40.",
    }


def test_without_json_stdout_stays_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(_empty(tmp_path / "nol.xlsx")), "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("toco-uploader: nol.xlsx is empty (0 bytes)")


def test_delete_without_confirmation_with_json(
    store_env: RunningSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    sheet = delete_workbook(tmp_path / "hapus.xlsx", [(None, "A"), (None, "B")])
    error, _ = _error(capsys, "delete", str(sheet), "--json", "--lang", "id")
    assert error["code"] == "needs_confirmation"
    assert error["message"].startswith("Penghapusan 2 produk ditolak tanpa konfirmasi")


def test_a_file_that_is_really_another_format_is_read_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = product_workbook(tmp_path / "asli.xlsx", 3, notes_sheet=False)
    path = book.rename(tmp_path / "produk.xls")
    assert main(["validate", str(path), "--json", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["summary"] == {"ready": 3}  # stdout stays the rows alone
    assert "Note: produk.xls is really an Excel workbook (.xlsx); it was read as such." in err
    assert main(["validate", str(path), "--lang", "id"]) == 0
    err = capsys.readouterr().err
    assert "Catatan: produk.xls sebenarnya workbook Excel (.xlsx)" in err


_DATA_VALIDATION_EXTENSION = (
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:dataValidations count="0" '
    'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext></extLst></worksheet>'
)


def test_no_library_warning_reaches_stderr(store_env: RunningSandbox, tmp_path: Path) -> None:
    """A marketplace template carries Excel's data-validation extension, which openpyxl warns
    about (with its site-packages path) when the results workbook is written."""
    book = product_workbook(tmp_path / "template.xlsx", 2, notes_sheet=False)
    rewrite_sheet(
        book, "Produk", lambda xml: xml.replace("</worksheet>", _DATA_VALIDATION_EXTENSION)
    )
    results = tmp_path / "hasil.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "app", "upload", str(book), "--results", str(results)],
        text=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "default"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert results.exists()
    assert "site-packages" not in done.stderr
    assert "Warning" not in done.stderr
