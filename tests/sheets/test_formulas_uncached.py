"""Formulas whose result the file does not hold: an issue on the cell naming the formula and
the fix, never a silent 0 and never "required". Formulas with trustworthy results keep working.

Workbooks of three writers: XlsxWriter (every result cached as 0, ``fullCalcOnLoad``), a script
that writes ``<f>`` without ``<v>`` (a package made by hand), and LibreOffice, which recalculates
and saves real results.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from app.catalog.parsing import UncachedFormula
from app.catalog.status import Status
from app.cli import main
from app.sheets import open_table, read_sheet
from tests.sheets.books import ID_HEADERS, product

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
FIX_EN = "Open the file in Excel or LibreOffice, save it, and open it again."


def stock_formula_workbook(path: Path, rows: int = 3) -> Path:
    """Stok (column D) is ``=Q+R`` (stock in the shop + stock in the back), as XlsxWriter
    writes it: a cached 0 for every formula and "recalculate everything on load"."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Produk")
    sheet.write_row(0, 0, [*ID_HEADERS[:16], "Awal", "Tambahan"])
    for k in range(rows):
        r = k + 1
        values = product(f"KAOS-{k:03d}", f"Kaos {k}", 150000 + k)
        sheet.write_row(r, 0, [v if v is not None else "" for v in values])
        sheet.write_row(r, 16, [3 + k, 4])
        sheet.write_formula(r, 3, f"=Q{r + 1}+R{r + 1}")
    book.close()
    return path


def test_xlsxwriter_stock_formulas_are_issues_on_each_stock_cell(tmp_path: Path) -> None:
    loaded = open_table(stock_formula_workbook(tmp_path / "stok.xlsx"))
    rows = loaded.table.rows
    assert [r.sheet_row for r in rows] == [2, 3, 4]
    assert [r.status for r in rows] == [Status.INVALID] * 3  # nothing ready on a 0 stock
    for r in rows:
        [issue] = [i for i in r.issues if i.is_error]
        assert issue.field == "stock" and issue.key == "formula_not_cached"
        n = r.sheet_row
        assert issue.message("en") == (
            f"This cell is the formula =Q{n}+R{n}, whose result the file does not hold."
        )
        assert issue.hint("en") == FIX_EN
        assert issue.message("id") == (
            f"Sel ini berisi rumus =Q{n}+R{n}, tetapi hasilnya tidak tersimpan di file."
        )
        assert "stock" not in r.values  # no silent 0
        assert r.cells["stock"] == UncachedFormula(f"=Q{n}+R{n}")


def test_cli_names_the_stock_cell_and_the_formula(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = stock_formula_workbook(tmp_path / "stok.xlsx", rows=1)
    assert main(["validate", str(book), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert (
        "Row 2, Stok: error: This cell is the formula =Q2+R2, whose result the file does not"
        f" hold. — {FIX_EN}"
    ) in out


_OOXML = "http://schemas.openxmlformats.org"
_DOC_REL = f"{_OOXML}/officeDocument/2006/relationships"
_PKG_REL = f"{_OOXML}/package/2006/relationships"
_TYPE = "application/vnd.openxmlformats-"
_CONTENT_TYPES = (
    f'<Types xmlns="{_OOXML}/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="{_TYPE}package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml"'
    f' ContentType="{_TYPE}officedocument.spreadsheetml.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml"'
    f' ContentType="{_TYPE}officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    f'<workbook xmlns="{_OOXML}/spreadsheetml/2006/main" xmlns:r="{_DOC_REL}">'
    '<sheets><sheet name="Produk" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def _cell(ref: str, value: object) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def script_workbook(path: Path, sku_cells: list[str]) -> Path:
    """A package as a script writes it: the SKU column (B) holds the given raw cell XML."""
    headers = ["Nama Produk", "SKU", *ID_HEADERS[2:15]]
    rows = [
        "".join(_cell(f"{chr(65 + i)}1", h) for i, h in enumerate(headers)),
    ]
    for k, sku_cell in enumerate(sku_cells):
        r = k + 2
        values = product("x", f"Kaos {k}", 150000)
        values[0], values[1] = values[1], values[0]  # name first, then SKU
        values[9] = f"https://example.com/{k}.jpg"
        cells = [
            sku_cell.format(r=r) if i == 1 else _cell(f"{chr(65 + i)}{r}", v)
            for i, v in enumerate(values[:15])
            if v is not None or i == 1
        ]
        rows.append("".join(cells))
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(f'<row r="{n}">{cells}</row>' for n, cells in enumerate(rows, 1))
        + "</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_a_sku_formula_without_a_result_is_a_formula_issue_not_required(tmp_path: Path) -> None:
    book = script_workbook(
        tmp_path / "skrip.xlsx",
        [
            '<c r="B{r}"><f>"KAOS-"&amp;ROW()</f></c>',  # no result at all
            '<c r="B{r}" t="str"><f>"KAOS-"&amp;ROW()</f><v>KAOS-3</v></c>',  # a real result
        ],
    )
    first, second = open_table(book).table.rows
    assert [(i.field, i.key) for i in first.issues if i.is_error] == [("sku", "formula_not_cached")]
    assert first.issues_for("sku")[0].message("en") == (
        'This cell is the formula ="KAOS-"&ROW(), whose result the file does not hold.'
    )
    assert second.status is Status.READY  # a cached result, no recalculation asked: trusted
    assert second.values["sku"] == "KAOS-3"


def test_a_row_of_nothing_but_dragged_down_formulas_is_a_blank_row(tmp_path: Path) -> None:
    path = tmp_path / "seret.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Produk")
    sheet.write_row(0, 0, ID_HEADERS[:16])
    sheet.write_row(1, 0, [v if v is not None else "" for v in product("A-1", "Kaos", 150000)])
    for r in range(3, 8):  # Stok dragged down over empty rows: a cached 0 each
        sheet.write_formula(r - 1, 3, f"=P{r}*2")
    book.close()
    raw = read_sheet(path)
    assert [n for n, _ in raw.rows] == [1, 2]  # the empty rows are not products
    assert raw.values_of(2)[3] == 10


@pytest.mark.libreoffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_saved_by_libreoffice_the_formula_results_are_used(tmp_path: Path) -> None:
    source = stock_formula_workbook(tmp_path / "stok.xlsx")
    profile = tmp_path / "lo-profile"
    (profile / "user").mkdir(parents=True)
    # as a merchant's LibreOffice set to recalculate on load (the headless default never does)
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry">'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
        '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>'
        "</oor:items>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    rows = open_table(out / "stok.xlsx").table.rows
    assert [r.status for r in rows] == [Status.READY] * 3
    assert [r.values["stock"] for r in rows] == [7, 8, 9]


def test_the_formula_cell_survives_the_session_file() -> None:
    from app.sheets.session import decode, encode

    assert decode(encode(UncachedFormula("=Q2+R2"))) == UncachedFormula("=Q2+R2")
    assert type(decode(encode(UncachedFormula("=Q2+R2")))) is UncachedFormula
