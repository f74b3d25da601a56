"""The workbook a command works on, and the rows it chose: ``FILE --sheet --rows --map``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.catalog.fields import field_by_key
from app.cli.exits import UsageError
from app.sheets import LoadedSheet
from app.sheets.bounded import open_table  # in a child process with memory and time limits


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
            raise UsageError(f"--rows: {part!r} is not a row number or a range like 2-40") from None
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
            raise UsageError(
                f"--map: no column headed {header.strip()!r}; the headers are: "
                + ", ".join(repr(h) for h in headers if h)
            )
        field, _, part = target.strip().replace(":", ".").partition(".")
        if field in ("", "-"):
            found[folded.index(key)] = None
            continue
        try:
            field_by_key(field)
        except KeyError:
            raise UsageError(
                f"--map: {field!r} is not a field name (e.g. price, sku, photos.1)"
            ) from None
        found[folded.index(key)] = (field, part or None) if part else field
    return found


def load(args: argparse.Namespace, purpose: str) -> tuple[LoadedSheet, list[int]]:
    """Open ``args.file`` (``--sheet``, ``--map``) and pick the ``--rows`` (default: all).

    The workbook is read in a bounded child process: a file that would crash, exhaust memory or
    hang the reader becomes a SheetError (exit 2), like any other unreadable file."""
    path = Path(args.file)
    if not path.exists():
        raise UsageError(f"There is no file {path}.")
    loaded = open_table(path, args.sheet, purpose=purpose)  # type: ignore[arg-type]
    if args.map:
        overrides = overrides_from_maps(args.map, loaded.headers)
        loaded = open_table(
            path,
            loaded.raw.name,
            purpose=purpose,  # type: ignore[arg-type]
            overrides=overrides,
        )
    table = loaded.table
    if args.rows:
        wanted = parse_rows(args.rows)
        chosen = [i for i, row in enumerate(table.rows) if row.sheet_row in wanted]
        if not chosen:
            raise UsageError(
                f"--rows {args.rows}: none of those rows holds a product "
                f"(products are in rows {_span(loaded)})."
            )
    else:
        chosen = list(range(len(table)))
    if not chosen:
        skipped = "; ".join(s.message() for s in loaded.skipped)
        raise UsageError(
            f"The sheet {loaded.raw.name!r} has no product rows under its header."
            + (f" ({skipped})" if skipped else "")
        )
    return loaded, chosen


def _span(loaded: LoadedSheet) -> str:
    rows = [r.sheet_row for r in loaded.table.rows if r.sheet_row]
    return f"{min(rows)}-{max(rows)}" if rows else "none"


def column_of(loaded: LoadedSheet, field: str | None) -> str | None:
    """The header of the (first) column holding ``field``, if the sheet has one."""
    if field is None:
        return None
    columns = loaded.colmap.columns_for(field)
    return loaded.headers[columns[0]] if columns else None
