"""What the client's calls return: plain frozen dataclasses built from the wire models.

``row_index`` is the 0-based position in *that request's* list (API.md §4.1); mapping it back
to a sheet row is the caller's job. ``field`` is what the store named (``details.field``), or
None; ``app.catalog.codes.field_for_code`` gives the usual field of a code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.partner.envelopes import CreateData, DeleteData, ProductData, WireRowError, _as_text


@dataclass(frozen=True, slots=True)
class RowError:
    code: str | None
    message: str
    row_index: int | None = None
    external_id: str | None = None
    sku: str | None = None
    id: str | None = None
    field: str | None = None
    retryable: bool | None = None
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class AcceptedRow:
    row_index: int | None
    external_id: str | None
    sku: str | None
    id: str | None = None  # the product id, in the answer to a price or stock update


@dataclass(frozen=True, slots=True)
class SuccessItem:
    id: str | None
    external_id: str | None


@dataclass(frozen=True, slots=True)
class CreateSummary:
    total: int | None = None
    failed: int | None = None
    pending: int | None = None


@dataclass(frozen=True, slots=True)
class DeleteSummary:
    total: int | None = None
    succeeded: int | None = None
    failed: int | None = None


@dataclass(frozen=True, slots=True)
class CreateResult:
    request_id: str | None
    batch_id: str | None
    summary: CreateSummary
    accepted: list[AcceptedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    dispatch: bool | None = None  # True: accepted rows are pending, processing goes on
    #: a price or stock update's answer that came from a retry after a lost connection: the
    #: first attempt may have been applied too (the same values, so no harm)
    after_ambiguous_retry: bool = False


@dataclass(frozen=True, slots=True)
class DeleteResult:
    request_id: str | None
    summary: DeleteSummary
    success_items: list[SuccessItem] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    #: True when this answer came from a retry after a lost connection: an earlier attempt may
    #: already have deleted some ids, which then come back as PRD_014 here.
    after_ambiguous_retry: bool = False


@dataclass(frozen=True, slots=True)
class ProductInfo:
    id: str | None
    external_id: str | None
    sku: str | None
    name: str | None
    status: str | None  # "pending" / "live" in the sandbox; whatever the store says otherwise
    request_id: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def row_error(wire: WireRowError) -> RowError:
    details = wire.details
    return RowError(
        code=wire.code,
        message=wire.message or wire.code or "",
        row_index=wire.row_index,
        external_id=wire.external_id,
        sku=wire.sku,
        id=wire.id,
        field=details.field if details else None,
        retryable=details.retryable if details else None,
        hint=details.hint if details else None,
    )


def create_result(data: CreateData, request_id: str | None, dispatch: bool | None) -> CreateResult:
    s = data.summary
    summary = CreateSummary(s.total, s.failed, s.pending) if s else CreateSummary()
    return CreateResult(
        request_id=request_id,
        batch_id=data.batch_id,
        summary=summary,
        accepted=[AcceptedRow(a.row_index, a.external_id, a.sku, a.id) for a in data.accepted_rows],
        errors=[row_error(e) for e in data.errors],
        dispatch=dispatch,
    )


def delete_result(
    data: DeleteData, request_id: str | None, after_ambiguous_retry: bool = False
) -> DeleteResult:
    s = data.summary
    summary = DeleteSummary(s.total, s.succeeded, s.failed) if s else DeleteSummary()
    return DeleteResult(
        request_id=request_id,
        summary=summary,
        success_items=[SuccessItem(i.id, i.external_id) for i in data.success_items],
        errors=[row_error(e) for e in data.errors],
        after_ambiguous_retry=after_ambiguous_retry,
    )


def product_info(data: ProductData, request_id: str | None) -> ProductInfo:
    return ProductInfo(
        id=data.id,
        external_id=data.external_id,
        sku=data.sku,
        name=data.name,
        status=data.status,
        request_id=request_id,
        raw=data.model_dump(by_alias=True),
    )


def listed_product_info(product: dict[str, Any], *, raw: bool = True) -> ProductInfo:
    """A Product object of the list (API.md §4.6) as the look-up by SKU (§4.3) answers it: the
    same fields, a number where text was expected read as its text (``raw=False``: without the
    whole product, to hold many)."""
    return ProductInfo(
        id=_as_text(product.get("id")),
        external_id=_as_text(product.get("externalId")),
        sku=_as_text(product.get("sku")),
        name=_as_text(product.get("name")),
        status=_as_text(product.get("status")),
        raw=dict(product) if raw else {},
    )
