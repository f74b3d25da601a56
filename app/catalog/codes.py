"""The store's error codes (API.md §5): which cell each one belongs on, and our hint for it."""

from __future__ import annotations

from app.catalog.messages import Lang

#: code → the field it concerns, when the store does not name one ("id" is the product id).
CODE_FIELDS: dict[str, str] = {
    "PRD_002": "externalId",
    "PRD_014": "id",
}

_HINTS: dict[str, tuple[str, str]] = {
    "AUTH_003": (
        "Check this computer's clock and time zone, then send again.",
        "Periksa jam dan zona waktu komputer ini, lalu kirim lagi.",
    ),
    "AUTH_014": (
        "Check the store client id and store token in Stores; the token may have been revoked.",
        "Periksa store client id dan store token di menu Toko; token mungkin sudah dicabut.",
    ),
    "VAL_001": (
        "Fix the named cells and send again.",
        "Perbaiki sel yang disebut lalu kirim lagi.",
    ),
    "PRD_002": (
        "This external ID is already on the store; nothing was changed.",
        "External ID ini sudah ada di toko; tidak ada yang diubah.",
    ),
    "PRD_014": (
        "Check the product id; the product may already be deleted.",
        "Periksa ID produk; produk mungkin sudah dihapus.",
    ),
}


def field_for_code(code: str | None) -> str | None:
    return CODE_FIELDS.get(code or "")


def code_hint(code: str, lang: Lang) -> str:
    pair = _HINTS.get(code)
    if pair is None:
        return ""
    return pair[1] if lang == "id" else pair[0]
