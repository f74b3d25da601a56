"""The cells of the results workbook: where the results columns go, and our marks on cells."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.catalog.fields import EXTERNAL_ID_FIELD, PRODUCT_ID_FIELD
from app.catalog.issues import Issue
from app.catalog.messages import Lang
from app.sheets.header import header_text
from app.sheets.matching import BATCH_ID, CODE, MESSAGE, REQUEST_ID, STATUS, normalise

if TYPE_CHECKING:
    from app.sheets.loading import LoadedSheet

#: The results columns are headed in English: the product id's column is the field's label.
PRODUCT_ID = PRODUCT_ID_FIELD.label_en
RESULT_COLUMNS = (STATUS, CODE, MESSAGE, PRODUCT_ID, BATCH_ID, REQUEST_ID)
#: Written only when the app made up external ids, where the sheet has no column for them.
EXTERNAL_ID = EXTERNAL_ID_FIELD.label_en
#: Our colours, exact (ARGB): only fills of these colours are ever cleared.
ERROR_FILL = "FFFFC7CE"
WARNING_FILL = "FFFFEB9C"
OUR_FILLS = frozenset({ERROR_FILL, WARNING_FILL})
COMMENT_AUTHOR = "Toco Uploader"


def result_columns(sheet: Any, loaded: LoadedSheet) -> dict[str, int]:
    """Results column name → 1-based column, reusing the ones already in the header row."""
    from openpyxl.styles import Font

    h = loaded.header_row
    header = {
        c: cell.value
        for (r, c), cell in sheet._cells.items()
        if r == h and cell.value not in (None, "")
    }
    last = max([*header, loaded.raw.width, len(loaded.colmap.bindings)], default=0)
    columns: dict[str, int] = {}

    def place(name: str, mapped: list[int]) -> None:
        nonlocal last
        if mapped:
            columns[name] = mapped[0] + 1
            return
        existing = next((c for c, v in sorted(header.items()) if same_header(v, name)), None)
        if existing is None:
            last += 1
            existing = last
            cell = sheet.cell(h, existing, name)
            cell.font = Font(bold=True)
        columns[name] = existing

    if any(row.external_id_generated for row in loaded.table.rows):
        place(EXTERNAL_ID, loaded.colmap.columns_for(EXTERNAL_ID_FIELD.key))
    for name in RESULT_COLUMNS:
        place(name, loaded.colmap.columns_for(PRODUCT_ID_FIELD.key) if name == PRODUCT_ID else [])
    return columns


class CellMarker:
    """Red or amber fills with a comment on cells with issues; clears only what we set.

    A cell's fill is found by its index in the workbook's list of fills (each fill's colour
    read once), and our two fills are added to that list once: reading ``cell.fill`` builds a
    proxy per cell, and assigning it hashes the fill per cell."""

    def __init__(self, sheet: Any) -> None:
        from openpyxl.styles import PatternFill

        self.sheet = sheet
        self.fills = {
            ERROR_FILL: PatternFill("solid", fgColor=ERROR_FILL),
            WARNING_FILL: PatternFill("solid", fgColor=WARNING_FILL),
        }
        self.no_fill = PatternFill(fill_type=None)
        self._book_fills = sheet.parent._fills  # openpyxl's IndexedList of the book's fills
        self._fill_ids: dict[str, int] = {}  # our colour -> its index in that list
        self._ours: dict[int, bool] = {}  # a fill's index -> whether it is one of our colours
        #: whether anything of ours may be on the sheet's cells as loaded (one of our fills in
        #: the book, a comment of ours): when not, no cell has anything to clear but the ones
        #: marked in this write, and ``clear_row`` never touches a row's marked columns
        self._may_clear = any(_fill_colour(fill) in OUR_FILLS for fill in self._book_fills) or any(
            cell.comment is not None and cell.comment.author == COMMENT_AUTHOR
            for cell in sheet._cells.values()
        )

    def mark(self, row: int, column: int, issues: list[Issue], lang: Lang) -> None:
        from openpyxl.comments import Comment

        cell = self.sheet.cell(row, column)
        colour = ERROR_FILL if any(i.is_error for i in issues) or not issues else WARNING_FILL
        self._set_fill(cell, colour)
        text = "\n".join(dict.fromkeys(_comment_line(i, lang) for i in issues))
        if not text:
            return
        if cell.comment is None or cell.comment.author == COMMENT_AUTHOR:
            comment = Comment(text, COMMENT_AUTHOR)
            comment.width, comment.height = 320, 40 + 30 * text.count("\n")
            cell.comment = comment

    def clear_row(self, row: int, columns: set[int]) -> None:
        """Our fill and comment off these cells of the row (none of them marked in this
        write)."""
        if not self._may_clear:
            return
        cells = self.sheet._cells
        for column in columns:
            cell = cells.get((row, column))
            if cell is None:
                continue
            if self._has_our_fill(cell):
                cell.fill = self.no_fill
            if cell.comment is not None and cell.comment.author == COMMENT_AUTHOR:
                cell.comment = None

    def _set_fill(self, cell: Any, colour: str) -> None:
        """``cell.fill = self.fills[colour]``, the fill's index looked up once."""
        from openpyxl.styles.cell_style import StyleArray

        fill_id = self._fill_ids.get(colour)
        if fill_id is None:
            fill_id = self._fill_ids[colour] = self._book_fills.add(self.fills[colour])
        if not cell._style:
            cell._style = StyleArray()
        cell._style.fillId = fill_id

    def _has_our_fill(self, cell: Any) -> bool:
        """Whether the cell's fill is one of our colours (each of the book's fills read once)."""
        style = cell._style
        fill_id = style.fillId if style else 0
        ours = self._ours.get(fill_id)
        if ours is None:
            ours = self._ours[fill_id] = _fill_colour(self._book_fills[fill_id]) in OUR_FILLS
        return ours


def _fill_colour(fill: Any) -> str | None:
    if fill is None or fill.fill_type != "solid":
        return None
    rgb = getattr(fill.fgColor, "rgb", None)
    return rgb if isinstance(rgb, str) else None


def _comment_line(issue: Issue, lang: Lang) -> str:
    hint = issue.hint(lang)
    text = issue.message(lang)
    return f"{text} {hint}" if hint else text


def same_header(a: Any, b: str) -> bool:
    return normalise(header_text(a)) == normalise(b)
