"""The optional action column (Aksi/Action): the row's word wins over matching."""

from __future__ import annotations

import pytest

from app.sheets import match_columns
from app.sync.diff import compare
from app.sync.plan import Action
from tests.catalog.seed_rows import SEED_CELLS
from tests.sync.store_products import pid, seed_table, store_of, table_of


@pytest.mark.parametrize(
    ("word", "action"),
    [
        ("baru", "create"),
        ("Create", "create"),
        ("ubah", "update"),
        ("UPDATE", "update"),
        ("hapus", "delete"),
        ("delete", "delete"),
        ("lewati", "skip"),
        ("Skip", "skip"),
        ("perbarui", "update"),
        ("abaikan", "skip"),
    ],
)
def test_the_words_of_the_action_column(word: str, action: str) -> None:
    row = table_of({**SEED_CELLS[0], "action": word}).rows[0]
    assert row.values["action"] == action
    assert not row.has_errors
    assert "action" not in row.payload()  # never sent


def test_an_unknown_word_is_an_error_on_the_action_cell() -> None:
    row = table_of({**SEED_CELLS[0], "action": "jual"}).rows[0]
    (issue,) = row.issues_for("action")
    assert issue.message("en").startswith("“jual” is not an action")
    assert issue.message("id").startswith("“jual” bukan aksi")


def test_the_headers_aksi_and_action_name_the_column() -> None:
    for header in ("Aksi", "Action", "aksi", "Tindakan"):
        colmap = match_columns([header, "SKU", "Harga"])
        assert colmap.binding(0).field == "action", header


def _with(words: list[str | None]) -> tuple[list[Action], list[list[str]]]:
    table = seed_table()
    store = store_of(table)[:1]  # the first row is on the store, the second is not
    for i, word in enumerate(words):
        table.set_cell(i, "action", word)
    plan = compare(table, store)
    return [r.action for r in plan], [
        [i.key for i in r.issues if i.field == "action"] for r in plan
    ]


def test_without_a_word_the_action_comes_from_matching() -> None:
    assert _with([None, None])[0] == [Action.UNCHANGED, Action.CREATE]


def test_update_without_a_match_is_invalid() -> None:
    actions, issues = _with(["ubah", "ubah"])
    assert actions == [Action.UNCHANGED, Action.INVALID]
    assert issues[1] == ["sync_update_no_match"]


def test_create_of_a_product_already_on_the_store_is_invalid() -> None:
    actions, issues = _with(["baru", "baru"])
    assert actions == [Action.INVALID, Action.CREATE]
    assert issues[0] == ["sync_create_exists"]
    table = seed_table(action="baru")
    (issue,) = [i for i in compare(table, store_of(table)).rows[0].issues if i.field == "action"]
    assert (
        issue.message("en")
        == f"Already on the store (product {pid(0)}); write ubah (update) to change it."
    )


def test_delete_needs_a_matched_product_and_nothing_else() -> None:
    actions, issues = _with(["hapus", "hapus"])
    assert actions == [Action.DELETE, Action.INVALID]
    assert issues[1] == ["sync_delete_no_match"]
    table = seed_table(price="gratis", action="hapus")  # a row to delete needs no valid price
    row = compare(table, store_of(seed_table())).rows[0]
    assert (row.action, row.product_id) == (Action.DELETE, pid(0))


def test_skip_wins_over_everything() -> None:
    table = seed_table(price="gratis", action="lewati")
    assert compare(table, store_of(seed_table())).rows[0].action is Action.SKIP
