"""The sandbox's reference tree and brands (API.md §4.4, §6): size, realistic repeats, the seed's
ids, stable ids; the reference routes over HTTP without any header; the warehouses call."""

from __future__ import annotations

import uuid
from collections import Counter

import httpx
import pytest

from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from app.sandbox.reference_names import SHARED_TYPES, TREE
from app.sandbox.reference_tree import NAMESPACE, sandbox_tree
from tests.catalog.seed_rows import SEED_PAYLOAD
from tests.sandbox.test_sandbox_http import call

FASHION = "2fde2994-28a8-4d09-a128-6d744b9e1323"
KAOS = "0e882586-c506-4792-a831-02767a68dae2"
ATASAN = "0e882586-c506-4792-a831-02767a6844e2"
KAOS_OBLONG = "d86db295-41c3-423d-a2c2-a59724f38316"
UNIQLO = "addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea"


def names(entries: list[dict[str, str]]) -> list[str]:
    return [e["name"] for e in entries]


def test_the_tree_is_big_enough_and_names_are_unique_among_siblings() -> None:
    tree = sandbox_tree()
    subs = [s for v in tree.sub_categories.values() for s in v]
    type_ids = {t["id"] for v in tree.types.values() for t in v}
    assert len(tree.categories) >= 15 and len(subs) >= 100 and len(type_ids) >= 500
    assert len(set(names(tree.categories))) == len(tree.categories)
    for siblings in (*tree.sub_categories.values(), *tree.types.values()):
        assert len(set(names(siblings))) == len(siblings)
    every_id = [c["id"] for c in tree.categories] + [s["id"] for s in subs] + list(type_ids)
    assert len(set(every_id)) == len(every_id)
    assert all(uuid.UUID(i) for i in every_id)


def test_names_repeat_under_different_parents() -> None:
    tree = sandbox_tree()
    sub_names = Counter(s["name"] for v in tree.sub_categories.values() for s in v)
    assert sub_names["Aksesoris"] >= 5 and sub_names["Sepatu"] >= 3
    type_names = Counter(t["name"] for v in tree.types.values() for t in v)
    assert type_names["Lainnya"] >= 10
    aksesoris = [
        s["id"] for v in tree.sub_categories.values() for s in v if s["name"] == "Aksesoris"
    ]
    assert len(set(aksesoris)) == len(aksesoris)  # one name, different sub-categories


def test_the_seed_ids_are_valid_and_the_seed_type_sits_under_two_sub_categories() -> None:
    tree = sandbox_tree()
    assert {"id": FASHION, "name": "Fashion Pria"} in tree.categories
    assert {KAOS, ATASAN} <= {s["id"] for s in tree.sub_categories[FASHION]}
    assert {"id": KAOS_OBLONG, "name": "Kaos Oblong"} in tree.types[KAOS]
    assert {"id": KAOS_OBLONG, "name": "Kaos Oblong"} in tree.types[ATASAN]
    assert {"id": UNIQLO, "name": "Uniqlo"} in tree.brands
    for product in SEED_PAYLOAD["products"]:
        assert tree.chain_problem(product) is None


def test_every_shared_type_is_listed_where_its_id_comes_from() -> None:
    for (category, _sub, name), owner in SHARED_TYPES.items():
        line = next(
            line for line in TREE[category].strip().splitlines() if line.strip().startswith(owner)
        )
        assert name in line


def test_ids_are_uuid5_of_the_names_path_and_stable() -> None:
    tree = sandbox_tree()
    buku = next(c for c in tree.categories if c["name"] == "Buku")
    assert buku["id"] == str(uuid.uuid5(NAMESPACE, "Buku"))
    fiksi = next(s for s in tree.sub_categories[buku["id"]] if s["name"] == "Fiksi")
    assert fiksi["id"] == str(uuid.uuid5(NAMESPACE, "Buku/Fiksi"))
    assert {"id": str(uuid.uuid5(NAMESPACE, "Buku/Fiksi/Novel")), "name": "Novel"} in tree.types[
        fiksi["id"]
    ]


