"""A cell of ``-0.0`` is a cell of its own (issue 16, round 4).

``-0.0 == 0.0`` and both hash alike, so a memo or a column's distinct values keyed by value
alone read the second as the first: a condition cell of ``-0.0`` after one of ``0.0`` was
reported as "0.0". Each reader must show the merchant the value the cell holds.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.catalog.cell_memo import reader_for
from app.catalog.column_check import check_rows
from app.catalog.kinds import Kind
from app.catalog.parsing import parse_condition
from app.catalog.validation import check_row
from tests.catalog.store_trees import row


def shown_values(issues: list[Any], key: str) -> list[Any]:
    return [(i.key, i.params.get("value"), i.message("en")) for i in issues if i.field == key]


def test_the_memo_reads_minus_zero_after_zero_as_itself() -> None:
    read = reader_for(Kind.CONDITION, parse_condition)
    assert read(0.0).problem.params["value"] == "0.0"  # type: ignore[union-attr]
    assert read(-0.0).problem.params["value"] == "-0.0"  # type: ignore[union-attr]
    assert read(0.0).problem.params["value"] == "0.0"  # type: ignore[union-attr]


@pytest.mark.parametrize("first", [0.0, -0.0, 0, False])
def test_a_condition_column_of_zeros_names_each_cell_as_it_is(first: Any) -> None:
    rows = [row(condition=first), row(condition=-0.0), row(condition=0.0), row(condition=-0.0)]
    by_column = check_rows([dict(r) for r in rows])
    shown = [shown_values(issues, "condition") for _, issues in by_column]
    assert shown == [shown_values(check_row(dict(r))[1], "condition") for r in rows]
    assert shown[1][0][:2] == ("not_a_condition", "-0.0") and "-0.0" in shown[1][0][2]
    assert shown[2][0][:2] == ("not_a_condition", "0.0")
