"""Every limit and fixed choice of reading and writing workbooks, in one place."""

from __future__ import annotations

#: Rows searched for the header row (blank rows not counted).
HEADER_SEARCH_ROWS = 30
#: A file larger than this on disk is refused before reading.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: The unpacked size of every part of an .xlsx/.ods together; beyond it, a decompression bomb.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
#: One part that unpacks more than this many times its packed size, and is big, is a bomb.
MAX_PACK_RATIO = 500
BOMB_MIN_BYTES = 32 * 1024 * 1024
#: A workbook with more parts than this is not a merchant's workbook.
MAX_ZIP_MEMBERS = 20_000
#: A cell longer than this is refused (Excel itself holds at most 32,767 characters per cell;
#: between the two the catalog reports the cell as too long).
MAX_READ_CELL_CHARS = 100_000
#: CSV sample used to sniff the delimiter.
CSV_SNIFF_LINES = 50
CSV_DELIMITERS = (",", ";", "\t")
#: Digits beyond which a CSV number stays text (Excel keeps 15 significant digits).
CSV_MAX_INT_DIGITS = 15
#: Memory of column mappings: the most recent this many header signatures are kept.
MAPPING_MEMORY_SIZE = 200
APP_NAME = "toco-uploader"
#: A CSV larger than this is refused before reading (a text file of short lines costs far more
#: memory once split into cells than on disk: 200 MB of them reached 23 GB).
MAX_CSV_BYTES = 100 * 1024 * 1024
#: An .xlsx sheet whose real extent (last row × last column holding a value) exceeds this many
#: cells is refused before any reader allocates it: the fast reader builds the whole rectangle,
#: so one value at XFD1048576 asks for 17 billion cells (549 GB) and aborts the process.
MAX_SHEET_CELLS = 2_000_000
#: The child process that reads a workbook: its address-space limit and its time limit, each
#: overridable by an environment variable (megabytes; seconds).
CHILD_MEMORY_BYTES = 2 * 1024 * 1024 * 1024
CHILD_MEMORY_ENV = "TOCO_READ_MEMORY_MB"
CHILD_SECONDS = 120.0
CHILD_SECONDS_ENV = "TOCO_READ_SECONDS"
#: A formula without a result beyond this column (0-based) is not a product's cell.
MAX_FORMULA_COLUMN = 1_000
