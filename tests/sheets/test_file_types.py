"""The file type by content, not by name: each kind of file read as what it is, with a notice when
its name says otherwise, and each one we cannot read refused with its own words and fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.catalog.status import Status
from app.sheets import SheetError, list_sheets, open_table, read_sheet
from app.sheets.filetype import detect
from tests.sheets import file_kinds as kinds

needs_soffice = pytest.mark.skipif(kinds.SOFFICE is None, reason="LibreOffice (soffice) missing")


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A real .xls and .ods of three products, converted once per session by LibreOffice."""
    if kinds.SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    source = kinds.products(folder / "produk.xlsx")
    return {ext: kinds.convert(source, ext, folder / ext) for ext in ("xls", "ods")}


def _ready_skus(path: Path) -> list[str | None]:
    loaded = open_table(path)
    assert [r.status for r in loaded.table.rows] == [Status.READY] * len(loaded.table)
    return [r.sku for r in loaded.table.rows]


def _refused(path: Path) -> SheetError:
    for call in (list_sheets, read_sheet):
        with pytest.raises(SheetError) as caught:
            call(path)
    return caught.value


SKUS = ["SKU-00000", "SKU-00001", "SKU-00002"]


@pytest.mark.parametrize("name", ["produk.xls", "produk.csv", "produk"])
def test_a_real_xlsx_under_another_name_is_read_and_said(tmp_path: Path, name: str) -> None:
    path = kinds.products(tmp_path / "asli.xlsx").rename(tmp_path / name)
    assert _ready_skus(path) == SKUS
    raw = read_sheet(path)
    assert [n.message("en") for n in raw.notices] == [
        f"{name} is really an Excel workbook (.xlsx); it was read as such."
    ]
    assert raw.notices[0].message("id") == (
        f"{name} sebenarnya workbook Excel (.xlsx); berkas ini dibaca sesuai isinya."
    )
    assert [s.name for s in list_sheets(path)] == ["Produk"]


def test_a_file_whose_name_matches_has_no_notice(tmp_path: Path) -> None:
    assert read_sheet(kinds.products(tmp_path / "produk.xlsx")).notices == []


@needs_soffice
@pytest.mark.parametrize("ext, words", [("xls", "an .xls workbook"), ("ods", "an OpenDocument")])
def test_libreoffice_xls_and_ods_under_an_xlsx_name(
    tmp_path: Path, converted: dict[str, Path], ext: str, words: str
) -> None:
    path = tmp_path / "dari-web.xlsx"
    shutil.copy(converted[ext], path)
    assert _ready_skus(path) == SKUS
    (notice,) = read_sheet(path).notices
    assert notice.message("en").startswith(f"dari-web.xlsx is really {words}")
    assert "sebenarnya" in notice.message("id")
    # under its own name the same file is read without a word
    assert read_sheet(converted[ext]).notices == []


