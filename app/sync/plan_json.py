"""A sync plan as the ``--json`` output of ``sync`` (issue 14, point 8), dry run and real:

``{"summary": {"rows": 3, "create": 1, "update": 1, "unchanged": 1, …, "changes": 1},
"rows": [{"row": 7, "sku": "…", "productId": "…", "action": "update",
"changes": [{"field": "price", "from": 100000, "to": 95000}], "status": "ready",
"issues": [{"field", "level", "code", "message", "hint"}]}]}``

``field`` is the API key; ``from``/``to`` the store's and the sheet's values as the store keeps
them (a conflict also gives ``exported``). ``status`` is the row's status word in the table
(``ready``/``invalid`` before sending; what the store answered after). ``issues`` are the row's
own (validation, the store's answers) followed by what the comparison found.
"""

from __future__ import annotations

from typing import Any

from app.catalog.messages import Lang
from app.catalog.table import ProductTable
from app.sync.plan import RowPlan, SyncPlan


def plan_json(plan: SyncPlan, table: ProductTable, lang: Lang = "en") -> dict[str, Any]:
    """The whole plan, every row in sheet order."""
    summary: dict[str, Any] = {"rows": len(plan), **plan.summary()}
    summary["changes"] = sum(len(r.changes) for r in plan)
    return {"summary": summary, "rows": [row_json(r, table, lang) for r in plan]}


def row_json(row: RowPlan, table: ProductTable, lang: Lang = "en") -> dict[str, Any]:
    held = table.rows[row.position] if 0 <= row.position < len(table.rows) else None
    issues = [*(held.issues if held is not None else ()), *row.issues]
    return {
        "row": row.sheet_row,
        "sku": row.sku,
        "productId": row.product_id,
        "action": row.action.value,
        "changes": [c.as_json() for c in row.changes],
        "status": held.status.value if held is not None else None,
        "issues": [i.to_json(lang) for i in issues],
    }
