"""The stable status words of a row, shared by the CLI, the GUI and the results workbook."""

from enum import StrEnum


class Status(StrEnum):
    READY = "ready"  # valid, not yet sent
    INVALID = "invalid"  # has errors, will not be sent
    PENDING = "pending"  # accepted by the store, processing
    LIVE = "live"  # confirmed on the store, with a product id
    #: accepted, but not confirmed live within the confirmation window: it may have been lost
    #: or failed in processing; check the store (its batch id is kept). A warning, not an error
    UNCONFIRMED = "not confirmed"
    EXISTS = "exists"  # was already on the store before this upload (PRD_002); not changed
    REJECTED = "rejected"  # the store refused the row
    FAILED = "failed"  # the request failed (network, server, auth); the row may be retried
    SKIPPED = "skipped"  # chosen but not sent (it had problems, or it had nothing to act on)
    DELETED = "deleted"
    DELETE_FAILED = "delete failed"


#: Statuses that end a job well (exit code 0 of the CLI).
GOOD_STATUSES = frozenset(
    {Status.READY, Status.PENDING, Status.LIVE, Status.EXISTS, Status.DELETED}
)
#: Statuses that mean the row was sent (or is on the store) and need no re-send.
SENT_STATUSES = frozenset({Status.PENDING, Status.LIVE, Status.EXISTS, Status.UNCONFIRMED})
#: Statuses of rows the store accepted and a confirmation asks about again.
AWAITING_STATUSES = frozenset({Status.PENDING, Status.UNCONFIRMED})

#: The status words the merchant reads, in English and Bahasa Indonesia: the grid's words (its
#: translation file says the same, checked by a test) and the results workbook's.
STATUS_WORDS: dict[Status, tuple[str, str]] = {
    Status.READY: ("ready", "siap"),
    Status.INVALID: ("invalid", "tidak valid"),
    Status.PENDING: ("pending", "diproses"),
    Status.LIVE: ("live", "tayang"),
    Status.UNCONFIRMED: ("not confirmed", "belum dikonfirmasi"),
    Status.EXISTS: ("exists", "sudah ada"),
    Status.REJECTED: ("rejected", "ditolak"),
    Status.FAILED: ("failed", "gagal"),
    Status.SKIPPED: ("skipped", "dilewati"),
    Status.DELETED: ("deleted", "dihapus"),
    Status.DELETE_FAILED: ("delete failed", "gagal dihapus"),
}


def status_word(status: Status, lang: str = "en") -> str:
    """``Status.LIVE`` → ``live`` / ``tayang``."""
    en, id_ = STATUS_WORDS[status]
    return id_ if lang == "id" else en


def status_of_word(text: object) -> Status | None:
    """A status word read back from a workbook, in either language (any case); None if none."""
    if not isinstance(text, str):
        return None
    word = " ".join(text.split()).casefold()
    for status, words in STATUS_WORDS.items():
        if word in words:
            return status
    return None
