"""Upload, delete and confirmation jobs, and the journal that remembers them. No Qt here.

Jobs read the table only when they are built (``snapshot``) and return ``RowOutcome``s; the
table's owner applies them with ``apply_outcomes``, on its own thread.
"""

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
