"""A confirmation copies the rows it asks about where it runs (a worker), not where it is made
(the window's thread, at the end of a job: 10,000 copies in one piece); the copies are the
same: pending again, the earlier "not confirmed" problem dropped, the rows without a SKU or
not awaiting an answer left out, and the job's own outcomes untouched."""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any

import pytest

from app.catalog.issues import Issue, Level
from app.catalog.status import Status
from app.gui.window.main_window import MainWindow
from app.jobs.confirm import NOT_CONFIRMED, Confirmation
from app.jobs.outcome import RowOutcome
from app.sandbox import RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import Answers, Recorded, open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_copies_are_made_at_the_first_look_and_are_the_same() -> None:
    unconfirmed = Issue("sku", "not_confirmed", Level.WARNING, code=NOT_CONFIRMED)
    other = Issue("price", "price_low", Level.WARNING)
    given = [
        RowOutcome(0, 2, Status.PENDING, [other], "e0", "SKU-0"),
        RowOutcome(1, 3, Status.UNCONFIRMED, [unconfirmed, other], "e1", "SKU-1"),
        RowOutcome(2, 4, Status.REJECTED, [], "e2", "SKU-2"),  # not awaiting
        RowOutcome(3, 5, Status.PENDING, [], "e3", None),  # no SKU to ask by
    ]
    confirmation = Confirmation(None, iter(given))
    assert "outcomes" not in vars(confirmation)  # nothing copied where it was made
    copies = confirmation.outcomes
    assert [(o.index, o.status, o.issues) for o in copies] == [
        (0, Status.PENDING, [other]),
        (1, Status.PENDING, [other]),
    ]
    assert all(c is not g for c, g in zip(copies, given, strict=False))
    assert given[1].status is Status.UNCONFIRMED and given[1].issues == [unconfirmed, other]
    assert confirmation.outcomes is copies  # once


def test_a_windows_confirmation_copies_its_rows_in_the_worker(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 0.0
    open_in(window, qtbot, write_workbook(tmp_path / "konfirmasi.xlsx", big_rows(6)))
    copied_in: list[threading.Thread] = []
    copy = Confirmation.__dict__["outcomes"].func

    def recorded_copy(self: Confirmation) -> list[RowOutcome]:
        copied_in.append(threading.current_thread())
        return copy(self)

    once = functools.cached_property(recorded_copy)
    once.__set_name__(Confirmation, "outcomes")
    monkeypatch.setattr(Confirmation, "outcomes", once)
    with qtbot.waitSignal(flow.confirmed, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert copied_in and threading.main_thread() not in copied_in
    assert all(row.status is Status.LIVE for row in window.model.table.rows)
