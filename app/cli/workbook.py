"""The workbook a command works on, and the rows it chose: ``FILE --sheet --rows --map``."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.catalog.messages import Lang, render
from app.cli.exits import Refusal
from app.sheets.bounded import start_read_with_header  # a child with memory and time limits
from app.sheets.gc_pause import paused_gc

if TYPE_CHECKING:
    from app.catalog.store_data import StoreData
    from app.sheets.loading import LoadedSheet, RowsToCheck, StoreDataFor
    from app.sheets.raw import RawSheet
    from app.sheets.sheet_read import Purpose


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
            raise Refusal("bad_rows", part=repr(part)) from None
        if a < 1 or b < a:
            raise Refusal("bad_rows", part=repr(part))
        rows.update(range(a, b + 1))
    if not rows:
        raise Refusal("no_rows_given")
    return rows


def overrides_from_maps(maps: list[str], headers: list[str]) -> dict[int, Any]:
    """``--map "Harga Jual=price"`` (also ``Foto 2=photos.2``; ``X=`` leaves a column out)."""
    from app.catalog.fields import field_by_key

    found: dict[int, Any] = {}
    folded = [h.strip().casefold() for h in headers]
    for item in maps:
        header, eq, target = item.partition("=")
        if not eq:
            raise Refusal("map_needs_field", item=repr(item))
        key = header.strip().casefold()
        if key not in folded:
            raise Refusal(
                "map_no_column",
                header=repr(header.strip()),
                headers=", ".join(repr(h) for h in headers if h),
            )
        field, _, part = target.strip().replace(":", ".").partition(".")
        if field in ("", "-"):
            found[folded.index(key)] = None
            continue
        try:
            field_by_key(field)
        except KeyError:
            raise Refusal("map_no_field", field=repr(field)) from None
        found[folded.index(key)] = (field, part or None) if part else field
    return found


def load(
    args: argparse.Namespace,
    kind: str,
    store_data_for: StoreDataFor | None = None,
    *,
    meanwhile: Callable[[], object] | None = None,
) -> tuple[LoadedSheet, list[int]]:
    """Open ``args.file`` (``--sheet``, ``--map``) and pick the ``--rows`` (default: all); the
    rows are checked once, against what ``store_data_for`` gives for their cells.

    The refusals (no such ``--rows``, only hidden rows, no product rows) come before
    ``store_data_for`` is asked (credentials, the network) and before any row is checked.

    The workbook is read in a bounded child process: a file that would crash, exhaust memory or
    hang the reader becomes a SheetError (exit 2), like any other unreadable file. Only the
    sheet's cells come back from it; the columns are mapped and the rows checked here. While
    the child reads, this process imports what mapping and checking take (and ``meanwhile``:
    imports, nothing the merchant sees), so neither waits for the other."""
    path = Path(args.file)
    if not path.exists():
        raise Refusal("file_not_found", path=str(path))
    include_hidden = bool(getattr(args, "include_hidden_rows", False))
    purpose = cast("Purpose", kind)  # "upload" or "delete", as a journal's record names it
    with start_read_with_header(path, args.sheet, purpose) as reading:
        from app.sheets.loading import mapped_columns, table_from
        from app.sheets.memory import MappingMemory

        if meanwhile is not None:
            meanwhile()
        read = reading.result()
    memory = MappingMemory()
    colmap = mapped_columns(read, memory=memory)
    if args.map:
        colmap = mapped_columns(read, overrides_from_maps(args.map, colmap.headers), memory)
    chosen: list[int] = []

    def first(rows: RowsToCheck) -> StoreData | None:
        chosen.extend(chosen_rows(args, rows))
        return store_data_for(rows) if store_data_for is not None else None

    with paused_gc():  # no collector pass over the rows being built (nor right after)
        loaded = table_from(
            read, purpose, include_hidden=include_hidden, colmap=colmap, store_data_for=first
        )
        # The table lives until the command ends: left out of every later collector pass
        # (the first one after the build walked all its ~100 objects a row again).
        gc.freeze()
    return loaded, chosen


def chosen_rows(args: argparse.Namespace, rows: RowsToCheck) -> list[int]:
    """The table positions of the ``--rows`` (default: all) but the hidden ones, decided on the
    rows before they are checked; refuses when none is left, and says on stderr what was left
    out and the file's notices."""
    numbers = [sheet_row for sheet_row, _ in rows.rows]
    if args.rows:
        wanted = parse_rows(args.rows)
        chosen = [i for i, n in enumerate(numbers) if n in wanted]
        if not chosen:
            raise Refusal("rows_not_found", rows=args.rows, span=_span(numbers))
    else:
        chosen = list(range(len(numbers)))
    hidden = [i for i in chosen if numbers[i] in rows.hidden]
    if hidden:
        chosen = [i for i in chosen if numbers[i] not in rows.hidden]
        print(hidden_rows_note(numbers, hidden, args.lang), file=sys.stderr)
    if not chosen:
        if hidden:
            raise Refusal("only_hidden_rows")
        skipped = "; ".join(s.message(args.lang) for s in rows.skipped)
        raise Refusal(
            "no_product_rows", sheet=rows.raw.name, skipped=f" ({skipped})" if skipped else ""
        )
    say_notices(rows.raw, args.lang)
    return chosen


def say_notices(raw: RawSheet, lang: Lang) -> None:
    """What the merchant should know about the file (it is really an .xls…), on stderr: a
    notice, not an error, so stdout (``--json``) stays the rows alone."""
    for notice in raw.notices:
        print(f"{word('note', lang)}: {notice.message(lang)}", file=sys.stderr)


def word(key: str, lang: Lang) -> str:
    return render(_WORDS, key, {}, lang)


_WORDS: dict[str, tuple[str, str]] = {"note": ("Note", "Catatan")}


def hidden_rows_note(sheet_rows: Sequence[int], hidden: list[int], lang: Lang = "en") -> str:
    """``2 hidden rows were left out (rows 5, 9); --include-hidden-rows sends them``: the
    ``hidden`` positions of ``sheet_rows`` (the table's rows' numbers)."""
    numbers = [str(sheet_rows[i]) for i in hidden]
    shown = ", ".join(numbers[:20]) + (", …" if len(numbers) > 20 else "")
    if lang == "id":
        return (
            f"{len(hidden)} baris tersembunyi tidak diikutkan (baris {shown});"
            " --include-hidden-rows mengirimnya"
        )
    many = len(hidden) != 1
    return (
        f"{len(hidden)} hidden row{'s' if many else ''} {'were' if many else 'was'} left out"
        f" (row{'s' if many else ''} {shown}); --include-hidden-rows sends"
        f" {'them' if many else 'it'}"
    )


def _span(sheet_rows: Sequence[int]) -> str:
    rows = [n for n in sheet_rows if n]
    return f"{min(rows)}-{max(rows)}" if rows else "none"


def column_of(loaded: LoadedSheet, field: str | None) -> str | None:
    """The header of the (first) column holding ``field``, if the sheet has one."""
    if field is None:
        return None
    columns = loaded.colmap.columns_for(field)
    return loaded.headers[columns[0]] if columns else None
