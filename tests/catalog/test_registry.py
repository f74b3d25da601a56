"""What the registry says about a field, and that the places using it follow it."""

from __future__ import annotations

import pytest

from app.catalog.cell_text import display_text
from app.catalog.fields import FIELDS, KINDS, Field, Kind, field_by_key
from app.catalog.parsing import DIMENSIONS_PATTERN


def test_every_kind_is_described() -> None:
    assert set(KINDS) == set(Kind)


@pytest.mark.parametrize("field", [f for f in FIELDS if f.choices], ids=lambda f: f.key)
def test_every_word_of_a_choice_reads_as_its_value(field: Field) -> None:
    for choice in field.choices:
        for word in (choice.en, choice.id, *choice.also):
            assert field.parser(word).value == choice.value, word
        assert field.choice_word(choice.value, "id") == choice.id
        assert field.choice_word(choice.value, "en") == choice.en


def test_a_yes_no_word_is_not_taken_for_a_number() -> None:
    assert field_by_key("isPreorder").choice_word(1) is None
    assert field_by_key("isPreorder").choice_word(True) == "Ya"


def test_a_kg_column_tags_its_values_and_gives_them_back() -> None:
    weight = field_by_key("weight")
    unit = weight.column_unit("Berat (kg)")
    assert unit is not None
    assert weight.parser(unit.tagged(1.5)).value == 1500
    assert weight.parser(unit.tagged("2")).value == 2000
    assert unit.of(1500) == 1.5 and unit.of(2000) == 2
    assert weight.column_unit("Berat (gram)") is None
    assert weight.column_unit("Kilogram") is not None
    assert field_by_key("stock").column_unit("Stok (kg)") is None  # counts have no units


def test_part_headers_are_spelled_as_the_registry_reads_them() -> None:
    from app.sheets.matching import match_part

    for key, part in (("warehouses", "WH-2"), ("dimensions", "height"), ("photos", "3")):
        first = field_by_key(key).part_headers(part, "id")[0]
        found = match_part(first)
        assert found is not None and (found.field, found.part) == (key, part), first


def test_the_grid_shows_a_cell_dressed_and_an_editor_gets_it_plain() -> None:
    from app.catalog.cell_text import cell_text

    dims = field_by_key("dimensions")
    assert display_text(dims, {"length": 1, "width": None, "height": 3}) == "1 × ? × 3"
    assert cell_text(dims, {"length": 1, "width": 2, "height": 3}) == "1x2x3"
    houses = field_by_key("warehouses")
    assert display_text(houses, {"WH-1": 2, "WH-2": None}) == "WH-1: 2"
    assert cell_text(houses, {"WH-1": 2}) == "WH-1:2"
    price = field_by_key("price")
    assert display_text(price, 1250000, 1250000) == "Rp 1.250.000"
    # typed as text or read as a number, a price the parser read is shown as Rupiah
    assert display_text(price, "1250000", 1250000) == "Rp 1.250.000"
    assert display_text(price, "12,5 juta", None) == "12,5 juta"  # unreadable: as written
    text = field_by_key("description")
    assert display_text(text, "a\nb") == "a ⏎ b" and cell_text(text, "a\nb") == "a\nb"
    assert display_text(field_by_key("hashtags"), {"2": "b", "1": "a"}) == "a; b"


def test_the_dimensions_editor_splits_what_the_parser_reads() -> None:
    from app.gui.grid.cells import dimensions_parts

    assert DIMENSIONS_PATTERN.match("12 x 8×3cm")
    assert dimensions_parts("12 x 8×3cm") == ("12", "8", "3")
