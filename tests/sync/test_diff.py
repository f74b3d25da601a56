"""``compare``: the fields a sheet would change on the store, compared as the store keeps them."""

from __future__ import annotations

from app.catalog.issues import Level
from app.sync.diff import compare
from app.sync.plan import MISSING, Action
from tests.catalog.seed_rows import SEED_CELLS
from tests.sync.store_products import keys, pid, seed_table, store_of, stored, table_of


def test_a_sheet_just_uploaded_changes_nothing() -> None:
    table = seed_table()
    plan = compare(table, store_of(table))
    assert [r.action for r in plan] == [Action.UNCHANGED, Action.UNCHANGED]
    assert [r.product_id for r in plan] == [pid(0), pid(1)]
    assert plan.sends_nothing


def test_an_edited_price_is_one_update_with_exactly_that_change() -> None:
    table = seed_table()
    store = store_of(table)
    table.set_cell(0, "price", "Rp 175.000")
    plan = compare(table, store)
    first = plan.rows[0]
    assert first.action is Action.UPDATE
    assert [c.as_json() for c in first.changes] == [
        {"field": "price", "from": 200000, "to": 175000}
    ]
    assert plan.rows[1].action is Action.UNCHANGED
    assert plan.summary()["update"] == 1


def test_a_price_cut_by_more_than_half_is_a_warning_on_the_price_cell() -> None:
    table = seed_table(price="Rp 150.000", specialPrice=None)
    store = store_of(table)
    table.set_cell(0, "price", "15000")
    row = compare(table, store).rows[0]
    assert row.action is Action.UPDATE  # a warning: still sent
    (warning,) = [i for i in row.issues if i.key == "price_jump"]
    assert (warning.field, warning.level) == ("price", Level.WARNING)
    assert warning.message("en") == "Rp 150.000 → Rp 15.000: −90%, is that right?"
    assert warning.message("id") == "Rp 150.000 → Rp 15.000: −90%, sudah benar?"


def test_a_rise_by_more_than_half_warns_too_and_a_small_move_does_not() -> None:
    table = seed_table(price="100000", specialPrice=None)
    store = store_of(table)
    table.set_cell(0, "price", "250000")
    (warning,) = [i for i in compare(table, store).rows[0].issues if i.key == "price_jump"]
    assert warning.message("en") == "Rp 100.000 → Rp 250.000: +150%, is that right?"
    table.set_cell(0, "price", "150000")  # exactly half: no warning
    assert not compare(table, store).rows[0].issues


def test_an_empty_special_price_cell_removes_the_discount() -> None:
    table = seed_table()
    store = store_of(table)
    table.set_cell(1, "specialPrice", None)  # the second seed product had Rp 150.000
    row = compare(table, store).rows[1]
    assert [c.as_json() for c in row.changes] == [
        {"field": "specialPrice", "from": 150000, "to": None}
    ]


def test_a_column_the_sheet_does_not_have_is_never_a_change() -> None:
    cells = [
        {k: v for k, v in c.items() if k not in ("description", "specialPrice")} for c in SEED_CELLS
    ]
    table = table_of(*cells)
    store = [
        stored(table.rows[0].payload(), 0, description="Written on the store", specialPrice=5),
        stored(table.rows[1].payload(), 1, description=None, specialPrice=90000),
    ]
    plan = compare(table, store)
    assert [r.action for r in plan] == [Action.UNCHANGED, Action.UNCHANGED]
    # the same sheet told it has the column (every cell empty): the empty cells are changes
    with_column = compare(table, store, columns={*table.rows[0].cells, "description"})
    assert keys(with_column.rows[0].changes) == ["description"]


def test_empty_optional_cells_equal_the_stores_empty_values() -> None:
    bare = {k: v for k, v in SEED_CELLS[0].items() if k not in ("brandId", "hashtags")}
    bare.update(officialBanners=None, dimensions={"length": None, "width": None, "height": None})
    bare.update(isPreorder=None, preorderPeriod=None, minOrder=None, description="")
    table = table_of(bare)
    product = stored({**table.rows[0].payload()}, 0)
    for key in ("officialBanners", "hashtags", "dimensions", "isPreorder", "preorderPeriod"):
        product.pop(key, None)  # a store that leaves them out entirely
    row = compare(table, [product], columns=set(bare) | {"brandId", "hashtags"}).rows[0]
    assert row.action is Action.UNCHANGED, row.changes


