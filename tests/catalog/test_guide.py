"""The merchant's reference comes from the registry: every kind says what it accepts."""

from __future__ import annotations

from app.catalog.fields import FIELDS
from app.catalog.guide import CONNECTION, spreadsheet_format, store_errors
from app.catalog.kinds import FORMS, Kind


def test_every_kind_says_what_a_merchant_may_write_in_both_languages() -> None:
    for kind in Kind:
        en, id_ = FORMS[kind]
        assert en and id_ and en != id_, kind


def test_the_format_lists_every_field_once_with_its_other_headers() -> None:
    guide = spreadsheet_format("id")
    assert [g.key for g in guide] == [f.key for f in FIELDS]
    price = next(g for g in guide if g.key == "price")
    assert price.label == "Harga"
    assert "Price" in price.other_headers
    assert price.label not in price.other_headers
    assert price.required


def test_store_errors_give_meaning_and_fix_for_each_code() -> None:
    guides = store_errors("en")
    assert [g.code for g in guides][-1] == CONNECTION
    for g in guides:
        assert g.meaning and g.what_to_do, g.code
