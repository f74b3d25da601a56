"""Spreadsheets in and out: reading merchant workbooks, matching their columns, the template,
and writing upload results back. Imports only ``app.catalog``.
"""

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
