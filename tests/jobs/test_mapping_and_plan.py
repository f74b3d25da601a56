"""Unit tests: validationErrors keys, the field of an error, chunk planning."""

from __future__ import annotations

import pytest

from app.catalog.table import ProductTable
from app.jobs.mapping import FieldRef, field_of, group_validation_errors, parse_key
from app.jobs.plan import plan_delete, plan_upload, split
from app.jobs.snapshot import chosen_rows, take_snapshot
from tests.jobs.rows import product_table


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("products[3].price", FieldRef(3, "price")),
        ("products.3.price", FieldRef(3, "price")),
        ("products[0].specialPrice", FieldRef(0, "specialPrice")),
        ("products.12.dimensions.length", FieldRef(12, "dimensions")),
        ("products[7].warehouses[0].stock", FieldRef(7, "warehouses")),
        ("products[4]", FieldRef(4, None)),
        ("price", FieldRef(None, "price")),
        ("warehouses[1].clientId", FieldRef(None, "warehouses")),
        ("ids[2]", FieldRef(2, "id")),
        ("externalIds", FieldRef(None, "externalId")),
        ("products", FieldRef(None, None)),
        ("somethingElse", FieldRef(None, None)),
    ],
)
def test_validation_keys(key: str, expected: FieldRef) -> None:
    assert parse_key(key) == expected


def test_field_of_prefers_details_field_then_the_code_table() -> None:
    assert field_of("PRD_002", "sku") == "sku"
    assert field_of("PRD_002", None) == "externalId"
    assert field_of("PRD_014", None) == "id"
    assert field_of("XYZ_999", None) is None
    assert field_of("XYZ_999", "products[2].preorderPeriod") == "preorderPeriod"
    assert field_of("PRD_014", "nonsense") == "id"


def test_group_validation_errors() -> None:
    per_row, general = group_validation_errors(
        {
            "products[1].price": "too low",
            "products.1.name": "empty",
            "price": "bad",
            "products[9].sku": "outside the request",
        },
        rows=3,
    )
    assert per_row == {1: [("price", "too low"), ("name", "empty")]}
    assert general == [("price", "bad"), ("sku", "outside the request")]


def test_chunks_keep_positions_and_fixed_external_ids() -> None:
    table = product_table(7, external_ids=False)
    chunks = plan_upload(take_snapshot(table), [0, 2, 3, 4, 6], chunk_size=2)
    assert [c.groups for c in chunks] == [[(0,), (2,)], [(3,), (4,)], [(6,)]]
    assert [c.seq for c in chunks] == [0, 1, 2]
    assert chunks[1].items[0]["externalId"] == table.rows[3].external_id
    assert chunks[1].keys[3] == (5, table.rows[3].external_id, table.rows[3].sku)
    sub = chunks[1].subset([1])
    assert sub.groups == [(4,)] and sub.seq == 1


def test_delete_plan_shares_a_position_between_rows_with_the_same_id() -> None:
    table = ProductTable.from_cells(
        [(2, {"id": "a"}), (3, {"id": "b"}), (4, {"id": "a"})], purpose="delete"
    )
    chunks = plan_delete(take_snapshot(table), {0: "a", 1: "b", 2: "a"}, chunk_size=100)
    assert chunks[0].items == ["a", "b"] and chunks[0].groups == [(0, 2), (1,)]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        split([], 0)
    with pytest.raises(IndexError):
        chosen_rows(len(product_table(2)), [5])
    assert chosen_rows(3, [2, 0, 2]) == [0, 2]
