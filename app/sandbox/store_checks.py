"""[sandbox] What only the store knows, checked on every product it receives (API.md §5): the
category chain and brand (against the reference tree) and the warehouses (against the store's
own). A mistake rejects that row with ``details.field`` naming the field, so a client that
skipped its own check still puts the answer on the right cell. Also the warehouses call (§4.5).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from app.sandbox.reference_tree import sandbox_tree
from app.sandbox.state import SandboxState

Problem = tuple[str | None, str]

#: the store client id of the request being handled (set by the store endpoint once the
#: request's signature is verified)
current_store: ContextVar[str] = ContextVar("current_store", default="")


def store_warehouses(state: SandboxState, params: Any) -> list[dict[str, Any]]:
    """``GET /partner/stores/warehouses``: the signed store's warehouses, ``[]`` when none."""
    with state.lock:
        return [dict(w) for w in state.warehouses.get(current_store.get(), [])]


def store_problems(state: SandboxState, product: dict[str, Any]) -> list[Problem]:
    """The chain, brand and warehouse problems of a product that passed ``check_product``."""
    problems: list[Problem] = []
    chain = sandbox_tree().chain_problem(product)
    if chain is not None:
        problems.append(chain)
    warehouses = product.get("warehouses")
    if warehouses is not None:
        with state.lock:
            known = [w["clientId"] for w in state.warehouses.get(current_store.get(), [])]
        if not known:
            problems.append(("warehouses", "This store has no warehouses; send stock instead"))
        else:
            unknown = [w["clientId"] for w in warehouses if w["clientId"] not in known]
            if unknown:
                problems.append(
                    (
                        "warehouses",
                        f"Warehouse {', '.join(unknown)} not found in this store "
                        f"(its warehouses: {', '.join(known)})",
                    )
                )
    return problems
