"""[sandbox] The store's catalogue as the API shows it (API.md §4.6, §4.9): the Product object,
the paged product list, one product, and the synchronous update of one product.

A Product carries every field of §4.1 as stored (absent optional fields with their empty value),
plus ``id``, ``status``, ``createdAt`` and ``updatedAt``. ``warehouses`` is the product's stock per
warehouse and ``stock`` their total; in a store with warehouses, a product sent with a plain
``stock`` has that stock in **every** warehouse (API.md §4.5). In a store without warehouses,
``warehouses`` is ``[]``.
"""

from __future__ import annotations

import copy
import math
from typing import Any

from app.sandbox.envelope import PRD_NOT_FOUND, ApiFailure, iso_now, validation_failure
from app.sandbox.rows import Problem, check_product
from app.sandbox.state import SandboxState, StoredProduct
from app.sandbox.store_checks import current_store, store_problems

#: API.md §4.6 [ours]: a page holds ``limit`` products, 20 unless asked, at most 100
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
#: §4.1 fields and the value a Product shows when the create did not carry them
PRODUCT_FIELDS: dict[str, Any] = {
    "externalId": None,
    "sku": None,
    "name": None,
    "description": None,
    "price": None,
    "specialPrice": None,
    "weight": None,
    "dimensions": None,
    "minOrder": 1,
    "categoryId": None,
    "subCategoryId": None,
    "typeId": None,
    "brandId": None,
    "hashtags": [],
    "condition": None,
    "photos": [],
    "officialBanners": [],
    "isPreorder": False,
    "isArchived": False,
    "insuranceRequired": False,
    "codEnabled": False,
    "preorderPeriod": 0,
}
STOCK_FIELDS = ("stock", "warehouses")
#: what ``PATCH /partner/stores/products/{id}`` may change (API.md §4.9: not externalId)
EDITABLE = frozenset(PRODUCT_FIELDS) - {"externalId"} | frozenset(STOCK_FIELDS)
READ_ONLY = frozenset({"externalId", "id", "status", "createdAt", "updatedAt"})


def not_found(product_id: Any) -> ApiFailure:
    return ApiFailure(
        404,
        PRD_NOT_FOUND,
        "Product not found",
        hint="No product with this ID in this store",
        context={"id": product_id},
    )


def store_warehouse_ids(state: SandboxState) -> list[str]:
    with state.lock:
        return [w["clientId"] for w in state.warehouses.get(current_store.get(), [])]