def test_every_kind_of_field_is_compared_as_the_store_keeps_it() -> None:
    table = seed_table()
    store = store_of(table)
    edits = {
        "name": "Kaos Baru",
        "weight": "1,5 kg",  # grams on the wire
        "dimensions": {"length": 12, "width": 12, "height": 11},
        "hashtags": "uniqlo, tshirt",
        "condition": "Bekas",
        "insuranceRequired": "Tidak",
        "minOrder": "3",
        "stock": "901",
    }
    for key, value in edits.items():
        table.set_cell(0, key, value)
    row = compare(table, store).rows[0]
    got = {c.field: (c.store, c.sheet) for c in row.changes}
    assert got == {
        "name": ("Ai Yazawa Short Sleeve UTX", "Kaos Baru"),
        "weight": (250, 1500),
        "dimensions": (
            {"length": 12, "width": 12, "height": 10},
            {"length": 12, "width": 12, "height": 11},
        ),
        "hashtags": (["uniqlo", "tshirt", "Yazawa", "japan", "Unisex"], ["uniqlo", "tshirt"]),
        "condition": ("NEW", "USED"),
        "insuranceRequired": (True, False),
        "minOrder": (1, 3),
        "stock": (900, 901),
    }


def test_photos_are_compared_in_order() -> None:
    table = seed_table()
    store = store_of(table)
    photos = SEED_CELLS[0]["photos"]
    table.set_cell(0, "photos", {"1": photos["2"], "2": photos["1"], "3": None})
    (change,) = compare(table, store).rows[0].changes
    assert change.field == "photos"
    assert change.sheet == [photos["2"], photos["1"]]


def test_a_category_written_as_a_name_compares_as_its_id() -> None:
    from tests.catalog.store_trees import FASHION_PRIA, KAOS, KAOS_OBLONG, STORE, UNIQLO

    named = {
        **SEED_CELLS[0],
        "categoryId": "Fashion Pria",
        "subCategoryId": "Kaos",
        "typeId": "Kaos Oblong",
        "brandId": "Uniqlo",
    }
    table = table_of(named, store_data=STORE)
    ids = {
        "categoryId": FASHION_PRIA,
        "subCategoryId": KAOS,
        "typeId": KAOS_OBLONG,
        "brandId": UNIQLO,
    }
    assert compare(table, [stored(table.rows[0].payload(), 0)]).rows[0].action is Action.UNCHANGED
    product = stored(table.rows[0].payload(), 0, typeId=str(ids["typeId"]).replace("0", "f"))
    (change,) = compare(table, [product]).rows[0].changes
    assert (change.field, change.sheet) == ("typeId", KAOS_OBLONG)


def test_warehouses_are_compared_by_client_id_in_any_order() -> None:
    cells = {**SEED_CELLS[1], "warehouses": "wh_b:2; wh_a:1"}
    table = table_of(cells)
    houses = [{"clientId": "wh_a", "stock": 1}, {"clientId": "wh_b", "stock": 2}]
    product = stored({**table.rows[0].payload(), "warehouses": houses}, 0)
    assert compare(table, [product]).rows[0].action is Action.UNCHANGED
    table.set_cell(0, "warehouses", "wh_a:5")  # wh_b not named: not a change
    (change,) = compare(table, [product]).rows[0].changes
    assert change.as_json() == {
        "field": "warehouses",
        "from": houses,
        "to": [{"clientId": "wh_a", "stock": 5}, {"clientId": "wh_b", "stock": 2}],
    }


def test_a_plain_stock_on_a_warehouse_product_is_every_warehouses_stock() -> None:
    cells = {**SEED_CELLS[0], "stock": 3}
    table = table_of(cells)
    houses = [{"clientId": "wh_a", "stock": 3}, {"clientId": "wh_b", "stock": 3}]
    product = stored({**table.rows[0].payload(), "warehouses": houses}, 0)
    assert product["stock"] == 6  # the total: not what a stock of 3 is compared with
    assert compare(table, [product]).rows[0].action is Action.UNCHANGED
    table.set_cell(0, "stock", "4")
    (change,) = compare(table, [product]).rows[0].changes
    assert change.field == "warehouses"
    assert change.sheet == [{"clientId": "wh_a", "stock": 4}, {"clientId": "wh_b", "stock": 4}]


