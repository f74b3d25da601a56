"""What a sync would do: one action per sheet row, and the fields it would change.

The vocabulary every part of routine sync speaks: the diff builds a ``SyncPlan``, the dry run
prints it, the window paints it, the sending reads it. Values in a ``Change`` are in the form
the store keeps them (API.md §4.6): integers for money and stock, ids for categories and brands,
``[{clientId, stock}]`` for warehouses, lists in order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.catalog.issues import Issue


class Action(StrEnum):
    """What happens to one row (its JSON word is the value)."""

    CREATE = "create"  # no store product matches: the bulk create
    UPDATE = "update"  # matched, some fields differ: only those fields are sent
    UNCHANGED = "unchanged"  # matched, nothing differs: nothing is sent
    CONFLICT = "conflict"  # the store changed a field since the export, and the sheet did too
    INVALID = "invalid"  # the row has errors (or its action cannot be done): nothing is sent
    DELETE = "delete"  # the action column says so: sent only after the merchant confirms
    SKIP = "skip"  # the action column says so: nothing is sent


#: Actions that send something.
SENDING_ACTIONS = frozenset({Action.CREATE, Action.UPDATE, Action.DELETE})
#: Order of the summary's counters.
SUMMARY_ORDER: tuple[Action, ...] = (
    Action.CREATE,
    Action.UPDATE,
    Action.UNCHANGED,
    Action.CONFLICT,
    Action.INVALID,
    Action.DELETE,
    Action.SKIP,
)


class _Missing:
    """No value recorded (distinct from ``None``, which is the store's "empty")."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


class Winner(StrEnum):
    """Who wins a conflict, as the merchant chose."""

    SHEET = "sheet"
    STORE = "store"


@dataclass(frozen=True, slots=True)
class Change:
    """One field whose sheet value differs from the store's.

    ``field`` is the API key (``price``, ``stock``, ``warehouses``, ``name``, ``categoryId`` …).
    ``exported`` is the store's value when the workbook was exported (``MISSING`` when the
    workbook records none): when the store moved away from it and the sheet did too, the change
    is a conflict and is never sent before the merchant picks a winner.
    """

    field: str
    store: Any
    sheet: Any
    exported: Any = MISSING

    @property
    def conflict(self) -> bool:
        if self.exported is MISSING:
            return False
        return self.store != self.exported and self.sheet != self.exported

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"field": self.field, "from": self.store, "to": self.sheet}
        if self.conflict:
            data["exported"] = self.exported
        return data


@dataclass(frozen=True, slots=True)
class RowPlan:
    """The plan for one sheet row.

    ``position`` is the row's index in ``ProductTable.rows`` when the plan was made (the window
    and the sending map answers back through it); ``sheet_row`` the row number Excel shows.
    ``issues`` are what the comparison found (a price cut by more than half, a row matching two
    store products, a delete without a product): warnings and errors on the row's fields.
    """

    position: int
    sheet_row: int | None
    action: Action
    product_id: str | None = None
    sku: str | None = None
    external_id: str | None = None
    changes: tuple[Change, ...] = ()
    issues: tuple[Issue, ...] = ()
    #: the matched store product as the store sent it (None: no match)
    store: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)

    def change_for(self, key: str) -> Change | None:
        return next((c for c in self.changes if c.field == key), None)

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.changes)

    @property
    def conflicts(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.conflict)


@dataclass(slots=True)
class SyncPlan:
    """Every row's plan, in sheet order."""

    rows: list[RowPlan] = field(default_factory=list)

    def __iter__(self) -> Iterator[RowPlan]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def at(self, position: int) -> RowPlan | None:
        return next((r for r in self.rows if r.position == position), None)

    def with_action(self, action: Action) -> list[RowPlan]:
        return [r for r in self.rows if r.action is action]

    def summary(self) -> dict[str, int]:
        counts = Counter(r.action for r in self.rows)
        return {a.value: counts.get(a, 0) for a in SUMMARY_ORDER}

    @property
    def sends_nothing(self) -> bool:
        return not any(r.action in SENDING_ACTIONS for r in self.rows)
