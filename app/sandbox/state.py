"""The sandbox's in-memory world: its demo credentials, its catalogue and its fault knobs.

Tests change ``state.faults`` in-process (``state.set_faults(...)``); a standalone sandbox gets
the same knobs through ``POST /__sandbox/faults`` (sandbox-only, see ``routes.py``).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class DemoCredentials:
    """The sandbox's fixed credentials: public by design, the only ones allowed in the repo."""

    partner_client_id: str = "2025112012475048491498"
    partner_secret: str = "sandbox-partner-secret"
    store_client_id: str = "638765489981529612855"
    store_token: str = "stkn__6AbJF05mjvxh7sh"


DEMO_CREDENTIALS = DemoCredentials()

#: [sandbox] seconds an accepted product stays *pending* before it is *live*.
DEFAULT_LIVE_AFTER = 2.0


@dataclass(frozen=True, slots=True)
class RowRejection:
    """Reject a product (by externalId or SKU) with this code on this field."""

    code: str = "VAL_001"
    field: str | None = None
    message: str = "Rejected by the sandbox"
    retryable: bool = False


@dataclass(frozen=True, slots=True)
class Faults:
    """Knobs for failures. The ``*_count`` knobs apply to that many next API requests."""

    latency: float = 0.0  # seconds to wait before handling each API request
    rate_limit_count: int = 0  # answer 429 ...
    retry_after: str | None = "1"  # ... with this Retry-After header (None: no header)
    server_error_count: int = 0  # answer server_error_status ...
    server_error_status: int = 503
    drop_count: int = 0  # handle the request fully, then close the socket without answering
    clock_skew_ms: int = 0  # the server's clock runs this far ahead of the real one
    reject_external_ids: dict[str, RowRejection] = field(default_factory=dict)
    reject_skus: dict[str, RowRejection] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Faults:
        """From the admin endpoint's JSON (same names; rejections as objects)."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("reject_external_ids", "reject_skus"):
            if key in known:
                known[key] = {k: RowRejection(**v) for k, v in dict(known[key]).items()}
        return cls(**known)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """What the fault knobs make of one request (counters already consumed)."""

    latency: float = 0.0
    status: int | None = None  # answer this status instead of handling the request
    retry_after: str | None = None
    drop: bool = False


@dataclass(slots=True)
class StoredProduct:
    id: str
    external_id: str
    sku: str
    name: str
    payload: dict[str, Any]
    created_at: float  # monotonic seconds

    def to_json(self, status: str) -> dict[str, Any]:
        return {**self.payload, "id": self.id, "externalId": self.external_id, "sku": self.sku,
                "name": self.name, "status": status}


class SandboxState:
    """The catalogue, credentials, clock and faults of one sandbox. Thread-safe."""

    def __init__(self, *, live_after: float = DEFAULT_LIVE_AFTER,
                 credentials: DemoCredentials = DEMO_CREDENTIALS,
                 clock: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.live_after = live_after
        self.partners = {credentials.partner_client_id: credentials.partner_secret}
        self.stores = {credentials.store_client_id: credentials.store_token}
        self.faults = Faults()
        self._clock = clock
        self._monotonic = monotonic
        self.lock = threading.RLock()
        self._by_id: dict[str, StoredProduct] = {}
        self.requests_seen = 0

    # -- clock and faults --------------------------------------------------------------------
    def now_ms(self) -> int:
        """The server's clock in epoch milliseconds, skew included."""
        return int(self._clock() * 1000) + self.faults.clock_skew_ms

    def set_faults(self, **changes: Any) -> Faults:
        with self.lock:
            self.faults = replace(self.faults, **changes)
            return self.faults

    def clear_faults(self) -> None:
        with self.lock:
            self.faults = Faults()

    def take_fault_plan(self) -> FaultPlan:
        """Consume one unit of the counting knobs for an API request."""
        with self.lock:
            self.requests_seen += 1
            f = self.faults
            if f.rate_limit_count > 0:
                self.faults = replace(f, rate_limit_count=f.rate_limit_count - 1)
                return FaultPlan(f.latency, 429, f.retry_after)
            if f.server_error_count > 0:
                self.faults = replace(f, server_error_count=f.server_error_count - 1)
                return FaultPlan(f.latency, f.server_error_status, f.retry_after)
            if f.drop_count > 0:
                self.faults = replace(f, drop_count=f.drop_count - 1)
                return FaultPlan(f.latency, drop=True)
            return FaultPlan(f.latency)

    # -- catalogue ---------------------------------------------------------------------------
    def status_of(self, product: StoredProduct) -> str:
        return "live" if self._monotonic() - product.created_at >= self.live_after else "pending"

    def add_product(self, payload: dict[str, Any]) -> StoredProduct:
        with self.lock:
            product = StoredProduct(id=str(uuid.uuid4()), external_id=payload["externalId"],
                                    sku=payload["sku"], name=payload["name"], payload=payload,
                                    created_at=self._monotonic())
            self._by_id[product.id] = product
            return product

    def by_external_id(self, external_id: str) -> StoredProduct | None:
        with self.lock:
            return next((p for p in self._by_id.values() if p.external_id == external_id), None)

    def by_sku(self, sku: str) -> StoredProduct | None:
        with self.lock:
            return next((p for p in self._by_id.values() if p.sku == sku), None)

    def delete(self, product_id: str) -> StoredProduct | None:
        with self.lock:
            return self._by_id.pop(product_id, None)

    def products(self) -> list[StoredProduct]:
        with self.lock:
            return list(self._by_id.values())

    def reset(self) -> None:
        with self.lock:
            self._by_id.clear()
            self.faults = Faults()
            self.requests_seen = 0
