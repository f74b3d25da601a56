"""Running a job from a terminal: the journal, Ctrl-C, the progress bar, ``--wait``.

The jobs' threads never touch the table: when a job or a confirmation is over, its outcomes are
applied to the table here, on the main thread, before anything reads the rows.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from app.catalog.status import AWAITING_STATUSES
from app.catalog.table import ProductTable
from app.cli.output import ProgressBar
from app.jobs import Confirmation, JobReport, Journal, apply_outcomes
from app.partner import PartnerClient
from app.sheets import LoadedSheet


class Cancellable(Protocol):
    def cancel(self) -> None: ...


class RunnableJob(Cancellable, Protocol):
    """What ``run_job`` needs of a job: a ``ChunkedJob``, or a job made of them (a sync)."""

    on_progress: Any

    def run(self) -> JobReport: ...


@contextmanager
def open_journal() -> Iterator[Journal]:
    journal = Journal()
    try:
        yield journal
    finally:
        journal.close()


@contextmanager
def cancel_on_ctrl_c(job: Cancellable) -> Iterator[None]:
    """The first Ctrl-C cancels between chunks; a second one stops at once."""

    def handler(signum: int, frame: Any) -> None:
        print(
            "\nCancelling after the requests in flight… (Ctrl-C again to stop now)", file=sys.stderr
        )
        job.cancel()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_job(job: RunnableJob, table: ProductTable, label: str) -> JobReport:
    """Run ``job`` (built from ``table``) and apply its outcomes to ``table``."""
    bar = ProgressBar(label)
    job.on_progress = bar
    try:
        with cancel_on_ctrl_c(job):
            report = job.run()
    finally:
        bar.close()
    apply_outcomes(table, report.outcomes)
    return report


def confirm(
    args: argparse.Namespace,
    client: PartnerClient,
    loaded: LoadedSheet,
    report: JobReport,
    journal: Journal,
) -> int:
    """``--wait SECONDS``: look pending rows (and rows not confirmed before) up until they are
    live (product ids); those still pending then are "not confirmed — check the store".

    Returns the number of requests it made.
    """
    waiting = [o for o in report.outcomes if o.status in AWAITING_STATUSES]
    if args.wait <= 0 or report.fatal is not None or not waiting:
        return 0
    bar = ProgressBar("Confirming")
    confirmation = Confirmation(
        client,
        report.outcomes,
        timeout=args.wait,
        concurrency=args.concurrency,
        journal=journal,
        job_id=report.job_id,
        on_progress=bar,
    )
    try:
        with cancel_on_ctrl_c(confirmation):
            confirmed = confirmation.run()
    finally:
        bar.close()
    apply_outcomes(loaded.table, confirmed.outcomes, keep_edits=True)
    return confirmed.requests
