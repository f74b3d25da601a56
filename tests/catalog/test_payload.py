"""The payload built from a row's values without pydantic is the model's own, exactly (issue 16).

``payload_of`` must give what ``Product.from_values(values).payload()`` gives: the same keys in
the same order, the same values of the same types (``1`` is not ``True``), ``specialPrice:
null`` where the model puts it, fresh lists — and the same ``ValidationError`` where the model
refuses. Checked on random values (plain valid ones mixed with every kind of odd one) and on
random sheet rows checked by the validation, as an upload sends them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.catalog.fields import FIELDS
from app.catalog.payload import payload_of, plain_payload_of
from app.catalog.product import Product
from app.catalog.validation import check_row
from app.partner.client import serialise
from tests.catalog.seed_rows import SEED_CELLS, SEED_PAYLOAD
from tests.catalog.store_trees import CATALOGUE, STORE, row


def typed(value: Any) -> Any:
    """The value with every type spelled out, dicts as their items in order."""
    if isinstance(value, dict):
        return ("dict", [(k, typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    return (type(value).__name__, value)


def models(values: dict[str, Any]) -> Any:
    try:
        return Product.from_values(dict(values)).payload()
    except ValidationError as error:
        return ("refused", json.loads(error.json(include_url=False)))


def ours(values: dict[str, Any]) -> Any:
    try:
        return payload_of(values)
    except ValidationError as error:
        return ("refused", json.loads(error.json(include_url=False)))


def assert_same(values: dict[str, Any]) -> Any:
    expected = models(values)
    got = ours(values)
    assert typed(got) == typed(expected)
    if isinstance(expected, dict):
        assert serialise(got) == serialise(expected)
    return got


texts = st.one_of(
    st.text(min_size=1, max_size=12),
    st.sampled_from(['Kaos "Oblong" \\ 100%', "Sepatu\u00a0Anak", "😀 baru", "a\nb\tc\x00\x1f"]),
)
whole = st.one_of(
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from([0, -1, 2**63, 2**70, True, False, 1.0, 2.5, "12"]),
)
counts = st.one_of(st.integers(min_value=0, max_value=10**6), whole)
warehouse = st.fixed_dictionaries({"clientId": texts, "stock": counts})
odd_warehouse = st.one_of(
    st.fixed_dictionaries({"stock": counts, "clientId": texts}),  # keys in the other order
    st.fixed_dictionaries({"client_id": texts, "stock": counts}),
    st.fixed_dictionaries({"clientId": st.just(""), "stock": counts}),
)
dims = st.fixed_dictionaries({"length": whole, "width": whole, "height": whole})

VALUES: dict[str, st.SearchStrategy[Any]] = {
    "externalId": texts,
    "name": texts,
    "description": st.one_of(texts, st.just("")),
    "sku": st.one_of(texts, st.just("")),
    "price": whole,
    "specialPrice": st.one_of(st.none(), whole),
    "stock": counts,
    "warehouses": st.lists(st.one_of(warehouse, warehouse, odd_warehouse), max_size=3),
    "weight": whole,
    "dimensions": st.one_of(
        dims,
        st.fixed_dictionaries({"height": whole, "width": whole, "length": whole}),
        st.fixed_dictionaries({"length": whole, "width": whole}),
    ),
    "minOrder": counts,
    "categoryId": texts,
    "subCategoryId": texts,
    "typeId": st.one_of(texts, st.just("")),
    "brandId": texts,
    "hashtags": st.lists(texts, max_size=3),
    "condition": st.sampled_from(["NEW", "USED", "new", "Baru", 1]),
    "photos": st.lists(st.one_of(texts, st.just(3)), max_size=3),
    "officialBanners": st.lists(texts, max_size=2),
    "isPreorder": st.one_of(st.booleans(), st.sampled_from([0, 1, "Ya"])),
    "preorderPeriod": counts,
    "isArchived": st.booleans(),
    "insuranceRequired": st.booleans(),
    "codEnabled": st.booleans(),
    "id": texts,  # never sent
    "action": st.sampled_from(["create", "update"]),  # never sent
    "colour": texts,  # a key the payload has no place for: the model refuses it
}
REQUIRED: tuple[str, ...] = ("externalId", "name", "sku", "price", "weight", "minOrder")
REQUIRED += ("categoryId", "subCategoryId", "typeId", "condition", "photos")


def _plain(key: str) -> st.SearchStrategy[Any]:
    """A value the direct path takes, for the rows where every value is plain."""
    plain: dict[str, st.SearchStrategy[Any]] = {
        "price": st.integers(min_value=2, max_value=10**9),
        "specialPrice": st.one_of(st.none(), st.just(1)),
        "stock": st.integers(min_value=0, max_value=10**6),
        "warehouses": st.lists(
            st.tuples(st.text(min_size=1), st.integers(0, 100)).map(
                lambda t: {"clientId": t[0], "stock": t[1]}
            ),
            min_size=1,
            max_size=3,
        ),
        "weight": st.integers(min_value=1, max_value=10**6),
        "dimensions": st.tuples(*[st.integers(1, 500)] * 3).map(
            lambda t: dict(zip(("length", "width", "height"), t, strict=True))
        ),
        "minOrder": st.integers(min_value=1, max_value=99),
        "condition": st.sampled_from(["NEW", "USED"]),
        "photos": st.lists(st.text(min_size=1), min_size=1, max_size=3),
        "officialBanners": st.lists(st.text(min_size=1), min_size=1, max_size=2),
        "hashtags": st.lists(st.text(), max_size=3),
        "preorderPeriod": st.integers(min_value=0, max_value=90),
        "description": st.text(min_size=1),
    }
    if key in plain:
        return plain[key]
    if key in ("isPreorder", "isArchived", "insuranceRequired", "codEnabled"):
        return st.booleans()
    return st.text(min_size=1)


@st.composite
def plain_values(draw: st.DrawFn) -> dict[str, Any]:
    keys = [f.key for f in FIELDS if f.sent and f.key not in ("stock", "warehouses")]
    optional = [k for k in keys if k not in REQUIRED]
    chosen = [k for k in keys if k in REQUIRED or draw(st.booleans())]
    draw(st.permutations(optional))  # shrinks towards fewer optional keys
    values = {k: draw(_plain(k)) for k in draw(st.permutations(chosen))}
    stock_key = draw(st.sampled_from(["stock", "warehouses"]))
    values[stock_key] = draw(_plain(stock_key))
    if draw(st.booleans()):
        values[draw(st.sampled_from(optional))] = None  # given as None: not given
    return values


@settings(max_examples=200, deadline=None)
@given(values=plain_values())
def test_plain_values_take_the_direct_path_and_give_the_models_payload(
    values: dict[str, Any],
) -> None:
    assert plain_payload_of(values) is not None
    assert_same(values)


@settings(max_examples=300, deadline=None)
@given(values=st.fixed_dictionaries({}, optional=VALUES))
def test_any_values_give_the_models_payload_or_its_refusal(values: dict[str, Any]) -> None:
    assert_same(values)


@settings(max_examples=200, deadline=None)
@given(values=plain_values(), key=st.sampled_from(sorted(VALUES)), data=st.data())
def test_one_odd_value_in_a_plain_row_gives_the_models_answer(
    values: dict[str, Any], key: str, data: st.DataObject
) -> None:
    values[key] = data.draw(st.one_of(VALUES[key], *VALUES.values(), st.none()))
    assert_same(values)


ODD = ["", " ", 0, -1, 1, 2**63, True, False, 1.0, 2.5, "12", "NEW", [], [""], ["a", 1], {}]
ODD += [[{"clientId": "", "stock": 1}], [{"stock": 1, "clientId": "w"}], {"length": 1}, None]


@pytest.mark.parametrize("key", sorted(VALUES))
def test_every_odd_value_in_every_field_gives_the_models_answer(key: str) -> None:
    values, _ = check_row(dict(SEED_CELLS[1]), None)
    for odd in ODD:
        assert_same({**values, key: odd})


def test_the_seed_products_are_the_seeds_payload_to_the_byte() -> None:
    """The seed's two products, checked from their cells, are its example payload exactly."""
    for cells, expected in zip(SEED_CELLS, SEED_PAYLOAD["products"], strict=True):
        values, issues = check_row(dict(cells), None)
        assert not [i for i in issues if i.is_error]
        got = assert_same(values)
        assert plain_payload_of(values) is not None
        assert got == expected


