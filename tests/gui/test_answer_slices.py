"""A job's answers are applied a slice at a time (``AnswerSlices``): the rows end as applying
every batch at once would leave them, in the same order; what must come between batches (a
resumed upload's externalIds, the job's end) comes after every answer before it, announced; and
in the window the grid stays locked, a cancel is truthful and no second job starts while the
first's answers are still being applied."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalog.status import Status
from app.gui.grid.model import ERROR_COLOR
from app.gui.sending import answer_slices
from app.gui.sending.answer_slices import AnswerSlices
from app.gui.window.main_window import MainWindow
from app.sandbox import RowRejection, RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import Answers, Recorded, background, open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Clock:
    """Time that passes only while answers are applied: 1 ms an answer."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Recorder:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.applied: list[int] = []
        self.announced: list[set[int]] = []
        self.calls: list[tuple[str, int, set[int]]] = []  # (name, applied so far, announced)

    def apply(self, piece: Any) -> set[int]:
        self.clock.now += 0.001 * len(piece)
        self.applied.extend(piece)
        return {i % 7 for i in piece}  # rows touched: several answers share a row

    def announce(self, rows: set[int]) -> None:
        self.announced.append(set(rows))

    def call(self, name: str) -> Any:
        def run() -> None:
            seen = set().union(*self.announced) if self.announced else set()
            self.calls.append((name, len(self.applied), seen))

        return run


items = st.lists(
    st.one_of(st.lists(st.integers(0, 1000), max_size=9), st.just("call")), max_size=12
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    queue=items,
    budget=st.sampled_from([0.0, 0.001, 0.002, 0.005]),
    piece=st.integers(1, 4),
    pause=st.sampled_from([0.0, 0.002]),
    at_once=st.sampled_from([1, 3, 250]),
)
def test_slices_apply_every_answer_in_order_and_calls_wait_for_what_came_before(
    qtbot: Any, queue: list[Any], budget: float, piece: int, pause: float, at_once: int
) -> None:
    clock = Clock()
    got = Recorder(clock)
    slices = AnswerSlices(
        got.apply,
        got.announce,
        budget_s=budget,
        piece=piece,
        announce_s=pause,
        announce_rows=at_once,
        clock=clock,
    )
    expected: list[int] = []
    calls: list[tuple[str, int, set[int]]] = []
    for n, item in enumerate(queue):
        if item == "call":
            slices.then(got.call(str(n)))
            calls.append((str(n), len(expected), {i % 7 for i in expected}))
        else:
            slices.put(item)
            expected.extend(item)
    qtbot.waitUntil(lambda: not slices.pending, timeout=5_000)
    assert got.applied == expected  # every answer once, in arrival order
    assert got.calls == calls  # each call after what came before it, announced
    announced = set().union(*got.announced) if got.announced else set()
    assert announced == {i % 7 for i in expected}
    assert all(len(rows) <= at_once for rows in got.announced)
    if budget == 0.0 and len(expected) > piece:
        assert slices.slices > 1  # one piece a slice: the window's events ran between


def test_announcements_are_gathered_over_many_slices(qtbot: Any) -> None:
    clock = Clock()
    got = Recorder(clock)
    slices = AnswerSlices(
        got.apply, got.announce, budget_s=0.0, piece=1, announce_s=0.005, clock=clock
    )
    for batch in range(20):
        slices.put([batch])
    qtbot.waitUntil(lambda: not slices.pending, timeout=5_000)
    assert got.applied == list(range(20))
    assert slices.slices >= 20  # one answer a slice
    assert len(got.announced) <= 5  # yet a repaint every 5 ms of applying, not every slice
    assert set().union(*got.announced) == {i % 7 for i in range(20)}


class SlowAnnouncer(Recorder):
    """Announcing takes 1 ms a row (the window's listeners grow with the rows), and the
    turns of the event loop between two announcements are counted."""

    def __init__(self, clock: Clock) -> None:
        super().__init__(clock)
        self.turns_between: list[int] = []
        self._turns = 0

    def apply(self, piece: Any) -> set[int]:
        self.clock.now += 0.00001 * len(piece)
        self.applied.extend(piece)
        return set(piece)  # every answer its own row

    def announce(self, rows: set[int]) -> None:
        self.clock.now += 0.001 * len(rows)
        self.turns_between.append(self._turns)
        self._turns = 0
        super().announce(rows)

    def turn(self) -> None:
        self._turns += 1


