"""The real ``sync``: a compared plan sent to the store, confirmed, printed; and its resume.

``send_sync`` takes what ``sync`` has built (the workbook, the plan against the store's
products, the client) and sends it with ``app.sync.sending.SyncJob``: conflicts only with
``--prefer sheet|store``, deletions only after a yes at the terminal or ``--yes`` (without a
terminal to ask: refused, nothing sent). Queued updates and new products are then read back
for ``--wait`` seconds (30 by default). Output: the plan's JSON (issue 14, point 8) with each
row's status after the sync, or a summary; ``--results`` writes the results workbook. Exit codes
as ``upload``'s. ``resume_sync`` finishes a killed sync from the journal, sending nothing the
store has already acknowledged.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from app.catalog.status import Status
from app.cli.exits import EXIT_OK, EXIT_ROWS, Refusal, UsageError, exit_code, store_words
from app.cli.output import print_human
from app.cli.running import cancel_on_ctrl_c, open_journal, run_job
from app.cli.store_data import StoreFirst, same_store
from app.cli.workbook import load
from app.credentials import Credentials
from app.jobs import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_CONCURRENCY,
    JobRecord,
    JobReport,
    Journal,
    apply_outcomes,
    restore_external_ids,
)
from app.jobs.confirm import DEFAULT_TIMEOUT
from app.partner import PartnerClient
from app.sheets import LoadedSheet, write_results
from app.sheets.reader import quiet_libraries
from app.sync.confirming import SyncConfirmation
from app.sync.plan import Action, SyncPlan, Winner
from app.sync.plan_json import plan_json
from app.sync.sending import KIND, SyncJob

#: [ours] how long ``sync`` reads new and updated products back unless ``--wait`` says
SYNC_WAIT = DEFAULT_TIMEOUT


def run_sync(
    args: argparse.Namespace, loaded: LoadedSheet, plan: SyncPlan, values: Credentials
) -> int:
    """``sync FILE`` without ``--dry-run``: send ``plan`` to the store of ``values``."""
    with PartnerClient(values) as client, open_journal() as journal:
        return send_sync(args, loaded, plan, client, values, journal)


def send_sync(
    args: argparse.Namespace,
    loaded: LoadedSheet,
    plan: SyncPlan,
    client: PartnerClient,
    values: Credentials,
    journal: Journal,
) -> int:
    """Send ``plan`` (compared on ``loaded.table``) and print what became of every row."""
    deletes = len(plan.with_action(Action.DELETE))
    if deletes and not getattr(args, "yes", False) and not _deletes_confirmed(deletes, values):
        raise Refusal("sync_not_confirmed")
    prefer = getattr(args, "prefer", None)
    job = SyncJob(
        client,
        loaded.table,
        plan,
        journal=journal,
        prefer=Winner(prefer) if prefer else None,
        job_info=_job_info(args, loaded, values),
        lang=args.lang,
        chunk_size=getattr(args, "chunk_size", None) or DEFAULT_CHUNK_SIZE,
        concurrency=_concurrency(args),
        update_concurrency=_concurrency(args),
    )
    return _run_and_finish(args, loaded, job, client, journal)


def _concurrency(args: argparse.Namespace) -> int:
    """``--concurrency``: requests at once, for creates and updates alike (default 2)."""
    return int(getattr(args, "concurrency", None) or DEFAULT_CONCURRENCY)


def _deletes_confirmed(count: int, values: Credentials) -> bool:
    """The Aksi column deletes products: ask first; without a terminal to ask, refuse."""
    if not sys.stdin.isatty():
        raise Refusal("needs_confirmation", count=count)
    print(
        f"This sync deletes {count} product{'s' if count != 1 else ''} from the store at "
        f"{values.base_url}. This cannot be undone. Type 'yes' to go on: ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    return sys.stdin.readline().strip().lower() in ("yes", "y", "ya")


def resume_sync(args: argparse.Namespace, journal: Journal, record: JobRecord) -> int:
    """``resume`` of a sync (or of one of its parts): the same workbook, the same store."""
    group = record if record.kind == KIND else _group_of(journal, record.id)
    if group is None:
        raise UsageError(f"Job {record.id} is part of a sync the journal no longer holds.")
    if group.state == "finished":
        raise UsageError(f"Job {group.id} already finished; nothing to resume.")
    opts = group.options
    args.file, args.sheet, args.rows = group.source, group.sheet, opts.get("rows")
    args.map, args.lang = opts.get("map") or [], opts.get("lang") or args.lang
    args.profile = args.profile or group.profile
    args.include_hidden_rows = bool(opts.get("include_hidden_rows"))
    if getattr(args, "wait", None) is None:
        args.wait = opts.get("wait", SYNC_WAIT)

    with ExitStack() as stack:
        # names resolve as when sent, on the store the sync went to
        store = StoreFirst(args, stack, check=lambda values: same_store(group, values))
        loaded, _ = load(args, "upload", store)
        values, client = store.store()
        loaded.table.use_store(values.store_client_id)
        job = SyncJob.resume(
            client,
            loaded.table,
            journal,
            group.id,
            lang=args.lang,
            chunk_size=opts.get("chunk_size", DEFAULT_CHUNK_SIZE),
            concurrency=_concurrency(args),
            update_concurrency=_concurrency(args),
        )
        restore_external_ids(loaded.table, job.restore)  # the ids the store knows
        return _run_and_finish(args, loaded, job, client, journal)


def _run_and_finish(
    args: argparse.Namespace,
    loaded: LoadedSheet,
    job: SyncJob,
    client: PartnerClient,
    journal: Journal,
) -> int:
    report = run_job(job, loaded.table, "Syncing")
    requests = report.requests + _confirm(args, client, loaded, job, report, journal)
    return _finish(args, loaded, job, report, requests)


def _confirm(
    args: argparse.Namespace,
    client: PartnerClient,
    loaded: LoadedSheet,
    job: SyncJob,
    report: JobReport,
    journal: Journal,
) -> int:
    """Read new and updated products back until the store shows them (``--wait``)."""
    wait = getattr(args, "wait", None)
    timeout = SYNC_WAIT if wait is None else float(wait)
    if timeout <= 0 or report.fatal is not None or report.cancelled:
        return 0
    confirmation = SyncConfirmation(client, job, report, timeout=timeout, journal=journal)
    if not confirmation.steps:
        return 0
    with cancel_on_ctrl_c(confirmation):
        confirmed = confirmation.run()
    apply_outcomes(loaded.table, confirmed.outcomes, keep_edits=True)
    return confirmed.requests


def _finish(
    args: argparse.Namespace, loaded: LoadedSheet, job: SyncJob, report: JobReport, requests: int
) -> int:
    lang = args.lang
    if getattr(args, "results", None):
        with quiet_libraries():
            written = write_results(loaded, Path(args.results), lang=lang)
        print(f"Results written to {written}", file=sys.stderr)
    plan = job.plan or SyncPlan()
    if args.json:
        data = plan_json(plan, loaded.table, lang)
        data["summary"]["statuses"] = _statuses(loaded, job.indexes)
        data["summary"]["job"] = report.job_id
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        counts = ", ".join(f"{n} {a}" for a, n in plan.summary().items() if n)
        print(f"Sync plan: {counts or 'no rows'}", file=sys.stdout)
        print_human(loaded, job.indexes, lang, sys.stdout)
    tail = f" (job {report.job_id})" if report.job_id is not None else ""
    print(f"Done in {report.elapsed:.1f} s, {requests} requests{tail}.", file=sys.stderr)
    if report.cancelled:
        print(
            "Cancelled: what was not sent is still to do; `toco-uploader resume` sends it.",
            file=sys.stderr,
        )
    if report.fatal is not None:
        print(f"Stopped: {store_words(report.fatal)}", file=sys.stderr)
    code = exit_code(report)
    awaiting = any(loaded.table.rows[i].status is Status.UNCONFIRMED for i in job.indexes)
    return EXIT_ROWS if code == EXIT_OK and awaiting else code


def _statuses(loaded: LoadedSheet, indexes: list[int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for i in indexes:
        status = loaded.table.rows[i].status.value
        counts[status] = counts.get(status, 0) + 1
    return counts


def _job_info(args: argparse.Namespace, loaded: LoadedSheet, values: Credentials) -> dict[str, Any]:
    """What the journal keeps so that ``resume`` opens the same sheet for the same store."""
    return {
        "source": str(loaded.path.resolve()),
        "sheet": loaded.raw.name,
        "profile": args.profile,
        "base_url": values.base_url,
        "options": {
            "rows": args.rows,
            "map": args.map or [],
            "lang": args.lang,
            "include_hidden_rows": bool(getattr(args, "include_hidden_rows", False)),
            "prefer": getattr(args, "prefer", None),
            "wait": getattr(args, "wait", None),
        },
    }


def _group_of(journal: Journal, part_id: int) -> JobRecord | None:
    """The sync a part belongs to (written just after its parts)."""
    for record in journal.jobs(limit=500):
        if record.kind == KIND and part_id in record.options.get("parts", {}).values():
            return record
    return None
