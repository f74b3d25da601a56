"""The sandbox's own per-product checks."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from app.sandbox.rows import check_product
from tests.catalog.seed_rows import SEED_PAYLOAD

SEED_PRODUCTS: list[dict[str, Any]] = SEED_PAYLOAD["products"]


def with_changes(index: int, **changes: Any) -> dict[str, Any]:
    product = copy.deepcopy(SEED_PRODUCTS[index])
    for key, value in changes.items():
        if value is ...:
            product.pop(key, None)
        else:
            product[key] = value
    return product


def fields_of(product: Any) -> list[str | None]:
    return [field for field, _ in check_product(product)]


def test_the_seed_products_pass() -> None:
    assert [check_product(p) for p in SEED_PRODUCTS] == [[], []]


@pytest.mark.parametrize(
    ("index", "changes", "field"),
    [
        (0, {"price": 0}, "price"),
        (0, {"price": "200000"}, "price"),
        (0, {"price": True}, "price"),
        (0, {"price": ...}, "price"),
        (0, {"name": " "}, "name"),
        (0, {"sku": ...}, "sku"),
        (0, {"externalId": ...}, "externalId"),
        (0, {"categoryId": "not-a-uuid"}, "categoryId"),
        (0, {"brandId": "nope"}, "brandId"),
        (0, {"warehouses": [{"clientId": "w", "stock": 1}]}, "warehouses"),  # both
        (0, {"stock": ...}, "stock"),  # neither
        (0, {"stock": -1}, "stock"),
        (1, {"warehouses": []}, "warehouses"),
        (
            1,
            {"warehouses": [{"clientId": "w", "stock": 1}, {"clientId": "w", "stock": 2}]},
            "warehouses",
        ),
        (1, {"specialPrice": 190000}, "specialPrice"),
        (0, {"photos": []}, "photos"),
        (0, {"photos": ["ftp://x/y.jpg"]}, "photos"),
        (0, {"condition": "new"}, "condition"),
        (0, {"dimensions": {"length": 1, "width": 1}}, "dimensions"),
        (0, {"weight": 0}, "weight"),
        (0, {"minOrder": 0}, "minOrder"),
        (0, {"isPreorder": True, "preorderPeriod": 0}, "preorderPeriod"),
        (0, {"codEnabled": "yes"}, "codEnabled"),
    ],
)
def test_one_problem_names_its_field(index: int, changes: dict[str, Any], field: str) -> None:
    assert fields_of(with_changes(index, **changes)) == [field]


def test_every_problem_of_a_row_is_reported() -> None:
    assert fields_of(with_changes(0, price=0, weight=0, photos=[])) == ["price", "weight", "photos"]


def test_a_product_that_is_not_an_object() -> None:
    assert fields_of("nope") == [None]