def test_a_burst_of_rows_is_announced_in_pieces_with_the_window_s_turns_between(
    qtbot: Any,
) -> None:
    from PySide6.QtCore import QTimer

    clock = Clock()
    got = SlowAnnouncer(clock)
    slices = AnswerSlices(
        got.apply, got.announce, budget_s=0.008, announce_s=0.1, announce_rows=100, clock=clock
    )
    beat = QTimer()
    beat.timeout.connect(got.turn)
    beat.start(0)  # a turn of the window's events: counted between announcements
    slices.put(list(range(1000)))  # one batch touching 1,000 rows, a job's end after it
    slices.then(got.call("end"))
    qtbot.waitUntil(lambda: not slices.pending, timeout=5_000)
    beat.stop()
    assert [len(rows) for rows in got.announced] == [100] * 10  # never more at once
    assert got.announced[0] == set(range(100))  # in row order
    assert all(turns >= 1 for turns in got.turns_between[1:])  # the window ran between
    assert got.calls == [("end", 1000, set(range(1000)))]  # the end saw every row announced


def test_drain_applies_what_is_queued_at_once(qtbot: Any) -> None:
    got = Recorder(Clock())
    slices = AnswerSlices(got.apply, got.announce, budget_s=0.0, piece=1, announce_rows=1)
    slices.put([1, 2, 3])
    slices.then(got.call("end"))
    slices.put([4])
    slices.drain()
    assert got.applied == [1, 2, 3, 4] and got.calls == [("end", 3, {1, 2, 3})]
    assert got.announced == [{1}, {2}, {3}, {4}]  # one row at a time, all before the end
    assert not slices.pending


# ---------------------------------------------------------------- in the window


