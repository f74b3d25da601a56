"""The seed's two example products, typed as a merchant would, serialise to the seed's JSON."""

from __future__ import annotations

import json

from app.catalog import ProductTable, Status
from app.catalog.product import Product
from tests.catalog.seed_rows import SEED_CELLS, SEED_PAYLOAD


def test_seed_rows_serialise_to_the_seed_json() -> None:
    table = ProductTable.from_cells((i + 3, cells) for i, cells in enumerate(SEED_CELLS))
    assert [row.status for row in table.rows] == [Status.READY, Status.READY]
    assert [row.issues for row in table.rows] == [[], []]
    payloads = [row.payload() for row in table.rows]
    assert payloads == SEED_PAYLOAD["products"]
    # Same keys, same values, same JSON types (ints stay ints, null stays null).
    assert json.loads(json.dumps({"products": payloads})) == SEED_PAYLOAD


def test_seed_json_round_trips_through_the_model() -> None:
    for product in SEED_PAYLOAD["products"]:
        assert Product.model_validate(product).payload() == product


def test_special_price_is_null_when_empty_and_optional_fields_are_omitted() -> None:
    table = ProductTable.from_cells([(2, SEED_CELLS[1])])
    payload = table.rows[0].payload()
    assert "brandId" not in payload and "dimensions" not in payload and "stock" not in payload
    cells = dict(SEED_CELLS[1], specialPrice="")
    payload = ProductTable.from_cells([(2, cells)]).rows[0].payload()
    assert payload["specialPrice"] is None
