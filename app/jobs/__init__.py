"""Upload, delete and confirmation jobs, and the journal that remembers them. No Qt here.

Jobs read the table only when they are built (``snapshot``) and return ``RowOutcome``s; the
table's owner applies them with ``apply_outcomes``, on its own thread.

The names below are imported when first asked for (PEP 562): ``from app.jobs import
JournalError`` loads the journal only, not every job and the partner client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_package import lazy_names

if TYPE_CHECKING:
    from app.jobs.apply import apply_outcomes, restore_external_ids
    from app.jobs.confirm import Confirmation, ConfirmReport
    from app.jobs.delete import DeleteJob
    from app.jobs.journal import ChunkRecord, JobRecord, Journal, JournalError
    from app.jobs.outcome import JobReport, Progress, RowOutcome
    from app.jobs.plan import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, Chunk
    from app.jobs.resume import ResumeError, UnplannedJobError
    from app.jobs.runner import ChunkedJob
    from app.jobs.snapshot import RowSnapshot, TableSnapshot, take_snapshot
    from app.jobs.upload import UploadJob

_HOMES = {
    "apply_outcomes": "app.jobs.apply",
    "restore_external_ids": "app.jobs.apply",
    "Confirmation": "app.jobs.confirm",
    "ConfirmReport": "app.jobs.confirm",
    "DeleteJob": "app.jobs.delete",
    "ChunkRecord": "app.jobs.journal",
    "JobRecord": "app.jobs.journal",
    "Journal": "app.jobs.journal",
    "JournalError": "app.jobs.journal",
    "JobReport": "app.jobs.outcome",
    "Progress": "app.jobs.outcome",
    "RowOutcome": "app.jobs.outcome",
    "DEFAULT_CHUNK_SIZE": "app.jobs.plan",
    "DEFAULT_CONCURRENCY": "app.jobs.plan",
    "Chunk": "app.jobs.plan",
    "ResumeError": "app.jobs.resume",
    "UnplannedJobError": "app.jobs.resume",
    "ChunkedJob": "app.jobs.runner",
    "RowSnapshot": "app.jobs.snapshot",
    "TableSnapshot": "app.jobs.snapshot",
    "take_snapshot": "app.jobs.snapshot",
    "UploadJob": "app.jobs.upload",
}

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_CONCURRENCY",
    "Chunk",
    "ChunkRecord",
    "ChunkedJob",
    "ConfirmReport",
    "Confirmation",
    "DeleteJob",
    "JobRecord",
    "JobReport",
    "Journal",
    "JournalError",
    "Progress",
    "ResumeError",
    "RowOutcome",
    "RowSnapshot",
    "TableSnapshot",
    "UnplannedJobError",
    "UploadJob",
    "apply_outcomes",
    "restore_external_ids",
    "take_snapshot",
]


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
