"""Category, sub-category and type cells by name, path, id or ``Name (id)``, against the tree."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from app.catalog import ProductTable
from app.catalog.issues import Issue
from app.catalog.store_data import StoreData
from app.catalog.validation import check_row
from tests.catalog.store_trees import (
    AKSESORIS_PRIA,
    AKSESORIS_WANITA,
    CATALOGUE,
    DRESS_PESTA,
    FASHION_PRIA,
    FASHION_WANITA,
    KAOS,
    KAOS_OBLONG,
    KAOS_POLO,
    PULSA,
    STORE,
    TOKEN_20,
    TOKEN_LISTRIK,
    TOPI_PRIA,
    TOPI_WANITA,
    TREE,
    row,
    uid,
)

CHAIN = ("categoryId", "subCategoryId", "typeId")


def ids(values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(values.get(k) for k in CHAIN)


def chain_issues(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.field in CHAIN]


def test_names_in_three_cells_send_ids_and_keep_the_names() -> None:
    cells = row(categoryId="Fashion Pria", subCategoryId="Kaos", typeId="Kaos Oblong")
    table = ProductTable.from_cells([(2, cells)], store_data=CATALOGUE)
    got = table.rows[0]
    assert got.issues == []
    payload = got.payload()
    assert (payload["categoryId"], payload["subCategoryId"], payload["typeId"]) == (
        FASHION_PRIA,
        KAOS,
        KAOS_OBLONG,
    )
    assert (got.cells["categoryId"], got.cells["typeId"]) == ("Fashion Pria", "Kaos Oblong")


def test_names_compare_without_case_and_extra_spaces() -> None:
    values, issues = check_row(
        row(categoryId="  fashion   PRIA ", subCategoryId="KAOS", typeId="kaos\u00a0oblong"), STORE
    )
    assert chain_issues(issues) == []
    assert ids(values) == (FASHION_PRIA, KAOS, KAOS_OBLONG)


@pytest.mark.parametrize(
    ("category", "want"),
    [
        ("Fashion Wanita", (FASHION_WANITA, AKSESORIS_WANITA, TOPI_WANITA)),
        ("Fashion Pria", (FASHION_PRIA, AKSESORIS_PRIA, TOPI_PRIA)),
    ],
)
def test_a_name_repeated_under_another_parent_resolves_under_its_own(
    category: str, want: tuple[str, ...]
) -> None:
    values, issues = check_row(
        row(categoryId=category, subCategoryId="Aksesoris", typeId="Topi"), STORE
    )
    assert chain_issues(issues) == []
    assert ids(values) == want


@pytest.mark.parametrize(
    "path",
    [
        "Fashion Pria > Kaos > Kaos Oblong",
        "Fashion Pria / Kaos / Kaos Oblong",
        "Fashion Pria » Kaos » Kaos Oblong",
        "Fashion Pria › Kaos › Kaos Oblong",
        "fashion pria>kaos>KAOS OBLONG",
    ],
)
def test_the_whole_path_in_the_category_cell(path: str) -> None:
    values, issues = check_row(row(categoryId=path), STORE)
    assert chain_issues(issues) == []
    assert ids(values) == (FASHION_PRIA, KAOS, KAOS_OBLONG)


def test_a_category_whose_name_holds_a_slash_is_tried_whole_first() -> None:
    values, issues = check_row(
        row(categoryId="Pulsa / Token", subCategoryId="Token Listrik", typeId="Token 20rb"), STORE
    )
    assert chain_issues(issues) == []
    assert ids(values) == (PULSA, TOKEN_LISTRIK, TOKEN_20)
    values, issues = check_row(row(categoryId="Pulsa / Token > Token Listrik > Token 20rb"), STORE)
    assert chain_issues(issues) == []
    assert ids(values) == (PULSA, TOKEN_LISTRIK, TOKEN_20)


def test_a_two_level_path_with_the_type_in_its_own_cell() -> None:
    values, issues = check_row(row(categoryId="Fashion Pria > Kaos", typeId="Kaos Polo"), STORE)
    assert chain_issues(issues) == []
    assert values["subCategoryId"] == KAOS


def test_name_with_id_and_mixes_of_names_and_ids() -> None:
    values, issues = check_row(
        row(
            categoryId="Fashion Pria",
            subCategoryId=KAOS.upper(),
            typeId=f"Kaos Oblong ({KAOS_OBLONG})",
        ),
        STORE,
    )
    assert chain_issues(issues) == []
    assert ids(values) == (FASHION_PRIA, KAOS, KAOS_OBLONG)


def test_a_type_under_two_sub_categories_is_valid_under_both() -> None:
    for sub in (KAOS, AKSESORIS_PRIA):
        values, issues = check_row(
            row(categoryId=FASHION_PRIA, subCategoryId=sub, typeId=KAOS_OBLONG), STORE
        )
        assert chain_issues(issues) == [], sub
        assert values["typeId"] == KAOS_OBLONG


def test_an_id_from_another_branch_is_red_with_the_right_sibling_suggested() -> None:
    values, issues = check_row(
        row(categoryId=FASHION_PRIA, subCategoryId=AKSESORIS_WANITA, typeId=TOPI_WANITA), STORE
    )
    (issue,) = chain_issues(issues)
    assert issue.field == "subCategoryId"
    assert issue.key == "id_not_under_parent_suggest"
    assert issue.params["suggestion"] == f"Aksesoris ({AKSESORIS_PRIA})"
    assert "not under Fashion Pria" in issue.message("en")
    assert "bukan di Fashion Pria" in issue.message("id")
    assert ids(values) == (FASHION_PRIA, None, None)


def test_a_type_id_not_under_its_sub_category() -> None:
    _, issues = check_row(
        row(categoryId=FASHION_PRIA, subCategoryId=KAOS, typeId=DRESS_PESTA), STORE
    )
    (issue,) = chain_issues(issues)
    assert (issue.field, issue.key) == ("typeId", "id_not_under_parent")
    assert issue.message("en") == (
        f"The id {DRESS_PESTA} is the type “Dress Pesta” elsewhere in the list, not under Kaos."
    )


def test_an_unknown_id() -> None:
    _, issues = check_row(row(categoryId=uid(999), subCategoryId=KAOS, typeId=KAOS_OBLONG), STORE)
    (issue,) = chain_issues(issues)
    assert (issue.field, issue.key) == ("categoryId", "unknown_id")
    assert issue.message("id") == f"Tidak ada kategori dengan ID {uid(999)}."


def test_a_misspelt_type_suggests_the_closest_name_under_its_parent() -> None:
    _, issues = check_row(
        row(categoryId="Fashion Pria", subCategoryId="Kaos", typeId="Kaos Oblongg"), STORE
    )
    (issue,) = chain_issues(issues)
    assert issue.field == "typeId"
    assert issue.message("en") == (
        "There is no type “Kaos Oblongg” under Kaos — did you mean “Kaos Oblong”?"
    )
    assert issue.message("id") == (
        "Tidak ada tipe “Kaos Oblongg” di Kaos — maksud Anda “Kaos Oblong”?"
    )
    assert issue.params["suggestion"] == "Kaos Oblong"
    assert issue.hint("id")


def test_suggestions_come_from_the_right_parent_only() -> None:
    # "Dress" exists, but under Fashion Wanita: never offered under Fashion Pria
    _, issues = check_row(row(categoryId="Fashion Pria", subCategoryId="Dres", typeId="x"), STORE)
    (issue,) = chain_issues(issues)
    assert (issue.field, issue.key) == ("subCategoryId", "not_under_parent")
    assert "suggestion" not in issue.params
    _, issues = check_row(row(categoryId="Fashion Wanita", subCategoryId="Dres", typeId="x"), STORE)
    (issue,) = chain_issues(issues)
    assert issue.params["suggestion"] == "Dress"


def test_the_first_broken_link_is_the_only_red_cell() -> None:
    values, issues = check_row(
        row(categoryId="Fashion Pira", subCategoryId="Kaoss", typeId="Kaos Oblongg"), STORE
    )
    assert [(i.field, i.key) for i in chain_issues(issues)] == [
        ("categoryId", "no_such_category_suggest")
    ]
    assert chain_issues(issues)[0].params["suggestion"] == "Fashion Pria"
    assert ids(values) == (None, None, None)  # nothing of a broken chain is sent
    _, issues = check_row(
        row(categoryId="Fashion Pria", subCategoryId="Kaoss", typeId="Kaos Oblongg"), STORE
    )
    assert [i.field for i in chain_issues(issues)] == ["subCategoryId"]


def test_a_broken_path_is_red_on_its_cell_with_the_fixed_path_suggested() -> None:
    values, issues = check_row(row(categoryId="Fashion Pria / Kaoss / Kaos Oblong"), STORE)
    (issue,) = chain_issues(issues)
    assert issue.field == "categoryId"
    assert issue.message("en") == (
        "There is no sub-category “Kaoss” under Fashion Pria — did you mean “Kaos”?"
    )
    assert issue.params["suggestion"] == "Fashion Pria / Kaos / Kaos Oblong"
    assert ids(values) == (FASHION_PRIA, None, None)


def test_a_path_of_four_levels_and_a_path_beside_its_own_cells() -> None:
    _, issues = check_row(row(categoryId="A > B > C > D"), STORE)
    assert [(i.field, i.key) for i in chain_issues(issues)] == [
        ("categoryId", "category_path_too_long")
    ]
    _, issues = check_row(
        row(categoryId="Fashion Pria > Kaos > Kaos Oblong", typeId="Kaos Polo"), STORE
    )
    assert [(i.field, i.key) for i in chain_issues(issues)] == [("typeId", "given_by_path_too")]


def test_without_the_tree_ids_pass_on_form_and_each_name_is_one_issue() -> None:
    no_tree = StoreData(tree=None)
    values, issues = check_row(row(categoryId=FASHION_PRIA, subCategoryId=KAOS, typeId="Kaos"))
    assert [(i.field, i.key) for i in chain_issues(issues)] == [
        ("typeId", "categories_not_downloaded")
    ]
    assert values["subCategoryId"] == KAOS
    (issue,) = chain_issues(issues)
    assert issue.message("en") == (
        "The category list has not been downloaded yet — connect to the internet once, then"
        " check again."
    )
    assert issue.message("id") == (
        "Daftar kategori belum diunduh — sambungkan ke internet sekali, lalu periksa lagi."
    )
    _, issues = check_row(row(categoryId="Fashion Pria > Kaos > Kaos Oblong"), no_tree)
    assert [(i.field, i.key) for i in chain_issues(issues)] == [
        ("categoryId", "categories_not_downloaded")
    ]
    values, issues = check_row(
        row(categoryId=FASHION_PRIA, subCategoryId=KAOS, typeId=DRESS_PESTA), no_tree
    )
    assert chain_issues(issues) == []  # form only: the chain cannot be checked yet
    assert ids(values) == (FASHION_PRIA, KAOS, DRESS_PESTA)


def test_a_mistyped_id_is_still_not_a_valid_id() -> None:
    _, issues = check_row(row(categoryId="2fde2994-28a8-4d09", subCategoryId=KAOS), STORE)
    assert ("categoryId", "not_a_uuid") in {(i.field, i.key) for i in issues}


def test_use_store_data_checks_again_and_the_table_pickles() -> None:
    table = ProductTable.from_cells(
        [(2, row(categoryId="Fashion Pria > Kaos > Kaos Oblong"))], store_data=None
    )
    assert [i.key for i in table.rows[0].issues] == ["categories_not_downloaded"]
    assert table.use_store_data(CATALOGUE) == {0}
    assert table.rows[0].issues == []
    again = pickle.loads(pickle.dumps(table))
    assert again.rows[0].payload()["typeId"] == KAOS_OBLONG
    again.set_cell(0, "categoryId", "Fashion Pria > Kaos > Kaos Oblongg")
    assert [i.field for i in again.rows[0].issues] == ["categoryId"]


def test_delete_rows_do_not_look_at_categories() -> None:
    table = ProductTable.from_cells(
        [(2, {"sku": "480166", "categoryId": "Nope > Nope"})], purpose="delete", store_data=STORE
    )
    assert table.rows[0].issues == []


def test_the_tree_index_is_built_once_per_tree() -> None:
    from app.catalog.naming import index_of

    assert index_of(TREE) is index_of(TREE)
    copy = pickle.loads(pickle.dumps(TREE))
    assert index_of(copy) is not index_of(TREE)
    assert index_of(copy).type(KAOS, name="kaos oblong") == index_of(TREE).type(
        KAOS, name="KAOS OBLONG"
    )


def test_after_a_refresh_rows_whose_ids_vanished_from_the_tree_are_flagged() -> None:
    cells = row(categoryId=FASHION_PRIA, subCategoryId=KAOS, typeId=KAOS_OBLONG)
    table = ProductTable.from_cells([(2, cells)], store_data=CATALOGUE)
    assert table.rows[0].issues == []
    types = dict(TREE.types)
    types[KAOS] = tuple(e for e in types[KAOS] if e.id != KAOS_OBLONG)  # the store dropped it
    newer = StoreData(tree=type(TREE)(TREE.categories, TREE.sub_categories, types))
    table.use_store_data(newer)
    (issue,) = table.rows[0].issues
    assert (issue.field, issue.key) == ("typeId", "id_not_under_parent_suggest")
    assert issue.params["suggestion"] == f"Kaos Polo ({KAOS_POLO})"  # what Kaos still holds