def test_a_plain_stock_in_a_store_without_warehouses_is_the_products_stock() -> None:
    table = seed_table()
    store = store_of(table)
    assert store[0]["warehouses"] == []
    table.set_cell(0, "stock", "0")
    (change,) = compare(table, store).rows[0].changes
    assert (change.field, change.store, change.sheet) == ("stock", 900, 0)


def test_the_external_id_is_never_an_update() -> None:
    table = seed_table()
    store = store_of(table)
    store[0]["externalId"] = "made-by-another-tool"
    table.set_cell(0, "id", pid(0))
    row = compare(table, store).rows[0]
    assert row.action is Action.UNCHANGED
    (warning,) = row.issues
    assert (warning.field, warning.key, warning.level) == (
        "externalId",
        "sync_external_id_kept",
        Level.WARNING,
    )


def test_a_field_changed_on_the_store_and_in_the_sheet_is_a_conflict() -> None:
    table = seed_table()
    exported = {p["id"]: p for p in store_of(table)}
    store = store_of(table, price=210000)  # changed on the store since the export
    table.set_cell(0, "price", "190000")  # and in the sheet
    row = compare(table, store, exported=exported).rows[0]
    assert row.action is Action.CONFLICT
    assert row.changes[0].as_json() == {
        "field": "price",
        "from": 210000,
        "to": 190000,
        "exported": 200000,
    }
    assert any(i.key == "sync_conflict" and i.field == "price" for i in row.issues)
    assert not compare(table, store).rows[0].changes[0].conflict  # without the record: none


def test_the_store_moving_on_while_the_sheet_did_not_is_no_change() -> None:
    table = seed_table()
    exported = {p["id"]: p for p in store_of(table)}
    store = store_of(table, price=210000, stock=850)
    plan = compare(table, store, exported=exported)
    assert plan.rows[0].action is Action.UNCHANGED  # the sheet never undoes the store's edit
    table.set_cell(0, "name", "Kaos Baru")
    row = compare(table, store, exported=exported).rows[0]
    assert row.action is Action.UPDATE
    assert keys(row.changes) == ["name"]
    assert row.changes[0].exported == "Ai Yazawa Short Sleeve UTX"
    assert compare(table, store).rows[0].change_for("price") is not None  # without: a change


def test_a_row_without_a_match_is_created_and_an_invalid_row_is_invalid() -> None:
    table = seed_table()
    store = store_of(table)[1:]
    plan = compare(table, store)
    assert [r.action for r in plan] == [Action.CREATE, Action.UNCHANGED]
    assert plan.rows[0].product_id is None
    table.set_cell(1, "price", "gratis")
    assert compare(table, store).rows[1].action is Action.INVALID


def test_only_the_chosen_positions_are_planned() -> None:
    table = seed_table()
    plan = compare(table, store_of(table), positions=[1])
    assert [(r.position, r.sheet_row) for r in plan] == [(1, 3)]
    assert plan.rows[0].change_for("price") is None and plan.rows[0].changes == ()
    assert plan.rows[0].external_id == SEED_CELLS[1]["externalId"]
    assert MISSING is not None


def test_warehouses_listed_by_the_store_in_another_order_are_no_change() -> None:
    cells = {**SEED_CELLS[1], "warehouses": "wh_a:1; wh_b:2"}
    table = table_of(cells)
    houses = [{"clientId": "wh_b", "stock": 2}, {"clientId": "wh_a", "stock": 1}]
    product = stored({**table.rows[0].payload(), "warehouses": houses}, 0)
    assert compare(table, [product]).rows[0].action is Action.UNCHANGED
    table.set_cell(0, "warehouses", "wh_b:7; wh_a:1")
    (change,) = compare(table, [product]).rows[0].changes
    # both sides listed by clientId, whatever order the store and the sheet gave
    assert change.store == [{"clientId": "wh_a", "stock": 1}, {"clientId": "wh_b", "stock": 2}]
    assert change.sheet == [{"clientId": "wh_a", "stock": 1}, {"clientId": "wh_b", "stock": 7}]
