"""[sandbox] The two queued updates (API.md §4.7 prices, §4.8 inventory).

Each item is checked alone, with the create's rules applied to the product as it will be once
its earlier queued updates are applied; a refused item is an error on its ``rowIndex`` (its
position in ``items``) naming ``details.field``, the others are accepted and applied after the
same delay as a create goes live (``state.live_after``). The answer mirrors the bulk create's.
"""

from __future__ import annotations

import uuid
from typing import Any

from app.sandbox.catalogue import future_payload, merged, new_problems, warehouse_stock
from app.sandbox.envelope import PRD_NOT_FOUND, VALIDATION, validation_failure
from app.sandbox.state import SandboxState, StoredProduct

#: [sandbox-only] API.md [ours]: the client sends at most 100 items per request
MAX_ITEMS = 100
PRICE_KEYS = ("price", "specialPrice")
PRICE_IDS = ("id", "sku")
STOCK_IDS = ("id", "sku", "externalId")


class RowRefused(Exception):
    def __init__(
        self, field: str | None, message: str, code: str = VALIDATION, retryable: bool = False
    ) -> None:
        super().__init__(message)
        self.field, self.message, self.code, self.retryable = field, message, code, retryable


def _items(payload: dict[str, Any]) -> list[Any]:
    items = payload.get("items")
    if not isinstance(items, list) or not items:
        raise validation_failure({"items": "At least one item is required"})
    if len(items) > MAX_ITEMS:
        raise validation_failure({"items": f"At most {MAX_ITEMS} items per request"})
    return items


def _named(item: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, str]:
    """The one identifier the item names its product by."""
    given = [key for key in keys if item.get(key) is not None]
    if len(given) != 1 or not isinstance(item[given[0]], str) or not item[given[0]]:
        raise RowRefused(keys[0], f"name the product by exactly one of {', '.join(keys)}")
    return given[0], item[given[0]]


def _product(state: SandboxState, key: str, value: str) -> StoredProduct:
    if key == "id":
        product = state.by_id(value)
    else:
        product = state.by_sku(value) if key == "sku" else state.by_external_id(value)
    if product is None:
        raise RowRefused(key, f"No product with this {key}", code=PRD_NOT_FOUND)
    rejection = state.faults.reject_external_ids.get(
        product.external_id
    ) or state.faults.reject_skus.get(product.sku)
    if rejection is not None:
        raise RowRefused(rejection.field, rejection.message, rejection.code, rejection.retryable)
    return product


def _checked(state: SandboxState, product: StoredProduct, changes: dict[str, Any]) -> None:
    before = future_payload(product)
    refused = new_problems(state, before, merged(before, changes))
    if refused:
        field, message = refused[0]
        raise RowRefused(field, message)


def _unknown(item: dict[str, Any], allowed: tuple[str, ...]) -> None:
    for key in item:
        if key not in allowed:
            raise RowRefused(key, f"{key} cannot be sent in this update")


def price_change(state: SandboxState, item: dict[str, Any]) -> tuple[StoredProduct, dict]:
    _unknown(item, (*PRICE_IDS, *PRICE_KEYS))
    product = _product(state, *_named(item, PRICE_IDS))
    changes = {key: item[key] for key in PRICE_KEYS if key in item}
    if "price" not in changes and "specialPrice" not in changes:
        raise RowRefused("price", "give price or specialPrice")
    _checked(state, product, changes)
    return product, changes


def stock_change(state: SandboxState, item: dict[str, Any]) -> tuple[StoredProduct, dict]:
    """``stock`` sets the plain stock (every warehouse's, in a store with warehouses);
    ``warehouses`` sets the named warehouses' stock, the others keep theirs [ours]."""
    _unknown(item, (*STOCK_IDS, "stock", "warehouses"))
    product = _product(state, *_named(item, STOCK_IDS))
    has_stock, has_warehouses = item.get("stock") is not None, item.get("warehouses") is not None
    if has_stock == has_warehouses:
        raise RowRefused("stock", "give either stock or warehouses")
    if has_stock:
        changes: dict[str, Any] = {"stock": item["stock"]}
    else:
        base = warehouse_stock(state, future_payload(product)) or []
        changes = {"warehouses": _merge_warehouses(base, item["warehouses"])}
    _checked(state, product, changes)
    return product, changes


def _merge_warehouses(base: list[dict[str, Any]], given: Any) -> Any:
    """``base`` with the given warehouses' stock; a malformed list is returned as it came, for
    the create's rules to name what is wrong with it."""
    if not isinstance(given, list) or not given:
        return given
    ids = [entry.get("clientId") if isinstance(entry, dict) else None for entry in given]
    if not all(isinstance(i, str) for i in ids) or len(set(ids)) != len(ids):
        return given
    out = {entry["clientId"]: dict(entry) for entry in base}
    for entry in given:
        out[entry["clientId"]] = {"clientId": entry["clientId"], "stock": entry.get("stock")}
    return list(out.values())


def _queue(
    state: SandboxState,
    payload: dict[str, Any],
    read: Any,
    ids: tuple[str, ...],
    accepted_entry: Any,
) -> dict[str, Any]:
    items = _items(payload)
    accepted: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    with state.lock:
        for index, item in enumerate(items):
            given = item if isinstance(item, dict) else {}
            sent = {key: given[key] for key in ids if key in given}
            try:
                if not isinstance(item, dict):
                    raise RowRefused(None, "each item must be an object")
                product, changes = read(state, item)
            except RowRefused as refused:
                details: dict[str, Any] = {"retryable": refused.retryable}
                if refused.field is not None:
                    details["field"] = refused.field
                errors.append(
                    {
                        "code": refused.code,
                        "message": refused.message,
                        "rowIndex": index,
                        **{key: sent.get(key) for key in ids},
                        "details": details,
                    }
                )
                continue
            state.queue_change(product, changes)
            accepted.append({"rowIndex": index, **accepted_entry(product, sent)})
    return {
        "batchId": f"pb_{uuid.uuid4()}",
        "summary": {"total": len(items), "failed": len(errors), "pending": len(accepted)},
        "acceptedRows": accepted,
        "errors": errors,
    }


def update_prices(state: SandboxState, payload: dict[str, Any]) -> dict[str, Any]:
    """``PATCH /partner/stores/products/prices``."""
    return _queue(
        state, payload, price_change, PRICE_IDS, lambda p, sent: {"id": p.id, "sku": p.sku}
    )


def update_inventory(state: SandboxState, payload: dict[str, Any]) -> dict[str, Any]:
    """``PATCH /partner/stores/inventory``: accepted entries carry the identifier sent."""
    return _queue(state, payload, stock_change, STOCK_IDS, lambda p, sent: sent)
