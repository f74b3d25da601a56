"""The Problems list's segmented entries against a plain list of (row, issue) renumbered one
by one: any mix of rows put in, taken out and read again gives the same entries."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.issues import Issue
from app.gui.grid import problem_list
from app.gui.grid.problem_list import Problem, ProblemList

_ISSUES = [Issue("price", f"k{n}") for n in range(4)]
_ENTRIES = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=12)
_STEP = st.one_of(
    st.tuples(st.just("put"), st.integers(0, 40), st.integers(1, 3), _ENTRIES),
    st.tuples(st.just("take"), st.integers(0, 40), st.integers(1, 3)),
    st.tuples(st.just("read"), st.integers(0, 40), st.integers(0, 2), _ENTRIES),
)


def _rows_of(top: int, bottom: int, drawn: list[tuple[int, int]]) -> list[Problem]:
    """Entries for table rows top..bottom, in order (a row may have several, or none)."""
    span = bottom - top + 1
    picked = sorted((top + r % span, n) for r, n in drawn)
    return [(row, _ISSUES[n]) for row, n in picked]


def _place(plain: list[Problem], row: int, after: bool = False) -> int:
    return (bisect_right if after else bisect_left)(plain, row, key=lambda p: p[0])


@settings(max_examples=400, deadline=None)
@given(
    start=_ENTRIES,
    rows=st.integers(1, 30),
    steps=st.lists(_STEP, max_size=40),
    most=st.sampled_from([1, 2, 32]),
)
def test_segments_hold_what_a_plain_list_renumbered_one_by_one_holds(
    start: list[tuple[int, int]], rows: int, steps: list[tuple[Any, ...]], most: int
) -> None:
    kept, problem_list.MAX_SEGMENTS = problem_list.MAX_SEGMENTS, most
    try:
        plain = _rows_of(0, rows - 1, start)
        held = ProblemList(plain)
        for step in steps:
            kind = step[0]
            if kind == "put":  # rows first..last put in, with their problems
                first = step[1] % (rows + 1)
                last = first + step[2] - 1
                plain = [(r + step[2] if r >= first else r, x) for r, x in plain]
                held.shift(first, step[2])
                rows += step[2]
                new = _rows_of(first, last, step[3])
                a, b = _place(plain, first), _place(plain, last, True)
                assert (held.find(first), held.find(last, after=True)) == (a, b)
                plain[a:b] = new
                held.replace(a, b, new)
            elif kind == "take" and rows:  # rows first..last taken out
                first = step[1] % rows
                last = min(rows - 1, first + step[2] - 1)
                a, b = _place(plain, first), _place(plain, last, True)
                assert (held.find(first), held.find(last, after=True)) == (a, b)
                del plain[a:b]
                held.replace(a, b, [])
                gone = last - first + 1
                plain = [(r - gone if r > last else r, x) for r, x in plain]
                held.shift(last + 1, -gone)
                rows -= gone
            elif kind == "read" and rows:  # rows top..bottom read again
                top = step[1] % rows
                bottom = min(rows - 1, top + step[2])
                a, b = _place(plain, top), _place(plain, bottom, True)
                assert held.between(*(held.find(top), held.find(bottom, after=True))) == plain[a:b]
                new = _rows_of(top, bottom, step[3])
                plain[a:b] = new
                held.replace(a, b, new)
            assert held.entries() == plain
            assert len(held) == len(plain)
            assert [held[n] for n in range(len(held))] == plain
            assert len(held._segments) <= most
    finally:
        problem_list.MAX_SEGMENTS = kept
