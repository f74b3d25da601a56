"""The session's writer thread: writes in the order handed over, and no collector pass while
one encodes (issue 16: a full pass started by a write's allocations walked every object the
window holds, the window waiting 55-69 ms for the interpreter at 10,000 rows)."""

from __future__ import annotations

import functools
import gc

from app.sheets.session_writer import SessionWriter


def test_writes_run_in_order_with_the_collector_paused_and_it_is_on_again_after() -> None:
    seen: list[tuple[int, bool]] = []
    errors: list[str] = []
    writer = SessionWriter(errors.append)
    assert gc.isenabled()

    def write(n: int) -> None:
        seen.append((n, gc.isenabled()))

    for n in range(3):
        writer.hand_over(functools.partial(write, n))
    writer.wait()
    assert seen == [(0, False), (1, False), (2, False)]
    assert gc.isenabled()
    assert errors == []


def test_a_failed_write_is_reported_and_the_collector_is_on_again() -> None:
    errors: list[str] = []
    writer = SessionWriter(errors.append)

    def failing() -> None:
        raise OSError("disk full")

    writer.hand_over(failing)
    writer.hand_over(lambda: None)
    writer.wait()
    assert errors == ["disk full"]
    assert gc.isenabled()