@pytest.fixture
def one_answer_a_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every answer in a slice of its own, the rows announced at every slice."""
    monkeypatch.setattr(answer_slices, "BUDGET_S", 0.0)
    monkeypatch.setattr(answer_slices, "PIECE", 1)
    monkeypatch.setattr(answer_slices, "ANNOUNCE_S", 0.0)


def test_an_upload_applied_one_answer_a_slice_shows_the_statuses_and_red_cells(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    tmp_path: Path,
    one_answer_a_slice: None,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 60.0
    sandbox.state.set_faults(
        reject_skus={"SKU-00003": RowRejection(code="PRD_030", field="price", message="Murah")}
    )
    open_in(window, qtbot, write_workbook(tmp_path / "irisan.xlsx", big_rows(12)))
    flow.chunk_size = 3
    locked_between: list[bool] = []
    window.model.changed.connect(lambda _: locked_between.append(window.model.read_only))
    collecting: list[bool] = []  # the collector, at each progress of the job
    flow.panel.set_progress = lambda *_: collecting.append(gc.isenabled())  # type: ignore[method-assign]
    with qtbot.waitSignal(flow.finished, timeout=20_000) as done:
        window.acts.upload_ready.trigger()
    assert collecting and not any(collecting)  # paused while the job ran
    assert gc.isenabled()  # on again once its answers were applied
    run = flow.runs[0] if flow.runs else None
    assert run is not None and run.answers.slices >= 12
    assert locked_between and all(locked_between)  # the grid stayed locked between slices
    summary = done.args[0]
    rows = window.model.table.rows
    assert [row.status for row in rows] == [
        Status.REJECTED if i == 3 else Status.PENDING for i in range(12)
    ]
    assert summary.statuses == {i: row.status for i, row in enumerate(rows)}
    assert background(window, 3, "price") == ERROR_COLOR  # the store's red cell
    assert background(window, 2, "price") is None
    assert all((row.batch_id or "").startswith("pb_") for row in rows)


def test_a_cancel_between_slices_leaves_truthful_statuses(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    tmp_path: Path,
    one_answer_a_slice: None,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "batal.xlsx", big_rows(10)))
    flow.chunk_size, flow.concurrency = 2, 1
    sandbox.state.set_faults(latency=0.3)
    window.acts.upload_ready.trigger()
    qtbot.waitUntil(lambda: Status.PENDING in [r.status for r in window.model.table.rows])
    with qtbot.waitSignal(flow.finished, timeout=20_000) as done:
        window.send_flow.panel.cancel.click()
    assert done.args[0].cancelled
    on_store = {p.sku for p in sandbox.state.products()}
    assert 0 < len(on_store) < 10
    for row in window.model.table.rows:
        assert row.status is (Status.PENDING if row.sku in on_store else Status.READY)
    assert not window.model.read_only


def test_no_second_job_starts_while_the_first_ones_answers_are_applied(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "dua.xlsx", big_rows(6)))
    held: list[AnswerSlices] = []  # the answers wait until the test lets them go on
    monkeypatch.setattr(AnswerSlices, "_wake", lambda self: held.append(self))
    window.acts.upload_ready.trigger()
    run = flow.run
    assert run is not None
    qtbot.waitUntil(lambda: not run.running, timeout=20_000)  # the job is over, answers queued
    assert run.answers.pending and flow.busy
    assert all(row.status is Status.READY for row in window.model.table.rows)
    assert not window.acts.upload_ready.isEnabled()
    flow.upload_ready()  # a second job: refused while the first's answers are applied
    flow.upload_selected()
    assert len(answers.upload) == 1 and flow.run is run
    assert not window.model.edit([(0, "name", "diubah")], "edit")
    monkeypatch.undo()
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        held[-1]._wake()
    assert all(row.status is Status.PENDING for row in window.model.table.rows)
    assert flow.run is None and not window.model.read_only
    assert len(recorded.creates()) == 1


def test_rows_touched_elsewhere_are_announced_in_pieces_before_the_calls_after_them(
    qtbot: Any,
) -> None:
    got = Recorder(Clock())
    slices = AnswerSlices(got.apply, got.announce, announce_rows=100)
    slices.touch(set(range(1000)))  # the generated ids of 1,000 rows followed the store
    slices.touch(set())  # nothing: nothing announced for it
    qtbot.waitUntil(lambda: not slices.pending, timeout=5_000)  # nothing else queued
    assert [len(rows) for rows in got.announced] == [100] * 10  # never more at once
    assert got.announced[0] == set(range(100))  # in row order
    slices.touch(set(range(1000, 1150)))
    slices.then(got.call("end"))
    qtbot.waitUntil(lambda: not slices.pending, timeout=5_000)
    assert [len(rows) for rows in got.announced[10:]] == [100, 50]
    assert got.calls == [("end", 0, set(range(1150)))]  # the call after every row announced


def test_a_first_upload_announces_its_generated_ids_in_pieces_and_the_session_keeps_them(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At a store's first upload every generated External ID follows the store: the rows are
    announced a piece at a time (not 10,000 at once), and each reaches the grid and the
    autosave's session."""
    from app.catalog.fields import EXTERNAL_ID_FIELD
    from app.catalog.table import stable_external_id
    from app.sandbox import DEMO_CREDENTIALS

    monkeypatch.setattr(answer_slices, "ANNOUNCE_ROWS", 7)
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "tanpa id.xlsx", big_rows(30)))
    window.autosave.flush()
    lists = window.category_list  # the store's lists applied first: their re-check is not ours
    qtbot.waitUntil(
        lambda: bool(lists.data) and not lists.loading and not lists.checking.pending,
        timeout=20_000,
    )
    announced: list[set[int]] = []
    window.model.changed.connect(lambda rows: announced.append(set(rows)))
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert announced and max(len(rows) for rows in announced) <= 7
    assert set().union(*announced) == set(range(30))
    store = DEMO_CREDENTIALS.store_client_id
    expected = [stable_external_id(store, f"SKU-{n:05d}") for n in range(30)]
    key = EXTERNAL_ID_FIELD.key
    column = window.model.column_of(key)
    shown = [window.model.index(i, column).data() for i in range(30)]
    assert shown == expected  # in the grid
    window.autosave.flush()
    data = window.autosave.store.load(window.autosave._key)
    assert data is not None
    kept = {int(i): state["cells"].get(key) for i, state in data["rows"].items()}
    assert [kept.get(i) for i in range(30)] == expected  # in the session
