"""The command line: ``toco-uploader validate | upload | delete | template | sandbox | profiles |
history | resume``. The same engine as the window, without Qt.

Exit codes: 0 every chosen row ended ready, pending, live, exists or deleted; 1 some rows are
invalid, skipped, rejected or failed; 2 bad input (file, arguments); 3 authentication, store
access or connection failure. Credentials come from ``--profile`` (ids from the profiles file,
secrets from the keyring) or the TOCO_* environment variables — never from arguments.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TextIO

import platformdirs

from app.catalog.fields import field_by_key, label_of
from app.catalog.messages import Lang
from app.catalog.status import Status
from app.jobs import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_CONCURRENCY,
    Confirmation,
    DeleteJob,
    JobReport,
    Journal,
    JournalError,
    Progress,
    ResumeError,
    UploadJob,
)
from app.jobs.runner import ChunkedJob
from app.partner import (
    AuthError,
    ConfigurationError,
    Credentials,
    PartnerClient,
    PartnerError,
    StoreAccessError,
    TransportError,
)
from app.profiles import (
    CredentialsMissing,
    CredentialValues,
    Environment,
    Profile,
    ProfileError,
    ProfileStore,
    SecretStore,
    SecretStoreError,
    resolve,
)
from app.sheets import LoadedSheet, SheetError, open_table, write_results, write_template

APP_NAME = "toco-uploader"
EXIT_OK, EXIT_ROWS, EXIT_INPUT, EXIT_STORE = 0, 1, 2, 3
MAX_PROBLEM_LINES = 50
log = logging.getLogger("app.cli")


class UsageError(Exception):
    """Bad input from the user: exit code 2 with this message."""


# ------------------------------------------------------------------ rows and columns

def parse_rows(spec: str) -> set[int]:
    """``2-40,45`` → sheet row numbers as Excel shows them."""
    rows: set[int] = set()
    for part in spec.replace(" ", "").split(","):
        if not part:
            continue
        low, dash, high = part.partition("-")
        try:
            a, b = int(low), int(high) if dash else int(low)
        except ValueError:
            raise UsageError(f"--rows: {part!r} is not a row number or a range like 2-40") \
                from None
        if a < 1 or b < a:
            raise UsageError(f"--rows: {part!r} is not a valid range")
        rows.update(range(a, b + 1))
    if not rows:
        raise UsageError("--rows: give row numbers like 2-40,45")
    return rows


def overrides_from_maps(maps: list[str], headers: list[str]) -> dict[int, Any]:
    """``--map "Harga Jual=price"`` (also ``Foto 2=photos.2``; ``X=`` leaves a column out)."""
    found: dict[int, Any] = {}
    folded = [h.strip().casefold() for h in headers]
    for item in maps:
        header, eq, target = item.partition("=")
        if not eq:
            raise UsageError(f"--map needs HEADER=field, got {item!r}")
        key = header.strip().casefold()
        if key not in folded:
            raise UsageError(f"--map: no column headed {header.strip()!r}; the headers are: "
                             + ", ".join(repr(h) for h in headers if h))
        field, _, part = target.strip().replace(":", ".").partition(".")
        if field in ("", "-"):
            found[folded.index(key)] = None
            continue
        try:
            field_by_key(field)
        except KeyError:
            raise UsageError(f"--map: {field!r} is not a field name (e.g. price, sku, "
                             "photos.1)") from None
        found[folded.index(key)] = (field, part or None) if part else field
    return found


def load(args: argparse.Namespace, purpose: str) -> tuple[LoadedSheet, list[int]]:
    path = Path(args.file)
    if not path.exists():
        raise UsageError(f"There is no file {path}.")
    loaded = open_table(path, args.sheet, purpose=purpose)  # type: ignore[arg-type]
    if args.map:
        overrides = overrides_from_maps(args.map, loaded.headers)
        loaded = open_table(path, loaded.raw.name, purpose=purpose,  # type: ignore[arg-type]
                            overrides=overrides)
    table = loaded.table
    if args.rows:
        wanted = parse_rows(args.rows)
        chosen = [i for i, row in enumerate(table.rows) if row.sheet_row in wanted]
        if not chosen:
            raise UsageError(f"--rows {args.rows}: none of those rows holds a product "
                             f"(products are in rows {_span(loaded)}).")
    else:
        chosen = list(range(len(table)))
    if not chosen:
        raise UsageError(f"The sheet {loaded.raw.name!r} has no product rows under its header.")
    return loaded, chosen


def _span(loaded: LoadedSheet) -> str:
    rows = [r.sheet_row for r in loaded.table.rows if r.sheet_row]
    return f"{min(rows)}-{max(rows)}" if rows else "none"


def column_of(loaded: LoadedSheet, field: str | None) -> str | None:
    if field is None:
        return None
    columns = loaded.colmap.columns_for(field)
    return loaded.headers[columns[0]] if columns else None


# ------------------------------------------------------------------ output

def rows_json(loaded: LoadedSheet, indexes: list[int], lang: Lang) -> dict[str, Any]:
    rows = []
    summary: dict[str, int] = {}
    for i in indexes:
        row = loaded.table.rows[i]
        summary[row.status.value] = summary.get(row.status.value, 0) + 1
        rows.append({
            "row": row.sheet_row, "status": row.status.value, "externalId": row.external_id,
            "sku": row.sku, "productId": row.product_id, "batchId": row.batch_id,
            "requestId": row.request_id,
            "issues": [{"field": issue.field, "column": column_of(loaded, issue.field),
                        "level": issue.level.value, "code": issue.code,
                        "message": issue.message(lang)} for issue in row.issues]})
    return {"summary": summary, "rows": rows}


def print_human(loaded: LoadedSheet, indexes: list[int], lang: Lang, out: TextIO) -> None:
    """A summary line, then each problem once with the rows it is on (``Rows 12-40, 45``)."""
    counts: dict[str, int] = {}
    problems: dict[str, list[int]] = {}
    for i in indexes:
        row = loaded.table.rows[i]
        counts[row.status.value] = counts.get(row.status.value, 0) + 1
        for issue in row.issues:
            where = column_of(loaded, issue.field) or (
                label_of(issue.field, lang) if issue.field else "whole row")
            code = f" [{issue.code}]" if issue.code else ""
            hint = issue.hint(lang)
            text = f"{where}: {issue.level.value}{code}: {issue.message(lang)}" + (
                f" — {hint}" if hint else "")
            problems.setdefault(text, []).append(row.sheet_row or 0)
    shown = ", ".join(f"{n} {s}" for s, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    print(f"{len(indexes)} rows of {loaded.path.name} ({loaded.raw.name}): {shown}", file=out)
    lines = [f"  {'Rows' if len(rows) > 1 else 'Row'} {_ranges(rows)}, {text}"
             for text, rows in problems.items()]
    for line in lines[:MAX_PROBLEM_LINES]:
        print(line, file=out)
    if len(lines) > MAX_PROBLEM_LINES:
        print(f"  … and {len(lines) - MAX_PROBLEM_LINES} more (see --json or --results)",
              file=out)


def _ranges(rows: list[int]) -> str:
    """[2, 3, 4, 7] → ``2-4, 7``."""
    parts: list[str] = []
    for n in sorted(set(rows)):
        if parts and parts[-1].split("-")[-1] == str(n - 1):
            parts[-1] = f"{parts[-1].split('-')[0]}-{n}"
        else:
            parts.append(str(n))
    return ", ".join(parts)


class ProgressBar:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.label = label
        self.shown = False

    def __call__(self, p: Progress) -> None:
        if not self.enabled or p.total <= 0:
            return
        width = 30
        filled = int(width * p.done / p.total)
        eta = p.eta_seconds
        eta_text = f"ETA {eta:.0f}s" if eta is not None else "ETA …"
        self.stream.write(f"\r{self.label:<10} [{'#' * filled}{'.' * (width - filled)}] "
                          f"{p.done}/{p.total} rows  {p.rows_per_second:.0f} rows/s  "
                          f"{eta_text}   ")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def exit_code(report: JobReport) -> int:
    if isinstance(report.fatal, AuthError | StoreAccessError | TransportError):
        return EXIT_STORE
    if report.cancelled:  # rows not sent are "ready", but the job did not do what was asked
        return EXIT_ROWS
    return EXIT_OK if report.all_good else EXIT_ROWS


# ------------------------------------------------------------------ logging

_log_handler: logging.Handler | None = None


def setup_logging(verbose: bool) -> Path | None:
    """``--verbose`` or TOCO_LOG_LEVEL=DEBUG: a debug log for support, secrets redacted."""
    from app.partner.redaction import RedactionFilter, install_redaction

    global _log_handler
    root = logging.getLogger()
    if _log_handler is not None:
        root.removeHandler(_log_handler)
        _log_handler.close()
        _log_handler = None
    install_redaction()
    if not (verbose or os.environ.get("TOCO_LOG_LEVEL", "").upper() == "DEBUG"):
        _log_handler = logging.NullHandler()  # no stray warnings on the merchant's screen
        root.addHandler(_log_handler)
        return None
    folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "toco-uploader.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    handler.addFilter(RedactionFilter())
    handler.setLevel(logging.DEBUG)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    _log_handler = handler
    return path


# ------------------------------------------------------------------ credentials and running

def credentials(profile: str | None) -> CredentialValues:
    return resolve(profile)


def make_client(values: CredentialValues) -> PartnerClient:
    return PartnerClient(Credentials(values.base_url, values.partner_client_id,
                                     values.partner_secret, values.store_client_id,
                                     values.store_token))


@contextmanager
def cancel_on_ctrl_c(job: ChunkedJob | Confirmation) -> Iterator[None]:
    """The first Ctrl-C cancels between chunks; a second one stops at once."""
    def handler(signum: int, frame: Any) -> None:
        print("\nCancelling after the requests in flight… (Ctrl-C again to stop now)",
              file=sys.stderr)
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


def run_job(job: ChunkedJob, label: str) -> JobReport:
    bar = ProgressBar(label)
    job.on_progress = bar
    try:
        with cancel_on_ctrl_c(job):
            return job.run()
    finally:
        bar.close()


def finish(args: argparse.Namespace, loaded: LoadedSheet, indexes: list[int],
           report: JobReport, extra_requests: int = 0) -> int:
    lang: Lang = args.lang
    if args.results:
        written = write_results(loaded, Path(args.results), lang=lang)
        print(f"Results written to {written}", file=sys.stderr)
    if args.json:
        json.dump(rows_json(loaded, indexes, lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_human(loaded, indexes, lang, sys.stdout)
    job = f" (job {report.job_id})" if report.job_id is not None else ""
    print(f"Done in {report.elapsed:.1f} s, {report.requests + extra_requests} requests{job}.",
          file=sys.stderr)
    if report.cancelled:
        print("Cancelled: rows not sent are still ready; `toco-uploader resume` sends them.",
              file=sys.stderr)
    if report.fatal is not None:
        print(f"Stopped: {_store_words(report.fatal)}", file=sys.stderr)
    return exit_code(report)


def _store_words(exc: PartnerError) -> str:
    text = exc.message
    if exc.code:
        text = f"{text} [{exc.code}]"
    if exc.hint:
        text += f" — {exc.hint}"
    if exc.request_id:
        text += f" (request id {exc.request_id})"
    return text


def _job_info(args: argparse.Namespace, loaded: LoadedSheet, values: CredentialValues
              ) -> dict[str, Any]:
    return {"source": str(loaded.path.resolve()), "sheet": loaded.raw.name,
            "profile": args.profile, "base_url": values.base_url,
            "options": {"rows": args.rows, "map": args.map or [], "lang": args.lang}}


# ------------------------------------------------------------------ commands

def cmd_validate(args: argparse.Namespace) -> int:
    loaded, indexes = load(args, "upload")
    if args.json:
        json.dump(rows_json(loaded, indexes, args.lang), sys.stdout, ensure_ascii=False,
                  indent=2)
        sys.stdout.write("\n")
    else:
        print_human(loaded, indexes, args.lang, sys.stdout)
    bad = any(loaded.table.rows[i].status is not Status.READY for i in indexes)
    return EXIT_ROWS if bad else EXIT_OK


def cmd_upload(args: argparse.Namespace) -> int:
    loaded, indexes = load(args, "upload")
    values = credentials(args.profile)
    with make_client(values) as client, _journal() as journal:
        job = UploadJob(client, loaded.table, indexes, chunk_size=args.chunk_size,
                        concurrency=args.concurrency, journal=journal, lang=args.lang,
                        job_info=_job_info(args, loaded, values))
        report = run_job(job, "Uploading")
        extra = confirm(args, client, loaded, report, journal)
    return finish(args, loaded, indexes, report, extra)


def confirm(args: argparse.Namespace, client: PartnerClient, loaded: LoadedSheet,
            report: JobReport, journal: Journal) -> int:
    """``--wait SECONDS``: look pending rows up until they are live (product ids)."""
    if args.wait <= 0 or report.fatal is not None or not report.by_status(Status.PENDING):
        return 0
    bar = ProgressBar("Confirming")
    confirmation = Confirmation(client, loaded.table, report.outcomes, timeout=args.wait,
                                concurrency=args.concurrency, journal=journal,
                                job_id=report.job_id, on_progress=bar)
    try:
        with cancel_on_ctrl_c(confirmation):
            confirmation.run()
    finally:
        bar.close()
    return confirmation.requests


def cmd_delete(args: argparse.Namespace) -> int:
    loaded, indexes = load(args, "delete")
    count = sum(1 for i in indexes if not loaded.table.rows[i].has_errors)
    values = credentials(args.profile)
    if count and not args.yes:
        question = (f"Delete {count} product{'s' if count != 1 else ''} from the store at "
                    f"{values.base_url}? This cannot be undone. Type 'yes' to go on: ")
        if not sys.stdin.isatty():
            raise UsageError(f"Refusing to delete {count} products without confirmation: "
                             "there is no terminal to ask. Run again with --yes.")
        print(question, end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().lower() not in ("yes", "y", "ya"):
            print("Nothing deleted.", file=sys.stderr)
            return EXIT_INPUT
    with make_client(values) as client, _journal() as journal:
        job = DeleteJob(client, loaded.table, indexes, chunk_size=args.chunk_size,
                        concurrency=args.concurrency, journal=journal, lang=args.lang,
                        job_info=_job_info(args, loaded, values))
        report = run_job(job, "Deleting")
    return finish(args, loaded, indexes, report)


def cmd_resume(args: argparse.Namespace) -> int:
    with _journal() as journal:
        record = journal.job(args.job) if args.job else journal.latest_unfinished()
        if record is None:
            raise UsageError(f"There is no job {args.job} in the journal." if args.job
                             else "There is no unfinished job to resume.")
        if record.state == "finished":
            raise UsageError(f"Job {record.id} already finished; nothing to resume.")
        opts = record.options
        args.file, args.sheet, args.rows = record.source, record.sheet, None
        args.map, args.lang = opts.get("map") or [], opts.get("lang") or args.lang
        args.profile = args.profile or record.profile
        loaded, _ = load(args, record.kind)
        values = credentials(args.profile)
        if record.base_url and values.base_url.rstrip("/") != record.base_url.rstrip("/"):
            raise UsageError(f"Job {record.id} was sent to {record.base_url}, but these "
                             f"credentials are for {values.base_url}; choose the same store.")
        print(f"Resuming {record.kind} job {record.id} of {record.source}", file=sys.stderr)
        kind = UploadJob if record.kind == "upload" else DeleteJob
        with make_client(values) as client:
            job = kind.resume(client, loaded.table, journal, record.id,
                              chunk_size=opts.get("chunk_size", DEFAULT_CHUNK_SIZE),
                              concurrency=args.concurrency, lang=args.lang)
            report = run_job(job, "Resuming")
        return finish(args, loaded, job.indexes, report)


def cmd_template(args: argparse.Namespace) -> int:
    written = write_template(Path(args.out), lang=args.lang)
    print(f"Template written to {written}")
    return EXIT_OK


def cmd_sandbox(args: argparse.Namespace) -> int:
    from app.sandbox import serve

    with suppress(KeyboardInterrupt):
        serve(args.host, args.port, live_after=args.live_after)
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    with _journal() as journal:
        jobs = [journal.job(args.job)] if args.job else journal.jobs(args.limit)
        if args.job and jobs[0] is None:
            raise UsageError(f"There is no job {args.job} in the journal.")
        found = [j for j in jobs if j is not None]
        data: list[dict[str, Any]] = [{"id": j.id, "kind": j.kind, "state": j.state,
                 "started": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(j.created_at)),
                 "source": j.source, "sheet": j.sheet, "store": j.base_url,
                 "summary": j.summary,
                 "requests": [{"chunk": c.seq, "state": c.state, "requestId": c.request_id,
                               "batchId": c.batch_id} for c in journal.chunks(j.id)]}
                for j in found]
    if args.json:
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not data:
        print("No jobs yet.")
    for job in data:
        summary = ", ".join(f"{n} {s}" for s, n in job["summary"].items()) or "—"
        print(f"#{job['id']}  {job['started']}  {job['kind']:<6} {job['state']:<9} "
              f"{summary}  {job['source']}")
        if args.job:
            for c in job["requests"]:
                print(f"    chunk {c['chunk']}: {c['state']}, request id {c['requestId']}, "
                      f"batch id {c['batchId']}")
    return EXIT_OK


def cmd_profiles(args: argparse.Namespace) -> int:
    store = ProfileStore()
    if args.action == "list":
        profiles = store.list()
        if not profiles:
            print("No store profiles yet: add one with `toco-uploader profiles add NAME`.")
        for p in profiles:
            print(f"{p.name}\t{p.environment.value}\t{p.base_url}\tpartner client id "
                  f"{p.partner_client_id}\tstore client id {p.store_client_id}")
        return EXIT_OK
    if not args.name:
        raise UsageError(f"profiles {args.action} needs a profile NAME")
    if args.action == "remove":
        removed = store.remove(args.name)
        SecretStore().delete_all(args.name)
        print(f"Removed {args.name}." if removed else f"There is no profile {args.name!r}.")
        return EXIT_OK if removed else EXIT_INPUT
    for option in ("partner_client_id", "store_client_id"):
        if not getattr(args, option):
            raise UsageError(f"profiles add needs --{option.replace('_', '-')}")
    profile = Profile.create(args.name, args.environment, args.partner_client_id,
                             args.store_client_id, base_url=args.base_url)
    partner_secret, store_token = _ask_secrets()
    secrets = SecretStore()
    secrets.set(profile.name, "partner_secret", partner_secret)
    secrets.set(profile.name, "store_token", store_token)
    store.save(profile)
    print(f"Saved {profile.name} ({profile.environment.value}, {profile.base_url}); "
          "its secrets are in the system keyring.")
    return EXIT_OK


def _ask_secrets() -> tuple[str, str]:
    """From the terminal without echo, or two lines of standard input (for scripts)."""
    if sys.stdin.isatty():
        partner_secret = getpass.getpass("Partner secret: ")
        store_token = getpass.getpass("Store token: ")
    else:
        partner_secret = sys.stdin.readline().strip()
        store_token = sys.stdin.readline().strip()
    if not partner_secret or not store_token:
        raise UsageError("Both the partner secret and the store token are needed (two lines "
                         "on standard input when there is no terminal).")
    return partner_secret, store_token


@contextmanager
def _journal() -> Iterator[Journal]:
    journal = Journal()
    try:
        yield journal
    finally:
        journal.close()


# ------------------------------------------------------------------ the parser

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="Upload and delete Toco products from Excel workbooks.",
        epilog="Credentials: --profile NAME, or the environment variables TOCO_BASE_URL, "
               "TOCO_PARTNER_CLIENT_ID, TOCO_PARTNER_SECRET, TOCO_STORE_CLIENT_ID, "
               "TOCO_STORE_TOKEN. Exit codes: 0 all good, 1 some rows not, 2 bad input, "
               "3 store access or connection failure.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def sheet_command(name: str, help_text: str, func: Callable[[argparse.Namespace], int],
                      store: bool) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("file", metavar="FILE", help="the workbook (.xlsx, .xlsm, .xls, .ods, .csv)")
        p.add_argument("--sheet", help="sheet name (default: the first with product headers)")
        p.add_argument("--rows", metavar="SPEC", help="sheet row numbers, e.g. 2-40,45")
        p.add_argument("--map", action="append", metavar="HEADER=field",
                       help="use column HEADER for field (repeatable), e.g. 'Harga Jual=price'")
        p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
        p.add_argument("--lang", choices=("en", "id"), default=_default_lang())
        _common(p)
        if store:
            p.add_argument("--profile", help="store profile (see `profiles list`)")
            p.add_argument("--results", metavar="OUT.xlsx", help="write the results workbook")
            p.add_argument("--chunk-size", type=_positive, default=DEFAULT_CHUNK_SIZE,
                           help=f"rows per request (default {DEFAULT_CHUNK_SIZE})")
            p.add_argument("--concurrency", type=_positive, default=DEFAULT_CONCURRENCY,
                           help=f"requests at once (default {DEFAULT_CONCURRENCY})")
        p.set_defaults(func=func)
        return p

    sheet_command("validate", "check a workbook without sending anything", cmd_validate, False)
    upload = sheet_command("upload", "upload products to the store", cmd_upload, True)
    upload.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                        help="wait up to SECONDS for pending products to go live")
    delete = sheet_command("delete", "delete the products of a sheet from the store",
                           cmd_delete, True)
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = sub.add_parser("template", help="write an empty product workbook to fill in")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--lang", choices=("en", "id"), default="id")
    _common(p)
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("sandbox", help="run the local sandbox store (demo credentials)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8787)
    p.add_argument("--live-after", type=float, default=None,
                   help="seconds before an accepted product goes live")
    _common(p)
    p.set_defaults(func=cmd_sandbox)

    p = sub.add_parser("profiles", help="list, add or remove store profiles")
    p.add_argument("action", choices=("list", "add", "remove"))
    p.add_argument("name", nargs="?")
    p.add_argument("--environment", choices=[e.value for e in Environment], default="production")
    p.add_argument("--base-url", help="for a custom store: its base URL ending in /api/v1")
    p.add_argument("--partner-client-id")
    p.add_argument("--store-client-id")
    _common(p)
    p.set_defaults(func=cmd_profiles)

    p = sub.add_parser("history", help="past jobs, with their request and batch ids")
    p.add_argument("job", nargs="?", type=int, help="one job in detail")
    p.add_argument("--limit", type=_positive, default=20)
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("resume", help="finish a job that was interrupted")
    p.add_argument("job", nargs="?", type=int, help="job number (default: the latest unfinished)")
    p.add_argument("--profile")
    p.add_argument("--results", metavar="OUT.xlsx")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "id"), default=_default_lang())
    p.add_argument("--concurrency", type=_positive, default=DEFAULT_CONCURRENCY)
    _common(p)
    p.set_defaults(func=cmd_resume)
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("-v", "--verbose", action="store_true",
                   help="write a debug log for support (secrets are masked)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _default_lang() -> str:
    return "id" if os.environ.get("TOCO_LANG", "").lower().startswith("id") else "en"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(APP_NAME)
    except PackageNotFoundError:
        return "dev"


# ------------------------------------------------------------------ main

def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_INPUT
    log_path = setup_logging(args.verbose)
    if log_path is not None:
        print(f"Debug log: {log_path}", file=sys.stderr)
    log.debug("command line: %s", " ".join(argv if argv is not None else sys.argv[1:]))
    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        return _fail(str(exc), EXIT_INPUT)
    except SheetError as exc:
        return _fail(exc.message(getattr(args, "lang", "en")), EXIT_INPUT)
    except (ProfileError, ResumeError, JournalError) as exc:
        return _fail(str(exc), EXIT_INPUT)
    except ConfigurationError as exc:
        return _fail(f"The store address is not usable: {exc.message}", EXIT_INPUT)
    except (CredentialsMissing, SecretStoreError) as exc:
        return _fail(str(exc), EXIT_STORE)
    except PartnerError as exc:
        return _fail(f"The store could not be reached or refused access: {_store_words(exc)}",
                     EXIT_STORE)
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), EXIT_INPUT)
    except KeyboardInterrupt:
        return _fail("Stopped.", 130)


def _fail(message: str, code: int) -> int:
    log.debug("exit %d: %s", code, message, exc_info=True)
    print(f"toco-uploader: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
