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


#: code → what it means, (English, Indonesian): the Help window's table of store errors.
_MEANINGS: dict[str, tuple[str, str]] = {
    "AUTH_003": (
        "The request's time is more than 5 minutes away from the store's clock.",
        "Waktu permintaan berbeda lebih dari 5 menit dari jam toko.",
    ),
    "AUTH_014": (
        "The store was not found or is blocked, or the store token is not valid.",
        "Toko tidak ditemukan atau diblokir, atau store token tidak berlaku.",
    ),
    "VAL_001": (
        "The store found a value it does not accept; it names the field.",
        "Toko menemukan nilai yang tidak diterimanya; toko menyebut kolomnya.",
    ),
    "PRD_002": (
        "A product with this external ID is already on the store.",
        "Produk dengan External ID ini sudah ada di toko.",
    ),
    "PRD_014": (
        "No product with this product id is on the store.",
        "Tidak ada produk dengan ID produk ini di toko.",
    ),
}
#: The documented codes (API.md §5), in the order the Help window lists them.
DOCUMENTED_CODES: tuple[str, ...] = tuple(_MEANINGS)


def code_meaning(code: str, lang: Lang) -> str:
    pair = _MEANINGS.get(code)
    if pair is None:
        return ""
    return pair[1] if lang == "id" else pair[0]


def field_for_code(code: str | None) -> str | None:
    return CODE_FIELDS.get(code or "")


def code_hint(code: str, lang: Lang) -> str:
    pair = _HINTS.get(code)
    if pair is None:
        return ""
    return pair[1] if lang == "id" else pair[0]
