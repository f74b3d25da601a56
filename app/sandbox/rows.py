"""The sandbox's own light checks of one product of a bulk-create request.

Each problem is ``(field, message)``; the route turns them into row errors with ``rowIndex`` and
``details.field``. [sandbox-only] A real server's row-level codes and wording are unknown; the
sandbox reports every schema problem as ``VAL_001`` on the field it concerns.
"""

from __future__ import annotations

import re
from typing import Any

Problem = tuple[str | None, str]

_UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
REQUIRED_TEXT = ("externalId", "name", "sku")
REQUIRED_UUIDS = ("categoryId", "subCategoryId", "typeId")
CONDITIONS = ("NEW", "USED")
FLAGS = ("isPreorder", "isArchived", "insuranceRequired", "codEnabled")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and re.match(r"^https?://\S+$", value) is not None


def _int_at_least(
    product: dict[str, Any], key: str, minimum: int, required: bool
) -> Problem | None:
    if key not in product or product[key] is None:
        return (key, f"{key} is required") if required else None
    if not _is_int(product[key]) or product[key] < minimum:
        return key, f"{key} must be an integer of at least {minimum}"
    return None


def check_product(product: Any) -> list[Problem]:
    """Every problem of one product; an empty list when it can be accepted."""
    if not isinstance(product, dict):
        return [(None, "each product must be an object")]
    problems: list[Problem] = []
    for key in REQUIRED_TEXT:
        if not _is_text(product.get(key)):
            problems.append((key, f"{key} is required and must be text"))
    for key in REQUIRED_UUIDS:
        if not isinstance(product.get(key), str) or not _UUID.match(product[key]):
            problems.append((key, f"{key} must be a UUID"))
    brand = product.get("brandId")
    if brand is not None and (not isinstance(brand, str) or not _UUID.match(brand)):
        problems.append(("brandId", "brandId must be a UUID"))
    for check in (
        _int_at_least(product, "price", 1, True),
        _int_at_least(product, "weight", 1, True),
        _int_at_least(product, "minOrder", 1, True),
        _int_at_least(product, "preorderPeriod", 0, False),
    ):
        if check:
            problems.append(check)
    special = product.get("specialPrice")
    if special is not None:
        if not _is_int(special) or special < 1:
            problems.append(("specialPrice", "specialPrice must be a positive integer or null"))
        elif _is_int(product.get("price")) and 0 < product["price"] <= special:
            problems.append(("specialPrice", "specialPrice must be below price"))
    problems += _stock_problems(product)
    problems += _dimension_problems(product.get("dimensions"))
    if product.get("condition") not in CONDITIONS:
        problems.append(("condition", "condition must be NEW or USED"))
    photos = product.get("photos")
    if not isinstance(photos, list) or not photos or not all(_is_url(p) for p in photos):
        problems.append(("photos", "photos must be a non-empty list of http(s) URLs"))
    banners = product.get("officialBanners")
    if banners is not None and (
        not isinstance(banners, list) or not all(_is_url(b) for b in banners)
    ):
        problems.append(("officialBanners", "officialBanners must be a list of http(s) URLs"))
    hashtags = product.get("hashtags")
    if hashtags is not None and (
        not isinstance(hashtags, list) or not all(isinstance(h, str) for h in hashtags)
    ):
        problems.append(("hashtags", "hashtags must be a list of text"))
    for key in FLAGS:
        if key in product and product[key] is not None and not isinstance(product[key], bool):
            problems.append((key, f"{key} must be true or false"))
    if product.get("isPreorder") is True and not (
        _is_int(product.get("preorderPeriod")) and product["preorderPeriod"] >= 1
    ):
        problems.append(("preorderPeriod", "preorderPeriod must be at least 1 for a pre-order"))
    return problems


def _stock_problems(product: dict[str, Any]) -> list[Problem]:
    has_stock = product.get("stock") is not None
    warehouses = product.get("warehouses")
    if has_stock and warehouses is not None:
        return [("warehouses", "give either stock or warehouses, not both")]
    if not has_stock and warehouses is None:
        return [("stock", "stock or warehouses is required")]
    if has_stock:
        check = _int_at_least(product, "stock", 0, True)
        return [check] if check else []
    if not isinstance(warehouses, list) or not warehouses:
        return [("warehouses", "warehouses must be a non-empty list")]
    seen: set[str] = set()
    for entry in warehouses:
        if (
            not isinstance(entry, dict)
            or not _is_text(entry.get("clientId"))
            or not _is_int(entry.get("stock"))
            or entry["stock"] < 0
        ):
            return [("warehouses", "each warehouse needs a clientId and a stock of at least 0")]
        if entry["clientId"] in seen:
            return [("warehouses", f"warehouse {entry['clientId']} is given twice")]
        seen.add(entry["clientId"])
    return []


def _dimension_problems(dimensions: Any) -> list[Problem]:
    if dimensions is None:
        return []
    if not isinstance(dimensions, dict) or not all(
        _is_int(dimensions.get(k)) and dimensions[k] > 0 for k in ("length", "width", "height")
    ):
        return [("dimensions", "dimensions needs length, width and height, integers above 0")]
    return []
