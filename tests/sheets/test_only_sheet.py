"""The window reads a workbook of one worksheet without listing it first (listing parses every
sheet to count its rows, and the sheet would then be parsed a second time): the one name comes
from the workbook's metadata, and the read refuses what the listing would have refused — a
sheet python-calamine cannot parse is "corrupt" then, not read again by openpyxl."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.sheets import SheetError, list_sheets, reader
from app.sheets.reading_child import ReadingChild
from tests.gui.samples import write_workbook


@pytest.fixture
def child() -> Iterator[Callable[[Path], ReadingChild]]:
    opened: list[ReadingChild] = []

    def open_child(path: Path) -> ReadingChild:
        opened.append(ReadingChild(path))
        return opened[-1]

    yield open_child
    for each in opened:
        each.close()


def test_one_worksheet_is_named_from_the_metadata_and_several_are_listed(
    tmp_path: Path, child: Callable[[Path], ReadingChild]
) -> None:
    one = write_workbook(tmp_path / "satu.xlsx")
    two = write_workbook(tmp_path / "dua.xlsx", sheets=2)
    csv = tmp_path / "produk.csv"
    csv.write_text("Nama Produk;SKU\nKaos;K-1\n", encoding="utf-8")
    assert child(one).only_sheet() == list_sheets(one)[0].name
    assert len(list_sheets(two)) == 2 and child(two).only_sheet() is None
    assert child(csv).only_sheet() is None


def test_read_without_fallback_refuses_what_listing_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_workbook(tmp_path / "rusak.xlsx")
    plain = reader.read_sheet(path)

    def calamine_fails(*_: object) -> None:
        raise reader._CalamineFailed

    monkeypatch.setattr(reader, "_read_calamine", calamine_fails)
    assert reader.read_sheet(path).rows == plain.rows  # openpyxl reads it after all
    with pytest.raises(SheetError) as refused:
        reader.read_sheet(path, fallback=False)
    assert refused.value.message("en") == SheetError("corrupt", name="rusak.xlsx").message("en")
    assert "rusak.xlsx" in refused.value.message("id")
