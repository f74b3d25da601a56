"""Saving a workbook with its cell comments written as plain text, not an element tree each.

openpyxl writes a sheet's comments as two parts: the comments themselves
(``xl/comments/commentN.xml``) and a VML drawing with one shape per comment
(``xl/drawings/commentsDrawingN.vml``), each built as an ElementTree of a dozen elements per
comment and then serialised. With a comment on most rows of a results workbook that is a good
part of the save. ``save_book`` saves exactly as ``Workbook.save`` does, with openpyxl's own
writer, except that these two parts are written directly as text: the same bytes openpyxl
writes (same elements, attributes, order, escaping and namespace prefixes). Anything out of the
ordinary — a macro workbook's own VML drawing to merge into, a comment that is not plain
non-empty text — is left to openpyxl's own code.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.comments.comment_sheet import CommentSheet
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.packaging.relationship import Relationship
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import SHEET_MAIN_NS

from app.sheets.result_rows import ResultRows, element_text

#: The first shape id openpyxl gives a comment's shape (``ShapeWriter.write``).
FIRST_SHAPE = 1026

_VML_HEAD = (
    '<xml xmlns:ns0="urn:schemas-microsoft-com:office:office"'
    ' xmlns:ns1="urn:schemas-microsoft-com:vml"'
    ' xmlns:ns2="urn:schemas-microsoft-com:office:excel">'
    '<ns0:shapelayout ns1:ext="edit"><ns0:idmap ns1:ext="edit" data="1" /></ns0:shapelayout>'
    '<ns1:shapetype id="_x0000_t202" coordsize="21600,21600" ns0:spt="202"'
    ' path="m,l,21600r21600,l21600,xe"><ns1:stroke joinstyle="miter" />'
    '<ns1:path gradientshapeok="t" ns0:connecttype="rect" /></ns1:shapetype>'
)
_VML_SHAPE = (
    '<ns1:shape type="#_x0000_t202" style="position:absolute; margin-left:59.25pt;'
    'margin-top:1.5pt;width:{width}px;height:{height}px;z-index:1;visibility:hidden"'
    ' fillcolor="#ffffe1" ns0:insetmode="auto" id="_x0000_s{id:04d}">'
    '<ns1:fill color2="#ffffe1" /><ns1:shadow color="black" obscured="t" />'
    '<ns1:path ns0:connecttype="none" /><ns1:textbox style="mso-direction-alt:auto">'
    '<div style="text-align:left" /></ns1:textbox><ns2:ClientData ObjectType="Note">'
    "<ns2:MoveWithCells /><ns2:SizeWithCells /><ns2:AutoFill>False</ns2:AutoFill>"
    "<ns2:Row>{row}</ns2:Row><ns2:Column>{column}</ns2:Column></ns2:ClientData></ns1:shape>"
)


def save_book(book: Any, path: Path, rows: ResultRows | None = None) -> None:
    """``book.save(path)``, with the comments parts written directly (``CommentWriter``) and
    ``rows``' results cells written into their worksheet (``ResultRows``)."""
    if book.read_only or book.write_only:
        book.save(path)  # not what the results writer saves; openpyxl's own checks apply
        return
    if rows is not None:
        rows.settle()
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    book.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    CommentWriter(book, archive, rows).save()


class CommentWriter(ExcelWriter):
    """openpyxl's workbook writer; a sheet's comments parts are written as text, and one
    sheet's results cells spliced into its XML."""

    def __init__(self, workbook: Any, archive: ZipFile, rows: ResultRows | None = None) -> None:
        super().__init__(workbook, archive)
        self._result_rows = rows

    def write_worksheet(self, ws: Any) -> None:
        rows = self._result_rows
        if rows is None or ws is not rows.sheet:
            super().write_worksheet(ws)
            return
        # ExcelWriter.write_worksheet, the saved XML spliced before it goes into the archive
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = WorksheetWriter(ws)
        writer.write()
        ws._rels = writer._rels
        out = Path(writer.out)
        out.write_bytes(rows.splice(out.read_bytes()))
        self._archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()

    def _write_comment(self, ws: Any) -> None:
        records = ws._comments
        merging = ws.legacy_drawing is not None and self.workbook.vba_archive is not None
        if merging or not all(_plain(r) for r in records):
            super()._write_comment(ws)
            return
        sheet = CommentSheet.from_comments(records)  # numbers the authors, as openpyxl does
        self._comments.append(sheet)
        sheet._id = len(self._comments)
        authors = sheet.authors.author
        self._archive.writestr(sheet.path[1:], comments_xml(authors, records))
        self.manifest.append(sheet)
        ws.legacy_drawing = f"xl/drawings/commentsDrawing{sheet._id}.vml"
        self._archive.writestr(ws.legacy_drawing, comments_vml(records))
        self.vba_modified.add(ws.legacy_drawing)
        ws._rels.append(Relationship(Id="comments", type=sheet._rel_type, Target=sheet.path))


def _plain(record: Any) -> bool:
    """A comment openpyxl writes as one text run: non-empty text, a text author, whole sizes."""
    text = record.text
    return (
        type(text.t) is str
        and bool(text.t)
        and not text.r
        and not text.rPh
        and text.phoneticPr is None
        and type(record.author) is str
        and bool(record.author)
        and record.guid is None
        and record.commentPr is None
        and type(record.width) is int
        and type(record.height) is int
    )


def comments_xml(authors: list[str], records: list[Any]) -> bytes:
    """``xl/comments/commentN.xml`` as openpyxl writes it (``CommentSheet.to_tree``)."""
    parts = [f'<comments xmlns="{SHEET_MAIN_NS}"><authors>']
    parts.extend(f"<author>{_text(a)}</author>" for a in authors)
    parts.append("</authors><commentList>")
    for r in records:
        content = r.text.t
        stripped = content.strip()
        space = ' xml:space="preserve"' if stripped and content != stripped else ""
        parts.append(
            f'<comment ref="{r.ref}" authorId="{r.authorId}" shapeId="{r.shapeId}">'
            f"<text><t{space}>{_text(content)}</t></text></comment>"
        )
    parts.append("</commentList></comments>")
    return "".join(parts).encode("utf-8")


def comments_vml(records: list[Any]) -> bytes:
    """``xl/drawings/commentsDrawingN.vml`` as openpyxl writes it (``ShapeWriter.write``)."""
    parts = [_VML_HEAD]
    for shape_id, r in enumerate(records, FIRST_SHAPE):
        row, column = coordinate_to_tuple(r.ref)
        parts.append(
            _VML_SHAPE.format(
                width=r.width, height=r.height, id=shape_id, row=row - 1, column=column - 1
            )
        )
    parts.append("</xml>")
    return "".join(parts).encode("utf-8")


#: Element text escaped as ElementTree escapes it (``&``, ``<``, ``>``).
_text = element_text