def test_a_few_hundred_brands_local_and_international() -> None:
    brand_names = names(sandbox_tree().brands)
    assert len(brand_names) >= 200 and len(set(brand_names)) == len(brand_names)
    assert {"Eiger", "Wardah", "Indomie", "Polygon", "Samsung", "Nike"} <= set(brand_names)


# -- over HTTP ---------------------------------------------------------------------------------
def get(sandbox: RunningSandbox, path: str) -> httpx.Response:
    with httpx.Client(timeout=10) as http:
        return http.get(sandbox.base_url + path)  # no header of ours at all


def test_reference_routes_answer_without_any_credential(sandbox: RunningSandbox) -> None:
    answer = get(sandbox, "/partner/reference/categories")
    body = answer.json()
    assert answer.status_code == 200 and body["success"] is True
    assert {"id": FASHION, "name": "Fashion Pria"} in body["data"]
    assert body["message"] == "Categories retrieved successfully"
    subs = get(sandbox, f"/partner/reference/sub-categories?categoryId={FASHION}").json()
    assert "Kaos" in names(subs["data"])
    types = get(sandbox, f"/partner/reference/types?subCategoryId={ATASAN}").json()
    assert body["requestId"] and types["message"] == "Types retrieved successfully"
    assert "Kaos Oblong" in names(types["data"])
    (first, *_) = sandbox.state.store_data_requests
    assert first.path == "/api/v1/partner/reference/categories"
    assert not [h for h in first.headers if h.startswith("x-")]


def test_unknown_parents_answer_success_with_an_empty_list(sandbox: RunningSandbox) -> None:
    for path in (
        "/partner/reference/sub-categories?categoryId=00000000-0000-0000-0000-000000000000",
        "/partner/reference/types?subCategoryId=nope",
    ):
        body = get(sandbox, path).json()
        assert body["success"] is True and body["data"] == []


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/partner/reference/sub-categories", "categoryId"),
        ("/partner/reference/types?subCategoryId=", "subCategoryId"),
        ("/partner/reference/brands?q=a&limit=0", "limit"),
        ("/partner/reference/brands?q=a&limit=lots", "limit"),
    ],
)
def test_a_missing_parent_or_bad_limit_is_val_001(
    sandbox: RunningSandbox, path: str, field: str
) -> None:
    answer = get(sandbox, path)
    body = answer.json()
    assert answer.status_code == 400 and body["error"]["code"] == "VAL_001"
    assert field in body["error"]["details"]["context"]["validationErrors"]


def test_brand_search_contains_case_insensitive_limited(sandbox: RunningSandbox) -> None:
    found = get(sandbox, "/partner/reference/brands?q=uNiQ").json()["data"]
    assert {"id": UNIQLO, "name": "Uniqlo"} in found
    assert len(get(sandbox, "/partner/reference/brands?q=a").json()["data"]) == 20
    assert len(get(sandbox, "/partner/reference/brands?q=a&limit=500").json()["data"]) == 100
    assert [
        b["name"] for b in get(sandbox, "/partner/reference/brands?q=sedaap").json()["data"]
    ] == [
        "Sedaap",
        "Mie Sedaap",
    ]


def test_warehouses_need_a_signature_and_list_the_demo_stores_two(
    sandbox: RunningSandbox,
) -> None:
    assert get(sandbox, "/partner/stores/warehouses").status_code in (400, 401)
    body = call(sandbox, "GET", "/partner/stores/warehouses").json()
    assert body["success"] is True
    assert body["data"] == [
        {"clientId": "wh_jkt-01", "name": "Gudang Jakarta", "isDefault": True},
        {"clientId": "2026012714314318226016", "name": "Gudang Surabaya", "isDefault": False},
    ]
    sandbox.state.warehouses[DEMO_CREDENTIALS.store_client_id] = []
    assert call(sandbox, "GET", "/partner/stores/warehouses").json()["data"] == []


def test_store_data_calls_are_not_faulted_unless_asked(sandbox: RunningSandbox) -> None:
    sandbox.state.set_faults(server_error_count=1)
    assert get(sandbox, "/partner/reference/categories").status_code == 200
    assert sandbox.state.requests_seen == 0
    sandbox.state.set_faults(fault_store_data=True)
    assert get(sandbox, "/partner/reference/categories").status_code == 503
