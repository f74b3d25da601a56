"""What a command prints: the JSON object of ``--json``, the plain summary with each problem once,
the progress bar on a terminal, and the closing lines after a job.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import orjson

from app.catalog.messages import Lang, render
from app.catalog.status import Status
from app.cli.exits import EXIT_OK, EXIT_ROWS, exit_code, store_words
from app.cli.workbook import column_of

if TYPE_CHECKING:  # the jobs and the results writer (openpyxl) only for the commands that send
    from app.jobs import JobReport, Progress
    from app.sheets import LoadedSheet

MAX_PROBLEM_LINES = 50

#: The summary's own words; messages come translated from the catalog, status words stay stable.
_WORDS: dict[str, tuple[str, str]] = {
    "rows_of": (
        "{n} rows of {file} ({sheet}): {counts}",
        "{n} baris dari {file} ({sheet}): {counts}",
    ),
    "row": ("Row", "Baris"),
    "rows": ("Rows", "Baris"),
    "whole row": ("whole row", "seluruh baris"),
    "error": ("error", "galat"),
    "warning": ("warning", "peringatan"),
    "more": (
        "… and {n} more (see --json or --results)",
        "… dan {n} lagi (lihat --json atau --results)",
    ),
}


def word(key: str, lang: Lang, **params: object) -> str:
    return render(_WORDS, key, params, lang)


def rows_json(loaded: LoadedSheet, indexes: list[int], lang: Lang) -> dict[str, Any]:
    rows = []
    summary: dict[str, int] = {}
    columns = _Columns(loaded)
    # by the issue object: the checks share one Issue between the rows of one repeated value
    # (their hash leaves the params out, so equal-looking issues would all collide in a dict)
    messages: dict[int, str] = {}
    for i in indexes:
        row = loaded.table.rows[i]
        status = row.status.value
        summary[status] = summary.get(status, 0) + 1
        issues = []
        for issue in row.issues:
            message = messages.get(id(issue))
            if message is None:
                message = messages[id(issue)] = issue.message(lang)
            issues.append(
                {
                    "field": issue.field,
                    "column": columns[issue.field],
                    "level": issue.level.value,
                    "code": issue.code,
                    "message": message,
                }
            )
        rows.append(
            {
                "row": row.sheet_row,
                "status": status,
                "externalId": row.external_id,
                "sku": row.sku,
                "productId": row.product_id,
                "batchId": row.batch_id,
                "requestId": row.request_id,
                "issues": issues,
            }
        )
    return {"summary": summary, "rows": rows, "skipped": skipped_json(loaded, lang)}


class _Columns(dict[str | None, str | None]):
    """``column_of`` each field, found once per field (not once per issue)."""

    def __init__(self, loaded: LoadedSheet) -> None:
        super().__init__()
        self.loaded = loaded

    def __missing__(self, field: str | None) -> str | None:
        header = self[field] = column_of(self.loaded, field)
        return header


def skipped_json(loaded: LoadedSheet, lang: Lang) -> list[dict[str, Any]]:
    """The guidance and example rows under the header that were not sent, and why."""
    return [
        {"row": s.sheet_row, "reason": s.reason, "text": s.text, "message": s.message(lang)}
        for s in loaded.skipped
    ]


def print_human(loaded: LoadedSheet, indexes: list[int], lang: Lang, out: TextIO) -> None:
    """A summary line, then each problem once with the rows it is on (``Rows 12-40, 45``)."""
    from app.catalog.fields import label_of

    counts: dict[str, int] = {}
    problems: dict[str, list[int]] = {}
    columns = _Columns(loaded)
    texts: dict[int, str] = {}  # by the issue object, as in rows_json
    for i in indexes:
        row = loaded.table.rows[i]
        counts[row.status.value] = counts.get(row.status.value, 0) + 1
        for issue in row.issues:
            text = texts.get(id(issue))
            if text is None:
                where = columns[issue.field] or (
                    label_of(issue.field, lang) if issue.field else word("whole row", lang)
                )
                code = f" [{issue.code}]" if issue.code else ""
                hint = issue.hint(lang)
                text = f"{where}: {word(issue.level.value, lang)}{code}: {issue.message(lang)}" + (
                    f" — {hint}" if hint else ""
                )
                texts[id(issue)] = text
            problems.setdefault(text, []).append(row.sheet_row or 0)
    shown = ", ".join(f"{n} {s}" for s, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    print(
        word(
            "rows_of",
            lang,
            n=len(indexes),
            file=loaded.path.name,
            sheet=loaded.raw.name,
            counts=shown,
        ),
        file=out,
    )
    for skipped in loaded.skipped:
        print(f"  {skipped.message(lang)}", file=out)
    lines = [
        f"  {word('rows' if len(rows) > 1 else 'row', lang)} {_ranges(rows)}, {text}"
        for text, rows in problems.items()
    ]
    for line in lines[:MAX_PROBLEM_LINES]:
        print(line, file=out)
    if len(lines) > MAX_PROBLEM_LINES:
        print("  " + word("more", lang, n=len(lines) - MAX_PROBLEM_LINES), file=out)


def print_rows(loaded: LoadedSheet, indexes: list[int], lang: Lang, as_json: bool) -> None:
    """The chosen rows on stdout: one JSON object, or the plain summary."""
    if as_json:
        write_json(rows_json(loaded, indexes, lang), sys.stdout)
    else:
        print_human(loaded, indexes, lang, sys.stdout)


def write_json(data: Any, out: TextIO) -> None:
    """``data`` as indented JSON (UTF-8, two spaces, a final newline) through orjson: the
    same text ``json.dump(..., ensure_ascii=False, indent=2)`` writes, in a tenth of the time
    for 50,000 rows. Bytes go straight to the stream's buffer when it has one."""
    try:
        encoded = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:  # what orjson refuses (an int beyond 64 bits) json writes
        encoded = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        buffer.write(encoded)
        buffer.flush()
    else:
        out.write(encoded.decode("utf-8"))


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

    WIDTH = 30

    def __call__(self, p: Progress) -> None:
        eta = p.eta_seconds
        eta_text = f"ETA {eta:.0f}s" if eta is not None else "ETA …"
        self.draw(
            p.done,
            p.total,
            f" rows  {p.rows_per_second:.0f} rows/s  {eta_text}   ",
        )

    def draw(self, done: int, total: int, tail: str = "") -> None:
        """``label [#####.....] done/total`` and ``tail``, over the line drawn before."""
        if not self.enabled or total <= 0:
            return
        filled = int(self.WIDTH * done / total)
        self.stream.write(
            f"\r{self.label:<10} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{total}{tail}"
        )
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def finish(
    args: argparse.Namespace,
    loaded: LoadedSheet,
    indexes: list[int],
    report: JobReport,
    extra_requests: int = 0,
) -> int:
    """After a job: ``--results`` workbook, the rows, time and requests, why it stopped."""
    from app.sheets.reader import quiet_libraries
    from app.sheets.results import write_results

    lang: Lang = args.lang
    if args.results:
        with quiet_libraries():  # openpyxl's warnings about parts it drops: the debug log's
            written = write_results(loaded, Path(args.results), lang=lang)
        print(f"Results written to {written}", file=sys.stderr)
    print_rows(loaded, indexes, lang, args.json)
    job = f" (job {report.job_id})" if report.job_id is not None else ""
    print(
        f"Done in {report.elapsed:.1f} s, {report.requests + extra_requests} requests{job}.",
        file=sys.stderr,
    )
    if report.cancelled:
        print(
            "Cancelled: rows not sent are still ready; `toco-uploader resume` sends them.",
            file=sys.stderr,
        )
    if report.fatal is not None:
        print(f"Stopped: {store_words(report.fatal)}", file=sys.stderr)
    code = exit_code(report)
    # --wait ran after the job: a row it could not confirm is not done either
    unconfirmed = any(loaded.table.rows[i].status is Status.UNCONFIRMED for i in indexes)
    return EXIT_ROWS if code == EXIT_OK and unconfirmed else code