def warehouse_stock(state: SandboxState, payload: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The product's stock per warehouse, or None for a plain-stock product in a store without
    warehouses."""
    given = payload.get("warehouses")
    if given is not None:
        return [{"clientId": w["clientId"], "stock": w["stock"]} for w in given]
    known = store_warehouse_ids(state)
    if not known:
        return None
    return [{"clientId": client_id, "stock": payload.get("stock")} for client_id in known]


def product_json(state: SandboxState, product: StoredProduct) -> dict[str, Any]:
    """The Product object of API.md §4.6 (queued updates whose delay has passed applied)."""
    with state.lock:
        state.settle(product)
        payload = copy.deepcopy(product.payload)
        status = state.status_of(product)
    out: dict[str, Any] = {"id": product.id}
    out.update({key: payload.get(key, copy.copy(empty)) for key, empty in PRODUCT_FIELDS.items()})
    out.update({k: v for k, v in payload.items() if k not in out and k not in STOCK_FIELDS})
    warehouses = warehouse_stock(state, payload)
    out["warehouses"] = warehouses or []
    out["stock"] = (
        payload.get("stock") if warehouses is None else sum(w["stock"] for w in warehouses)
    )
    out.update(
        externalId=product.external_id,
        sku=product.sku,
        name=product.name,
        status=status,
        createdAt=iso_now(product.created_ms),
        updatedAt=iso_now(product.updated_ms),
    )
    return out


def _whole(params: dict[str, Any], key: str, default: int, low: int, high: int | None) -> int:
    text = params.get(key)
    if text is None or text == "":
        return default
    if not str(text).isdigit() or int(text) < low or (high is not None and int(text) > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise validation_failure({key: f"{key} must be a whole number {bounds}"})
    return int(text)


def _flag(params: dict[str, Any], key: str) -> bool | None:
    text = params.get(key)
    if text is None or text == "":
        return None
    if text not in ("true", "false"):
        raise validation_failure({key: f"{key} must be true or false"})
    return text == "true"


def list_products(state: SandboxState, params: dict[str, Any]) -> dict[str, Any]:
    """``GET /partner/stores/products``: one page, oldest first; ``q`` matches the name, SKU or
    externalId (case-insensitive), ``isArchived`` the flag."""
    page = _whole(params, "page", 1, 1, None)
    limit = _whole(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    archived = _flag(params, "isArchived")
    q = str(params.get("q") or "").casefold()
    found = state.products()
    if q:
        found = [
            p
            for p in found
            if any(q in (text or "").casefold() for text in (p.name, p.sku, p.external_id))
        ]
    if archived is not None:
        found = [p for p in found if bool(p.payload.get("isArchived")) is archived]
    total = len(found)
    return {
        "items": [product_json(state, p) for p in found[(page - 1) * limit : page * limit]],
        "pagination": {
            "page": page,
            "limit": limit,
            "total": total,
            "totalPages": math.ceil(total / limit),
        },
    }


def get_product(state: SandboxState, params: dict[str, Any]) -> dict[str, Any]:
    """``GET /partner/stores/products/{id}``; PRD_014 (HTTP 404) when there is none."""
    product = state.by_id(params["id"])
    if product is None:
        raise not_found(params["id"])
    return product_json(state, product)


def future_payload(product: StoredProduct) -> dict[str, Any]:
    """The stored fields once every queued update is applied: what a new update builds on."""
    payload = copy.deepcopy(product.payload)
    for _, changes in product.queued:
        payload = merged(payload, changes)
    return payload


def merged(payload: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``payload`` with ``changes`` written in; a new ``stock`` replaces the warehouses and new
    ``warehouses`` replace the plain stock; a ``None`` removes the field."""
    out = dict(payload)
    if changes.get("stock") is not None:
        out.pop("warehouses", None)
    if changes.get("warehouses") is not None:
        out.pop("stock", None)
    out.update(changes)
    return {k: v for k, v in out.items() if v is not None}


def new_problems(
    state: SandboxState, before: dict[str, Any], after: dict[str, Any]
) -> list[Problem]:
    """The problems ``after`` has that ``before`` had not: the create's rules, field by field."""

    def problems(product: dict[str, Any]) -> list[Problem]:
        return check_product(product) or store_problems(state, product)

    old = set(problems(before))
    return [problem for problem in problems(after) if problem not in old]


def update_product(state: SandboxState, payload: dict[str, Any]) -> dict[str, Any]:
    """``PATCH /partner/stores/products/{id}``: the given fields only, at once; VAL_001 keyed by
    field when one is refused, PRD_014 when there is no such product."""
    product_id, changes = payload["params"]["id"], payload["body"]
    wrong = {
        key: (
            f"{key} cannot be changed" if key in READ_ONLY else f"{key} is not a field of a product"
        )
        for key in changes
        if key not in EDITABLE
    }
    if wrong:
        raise validation_failure(wrong)
    if not changes:
        raise validation_failure({"body": "give at least one field to change"})
    with state.lock:
        product = state.by_id(product_id)
        if product is None:
            raise not_found(product_id)
        before = future_payload(product)
        refused = new_problems(state, before, merged(before, changes))
        other = state.by_sku(changes["sku"]) if isinstance(changes.get("sku"), str) else None
        if state.faults.police_skus and other is not None and other is not product:
            refused.append(("sku", "Another product already has this SKU"))  # [sandbox-only]
        if refused:
            raise validation_failure({field or "body": message for field, message in refused})
        product.apply(changes, state.now_ms())
        return product_json(state, product)
