"""The sandbox's in-memory world: its demo credentials, its catalogue and its fault knobs.

Tests change ``state.faults`` in-process (``state.set_faults(...)``); a standalone sandbox gets
the same knobs through ``POST /__sandbox/faults`` (sandbox-only, see ``routes.py``).
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections import deque
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
#: [sandbox] the longest ``latency`` knob, in seconds.
MAX_LATENCY = 300.0


class FaultsError(ValueError):
    """A fault knob the sandbox cannot use; the message names the knob and what it needs."""


@dataclass(frozen=True, slots=True)
class RowRejection:
    """Reject a product (by externalId or SKU) with this code on this field."""

    code: str = "VAL_001"
    field: str | None = None
    message: str = "Rejected by the sandbox"
    retryable: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code:
            raise FaultsError(
                f'a rejection\'s code must be text such as "VAL_001", not {self.code!r}'
            )
        if self.field is not None and not isinstance(self.field, str):
            raise FaultsError(f"a rejection's field must be text or null, not {self.field!r}")
        if not isinstance(self.message, str):
            raise FaultsError(f"a rejection's message must be text, not {self.message!r}")
        if not isinstance(self.retryable, bool):
            raise FaultsError(
                f"a rejection's retryable must be true or false, not {self.retryable!r}"
            )


@dataclass(frozen=True, slots=True)
class Faults:
    """Knobs for failures. The ``*_count`` knobs apply to that many next API requests."""

    latency: float = 0.0  # seconds to wait after handling each API request, before answering
    rate_limit_count: int = 0  # answer 429 ...
    retry_after: str | None = "1"  # ... with this Retry-After header (None: no header)
    server_error_count: int = 0  # answer server_error_status ...
    server_error_status: int = 503
    #: the 5xx comes after the request was handled (a product is really created), as from a
    #: gateway that timed out waiting for a server that went on working
    server_error_after_processing: bool = False
    drop_count: int = 0  # handle the request fully, then close the socket without answering
    #: accept the next this many products, but never let them go live (lost by the store, or
    #: its processing failed later): they stay pending for ever
    never_confirm_count: int = 0
    clock_skew_ms: int = 0  # the server's clock runs this far ahead of the real one
    reject_external_ids: dict[str, RowRejection] = field(default_factory=dict)
    reject_skus: dict[str, RowRejection] = field(default_factory=dict)
    #: [sandbox-only] refuse a SKU another product already holds. API.md states no such rule,
    #: so by default the sandbox behaves like a store that does not police SKUs.
    police_skus: bool = False
    #: the counting knobs (429, 5xx, drops) apply only to requests of this HTTP method
    #: ("POST": the creates, not the look-ups); None: to every API request
    faulted_method: str | None = None
    #: [sandbox-only] the store-data calls (reference tree, brands, warehouses) are faulted and
    #: counted in ``requests_seen`` only when this is on, so the knobs aimed at product calls
    #: keep their meaning when a client downloads the tree first
    fault_store_data: bool = False

    def __post_init__(self) -> None:
        """Refuse values that would make later requests fail (``FaultsError``)."""
        _check_number("latency", self.latency, 0, MAX_LATENCY)
        for name in ("rate_limit_count", "server_error_count", "drop_count", "never_confirm_count"):
            _check_number(name, getattr(self, name), 0, None, whole=True)
        _check_number("server_error_status", self.server_error_status, 500, 599, whole=True)
        _check_number("clock_skew_ms", self.clock_skew_ms, None, None, whole=True)
        for name in ("police_skus", "server_error_after_processing", "fault_store_data"):
            if not isinstance(getattr(self, name), bool):
                raise FaultsError(f"{name} must be true or false, not {getattr(self, name)!r}")
        if self.faulted_method not in (None, "GET", "POST", "PATCH"):
            raise FaultsError(
                f"faulted_method must be GET, POST, PATCH or null, not {self.faulted_method!r}"
            )
        value = self.retry_after
        if value is not None and not (
            isinstance(value, str) and value.isprintable() and value.isascii()
        ):
            raise FaultsError(
                f"retry_after must be a Retry-After header value as text (such "
                f'as "1") or null, not {value!r}'
            )
        for name in ("reject_external_ids", "reject_skus"):
            rejections = getattr(self, name)
            if not isinstance(rejections, dict) or not all(
                isinstance(k, str) and isinstance(v, RowRejection) for k, v in rejections.items()
            ):
                raise FaultsError(f"{name} must map each value to a RowRejection")

    @classmethod
    def from_json(cls, data: Any) -> Faults:
        """From the admin endpoint's JSON (same names; rejections as objects); an omitted knob
        is off. Raises ``FaultsError`` naming the first knob that is wrong."""
        if not isinstance(data, dict):
            raise FaultsError("the body must be a JSON object of fault knobs")
        knobs = cls.__dataclass_fields__
        unknown = sorted(set(data) - set(knobs))
        if unknown:
            raise FaultsError(
                f"unknown fault knob {', '.join(map(repr, unknown))}; the knobs "
                f"are {', '.join(knobs)}"
            )
        values = dict(data)
        for key in ("reject_external_ids", "reject_skus"):
            if key in values:
                values[key] = _rejections_from_json(key, values[key])
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _check_number(
    name: str, value: Any, low: float | None, high: float | None, *, whole: bool = False
) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (whole and not isinstance(value, int))
        or not math.isfinite(value)
    ):
        raise FaultsError(
            f"{name} must be {'a whole number' if whole else 'a number'}, not {value!r}"
        )
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"from {low:g} to {high:g}" if high is not None else f"at least {low:g}"
        raise FaultsError(f"{name} must be {bounds}, not {value!r}")


def _rejections_from_json(key: str, data: Any) -> dict[str, RowRejection]:
    if not isinstance(data, dict):
        raise FaultsError(
            f"{key} must be an object: {{value: {{code, field, message, retryable}}}}"
        )
    found = {}
    for value, given in data.items():
        if not isinstance(given, dict):
            raise FaultsError(
                f"{key}[{value!r}] must be an object with code, field, message and retryable"
            )
        unknown = sorted(set(given) - set(RowRejection.__dataclass_fields__))
        if unknown:
            raise FaultsError(
                f"{key}[{value!r}]: unknown {', '.join(map(repr, unknown))}; "
                f"a rejection has code, field, message and retryable"
            )
        try:
            found[value] = RowRejection(**given)
        except FaultsError as exc:
            raise FaultsError(f"{key}[{value!r}]: {exc}") from None
    return found


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """What the fault knobs make of one request (counters already consumed)."""

    latency: float = 0.0
    status: int | None = None  # answer this status instead of handling the request
    retry_after: str | None = None
    drop: bool = False
    handle_first: bool = False  # handle the request, then answer ``status`` all the same


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """A store-data request as the sandbox received it (tests assert on its headers)."""

    path: str
    query: str
    headers: dict[str, str]


#: store-data requests remembered (the oldest are forgotten)
MAX_RECORDED = 5000


@dataclass(frozen=True, slots=True)
class RecordedWrite:
    """A signed write (POST, PATCH) as the sandbox received it: tests assert on what was sent."""

    method: str
    path: str  # after the API prefix: /partner/stores/products/prices
    body: Any  # the JSON body, parsed


@dataclass(slots=True)
class StoredProduct:
    id: str
    external_id: str
    sku: str
    name: str
    payload: dict[str, Any]
    created_at: float  # monotonic seconds
    never_live: bool = False  # accepted, but it never goes live (``never_confirm_count``)
    created_ms: int = 0  # server clock (epoch ms) of the create
    updated_ms: int = 0  # server clock (epoch ms) of the last change applied
    #: accepted price/stock updates not applied yet: (monotonic time queued, changes)
    queued: list[tuple[float, dict[str, Any]]] = field(default_factory=list)

    def apply(self, changes: dict[str, Any], now_ms: int) -> None:
        """Write ``changes`` into the stored fields; a ``None`` value removes the field, a new
        ``stock`` replaces the warehouses and new ``warehouses`` the plain stock."""
        if changes.get("stock") is not None:
            self.payload.pop("warehouses", None)
        if changes.get("warehouses") is not None:
            self.payload.pop("stock", None)
        for key, value in changes.items():
            if value is None:
                self.payload.pop(key, None)
            else:
                self.payload[key] = value
        self.sku = self.payload.get("sku", self.sku)
        self.name = self.payload.get("name", self.name)
        self.updated_ms = now_ms

    def to_json(self, status: str) -> dict[str, Any]:
        return {
            **self.payload,
            "id": self.id,
            "externalId": self.external_id,
            "sku": self.sku,
            "name": self.name,
            "status": status,
        }


class SandboxState:
    """The catalogue, credentials, clock and faults of one sandbox. Thread-safe."""

    def __init__(
        self,
        *,
        live_after: float = DEFAULT_LIVE_AFTER,
        credentials: DemoCredentials = DEMO_CREDENTIALS,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.live_after = live_after
        self.partners = {credentials.partner_client_id: credentials.partner_secret}
        self.stores = {credentials.store_client_id: credentials.store_token}
        self.faults = Faults()
        self._clock = clock
        self._monotonic = monotonic
        self.lock = threading.RLock()
        self._by_id: dict[str, StoredProduct] = {}
        self.requests_seen = 0
        self._demo_store = credentials.store_client_id
        #: store client id → its warehouses as the API answers them (API.md §4.5)
        self.warehouses: dict[str, list[dict[str, Any]]] = demo_warehouses(self._demo_store)
        #: the reference and warehouse requests received, with their headers
        self.store_data_requests: deque[RecordedRequest] = deque(maxlen=MAX_RECORDED)
        #: the signed writes received (a dropped answer's request too), oldest first
        self.writes: deque[RecordedWrite] = deque(maxlen=MAX_RECORDED)

    def record_write(self, write: RecordedWrite) -> None:
        with self.lock:
            self.writes.append(write)

    def record_store_data_request(self, request: RecordedRequest) -> None:
        with self.lock:
            self.store_data_requests.append(request)

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

    def take_fault_plan(self, method: str | None = None) -> FaultPlan:
        """Consume one unit of the counting knobs for an API request."""
        with self.lock:
            self.requests_seen += 1
            f = self.faults
            if f.faulted_method is not None and method != f.faulted_method:
                return FaultPlan(f.latency)
            if f.rate_limit_count > 0:
                self.faults = replace(f, rate_limit_count=f.rate_limit_count - 1)
                return FaultPlan(f.latency, 429, f.retry_after)
            if f.server_error_count > 0:
                self.faults = replace(f, server_error_count=f.server_error_count - 1)
                return FaultPlan(
                    f.latency,
                    f.server_error_status,
                    f.retry_after,
                    handle_first=f.server_error_after_processing,
                )
            if f.drop_count > 0:
                self.faults = replace(f, drop_count=f.drop_count - 1)
                return FaultPlan(f.latency, drop=True)
            return FaultPlan(f.latency)

    # -- catalogue ---------------------------------------------------------------------------
    def status_of(self, product: StoredProduct) -> str:
        if product.never_live:
            return "pending"
        return "live" if self._monotonic() - product.created_at >= self.live_after else "pending"

    def add_product(self, payload: dict[str, Any]) -> StoredProduct:
        with self.lock:
            never_live = self.faults.never_confirm_count > 0
            if never_live:
                self.faults = replace(
                    self.faults, never_confirm_count=self.faults.never_confirm_count - 1
                )
            product = StoredProduct(
                id=str(uuid.uuid4()),
                external_id=payload["externalId"],
                sku=payload["sku"],
                name=payload["name"],
                payload=payload,
                created_at=self._monotonic(),
                never_live=never_live,
                created_ms=self.now_ms(),
                updated_ms=self.now_ms(),
            )
            self._by_id[product.id] = product
            return product

    def queue_change(self, product: StoredProduct, changes: dict[str, Any]) -> None:
        """Accept an update now, apply it once ``live_after`` has passed (as a create goes
        live); ``never_confirm_count`` makes it one that is accepted and never applied."""
        with self.lock:
            if self.faults.never_confirm_count > 0:
                self.faults = replace(
                    self.faults, never_confirm_count=self.faults.never_confirm_count - 1
                )
                return
            product.queued.append((self._monotonic(), dict(changes)))

    def settle(self, product: StoredProduct) -> StoredProduct:
        """Apply the product's queued updates whose delay has passed, oldest first."""
        with self.lock:
            now = self._monotonic()
            while product.queued:
                queued_at, changes = product.queued[0]
                if now - queued_at < self.live_after:
                    break
                product.queued.pop(0)
                product.apply(changes, self.now_ms())
            return product

    def by_id(self, product_id: str) -> StoredProduct | None:
        with self.lock:
            found = self._by_id.get(product_id)
            return None if found is None else self.settle(found)

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
            self.warehouses = demo_warehouses(self._demo_store)
            self.store_data_requests.clear()
            self.writes.clear()


#: [sandbox] the demo store's warehouses; any other store has none
DEMO_WAREHOUSES: tuple[dict[str, Any], ...] = (
    {"clientId": "wh_jkt-01", "name": "Gudang Jakarta", "isDefault": True},
    {"clientId": "2026012714314318226016", "name": "Gudang Surabaya", "isDefault": False},
)


def demo_warehouses(store_client_id: str) -> dict[str, list[dict[str, Any]]]:
    return {store_client_id: [dict(w) for w in DEMO_WAREHOUSES]}
