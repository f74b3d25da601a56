"""The merchant's reference, built from the field registry and the store's error table.

The Help window and the README's spreadsheet section read it, so neither holds a second copy
of what a field accepts or what an error code means.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalog.codes import DOCUMENTED_CODES, code_hint, code_meaning
from app.catalog.fields import FIELDS, Field
from app.catalog.kinds import FORMS
from app.catalog.messages import Lang


@dataclass(frozen=True, slots=True)
class FieldGuide:
    """One field as the merchant writes it: its headers, whether it is needed, what it takes."""

    key: str
    label: str  # the header in the chosen language
    other_headers: tuple[str, ...]  # every other header read as this field
    required: bool
    description: str
    forms: str
    example: str


@dataclass(frozen=True, slots=True)
class ErrorGuide:
    """One store error code: what it means and what to do."""

    code: str
    meaning: str
    what_to_do: str


def _other_headers(field: Field, lang: Lang) -> tuple[str, ...]:
    own = field.label(lang)
    seen = {own.casefold()}
    others: list[str] = []
    for header in field.labels:
        if header.casefold() not in seen:
            seen.add(header.casefold())
            others.append(header)
    return tuple(others)


def _forms(field: Field, lang: Lang) -> str:
    en, id_ = FORMS[field.kind]
    return id_ if lang == "id" else en


def spreadsheet_format(lang: Lang = "en") -> list[FieldGuide]:
    """Every column the app reads, in the template's order, the product id last."""
    return [
        FieldGuide(
            key=f.key,
            label=f.label(lang),
            other_headers=_other_headers(f, lang),
            required=f.required,
            description=f.description(lang),
            forms=_forms(f, lang),
            example=f.example,
        )
        for f in FIELDS
    ]


#: [ours] Not a store code: the store could not be reached at all.
CONNECTION = "CONNECTION"
_CONNECTION_WORDS: dict[Lang, tuple[str, str]] = {
    "en": (
        "The store could not be reached: no internet, a wrong store address, or the store is"
        " busy. Nothing you did not see confirmed was changed.",
        "Check the internet connection and the store address in Store → Stores…, then send"
        " again: rows the store already took are not sent twice.",
    ),
    "id": (
        "Toko tidak dapat dihubungi: tidak ada internet, alamat toko salah, atau toko sedang"
        " sibuk. Tidak ada yang berubah selain yang terlihat sudah dikonfirmasi.",
        "Periksa koneksi internet dan alamat toko di Toko → Toko…, lalu kirim lagi:"
        " baris yang sudah diterima toko tidak dikirim dua kali.",
    ),
}


def store_errors(lang: Lang = "en") -> list[ErrorGuide]:
    """The documented store codes (API.md §5) and connection problems, with what to do."""
    guides = [ErrorGuide(c, code_meaning(c, lang), code_hint(c, lang)) for c in DOCUMENTED_CODES]
    meaning, what_to_do = _CONNECTION_WORDS["id" if lang == "id" else "en"]
    guides.append(ErrorGuide(CONNECTION, meaning, what_to_do))
    return guides


__all__ = [
    "CONNECTION",
    "ErrorGuide",
    "FieldGuide",
    "spreadsheet_format",
    "store_errors",
]
