"""Upload results written back into the merchant's own workbook.

Into a copy (``<name>.results.xlsx``) or in place after a timestamped backup; other sheets,
formatting and formulas are kept (openpyxl loads and saves the whole workbook). A .csv, .xls or
.ods source gets a new .xlsx. The columns ``Upload status`` … ``Request ID`` are added at the
right of the header row, or reused when a previous write added them. Cells with errors turn red
with a comment holding the message, warnings amber; cells fixed since the last write lose the
fill and comment we set (recognised by our exact colours and comment author, so the merchant's
own colours are never touched). Rows added in the app are written below the sheet's rows
(``added_rows.py``). Files are written atomically: no half-written workbook.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.atomic_files import replacing
from app.catalog.fields import EXTERNAL_ID_FIELD, PRODUCT_ID_FIELD, label_of
from app.catalog.issues import Issue
from app.catalog.messages import Lang
from app.catalog.parsing import CellError
from app.catalog.status import Status, status_word
from app.sheets.added_rows import AddedRows, same_cell
from app.sheets.comment_parts import save_book
from app.sheets.errors import SheetError
from app.sheets.formula_values import restore_cached_values
from app.sheets.loading import LoadedSheet, table_cells
from app.sheets.result_rows import ResultRows
from app.sheets.results_cells import (
    BATCH_ID,
    CODE,
    EXTERNAL_ID,
    MESSAGE,
    PRODUCT_ID,
    REQUEST_ID,
    RESULT_COLUMNS,
    STATUS,
    CellMarker,
    result_columns,
)

_BAD_STATUSES = frozenset({Status.INVALID, Status.REJECTED, Status.FAILED, Status.DELETE_FAILED})


def write_results(
    loaded: LoadedSheet,
    out_path: str | Path | None = None,
    in_place: bool = False,
    lang: Lang = "en",
) -> Path:
    """Write the table's results into a copy of the workbook (or in place); returns the path."""
    from openpyxl import Workbook, load_workbook

    source = loaded.raw.path
    keep_book = loaded.raw.format == "xlsx"
    dest = _destination(source, out_path, in_place, keep_book)
    if keep_book:
        try:
            book = load_workbook(source, keep_vba=source.suffix.lower() == ".xlsm", keep_links=True)
            sheet = book[loaded.raw.name]
        except Exception:  # openpyxl raises many kinds on damaged parts
            raise SheetError("corrupt", name=source.name) from None
    else:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = _sheet_title(loaded.raw.name)
        _copy_values(sheet, loaded.raw.rows)
    if _same_file(dest, source):
        backup(source)
    result_rows = _fill_in(sheet, loaded, lang)
    with contextlib.suppress(AttributeError):
        book.calculation.fullCalcOnLoad = True  # Excel recomputes formulas on open
    sheet_name = sheet.title

    def with_cached_values(tmp: Path) -> None:
        if keep_book:
            restore_cached_values(tmp, loaded.raw, sheet_name)

    def save(book: Any, path: Path) -> None:
        # the same file as book.save, its comments (one per marked cell) and the results
        # columns' cells written as text
        save_book(book, path, rows=result_rows)

    save_atomically(book, dest, after_save=with_cached_values, save=save)
    return dest


