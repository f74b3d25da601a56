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
