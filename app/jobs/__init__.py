"""Upload, delete and confirmation jobs, and the journal that remembers them. No Qt here."""

from app.jobs.confirm import Confirmation
from app.jobs.delete import DeleteJob
from app.jobs.journal import ChunkRecord, JobRecord, Journal, JournalError
from app.jobs.outcome import JobReport, Progress, RowOutcome
from app.jobs.plan import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, Chunk
from app.jobs.resume import ResumeError
from app.jobs.runner import ChunkedJob
from app.jobs.upload import UploadJob

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_CONCURRENCY",
    "Chunk",
    "ChunkRecord",
    "ChunkedJob",
    "Confirmation",
    "DeleteJob",
    "JobRecord",
    "JobReport",
    "Journal",
    "JournalError",
    "Progress",
    "ResumeError",
    "RowOutcome",
    "UploadJob",
]
