"""One-click fixes from the Problems list: an issue whose ``params["suggestion"]`` names the
closest right name ("maksud Anda “Kaos Oblong”?") offers to write it into its cell. No Qt.

The fix keeps the rest of the cell: a path written in one column (``Fashion Pria > Kaos >
Kaos Oblongg``) gets only its wrong part replaced.
"""

from __future__ import annotations

from typing import Any

from app.catalog.cell_text import scalar_text
from app.catalog.issues import Issue
from app.catalog.table import ProductRow

#: The issue's params that may hold the name as written (the first one present is used).
WRITTEN_KEYS = ("name", "value", "written")


def suggestion_of(issue: Issue) -> str | None:
    """The name an issue suggests, when it suggests one for a cell."""
    found = issue.params.get("suggestion")
    if issue.field is None or not isinstance(found, str) or not found.strip():
        return None
    return found


def fixed_cell(issue: Issue, row: ProductRow) -> Any:
    """The cell with the suggestion in place of the wrong name (None: nothing to fix)."""
    suggestion = suggestion_of(issue)
    if suggestion is None or issue.field is None:
        return None
    raw = row.cells.get(issue.field)
    text = scalar_text(raw) if raw is not None else ""
    written = next(
        (
            str(issue.params[k])
            for k in WRITTEN_KEYS
            if isinstance(issue.params.get(k), str) and issue.params[k].strip()
        ),
        None,
    )
    if written and written != text and written in text:
        return text.replace(written, suggestion, 1)
    return suggestion
