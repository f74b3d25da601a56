"""Spreadsheets in and out: reading merchant workbooks, matching their columns, the template,
and writing upload results back. Imports only ``app.catalog``.

The names below are imported when first asked for (PEP 562): the window names
``LoadedSheet`` and the mapping memory before python-calamine and openpyxl are needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_package import lazy_names

if TYPE_CHECKING:
    from app.sheets.errors import SheetError
    from app.sheets.header import find_header_row, headers_of
    from app.sheets.loading import LoadedSheet, build_table, open_table
    from app.sheets.mapping import ColumnBinding, ColumnMap, Conflict, match_columns
    from app.sheets.memory import MappingMemory
    from app.sheets.raw import RawSheet, SheetInfo
    from app.sheets.reader import list_sheets, read_sheet
    from app.sheets.results import write_results
    from app.sheets.results_cells import RESULT_COLUMNS
    from app.sheets.template import write_template

_HOMES = {
    "SheetError": "app.sheets.errors",
    "find_header_row": "app.sheets.header",
    "headers_of": "app.sheets.header",
    "LoadedSheet": "app.sheets.loading",
    "build_table": "app.sheets.loading",
    "open_table": "app.sheets.loading",
    "ColumnBinding": "app.sheets.mapping",
    "ColumnMap": "app.sheets.mapping",
    "Conflict": "app.sheets.mapping",
    "match_columns": "app.sheets.mapping",
    "MappingMemory": "app.sheets.memory",
    "RawSheet": "app.sheets.raw",
    "SheetInfo": "app.sheets.raw",
    "list_sheets": "app.sheets.reader",
    "read_sheet": "app.sheets.reader",
    "write_results": "app.sheets.results",
    "RESULT_COLUMNS": "app.sheets.results_cells",
    "write_template": "app.sheets.template",
}

__all__ = [
    "RESULT_COLUMNS",
    "ColumnBinding",
    "ColumnMap",
    "Conflict",
    "LoadedSheet",
    "MappingMemory",
    "RawSheet",
    "SheetError",
    "SheetInfo",
    "build_table",
    "find_header_row",
    "headers_of",
    "list_sheets",
    "match_columns",
    "open_table",
    "read_sheet",
    "write_results",
    "write_template",
]


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
