"""The few values a yes/no or condition cell may hold, and the words for each.

One ``Choice`` per value: the word written in each language (the template's drop-downs, the
grid's condition combo and check boxes, a boolean shown as text) and every other word a merchant
may write for it (read by the parsers, never written).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalog.messages import Lang


@dataclass(frozen=True, slots=True)
class Choice:
    value: str | bool  # what the API gets
    en: str  # the word written in an English workbook
    id: str  # the word written in an Indonesian workbook (and by the grid)
    also: tuple[str, ...] = ()  # other words read as this value

    def word(self, lang: Lang = "id") -> str:
        return self.id if lang == "id" else self.en

    @property
    def reads(self) -> frozenset[str]:
        """Every word read as this value, lower case."""
        return frozenset(w.lower() for w in (self.en, self.id, *self.also))

    def holds(self, value: object) -> bool:
        """Whether ``value`` is this choice's value (``1`` is not ``True`` here)."""
        return type(value) is type(self.value) and value == self.value


YES_NO: tuple[Choice, ...] = (
    Choice(True, "Yes", "Ya", ("true", "y", "1", "✓", "✔", "☑", "benar", "iya", "aktif", "on")),
    Choice(
        False,
        "No",
        "Tidak",
        ("false", "t", "n", "0", "✗", "✘", "☐", "salah", "tdk", "off", "nonaktif", "tidak aktif"),
    ),
)
#: [ours] NEW or USED (API.md §4.1 shows only NEW), and the words merchants use for them.
CONDITION: tuple[Choice, ...] = (
    Choice("NEW", "NEW", "Baru"),
    Choice("USED", "USED", "Bekas", ("second", "seken")),
)


#: [ours] The optional action column (Matrixify-style): what to do with the row on a sync. Without
#: the column the action comes from matching the row to the store's products (``app.sync``).
ACTIONS: tuple[Choice, ...] = (
    # English words capitalised as a workbook shows them; any case is read
    Choice("create", "Create", "baru", ("new", "tambah", "buat", "add")),
    Choice("update", "Update", "ubah", ("edit", "perbarui", "change")),
    Choice("delete", "Delete", "hapus", ("remove", "del")),
    Choice("skip", "Skip", "lewati", ("ignore", "abaikan", "lewat")),
)


def reading(choices: tuple[Choice, ...]) -> dict[str, str | bool]:
    """Word (lower case) → value, for a parser."""
    return {word: c.value for c in choices for word in c.reads}
