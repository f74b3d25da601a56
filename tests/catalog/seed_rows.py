"""The seed's two example products (shared/seeds, Create Products), as merchants write them."""

from __future__ import annotations

import json
from typing import Any

SEED_PAYLOAD: dict[str, Any] = json.loads("""
{"products":[{"externalId":"bace66be-47c4-4f72-868c-ad792da8b210","name":"Ai Yazawa Short Sleeve UTX","description":"Comfortable cotton t-shirt, available in multiple colors.","sku":"480166","price":200000,"specialPrice":null,"stock":900,"weight":250,"dimensions":{"length":12,"width":12,"height":10},"minOrder":1,"subCategoryId":"0e882586-c506-4792-a831-02767a68dae2","categoryId":"2fde2994-28a8-4d09-a128-6d744b9e1323","typeId":"d86db295-41c3-423d-a2c2-a59724f38316","brandId":"addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea","hashtags":["uniqlo","tshirt","Yazawa","japan","Unisex"],"condition":"NEW","photos":["https://image.uniqlo.com/UQ/ST3/id/imagesgoods/480166/item/idgoods_00_480166_3x4.jpg?width=369","https://image.uniqlo.com/UQ/ST3/AsianCommon/imagesgoods/480166/sub/goods_480166_sub14_3x4.jpg?width=369"],"officialBanners":["https://image.uniqlo.com/UQ/ST3/id/imagesgoods/480166/item/idgoods_00_480166_3x4.jpg?width=369"],"isPreorder":false,"preorderPeriod":0,"isArchived":false,"insuranceRequired":true,"codEnabled":false},{"externalId":"52a3bcfb-62ea-4711-a4c1-b6847a981256","name":"Ai Yazawa Short Sleeve UTX","description":"Water-resistant backpack with laptop compartment.","sku":"480167","price":190000,"specialPrice":150000,"weight":800,"minOrder":1,"subCategoryId":"0e882586-c506-4792-a831-02767a6844e2","categoryId":"2fde2994-28a8-4d09-a128-6d744b9e1323","typeId":"d86db295-41c3-423d-a2c2-a59724f38316","hashtags":["tshirt","Yazawa","Japan"],"condition":"NEW","photos":["https://image.uniqlo.com/UQ/ST3/id/imagesgoods/480167/item/idgoods_00_480167_3x4.jpg?width=369","https://image.uniqlo.com/UQ/ST3/AsianCommon/imagesgoods/480167/sub/goods_480167_sub17_3x4.jpg?width=369","https://image.uniqlo.com/UQ/ST3/AsianCommon/imagesgoods/480167/sub/goods_480167_sub18_3x4.jpg?width=369"],"isPreorder":false,"preorderPeriod":0,"isArchived":false,"insuranceRequired":false,"codEnabled":false,"warehouses":[{"clientId":"2026012714314318226016","stock":23}]}]}
""")  # noqa: E501

#: The same two products as cells of a sheet with Indonesian headers and formats, keyed by the
#: field each column maps to (numbered photo columns and the three dimension columns as parts).
SEED_CELLS: list[dict[str, Any]] = [
    {
        "externalId": "bace66be-47c4-4f72-868c-ad792da8b210",
        "name": "Ai Yazawa Short Sleeve UTX",
        "description": "Comfortable cotton t-shirt, available in multiple colors.",
        "sku": 480166.0,  # Excel typed it as a number
        "price": "Rp 200.000",
        "specialPrice": None,
        "stock": 900,
        "weight": "250 gr",
        "dimensions": {"length": 12, "width": 12.0, "height": "10"},
        "minOrder": 1,
        "subCategoryId": "0e882586-c506-4792-a831-02767a68dae2",
        "categoryId": "2fde2994-28a8-4d09-a128-6d744b9e1323",
        "typeId": "d86db295-41c3-423d-a2c2-a59724f38316",
        "brandId": "addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea",
        "hashtags": "uniqlo, tshirt, Yazawa; japan\nUnisex",
        "condition": "Baru",
        "photos": {
            "1": "https://image.uniqlo.com/UQ/ST3/id/imagesgoods/480166/item/idgoods_00_480166_3x4.jpg?width=369",
            "2": "https://image.uniqlo.com/UQ/ST3/AsianCommon/imagesgoods/480166/sub/goods_480166_sub14_3x4.jpg?width=369",
            "3": None,
        },
        "officialBanners": "https://image.uniqlo.com/UQ/ST3/id/imagesgoods/480166/item/idgoods_00_480166_3x4.jpg?width=369",
        "isPreorder": "Tidak",
        "preorderPeriod": 0,
        "isArchived": "Tidak",
        "insuranceRequired": "Ya",
        "codEnabled": "Tidak",
    },
    {
        "externalId": "52a3bcfb-62ea-4711-a4c1-b6847a981256",
        "name": "Ai Yazawa Short Sleeve UTX",
        "description": "Water-resistant backpack with laptop compartment.",
        "sku": "480167",
        "price": "Rp190.000,00",
        "specialPrice": "150.000",
        "weight": 800,
        "minOrder": "1",
        "subCategoryId": "0e882586-c506-4792-a831-02767a6844e2",
        "categoryId": "2fde2994-28a8-4d09-a128-6d744b9e1323",
        "typeId": "d86db295-41c3-423d-a2c2-a59724f38316",
        "hashtags": "#tshirt, #Yazawa, #Japan",
        "condition": "BARU",
        "photos": {
            "1": "https://image.uniqlo.com/UQ/ST3/id/imagesgoods/480167/item/idgoods_00_480167_3x4.jpg?width=369",
            "2": "https://image.uniqlo.com/UQ/ST3/AsianCommon/imagesgoods/480167/sub/goods_480167_sub17_3x4.jpg?width=369",
            "3": "https://image.uniqlo.com/UQ/ST3/AsianCommon/imagesgoods/480167/sub/goods_480167_sub18_3x4.jpg?width=369",
        },
        "isPreorder": False,
        "preorderPeriod": 0,
        "isArchived": "tidak",
        "insuranceRequired": "Tidak",
        "codEnabled": "N",
        "warehouses": {"2026012714314318226016": 23},
    },
]
