"""Row validation: every rule of API.md §4.1 on one row's raw cells.

``check_row`` parses each cell through its field's parser and then applies the rules that span
fields. Sheet-wide checks (the same SKU or external id twice) live in ``ProductTable``.

Where API.md leaves a rule open, the project's [ours] decisions sit in one place each:
per-field ones in the field registry (``fields.py``: ``required``, the UUID kind of the ``…Id``
fields, grams and centimetres, ``parsing.CONDITIONS``), the rules across fields here (the named
constants below), uniqueness inside one upload in ``table.UNIQUE_FIELDS``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.catalog.category_names import BRAND_KEY, CATEGORY_KEYS, resolve_brand, resolve_categories
from app.catalog.cell_memo import reader_for
from app.catalog.cell_text import rupiah
from app.catalog.fields import DELETE_FIELDS, FIELDS, PRODUCT_FIELDS, field_by_key
from app.catalog.issues import Issue, Level
from app.catalog.parsing import is_blank
from app.catalog.reference_cells import CellRef
from app.catalog.store_data import StoreData
from app.catalog.warehouse_names import resolve_warehouses

#: [ours] The fields every product needs (API.md §4.1, "Required").
REQUIRED = tuple(f.key for f in PRODUCT_FIELDS if f.required)
#: [ours] The values sent when a field is not given (the registry's ``Field.default``).
DEFAULTS = {f.key: f.default for f in PRODUCT_FIELDS if f.default is not None}
#: [ours] A pre-order needs at least this many days.
MIN_PREORDER_DAYS = 1
#: [ours] The least a buyer may order.
MIN_ORDER = 1


def parse_cells(cells: Mapping[str, Any]) -> tuple[dict[str, Any], list[Issue]]:
    """Parse every field of a row; returns the values and the cell issues."""
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    get = cells.get
    for key, read, max_length in _READERS:
        raw = get(key)
        if raw is None:
            continue
        value, problem = read(raw)
        if problem is not None:
            issues.append(Issue(key, problem.key, params=dict(problem.params)))
            values[key] = _Invalid
            continue
        if max_length and isinstance(value, str) and len(value) > max_length:
            too_long = {"length": len(value), "limit": max_length}
            issues.append(Issue(key, "too_long", params=too_long))
            values[key] = _Invalid
            continue
        if value is not None:
            values[key] = value
    return values, issues


#: Each field's key, its reader (``cell_memo``: repeated values read once) and length limit,
#: in the registry's order.
READERS = _READERS = tuple((f.key, reader_for(f.kind, f.parser), f.max_length) for f in FIELDS)


class _InvalidType:
    """Marks a value that was given but could not be read (so it is not also 'missing')."""

    def __repr__(self) -> str:
        return "<invalid>"


_Invalid = _InvalidType()
#: The mark of a value given but unreadable, for the column-wise check (``column_check``).
Invalid = _Invalid


def check_row(
    cells: Mapping[str, Any], store: StoreData | None = None
) -> tuple[dict[str, Any], list[Issue]]:
    """Parse and check a row for upload against what is known of the ``store`` (its
    categories, brands and warehouses; None: nothing yet). Returns (values of valid cells,
    issues)."""
    values, issues = parse_cells(cells)
    issues.extend(_use_store_data(values, store))
    check_rules(values, issues)
    clean = {k: v for k, v in values.items() if v is not _Invalid}
    return clean, issues


def check_rules(values: dict[str, Any], issues: list[Issue]) -> None:
    """The rules across fields, on one row's parsed ``values`` (``_Invalid`` where a cell could
    not be read) after the cell and store issues: the defaults go into ``values``, the problems
    at the end of ``issues``."""
    bad = {i.field for i in issues}

    def has(key: str) -> bool:
        return key in values

    def ok(key: str) -> Any:
        value = values.get(key)
        return None if value is _Invalid else value

    for key in REQUIRED:
        if key == "externalId":
            continue  # generated when missing
        if not has(key):
            issues.append(Issue(key, "required"))
    for key, default in DEFAULTS.items():
        if not has(key):  # no column, or an empty cell: the default is sent
            values[key] = default
    if not has("stock") and not has("warehouses"):
        issues.append(Issue("stock", "stock_or_warehouses"))
    elif has("stock") and has("warehouses"):
        issues.append(Issue("warehouses", "stock_and_warehouses"))

    price, special = ok("price"), ok("specialPrice")
    if price is not None and price <= 0:
        issues.append(Issue("price", "must_be_positive"))
    if special is not None:
        if special <= 0:
            issues.append(Issue("specialPrice", "must_be_positive"))
        elif price is not None and price > 0 and special >= price:
            issues.append(
                Issue(
                    "specialPrice",
                    "special_price_not_lower",
                    params={"special": rupiah(special), "price": rupiah(price)},
                )
            )
    stock = ok("stock")
    if stock is not None and stock < 0:
        issues.append(Issue("stock", "must_not_be_negative"))
    weight = ok("weight")
    if weight is not None and weight <= 0:
        issues.append(Issue("weight", "must_be_positive"))
    min_order = ok("minOrder")
    if min_order is not None and min_order < MIN_ORDER:
        issues.append(Issue("minOrder", "min_order_at_least_one"))
    dims = ok("dimensions")
    if dims is not None and any(v <= 0 for v in dims.values()):
        issues.append(Issue("dimensions", "must_be_positive"))
    period = ok("preorderPeriod")
    if period is not None and period < 0:
        issues.append(Issue("preorderPeriod", "must_not_be_negative"))
    elif (
        ok("isPreorder") is True
        and (period is None or period < MIN_PREORDER_DAYS)
        and "preorderPeriod" not in bad
    ):
        issues.append(Issue("preorderPeriod", "preorder_period_needed"))
    elif ok("isPreorder") is not True and period:
        issues.append(
            Issue(
                "preorderPeriod", "preorder_period_ignored", Level.WARNING, params={"value": period}
            )
        )


def _use_store_data(values: dict[str, Any], store: StoreData | None) -> list[Issue]:
    """Names and ids of categories, brand and warehouses → the store's ids, in ``values``."""
    refs = {k: v for k in CATEGORY_KEYS if isinstance(v := values.get(k), CellRef)}
    done = resolve_categories(refs, store.tree if store is not None else None)
    for key in CATEGORY_KEYS:
        if key in done.unresolved:
            values[key] = _Invalid
        elif key in done.ids:
            values[key] = done.ids[key]
    issues = done.issues
    brand = values.get(BRAND_KEY)
    if isinstance(brand, CellRef):
        brand_id, issue = resolve_brand(brand, store.brands if store is not None else None)
        values[BRAND_KEY] = _Invalid if brand_id is None else brand_id
        if issue is not None:
            issues.append(issue)
    entries = values.get("warehouses")
    stock = values.get("stock")
    sent, found = resolve_warehouses(
        entries if isinstance(entries, list) else None,
        stock is not None and stock is not _Invalid,
        store.warehouses if store is not None else None,
    )
    if isinstance(entries, list):
        values["warehouses"] = _Invalid if sent is None else sent
    issues.extend(found)
    return issues


