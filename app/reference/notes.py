"""What gathering the store's data tells the merchant, in English and Bahasa Indonesia.

A `Note` keeps a key and its parameters, like an `Issue`, so it follows the language chosen
later. The window shows them in its status line, the command line on stderr.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.catalog.messages import Lang, render

# key: (English, Indonesian). Parameters in {braces}.
NOTES: dict[str, tuple[str, str]] = {
    "tree_downloaded": (
        "Category list downloaded ({types} types).",
        "Daftar kategori sudah diunduh ({types} tipe).",
    ),
    "tree_offline": (
        "The store cannot be reached: using the category list from {days} days ago.",
        "Toko tidak dapat dihubungi: memakai daftar kategori dari {days} hari lalu.",
    ),
    "tree_offline_today": (
        "The store cannot be reached: using the category list downloaded today.",
        "Toko tidak dapat dihubungi: memakai daftar kategori yang diunduh hari ini.",
    ),
    "tree_offline_yesterday": (
        "The store cannot be reached: using the category list downloaded yesterday.",
        "Toko tidak dapat dihubungi: memakai daftar kategori yang diunduh kemarin.",
    ),
    "tree_missing": (
        "The category list has not been downloaded yet and the store cannot be reached, so "
        "category names cannot be checked. Connect to the internet once.",
        "Daftar kategori belum pernah diunduh dan toko tidak dapat dihubungi, jadi nama "
        "kategori belum bisa diperiksa. Sambungkan ke internet sekali saja.",
    ),
    "warehouses_offline": (
        "The store cannot be reached: using its warehouses as known {days} days ago.",
        "Toko tidak dapat dihubungi: memakai daftar gudang dari {days} hari lalu.",
    ),
    "warehouses_offline_today": (
        "The store cannot be reached: using its warehouses as known today.",
        "Toko tidak dapat dihubungi: memakai daftar gudang yang diunduh hari ini.",
    ),
    "warehouses_offline_yesterday": (
        "The store cannot be reached: using its warehouses as known yesterday.",
        "Toko tidak dapat dihubungi: memakai daftar gudang yang diunduh kemarin.",
    ),
    "warehouses_missing": (
        "The store's warehouses could not be fetched ({reason}); warehouse names are not checked.",
        "Daftar gudang toko tidak dapat diambil ({reason}); nama gudang tidak diperiksa.",
    ),
    "brands_missing": (
        "Brand names could not be looked up ({reason}); brand names are not checked.",
        "Nama merek tidak dapat dicari ({reason}); nama merek tidak diperiksa.",
    ),
}


@dataclass(frozen=True, slots=True)
class Note:
    """One thing the merchant should know about the store's data (not an error of a row)."""

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: Lang = "en") -> str:
        return render(NOTES, self.key, self.params, lang)

    def to_json(self, lang: Lang = "en") -> dict[str, object]:
        return {"key": self.key, "params": dict(self.params), "message": self.message(lang)}


def offline_note(what: str, days: int) -> Note:
    """``tree_offline`` / ``warehouses_offline`` (``…_today``, ``…_yesterday`` for those)."""
    if days in (0, 1):
        return Note(f"{what}_offline_{'today' if days == 0 else 'yesterday'}", {"days": days})
    return Note(f"{what}_offline", {"days": days})
