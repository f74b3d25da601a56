"""Two example products as a merchant would type them: the template's example rows.

They are the seed's two products (shared/seeds, Create Products); reading the template back
gives two valid rows.
"""

from __future__ import annotations

from typing import Any

_U = "https://image.uniqlo.com/UQ/ST3/"
#: The seed's two products (shared/seeds, Create Products), as a merchant would type them.
EXAMPLES: tuple[dict[str, Any], ...] = (
    {
        "externalId": "bace66be-47c4-4f72-868c-ad792da8b210",
        "name": "Ai Yazawa Short Sleeve UTX",
        "description": "Comfortable cotton t-shirt, available in multiple colors.",
        "sku": "480166",
        "price": 200000,
        "stock": 900,
        "weight": 250,
        "dimensions": "12x12x10",
        "minOrder": 1,
        "categoryId": "2fde2994-28a8-4d09-a128-6d744b9e1323",
        "subCategoryId": "0e882586-c506-4792-a831-02767a68dae2",
        "typeId": "d86db295-41c3-423d-a2c2-a59724f38316",
        "brandId": "addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea",
        "condition": "NEW",
        "photos": f"{_U}id/imagesgoods/480166/item/idgoods_00_480166_3x4.jpg?width=369\n"
        f"{_U}AsianCommon/imagesgoods/480166/sub/goods_480166_sub14_3x4.jpg?width=369",
        "officialBanners": f"{_U}id/imagesgoods/480166/item/idgoods_00_480166_3x4.jpg?width=369",
        "hashtags": "uniqlo, tshirt, Yazawa, japan, Unisex",
        "isPreorder": False,
        "preorderPeriod": 0,
        "isArchived": False,
        "insuranceRequired": True,
        "codEnabled": False,
    },
    {
        "externalId": "52a3bcfb-62ea-4711-a4c1-b6847a981256",
        "name": "Ai Yazawa Short Sleeve UTX",
        "description": "Water-resistant backpack with laptop compartment.",
        "sku": "480167",
        "price": 190000,
        "specialPrice": 150000,
        "warehouses": "2026012714314318226016:23",
        "weight": 800,
        "minOrder": 1,
        "categoryId": "2fde2994-28a8-4d09-a128-6d744b9e1323",
        "subCategoryId": "0e882586-c506-4792-a831-02767a6844e2",
        "typeId": "d86db295-41c3-423d-a2c2-a59724f38316",
        "condition": "NEW",
        "photos": f"{_U}id/imagesgoods/480167/item/idgoods_00_480167_3x4.jpg?width=369\n"
        f"{_U}AsianCommon/imagesgoods/480167/sub/goods_480167_sub17_3x4.jpg?width=369\n"
        f"{_U}AsianCommon/imagesgoods/480167/sub/goods_480167_sub18_3x4.jpg?width=369",
        "hashtags": "tshirt, Yazawa, Japan",
        "isPreorder": False,
        "preorderPeriod": 0,
        "isArchived": False,
        "insuranceRequired": False,
        "codEnabled": False,
    },
)
