"""The brand cell by name or id, against the brands found so far (the brand book)."""

from __future__ import annotations

from app.catalog.category_names import brand_names_to_search
from app.catalog.store_data import StoreData
from app.catalog.validation import check_row
from tests.catalog.store_trees import CATALOGUE, UNIQLO, brand_book, row, uid


def brand_issues(cells: dict[str, object], store: StoreData | None = CATALOGUE) -> list[str]:
    return [i.key for i in check_row(cells, store)[1] if i.field == "brandId"]


def test_a_brand_found_by_name_sends_its_id() -> None:
    values, issues = check_row(row(brandId=" UNIQLO "), CATALOGUE)
    assert values["brandId"] == UNIQLO
    assert [i for i in issues if i.field == "brandId"] == []


def test_a_brand_id_is_sent_even_when_the_book_does_not_hold_it() -> None:
    values, issues = check_row(row(brandId=uid(777)), CATALOGUE)
    assert [i for i in issues if i.field == "brandId"] == []
    assert values["brandId"] == uid(777)
    assert brand_issues(row(brandId=f"Uniqlo ({UNIQLO})")) == []


def test_a_searched_brand_that_does_not_exist_is_red_with_the_closest_names() -> None:
    book = brand_book()
    book.add("uniqloo", [])  # asked: the store has no brand with that name
    values, issues = check_row(row(brandId="Uniqloo"), StoreData(brands=book))
    (issue,) = [i for i in issues if i.field == "brandId"]
    assert issue.key == "no_such_brand_suggest"
    assert issue.params["suggestion"] == "Uniqlo"
    assert issue.message("en") == "There is no brand “Uniqloo” on Toco — did you mean “Uniqlo”?"
    assert issue.message("id") == "Tidak ada merek “Uniqloo” di Toco — maksud Anda “Uniqlo”?"
    assert "brandId" not in values


def test_a_searched_brand_with_nothing_close() -> None:
    book = brand_book()
    book.add("zzz top", [])
    assert brand_issues(row(brandId="ZZZ Top"), StoreData(brands=book)) == ["no_such_brand"]


def test_a_brand_not_searched_yet_or_without_a_book_is_one_clear_issue() -> None:
    assert brand_issues(row(brandId="Eiger")) == ["brands_not_downloaded"]
    assert brand_issues(row(brandId="Eiger"), None) == ["brands_not_downloaded"]
    (issue,) = [i for i in check_row(row(brandId="Eiger"))[1] if i.field == "brandId"]
    assert "Eiger" in issue.message("en") and "Eiger" in issue.message("id")


def test_the_names_still_to_search_are_normalised_and_asked_once() -> None:
    rows: list[dict[str, object]] = [
        {"brandId": "Eiger"},
        {"brandId": "  EIGER "},
        {"brandId": "Uniqlo"},  # in the book
        {"brandId": "nikee"},  # searched, not found: not asked again
        {"brandId": uid(5)},  # an id
        {"brandId": None},
        {},
    ]
    assert brand_names_to_search(rows, brand_book()) == {"eiger"}
    assert brand_names_to_search(rows, None) == {"eiger", "uniqlo", "nikee"}


def test_a_brand_added_to_the_book_is_found_on_the_next_check() -> None:
    book = brand_book()
    store = StoreData(brands=book)
    assert brand_issues(row(brandId="Eiger"), store) == ["brands_not_downloaded"]
    from app.catalog.store_data import Entry

    book.add("eiger", [Entry(uid(40), "Eiger")])
    values, _ = check_row(row(brandId="Eiger"), store)
    assert values["brandId"] == uid(40)