def test_an_empty_special_price_is_null_after_the_last_key_as_the_model_puts_it() -> None:
    values, _ = check_row(dict(SEED_CELLS[0]), None)
    got = payload_of(values)
    assert list(got)[-1] == "specialPrice" and got["specialPrice"] is None
    values["specialPrice"] = 150_000
    got = payload_of(values)
    assert list(got).index("specialPrice") == list(got).index("price") + 1


def test_lists_in_the_payload_are_fresh_copies() -> None:
    values, _ = check_row(dict(SEED_CELLS[1]), None)
    expected = models(values)
    got = payload_of(values)
    got["photos"].append("https://x.id/y.jpg")
    got["hashtags"].clear()
    got["warehouses"][0]["stock"] = 0
    assert payload_of(values) == expected  # the row's own values are untouched


@pytest.mark.parametrize(
    "odd",
    [
        {"price": True},  # a bool where the model wants a whole number: the model decides
        {"stock": None, "warehouses": None},  # neither stock nor warehouses: refused
        {"warehouses": [{"clientId": "wh_1", "stock": 2}]},  # both: refused
        {"specialPrice": 200_000},  # not below the price: refused
        {"minOrder": 0},
        {"colour": "merah"},  # a key the payload has no place for: refused
        {"dimensions": {"height": 1, "width": 2, "length": 3}},  # the model's order comes out
    ],
)
def test_what_the_direct_path_does_not_take_goes_to_the_model(odd: dict[str, Any]) -> None:
    values, _ = check_row(dict(SEED_CELLS[0]), None)
    values.update(odd)
    assert plain_payload_of(values) is None
    assert_same(values)


