"""One-click fixes from the Problems list: an issue whose ``params["suggestion"]`` holds the
cell text that fixes it (the closest name under the right parent, in place of the wrong one —
inside a path written in one column too) offers to write it into its cell. No Qt."""

from __future__ import annotations

from app.catalog.issues import Issue


def suggestion_of(issue: Issue) -> str | None:
    """The cell text an issue suggests, when it suggests one for a cell."""
    found = issue.params.get("suggestion")
    if issue.field is None or not isinstance(found, str) or not found.strip():
        return None
    return found


def suggested_name(issue: Issue) -> str | None:
    """The name the merchant reads in "Use “Kaos Oblong”" (the closest name, else the text)."""
    text = suggestion_of(issue)
    if text is None:
        return None
    closest = issue.params.get("closest")
    return closest if isinstance(closest, str) and closest.strip() else text
