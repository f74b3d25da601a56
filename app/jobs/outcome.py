"""What a job says about each row (``RowOutcome``), about its progress, and about itself.

Job-level wording (a row not sent because of a cancel, a dropped connection, ...) lives in
``WORDS`` here, in English and Bahasa Indonesia; the store's own words are kept verbatim.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from app.catalog.issues import Issue, Level
from app.catalog.messages import Lang, render
from app.catalog.status import GOOD_STATUSES, Status
from app.partner import PartnerError

WORDS: dict[str, tuple[str, str]] = {
    "cancelled": ("Not sent: the job was cancelled.", "Tidak dikirim: pekerjaan dibatalkan."),
    "stopped": (
        "Not sent: the job stopped after an earlier error ({reason}).",
        "Tidak dikirim: pekerjaan berhenti karena kesalahan sebelumnya ({reason}).",
    ),
    "no_answer": (
        "The store's answer did not mention this row; send it again.",
        "Jawaban toko tidak menyebut baris ini; kirim lagi.",
    ),
    "other_rows": (
        "The store refused the whole request because of other rows; send again.",
        "Toko menolak seluruh permintaan karena baris lain; kirim lagi.",
    ),
    "maybe_sent": (
        "The connection dropped after sending; the store may have this row. It is "
        "checked by SKU before any re-send.",
        "Koneksi terputus setelah mengirim; toko mungkin sudah menerima baris ini. "
        "Baris diperiksa lewat SKU sebelum dikirim ulang.",
    ),
    "not_on_store": (
        "Not on the store — nothing to delete.",
        "Tidak ada di toko — tidak ada yang dihapus.",
    ),
    "not_confirmed": (
        "Not confirmed — check the store: accepted in batch {batch}, but the store did not "
        "show it live within {seconds:g} s (it may have been lost, or failed in processing).",
        "Belum dikonfirmasi — periksa toko: diterima dalam batch {batch}, tetapi toko belum "
        "menampilkannya aktif dalam {seconds:g} detik (mungkin hilang atau gagal diproses).",
    ),
    "not_live_yet": (
        "Accepted; the store is still processing it.",
        "Diterima; toko masih memprosesnya.",
    ),
}


def words(key: str, lang: Lang = "en", **params: Any) -> str:
    return render(WORDS, key, params, lang)


def job_issue(
    key: str,
    lang: Lang = "en",
    *,
    field: str | None = None,
    level: Level = Level.WARNING,
    code: str | None = None,
    **params: Any,
) -> Issue:
    """An issue in the job's own words (not the store's); ``params["words"]`` names them."""
    return Issue(
        field=field,
        key="server",
        level=level,
        code=code,
        server_message=words(key, lang, **params),
        params={"message": "", "words": key},
    )


@dataclass(slots=True)
class RowOutcome:
    """The end of one chosen row in one job."""

    index: int  # position in the ProductTable
    sheet_row: int | None
    status: Status
    issues: list[Issue] = field(default_factory=list)
    external_id: str | None = None
    sku: str | None = None
    product_id: str | None = None
    batch_id: str | None = None
    request_id: str | None = None
    lang: Lang = "en"

    @property
    def main_issue(self) -> Issue | None:
        errors = [i for i in self.issues if i.is_error]
        found = errors or self.issues
        return found[0] if found else None

    @property
    def code(self) -> str | None:
        issue = self.main_issue
        return issue.code if issue else None

    @property
    def field(self) -> str | None:
        issue = self.main_issue
        return issue.field if issue else None

    @property
    def message(self) -> str | None:
        issue = self.main_issue
        return issue.message(self.lang) if issue else None

    @property
    def hint(self) -> str | None:
        issue = self.main_issue
        return (issue.hint(self.lang) or None) if issue else None

    @property
    def good(self) -> bool:
        return self.status in GOOD_STATUSES


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a job is: rows answered out of rows to send, speed, and time left."""

    done: int
    total: int
    elapsed: float
    phase: str = "sending"  # "sending", "checking", "confirming"

    @property
    def rows_per_second(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta_seconds(self) -> float | None:
        rate = self.rows_per_second
        if self.done >= self.total:
            return 0.0
        return (self.total - self.done) / rate if rate > 0 else None


@dataclass(slots=True)
class JobReport:
    """Everything a job did: one outcome per chosen row, in the order of the table."""

    kind: str
    outcomes: list[RowOutcome]
    job_id: int | None = None
    requests: int = 0
    elapsed: float = 0.0
    cancelled: bool = False
    fatal: PartnerError | None = None  # authentication, store access or connection failure

    def counts(self) -> dict[str, int]:
        return dict(Counter(o.status.value for o in self.outcomes))

    @property
    def all_good(self) -> bool:
        return all(o.good for o in self.outcomes)

    def by_status(self, status: Status) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.status is status]
