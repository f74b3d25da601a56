"""The product as the partner API receives it (API.md §4.1), as pydantic models.

``Product.from_values`` takes the parsed values of a valid row; ``payload()`` gives exactly the
JSON object the bulk-create endpoint expects: API field names, integers, ``specialPrice: null``
when empty, optional fields omitted when absent, ``stock`` xor ``warehouses``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.catalog.fields import FIELDS

#: Row values that are never part of the payload: the product id, the sync's action column
#: (the registry's ``sent=False`` fields).
NOT_SENT = frozenset(f.key for f in FIELDS if not f.sent)


class Dimensions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    length: int = Field(gt=0)
    width: int = Field(gt=0)
    height: int = Field(gt=0)


class Warehouse(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    client_id: str = Field(alias="clientId", min_length=1)
    stock: int = Field(ge=0)


class Product(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    external_id: str = Field(alias="externalId", min_length=1)
    name: str = Field(min_length=1)
    description: str | None = None
    sku: str = Field(min_length=1)
    price: int = Field(gt=0)
    special_price: int | None = Field(default=None, alias="specialPrice", gt=0)
    stock: int | None = Field(default=None, ge=0)
    warehouses: list[Warehouse] | None = Field(default=None, min_length=1)
    weight: int = Field(gt=0)
    dimensions: Dimensions | None = None
    min_order: int = Field(alias="minOrder", ge=1)
    category_id: str = Field(alias="categoryId")
    sub_category_id: str = Field(alias="subCategoryId")
    type_id: str = Field(alias="typeId")
    brand_id: str | None = Field(default=None, alias="brandId")
    hashtags: list[str] | None = None
    condition: Literal["NEW", "USED"]
    photos: list[str] = Field(min_length=1)
    official_banners: list[str] | None = Field(default=None, alias="officialBanners")
    is_preorder: bool | None = Field(default=None, alias="isPreorder")
    preorder_period: int | None = Field(default=None, alias="preorderPeriod", ge=0)
    is_archived: bool | None = Field(default=None, alias="isArchived")
    insurance_required: bool | None = Field(default=None, alias="insuranceRequired")
    cod_enabled: bool | None = Field(default=None, alias="codEnabled")

    @model_validator(mode="after")
    def _stock_xor_warehouses(self) -> Product:
        if (self.stock is None) == (self.warehouses is None):
            raise ValueError("give exactly one of stock and warehouses")
        if self.special_price is not None and self.special_price >= self.price:
            raise ValueError("specialPrice must be below price")
        return self

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> Product:
        """From parsed row values keyed by API name (absent or None = not given)."""
        given = {k: v for k, v in values.items() if v is not None and k not in NOT_SENT}
        return cls.model_validate(given)

    def payload(self) -> dict[str, Any]:
        data = self.model_dump(by_alias=True, exclude_none=True, mode="json")
        data["specialPrice"] = self.special_price  # always present: null means no discount
        return data
