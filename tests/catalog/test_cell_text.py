"""A cell as text reads back to the same value through its field's parser."""

from __future__ import annotations

from typing import Any

import pytest

from app.catalog.cell_text import cell_text, rupiah, scalar_text
from app.catalog.fields import field_by_key
from app.catalog.parsing import CellError


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("photos", {"2": "https://a.id/2.jpg", "1": "https://a.id/1.jpg", "3": None}),
        ("hashtags", ["promo", "baru"]),
        ("dimensions", {"length": 12, "width": 12.0, "height": "10"}),
        ("warehouses", {"WH-1": 4.0, "WH-2": None, "2026012714314318226016": 23}),
        ("price", 200000.0),
        ("isPreorder", True),
        ("sku", 480166.0),
    ],
)
def test_text_reads_back_to_the_same_value(key: str, raw: Any) -> None:
    field = field_by_key(key)
    assert field.parser(cell_text(field, raw)) == field.parser(raw)


def test_shapes() -> None:
    assert cell_text(field_by_key("dimensions"), {"length": 1, "width": 2, "height": 3}) == "1x2x3"
    assert cell_text(field_by_key("photos"), {"10": "b", "9": "a"}) == "a; b"
    assert cell_text(field_by_key("hashtags"), ["a", "b"]) == "a, b"
    assert cell_text(field_by_key("name"), None) == ""
    assert scalar_text(CellError("#N/A")) == "#N/A"
    assert scalar_text(12.0) == "12" and scalar_text(False) == "Tidak"


def test_rupiah() -> None:
    assert rupiah(1250000) == "Rp 1.250.000"
    assert rupiah(0) == "Rp 0"
    assert rupiah(-5000) == "-Rp 5.000"