def _destination(
    source: Path, out_path: str | Path | None, in_place: bool, keep_book: bool
) -> Path:
    if in_place and keep_book:
        return source
    if out_path is not None:
        return Path(out_path)
    suffix = source.suffix.lower() if keep_book else ".xlsx"
    stem = source.stem
    if stem.endswith(".results"):
        return source.with_name(stem + suffix)
    return source.with_name(f"{stem}.results{suffix}")


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` is the existing file ``b`` (also when spelled otherwise: relative, a link)."""
    try:
        return a.samefile(b)
    except OSError:
        return False


def backup(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.backup-{stamp}-{n}{path.suffix}")
    try:
        shutil.copy2(path, target)
    except OSError as exc:
        raise SheetError(
            "cannot_write", name=target.name, reason=exc.strerror or str(exc)
        ) from None
    return target


def save_atomically(
    book: Any,
    dest: Path,
    after_save: Callable[[Path], None] | None = None,
    save: Callable[[Any, Path], None] | None = None,
) -> None:
    """Save to a temporary file beside ``dest``, then replace ``dest`` in one step (``save``:
    how the book is written, ``book.save`` unless told)."""
    try:
        with replacing(dest) as tmp:
            if save is None:
                book.save(tmp)
            else:
                save(book, tmp)
            if after_save is not None:
                after_save(tmp)
    except OSError as exc:
        raise SheetError("cannot_write", name=dest.name, reason=exc.strerror or str(exc)) from None


def _sheet_title(name: str) -> str:
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in name).strip()
    return (cleaned or "Sheet")[:31]


def _copy_values(sheet: Any, rows: list[tuple[int, list[Any]]]) -> None:
    for sheet_row, values in rows:
        for column, value in enumerate(values, 1):
            if value == "" or value is None:
                continue
            cell = sheet.cell(
                sheet_row, column, str(value) if isinstance(value, CellError) else value
            )
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text from a CSV is never a formula


def _fill_in(sheet: Any, loaded: LoadedSheet, lang: Lang) -> ResultRows:
    """The table's results and marks in the sheet; the results columns' plain cells are kept
    in the ``ResultRows`` returned, written when the book is saved."""
    columns = result_columns(sheet, loaded)
    homes = {  # fields whose column is a results column, where the sheet has none for them
        f.key: columns[f.label_en]
        for f in (EXTERNAL_ID_FIELD, PRODUCT_ID_FIELD)
        if f.label_en in columns
    }
    added = AddedRows(sheet, loaded, columns, homes, lang)
    placed = added.write()  # rows added in the app go below the sheet's rows
    original = dict(table_cells(loaded.raw, loaded.header_row, loaded.colmap))
    marker = CellMarker(sheet)
    mapped = {b.index + 1 for b in loaded.colmap.mapped}
    watched = mapped | set(columns.values()) | set(added.extra.values())
    text_columns = [columns[name] for name in RESULT_COLUMNS]
    result_rows = ResultRows(sheet, text_columns)
    cells = sheet._cells
    for index, row in enumerate(loaded.table.rows):
        r = row.sheet_row or placed[index]
        if row.sheet_row is not None:  # the merchant's fixes in the grid go into the workbook
            before = original.get(row.sheet_row, {})
            if not _unedited(row, before):
                added.write_edits(r, row, before)
        issues = [*row.store_issues, *row.local_issues, *row.duplicate_issues]  # store first
        errors = [i for i in issues if i.is_error]
        codes = list(dict.fromkeys(i.code for i in errors if i.code))  # the store's codes only
        texts = [
            (columns[STATUS], status_word(row.status, lang)),
            (columns[CODE], "; ".join(codes)),
            (columns[MESSAGE], "\n".join(_line(i, lang) for i in issues)),
            (columns[PRODUCT_ID], row.product_id or ""),
            (columns[BATCH_ID], row.batch_id or ""),
            (columns[REQUEST_ID], row.request_id or ""),
        ]
        given = sorted((c, v) for c, v in texts if v)
        if not any((r, c) in cells for c in text_columns) and result_rows.takes(given):
            result_rows.add(r, given)  # no cell of them yet: an empty text writes nothing
        else:
            _write_texts(sheet, r, texts)
        if row.external_id_generated and EXTERNAL_ID in columns:
            external_id = row.cells.get(EXTERNAL_ID_FIELD.key, "")
            cell = sheet.cell(r, columns[EXTERNAL_ID], str(external_id))
            cell.number_format = "@"
        marked: dict[int, list[Issue]] = {}
        for issue in issues:
            targets = _columns_of(issue, loaded, homes, added.extra) or [columns[STATUS]]
            for column in targets:
                marked.setdefault(column, []).append(issue)
        if row.status in _BAD_STATUSES and columns[STATUS] not in marked:
            marked[columns[STATUS]] = errors
        for column, found in marked.items():
            marker.mark(r, column, found, lang)
        marker.clear_row(r, watched - set(marked))
    return result_rows


def _write_texts(sheet: Any, r: int, texts: list[tuple[int, str]]) -> None:
    """The results columns' texts (``RESULT_COLUMNS``' order) as openpyxl cells: the status
    always, a product id when there is one, the others when given or to clear a cell."""
    status, code, message, product_id, batch_id, request_id = texts
    sheet.cell(r, status[0], status[1])
    _set(sheet, r, *code)
    _set(sheet, r, *message)
    if product_id[1]:
        sheet.cell(r, product_id[0], product_id[1])
    _set(sheet, r, *batch_id)
    _set(sheet, r, *request_id)


#: Values ``same_cell`` finds unchanged when they are of one of these types and equal.
_PLAIN = frozenset({str, int, bool, float, type(None)})


def _unedited(row: Any, original: dict[str, Any]) -> bool:
    """Whether ``AddedRows.write_edits`` would find nothing to write in the row: each cell
    equal to what was read, of the same plain type (a part of a cell — photos, stock per
    warehouse — likewise), or one ``same_cell`` finds unchanged; a generated externalId is
    never written there either."""
    cells = row.cells
    for key in cells.keys() | original.keys():
        new, old = cells.get(key), original.get(key)
        if _plainly_equal(new, old):
            continue
        if _plain_parts_equal(new, old):
            continue
        if key == EXTERNAL_ID_FIELD.key and row.external_id_generated:
            continue
        if not same_cell(new, old):
            return False
    return True


def _plain_parts_equal(a: Any, b: Any) -> bool:
    """Two cells of parts (``{"1": url, "2": url}``) with the same parts, each plainly equal."""
    if type(a) is not dict or type(b) is not dict or a.keys() != b.keys():
        return False
    return all(_plainly_equal(v, b[k]) for k, v in a.items())


def _plainly_equal(a: Any, b: Any) -> bool:
    """Same plain type and equal (a NaN never is): ``same_cell`` then says the same."""
    kind = type(a)
    return kind is type(b) and kind in _PLAIN and a == b


def _set(sheet: Any, row: int, column: int, value: str) -> None:
    """Write a text cell; an empty text only clears a cell that exists."""
    if value or (row, column) in sheet._cells:
        cell = sheet.cell(row, column)
        cell.value = value or None
        if value.startswith("="):
            cell.data_type = "s"  # the store's words, never a formula


def _line(issue: Issue, lang: Lang) -> str:
    label = label_of(issue.field, lang) if issue.field else ""
    text = issue.message(lang)
    mark = "" if issue.is_error else "⚠ "
    return f"{mark}{label}: {text}" if label else f"{mark}{text}"


def _columns_of(
    issue: Issue, loaded: LoadedSheet, homes: dict[str, int], extra: dict[str, int]
) -> list[int]:
    """The columns an issue marks: the field's own, one added for it, or its results column."""
    if issue.field is None:
        return []
    found = [i + 1 for i in loaded.colmap.columns_for(issue.field)]
    if not found and issue.field in extra:
        found = [extra[issue.field]]
    if not found and issue.field in homes:
        found = [homes[issue.field]]
    return found