def test_csv_under_an_xlsx_name(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.xlsx"
    kinds.products(tmp_path / "p.xlsx")
    header = "SKU;Nama Produk;Harga;Stok;Berat (gram);Kategori ID;Sub Kategori ID;Tipe ID;Kondisi"
    from tests.cli.workbooks import CATEGORY, SUB_CATEGORY, TYPE

    line = f"K-1;Kaos Polos;25000;4;250;{CATEGORY};{SUB_CATEGORY};{TYPE};Baru"
    path.write_text(f"{header}\n{line}\n", encoding="utf-8")
    raw = read_sheet(path)
    assert raw.format == "csv"
    assert raw.rows[1][1][:3] == ["K-1", "Kaos Polos", 25000]
    assert raw.notices[0].message("en") == (
        "ekspor.xlsx is really a text file of values (CSV); it was read as such."
    )


@pytest.mark.parametrize("layout", ["elsewhere", "backslashes", "both"])
def test_packages_whose_workbook_part_is_not_where_readers_look(
    tmp_path: Path, layout: str
) -> None:
    source = kinds.products(tmp_path / "asli.xlsx")
    path = tmp_path / "hr-system.xlsx"
    if layout == "elsewhere":
        kinds.workbook_elsewhere(source, path)
    elif layout == "backslashes":
        kinds.backslash_package(source, path)
    else:
        kinds.backslash_package(kinds.workbook_elsewhere(source, tmp_path / "w.xlsx"), path)
    assert [s.name for s in list_sheets(path)] == ["Produk"]
    raw = read_sheet(path)
    assert raw.path == path and raw.notices == []
    assert _ready_skus(path) == SKUS


@pytest.mark.parametrize("layout", ["elsewhere", "backslashes"])
def test_an_odd_package_is_still_held_to_the_size_limits(tmp_path: Path, layout: str) -> None:
    from tests.sheets.books import rewrite_sheet

    source = kinds.products(tmp_path / "asli.xlsx")
    rewrite_sheet(
        source,
        "Produk",
        lambda xml: xml.replace(
            "</sheetData>",
            '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>',
        ),
    )
    odd = kinds.workbook_elsewhere if layout == "elsewhere" else kinds.backslash_package
    path = odd(source, tmp_path / "jauh.xlsx")
    assert _refused(path).key == "too_many_cells"


def test_password_protected_xlsx_says_how_to_remove_it(tmp_path: Path) -> None:
    for name in ("rahasia.xlsx", "rahasia.xls"):
        error = _refused(kinds.encrypted_xlsx(tmp_path / name))
        assert error.key == "password_protected"
        assert "File › Info › Protect Workbook › Encrypt with Password" in error.message("en")
        assert "hapus kata sandinya" in error.message("id")


@needs_soffice
def test_password_protected_xls_is_not_called_damaged(
    tmp_path: Path, converted: dict[str, Path]
) -> None:
    path = kinds.encrypted_xls(converted["xls"], tmp_path / "rahasia.xls")
    error = _refused(path)
    assert error.key == "password_protected"
    with pytest.raises(SheetError, match="protected by a password"):
        detect(path)  # told from the FILEPASS record before any reader sees the file
    assert error.message("en").startswith("rahasia.xls is protected by a password")


@needs_soffice
def test_password_protected_ods_points_to_libreoffice(
    tmp_path: Path, converted: dict[str, Path]
) -> None:
    error = _refused(kinds.encrypted_ods(converted["ods"], tmp_path / "rahasia.ods"))
    assert error.key == "password_protected_ods"
    assert "LibreOffice Calc" in error.message("en") and "Excel" not in error.message("en")
    assert "Save with password" in error.message("en")
    assert "Simpan dengan kata sandi" in error.message("id")


@pytest.mark.parametrize(
    "make, name, key, fix",
    [
        (kinds.xlsb_like, "laporan.xlsb", "xlsb", "Save As › Excel Workbook (.xlsx)"),
        (kinds.xlsb_like, "laporan.xlsx", "xlsb", "Save As › Excel Workbook (.xlsx)"),
        (kinds.numbers_like, "stok.numbers", "numbers", "File › Export To › Excel"),
    ],
)
def test_packages_we_do_not_read_name_their_format(
    tmp_path: Path, make: object, name: str, key: str, fix: str
) -> None:
    error = _refused(make(tmp_path / name))  # type: ignore[operator]
    assert error.key == key
    assert fix in error.message("en") and fix.split(" › ")[0] in error.message("id")


def test_a_numbers_document_folder(tmp_path: Path) -> None:
    folder = tmp_path / "stok.numbers"
    (folder / "Index").mkdir(parents=True)
    (folder / "Index" / "Document.iwa").write_bytes(b"\x00")
    error = _refused(folder)
    assert error.key == "numbers"
    assert "Apple Numbers" in error.message("en")


@pytest.mark.parametrize(
    "text, encoding, key, words",
    [
        (kinds.SPREADSHEETML, "utf-8", "spreadsheetml", "Excel 2003 XML"),
        (kinds.HTML_TABLE, "utf-8", "html_table", "web page (HTML)"),
        (kinds.HTML_TABLE, "utf-16", "html_table", "web page (HTML)"),
    ],
)
def test_text_formats_saved_as_xls(
    tmp_path: Path, text: str, encoding: str, key: str, words: str
) -> None:
    path = tmp_path / "ekspor.xls"
    path.write_text(text, encoding=encoding)
    error = _refused(path)
    assert error.key == key
    assert words in error.message("en")
    assert "Excel Workbook (.xlsx)" in error.message("id")


def test_an_html_export_named_csv_is_not_read_as_values(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.csv"
    path.write_text(kinds.HTML_TABLE, encoding="utf-8")
    assert _refused(path).key == "html_table"


def test_a_zero_byte_file_says_it_is_empty(tmp_path: Path) -> None:
    for name in ("kosong.xlsx", "kosong.csv"):
        path = tmp_path / name
        path.write_bytes(b"")
        error = _refused(path)
        assert error.key == "empty_file"
        assert error.message("en").startswith(f"{name} is empty (0 bytes)")
        assert "every sheet" not in error.message("en")
        assert "kosong (0 byte)" in error.message("id")


def test_a_word_document_under_an_xlsx_name_is_not_a_spreadsheet(tmp_path: Path) -> None:
    """A real .docx: its main part is a document, declared so; not "damaged"."""
    import zipfile

    path = tmp_path / "surat.xlsx"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        out.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
        )
        out.writestr("word/document.xml", "<w:document/>")
    error = _refused(path)
    assert error.key == "not_a_spreadsheet"
    assert error.message("en").startswith("surat.xlsx is not a spreadsheet")
