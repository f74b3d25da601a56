"""``plan_json``: exactly the shape of issue 14, point 8."""

from __future__ import annotations

import json

from app.sync.diff import compare
from app.sync.plan_json import plan_json
from app.sync.shown import shown
from tests.sync.store_products import pid, seed_table, store_of


def test_the_json_of_a_plan() -> None:
    table = seed_table()
    store = store_of(table)[:1]
    table.set_cell(0, "price", "Rp 95.000")
    got = plan_json(compare(table, store), table, "en")
    json.dumps(got)  # plain JSON
    assert got["summary"] == {
        "rows": 2,
        "create": 1,
        "update": 1,
        "unchanged": 0,
        "conflict": 0,
        "invalid": 0,
        "delete": 0,
        "skip": 0,
        "changes": 1,
    }
    first, second = got["rows"]
    assert first == {
        "row": 2,
        "sku": "480166",
        "productId": pid(0),
        "action": "update",
        "changes": [{"field": "price", "from": 200000, "to": 95000}],
        "status": "ready",
        "issues": [
            {
                "field": "price",
                "level": "warning",
                "code": None,
                "message": "Rp 200.000 → Rp 95.000: −52%, is that right?",
                "hint": None,
            }
        ],
    }
    assert (second["action"], second["productId"], second["changes"]) == ("create", None, [])


def test_values_as_a_merchant_reads_them() -> None:
    assert shown("price", 79000) == "Rp 79.000"
    assert shown("specialPrice", None) == "—"
    assert shown("codEnabled", True, "en") == "Yes"
    assert shown("codEnabled", False, "id") == "Tidak"
    assert shown("dimensions", {"length": 12, "width": 12, "height": 10}) == "12×12×10"
    assert shown("warehouses", [{"clientId": "wh_a", "stock": 8}]) == "wh_a: 8"
    assert shown("hashtags", ["kaos", "katun"]) == "kaos, katun"
