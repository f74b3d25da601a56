"""Type-ahead over the tree (the picker, ``categories --search``) and close-name suggestions;
and the hypothesis rule: any cells with any tree give ids or Issues, never an exception."""

from __future__ import annotations

import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.naming import TreePath, index_of, normalise, search, suggest
from app.catalog.store_data import Entry, ReferenceTree, StoreData
from app.catalog.validation import check_row
from tests.catalog.store_trees import KAOS_OBLONG, TREE, row

CHAIN = ("categoryId", "subCategoryId", "typeId")


def texts(paths: list[TreePath]) -> list[str]:
    return [p.text() for p in paths]


def test_normalise() -> None:
    assert normalise("  Kaos \t  OBLONG\u00a0 ") == "kaos oblong"


def test_every_word_typed_is_found_in_some_level() -> None:
    assert texts(search(TREE, "kaos ob")) == [
        "Fashion Pria › Kaos › Kaos Oblong",
        "Fashion Pria › Aksesoris › Kaos Oblong",
    ]
    assert texts(search(TREE, "wanita topi")) == ["Fashion Wanita › Aksesoris › Topi"]
    assert search(TREE, "kaos dress") == []


def test_best_matches_first_and_the_limit() -> None:
    got = search(TREE, "topi")
    assert [p.type.name for p in got] == ["Topi", "Topi"]
    assert len(search(TREE, "", limit=3)) == 3
    assert len(search(TREE, "a", limit=2)) == 2
    first = search(TREE, "polo")[0]
    assert first.ids[2] != KAOS_OBLONG and first.text(" > ") == "Fashion Pria > Kaos > Kaos Polo"


def test_suggest_finds_close_names_among_the_candidates_only() -> None:
    index = index_of(TREE)
    kaos = index.category(name="Fashion Pria")
    assert kaos is not None
    subs = list(index.sub_categories(kaos.id))
    assert suggest("Aksesories", subs) == ["Aksesoris"]
    assert suggest("Dress", subs) == []  # under Fashion Wanita, not here
    assert suggest("oblong", ["Kaos Oblong", "Kaos Polo"]) == ["Kaos Oblong"]


# ---------------------------------------------------------------- property


def _uid(n: int) -> str:
    return str(uuid.UUID(int=n))


names = st.sampled_from(["Kaos", "kaos", "Aksesoris", "Topi", "Pulsa / Token", "A>B", "Dress", "x"])


@st.composite
def trees(draw: st.DrawFn) -> ReferenceTree:
    cats = draw(st.lists(st.tuples(st.integers(1, 6), names), max_size=4))
    categories = tuple(Entry(_uid(n), name) for n, name in cats)
    subs = {
        e.id: tuple(
            Entry(_uid(n), name)
            for n, name in draw(st.lists(st.tuples(st.integers(10, 16), names), max_size=3))
        )
        for e in categories
    }
    types = {
        s.id: tuple(
            Entry(_uid(n), name)
            for n, name in draw(st.lists(st.tuples(st.integers(20, 26), names), max_size=3))
        )
        for group in subs.values()
        for s in group
    }
    return ReferenceTree(categories, subs, types)


ids_or_words = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.text(),
    names,
    st.builds(_uid, st.integers(0, 30)),
    st.builds(lambda a, b: f"{a} ({_uid(b)})", names, st.integers(0, 30)),
    st.builds(lambda a, s, b: f"{a}{s}{b}", names, st.sampled_from([">", "/", " » ", "›"]), names),
)


@settings(max_examples=300, deadline=None)
@given(
    tree=st.one_of(st.none(), trees()),
    cells=st.fixed_dictionaries({k: ids_or_words for k in (*CHAIN, "brandId")}),
)
def test_any_cells_with_any_tree_give_ids_or_issues(
    tree: ReferenceTree | None, cells: dict[str, Any]
) -> None:
    values, issues = check_row(row(**cells), StoreData(tree=tree))
    for issue in issues:
        assert issue.message("en") and issue.message("id")
    flagged = {i.field for i in issues if i.is_error}
    for key in CHAIN:
        assert key in values or key in flagged or flagged & set(CHAIN), key
    if tree is not None and not flagged & set(CHAIN):
        index = index_of(tree)
        cat, sub, kind = (values[k] for k in CHAIN)
        assert index.category(id=cat) is not None
        assert index.sub_category(cat, id=sub) is not None
        assert index.type(sub, id=kind) is not None
