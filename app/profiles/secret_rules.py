"""The one rule for the ids and secrets a merchant types or pastes (issue 10, point 5).

Partner client id, store client id, store token and partner secret go into HTTP headers: each
must be non-empty printable ASCII without whitespace. A pasted value with a zero-width space,
an accented letter or a line break is refused here, when it is entered (profiles, the command
line, the window's store form), with a message that names the field and the character — never
later as a UnicodeEncodeError in the middle of a job. A leaf module: it imports nothing of the
app. Messages in English and Bahasa Indonesia.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

CredentialField = Literal["partner_client_id", "store_client_id", "partner_secret", "store_token"]
CREDENTIAL_FIELDS: tuple[CredentialField, ...] = (
    "partner_client_id",
    "store_client_id",
    "partner_secret",
    "store_token",
)

#: field → (English, Indonesian) label
LABELS: dict[str, tuple[str, str]] = {
    "partner_client_id": ("partner client id", "ID klien partner"),
    "store_client_id": ("store client id", "ID klien toko"),
    "partner_secret": ("partner secret", "rahasia partner"),
    "store_token": ("store token", "token toko"),
}
_WORDS: dict[str, tuple[str, str]] = {
    "empty": ("The {label} is empty.", "{label} kosong."),
    "space": (
        "The {label} contains a space or line break; ids and tokens have none.",
        "{label} berisi spasi atau baris baru; ID dan token tidak memilikinya.",
    ),
    "character": (
        "The {label} contains the character {char}, which an id or token never has "
        "(they are plain letters, digits and signs); copy it again from the Toco partner portal.",
        "{label} berisi karakter {char}, yang tidak pernah ada di ID atau token "
        "(hanya huruf, angka, dan tanda biasa); salin lagi dari portal partner Toco.",
    ),
}


class CredentialRejected(ValueError):
    """A typed id or secret breaks the rule; ``message(lang)`` says which field and why."""

    def __init__(self, field: str, reason: str, char: str = "") -> None:
        self.field, self.reason, self.char = field, reason, char
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        n = 1 if lang == "id" else 0
        label = LABELS.get(self.field, (self.field, self.field))[n]
        text = _WORDS[self.reason][n].format(label=label, char=self.char)
        return text[0].upper() + text[1:]


def check_credential(field: str, value: str) -> str:
    """``value`` when it is non-empty printable ASCII without whitespace; else
    ``CredentialRejected``."""
    if not value:
        raise CredentialRejected(field, "empty")
    for char in value:
        if char.isspace():
            raise CredentialRejected(field, "space")
        if not (char.isascii() and char.isprintable()):
            name = unicodedata.name(char, "")
            shown = f"U+{ord(char):04X}" + (f" ({name})" if name else "")
            raise CredentialRejected(field, "character", shown)
    return value


def check_credentials(values: object) -> None:
    """Check every credential field an object has (``CredentialValues``, ``Credentials``)."""
    for field in CREDENTIAL_FIELDS:
        if hasattr(values, field):
            check_credential(field, getattr(values, field))
