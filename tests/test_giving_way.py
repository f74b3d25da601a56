"""Workers give way to the window's thread while it is at work (``app.giving_way``): they
wait while it works, at most once and at most ``LONGEST_WAIT`` for one spell of its work, and
the window's thread itself never waits."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from app import giving_way


@pytest.fixture(autouse=True)
def idle_window() -> Iterator[None]:
    giving_way.window_idle()
    yield
    giving_way.window_idle()


def _in_thread(work: Callable[[], object]) -> threading.Thread:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def _giving_way(times: int, then: Callable[[], object] = lambda: None) -> Callable[[], None]:
    """A worker's loop: ``times`` pieces, giving way before each, then ``then()``."""

    def loop() -> None:
        for _ in range(times):
            giving_way.give_way()
        then()

    return loop


def test_an_idle_window_holds_no_worker_back() -> None:
    done = threading.Event()
    _in_thread(_giving_way(10_000, done.set))
    assert done.wait(10)


def test_a_worker_waits_while_the_window_works_and_goes_on_once_it_is_idle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(giving_way, "LONGEST_WAIT", 30.0)  # only the window's idle ends it
    giving_way.window_busy()
    arrived, passed = threading.Event(), threading.Event()

    def work() -> None:
        arrived.set()
        giving_way.give_way()
        passed.set()

    _in_thread(work)
    assert arrived.wait(10)
    assert not passed.wait(0.2)  # held back while the window works
    giving_way.window_idle()
    assert passed.wait(10)


def test_a_worker_waits_once_per_spell_of_work_and_never_for_good(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A window that stays at work (waiting for this very worker, say) holds it back once,
    for at most LONGEST_WAIT: then every later give_way of that spell returns at once."""
    waits = _counted_waits(monkeypatch)
    monkeypatch.setattr(giving_way, "LONGEST_WAIT", 0.05)
    giving_way.window_busy()
    worker = _in_thread(_giving_way(1_000))
    worker.join(10)  # the window's thread waits for the worker: no deadlock
    assert not worker.is_alive()
    assert waits == [0.05]  # once, and no longer than LONGEST_WAIT
    giving_way.window_idle()
    giving_way.window_busy()  # a new spell of work: it waits once more
    _in_thread(_giving_way(10)).join(10)
    assert waits == [0.05, 0.05]


def test_the_window_s_own_thread_never_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    waits = _counted_waits(monkeypatch)
    giving_way.window_busy()  # this thread is the window's
    for _ in range(100):
        giving_way.give_way()
    assert giving_way.window_at_work() and waits == []


def _counted_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Each wait a worker makes, by its longest time (the wait itself is made)."""
    waits: list[float] = []
    real = giving_way._idle.wait

    def wait(timeout: float | None = None) -> bool:
        waits.append(timeout if timeout is not None else -1.0)
        return real(timeout)

    monkeypatch.setattr(giving_way._idle, "wait", wait)
    return waits


def test_while_the_window_waits_for_its_workers_they_do_not_wait_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window's thread waiting for the autosave's writer or the task pool is no work:
    the worker it waits for goes on at once; afterwards the window is at work again, in a
    new spell (a worker waits for it once more)."""
    waits = _counted_waits(monkeypatch)
    monkeypatch.setattr(giving_way, "LONGEST_WAIT", 30.0)
    giving_way.window_busy()  # this thread is the window's
    with giving_way.waiting_for_workers():
        worker = _in_thread(_giving_way(1_000))
        worker.join(10)
    assert not worker.is_alive() and waits == []
    assert giving_way.window_at_work()
    monkeypatch.setattr(giving_way, "LONGEST_WAIT", 0.01)
    _in_thread(_giving_way(10)).join(10)
    assert waits == [0.01]  # at work again: a worker waits for the new spell


def test_waiting_for_workers_elsewhere_changes_nothing() -> None:
    giving_way.window_busy()  # this thread is the window's
    seen: list[bool] = []

    def elsewhere() -> None:
        with giving_way.waiting_for_workers():
            seen.append(giving_way.window_at_work())

    _in_thread(elsewhere).join(10)
    assert seen == [True] and giving_way.window_at_work()
