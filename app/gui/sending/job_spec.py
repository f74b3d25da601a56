"""What one run of the window's send loop is to do (``JobSpec``), without the engine.

Kept apart from ``runs`` (which runs it through ``app.jobs`` and the partner client) so that the
window can be built and shown before the jobs, httpx and pydantic are imported: ``SendFlow``
needs these names when it is made, ``JobRun`` only when a job starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.jobs.plan import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY

if TYPE_CHECKING:
    from app.catalog.table import ProductTable
    from app.credentials import Credentials
    from app.gui.stores.book import StoreChoice
    from app.partner import PartnerClient
    from app.sync.plan import SyncPlan, Winner

ClientFactory = Callable[["Credentials"], "PartnerClient"]
#: [ours] how long the window keeps asking the store about pending rows, and the longest pause.
CONFIRM_TIMEOUT = 60.0
CONFIRM_MAX_DELAY = 2.0


@dataclass(slots=True)
class JobSpec:
    kind: str  # "upload", "delete", "sync" or "confirm" (check pending rows again; no job)
    store: StoreChoice
    table: ProductTable  # the window's table
    job_table: ProductTable  # the table the job runs on: the window's, or a delete table
    indexes: list[int] | None  # rows of job_table to send (None: resume decides)
    mapping: list[int] | None = None  # job_table index -> window table index (delete)
    info: dict[str, Any] = field(default_factory=dict)
    resume_id: int | None = None
    lang: str = "en"
    chunk_size: int = DEFAULT_CHUNK_SIZE
    concurrency: int = DEFAULT_CONCURRENCY
    confirm_timeout: float = CONFIRM_TIMEOUT
    plan: SyncPlan | None = None  # a sync: the plan compared on the window's table
    winners: dict[int, Winner] = field(default_factory=dict)  # a sync: the chosen conflicts

    def window_index(self, index: int) -> int:
        return self.mapping[index] if self.mapping is not None else index