cell_texts = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from(["Kaos Polos Katun 30s – Hitam", "Sepatu “Anak” \\ 100%", "😀 Promo"]),
)


@settings(max_examples=100, deadline=None)
@given(
    name=cell_texts,
    description=st.one_of(st.none(), cell_texts),
    sku=st.from_regex(r"[A-Z0-9][A-Z0-9_-]{0,10}", fullmatch=True),
    price=st.one_of(st.integers(2_000, 10**8), st.sampled_from(["Rp 85.000", "79.000"])),
    special=st.sampled_from([None, "", 1_000, "Rp 1.500"]),
    stock=st.one_of(
        st.integers(0, 999), st.sampled_from(["Jakarta:5", "Gudang Bandung:2; Gudang Jakarta:1"])
    ),
    dimensions=st.sampled_from([None, "30x20x5", {"length": 3, "width": 2.0, "height": "1"}]),
    tags=st.sampled_from([None, "", "kaos, pria", "#baru; murah"]),
    yes_no=st.sampled_from([None, "Ya", "Tidak", True, 0]),
    store=st.sampled_from([None, STORE, CATALOGUE]),
)
def test_checked_sheet_rows_give_the_models_payload(
    name: str,
    description: str | None,
    sku: str,
    price: Any,
    special: Any,
    stock: Any,
    dimensions: Any,
    tags: Any,
    yes_no: Any,
    store: Any,
) -> None:
    from tests.catalog.store_trees import FASHION_PRIA, KAOS, KAOS_OBLONG

    key = "warehouses" if isinstance(stock, str) else "stock"
    cells = row(
        name=name,
        description=description,
        sku=sku,
        price=price,
        specialPrice=special,
        dimensions=dimensions,
        hashtags=tags,
        isPreorder=yes_no,
        codEnabled=yes_no,
        categoryId="Fashion Pria" if store else FASHION_PRIA,
        subCategoryId=KAOS,
        typeId=KAOS_OBLONG,
    )
    cells["stock"] = None
    cells[key] = stock
    values, issues = check_row(cells, store)
    assume(not any(i.is_error for i in issues))
    assert plain_payload_of(values) is not None
    assert_same(values)


def test_the_body_of_a_chunk_is_the_models_to_the_byte() -> None:
    """What goes on the wire for a chunk: the same bytes from either payload."""
    rows = [check_row(dict(c), None)[0] for c in SEED_CELLS]
    ours_body = serialise({"products": [payload_of(v) for v in rows]})
    model_body = serialise({"products": [models(v) for v in rows]})
    assert ours_body == model_body
    assert json.loads(ours_body) == SEED_PAYLOAD
