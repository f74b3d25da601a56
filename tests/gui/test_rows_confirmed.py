"""The rows a confirmation is about are found where they are now — after rows were added above
them, removed, or the whole table re-ordered — by identity; a row removed is not found (its
answer is left out), and the positions are taken afresh at most once for a piece of answers
(not once a removed row, as a pass over 10,000 rows each would cost)."""

from __future__ import annotations

import pytest

from app.catalog.status import Status
from app.gui.sending.rows_confirmed import RowsBeingConfirmed
from app.jobs.outcome import RowOutcome
from tests.jobs.rows import product_table


def outcome(index: int) -> RowOutcome:
    return RowOutcome(index, index + 2, Status.LIVE, [], f"e{index}", f"SKU-{index:05d}")


def test_rows_are_found_after_rows_are_added_removed_and_moved() -> None:
    table = product_table(8)
    sent = RowsBeingConfirmed(table, {i: table.rows[i] for i in (1, 3, 5, 7)})
    assert sent.positions() == {1, 3, 5, 7}
    fifth = table.rows[5]

    table.insert_row(0, {"name": "Baru di atas"})  # everything moves down one
    table.remove_rows([2])  # the row sent as job row 1 (now at 2) is gone
    locate = sent.finder()
    assert [locate(outcome(i)) for i in (1, 3, 5, 7, 9)] == [None, 3, 5, 7, None]
    assert table.rows[5] is fifth

    table.rows.reverse()  # behind the table's back, even
    assert sent.positions() == {len(table) - 1 - p for p in (3, 5, 7)}
    assert len(sent) == 4 and sent
    sent.clear()
    assert not sent and sent.positions() == set()


def test_positions_are_taken_afresh_at_most_once_a_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = product_table(30)
    sent = RowsBeingConfirmed(table, dict(enumerate(table.rows)))
    takes: list[int] = []
    take = RowsBeingConfirmed._take

    def counted(self: RowsBeingConfirmed) -> None:
        takes.append(len(self.table))
        take(self)

    monkeypatch.setattr(RowsBeingConfirmed, "_take", counted)
    locate = sent.finder()
    assert [locate(outcome(i)) for i in range(30)] == list(range(30))
    assert takes == [30]  # never taken before: once
    locate = sent.finder()
    assert [locate(outcome(i)) for i in range(30)] == list(range(30))
    assert takes == [30]  # nothing moved: trusted

    table.remove_rows(range(0, 30, 2))  # half the rows gone: each would miss its place
    locate = sent.finder()
    found = [locate(outcome(i)) for i in range(30)]
    assert found == [None if i % 2 == 0 else i // 2 for i in range(30)]
    assert takes == [30, 15]  # once for the whole piece
