"""Every issue about the store's data has its message and hint in English and Indonesian."""

from __future__ import annotations

import pytest

from app.catalog.messages import HINTS, KIND_WORDS, MESSAGES

STORE_KEYS = (
    "categories_not_downloaded",
    "category_path_too_long",
    "given_by_path_too",
    "no_such_category",
    "no_such_category_suggest",
    "not_under_parent",
    "not_under_parent_suggest",
    "unknown_id",
    "id_not_under_parent",
    "id_not_under_parent_suggest",
    "no_such_brand",
    "no_such_brand_suggest",
    "brands_not_downloaded",
    "warehouses_not_known",
    "store_has_no_warehouses",
    "no_such_warehouse",
    "stock_to_every_warehouse",
)


@pytest.mark.parametrize("key", STORE_KEYS)
def test_message_and_hint_in_both_languages(key: str) -> None:
    for table in (MESSAGES, HINTS):
        en, id_ = table[key]
        assert en.strip() and id_.strip() and en != id_, key


def test_level_words_in_both_languages() -> None:
    assert [KIND_WORDS[w][1] for w in ("category", "sub_category", "type", "brand")] == [
        "kategori",
        "sub kategori",
        "tipe",
        "merek",
    ]
