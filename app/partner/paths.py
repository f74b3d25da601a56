"""User data (a SKU) inside a URL path, as one literal segment (API.md §4.3)."""

from __future__ import annotations

from urllib.parse import quote

#: Segments that URL libraries resolve away ("/sku/.." → "/"); sent percent-encoded instead.
_DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}


def path_segment(value: str) -> str:
    """``value`` percent-encoded as one literal path segment: ``/ ? # %`` and every non-ASCII
    character encoded, and ``.`` / ``..`` as ``%2E`` / ``%2E%2E`` so that no HTTP library
    rewrites the path after it was signed."""
    return _DOT_SEGMENTS.get(value) or quote(value, safe="")
