"""Commands that send rows to the store: ``upload``, ``delete`` and ``resume``."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack

from app.cli.credentials import credentials
from app.cli.exits import Refusal, UsageError
from app.cli.output import finish
from app.cli.photo_check import check_photos_if_asked
from app.cli.running import confirm, open_journal, run_job
from app.cli.store_data import StoreFirst, same_store, use_store_data
from app.cli.sync_sending import resume_sync
from app.cli.workbook import load
from app.credentials import Credentials
from app.jobs import (
    DEFAULT_CHUNK_SIZE,
    DeleteJob,
    Journal,
    UnplannedJobError,
    UploadJob,
    restore_external_ids,
)
from app.partner import PartnerClient
from app.sheets import LoadedSheet
from app.sync.sending import KIND as SYNC_KIND


def cmd_upload(args: argparse.Namespace) -> int:
    with ExitStack() as stack:
        store = StoreFirst(args, stack)  # the rows checked once, against the store's data
        loaded, indexes = load(args, "upload", store)
        values, client = store.store()
        loaded.table.use_store(values.store_client_id)  # generated externalIds follow the store
        journal = stack.enter_context(open_journal())
        check_photos_if_asked(args, loaded, indexes)  # a bad photo holds its row back
        job = _new_job(UploadJob, client, args, loaded, indexes, values, journal)
        report = run_job(job, loaded.table, "Uploading")
        extra = confirm(args, client, loaded, report, journal)
    return finish(args, loaded, indexes, report, extra)


def cmd_delete(args: argparse.Namespace) -> int:
    loaded, indexes = load(args, "delete")
    values = credentials(args.profile)
    with PartnerClient(values) as client:
        use_store_data(loaded, client, values, args.lang)
    count = sum(1 for i in indexes if not loaded.table.rows[i].has_errors)
    if count and not args.yes and not _confirmed_at_terminal(count, values.base_url):
        raise Refusal("nothing_deleted")
    with PartnerClient(values) as client, open_journal() as journal:
        job = _new_job(DeleteJob, client, args, loaded, indexes, values, journal)
        report = run_job(job, loaded.table, "Deleting")
    return finish(args, loaded, indexes, report)


def _confirmed_at_terminal(count: int, base_url: str) -> bool:
    """Ask before deleting; without a terminal to ask, refuse (``--yes`` skips the question)."""
    if not sys.stdin.isatty():
        raise Refusal("needs_confirmation", count=count)
    print(
        f"Delete {count} product{'s' if count != 1 else ''} from the store at {base_url}? "
        "This cannot be undone. Type 'yes' to go on: ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    return sys.stdin.readline().strip().lower() in ("yes", "y", "ya")


def cmd_resume(args: argparse.Namespace) -> int:
    with open_journal() as journal:
        record = journal.job(args.job) if args.job else journal.latest_unfinished()
        if record is None:
            raise UsageError(
                f"There is no job {args.job} in the journal."
                if args.job
                else "There is no unfinished job to resume."
            )
        if record.state == "finished":
            raise UsageError(f"Job {record.id} already finished; nothing to resume.")
        opts = record.options
        if record.kind == SYNC_KIND or opts.get("part_of") == SYNC_KIND:
            return resume_sync(args, journal, record)
        if record.kind == "delete" and opts.get("origin") == "window":
            raise UsageError(
                f"Job {record.id} was a delete started in the window; resume it "
                "there (Store → History…)."
            )
        args.file, args.sheet, args.rows = record.source, record.sheet, opts.get("rows")
        args.map, args.lang = opts.get("map") or [], opts.get("lang") or args.lang
        args.profile = args.profile or record.profile
        args.include_hidden_rows = bool(opts.get("include_hidden_rows"))
        kind = UploadJob if record.kind == "upload" else DeleteJob
        options = {
            "chunk_size": opts.get("chunk_size", DEFAULT_CHUNK_SIZE),
            "concurrency": args.concurrency,
            "lang": args.lang,
        }
        with ExitStack() as stack:
            # names resolve as when sent: the rows checked once, against the store's data
            store = StoreFirst(args, stack, check=lambda values: same_store(record, values))
            loaded, indexes = load(args, record.kind, store)
            values, client = store.store()
            try:
                job = kind.resume(client, loaded.table, journal, record.id, **options)
            except UnplannedJobError:
                print(
                    f"Job {record.id} stopped before it recorded its rows; nothing of it was "
                    "sent. Planning it again from the file.",
                    file=sys.stderr,
                )
                if record.kind == "upload":
                    loaded.table.use_store(values.store_client_id)
                job = kind(client, loaded.table, indexes, journal=journal, **options)
                job.replan(record.id)
            restore_external_ids(loaded.table, job.restore)  # the ids the store knows
            report = run_job(job, loaded.table, "Resuming")
            extra = confirm(args, client, loaded, report, journal) if record.kind == "upload" else 0
        return finish(args, loaded, job.indexes, report, extra)


def _new_job(
    kind: type[UploadJob | DeleteJob],
    client: PartnerClient,
    args: argparse.Namespace,
    loaded: LoadedSheet,
    indexes: list[int],
    values: Credentials,
    journal: Journal,
) -> UploadJob | DeleteJob:
    """An upload or delete job of the chosen rows, with what the journal keeps so that
    ``resume`` can open the same sheet for the same store."""
    info = {
        "source": str(loaded.path.resolve()),
        "sheet": loaded.raw.name,
        "profile": args.profile,
        "base_url": values.base_url,
        "options": {
            "rows": args.rows,
            "map": args.map or [],
            "lang": args.lang,
            "include_hidden_rows": bool(getattr(args, "include_hidden_rows", False)),
        },
    }
    return kind(
        client,
        loaded.table,
        indexes,
        chunk_size=args.chunk_size,
        concurrency=args.concurrency,
        journal=journal,
        lang=args.lang,
        job_info=info,
    )