def check_delete_row(cells: Mapping[str, Any]) -> tuple[dict[str, Any], list[Issue]]:
    """A row chosen for deletion needs only a product id or a SKU; nothing else is checked."""
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    for key in DELETE_FIELDS:
        raw = cells.get(key)
        if is_blank(raw):
            continue
        got = field_by_key(key).parser(raw)
        if got.problem:
            issues.append(Issue(key, got.problem.key, params=dict(got.problem.params)))
        elif got.value:
            values[key] = got.value
    if not values and not issues:
        issues.append(Issue(DELETE_FIELDS[0], "no_product_id"))
    return values, issues


#: The fields whose links are pictures the store downloads, and the word for one of them
#: (``Photo 2`` / ``Foto 2``, through ``messages.KIND_WORDS``).
PHOTO_FIELDS = {"photos": "photo", "officialBanners": "banner"}
#: The field whose first picture stands for the product (the grid's thumbnail).
MAIN_PHOTO_FIELD = "photos"
#: Message keys of what the photo check found (``app.photos``) start with this.
PHOTO_KEY_PREFIX = "photo_"


def is_photo_issue(issue: Issue) -> bool:
    return issue.field in PHOTO_FIELDS and issue.key.startswith(PHOTO_KEY_PREFIX)


def photo_issues(values: Mapping[str, Any], checks: Mapping[str, Sequence[Issue]]) -> list[Issue]:
    """What the photo check found about the links of one row (``checks``: link → its issues,
    of no field), each put on its photos or banners cell and naming which picture it is."""
    found: list[Issue] = []
    if not checks:
        return found
    for key, kind in PHOTO_FIELDS.items():
        links = values.get(key)
        if not isinstance(links, list):
            continue
        for n, link in enumerate(links, start=1):
            for issue in checks.get(link, ()):
                params = {**issue.params, "kind": kind, "n": n, "link": link}
                found.append(Issue(key, issue.key, issue.level, params))
    return found
