"""The store's answers as pydantic models (API.md §3, §4).

They accept the seeds' examples verbatim, keep unknown fields (``extra="allow"``) and treat every
field but ``success`` as optional, so a new or missing field in a real answer is not an error.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _none_as_empty(value: Any) -> Any:
    return [] if value is None else value


def _none_as_dict(value: Any) -> Any:
    return {} if value is None else value


ListOrNone = BeforeValidator(_none_as_empty)
DictOrNone = BeforeValidator(_none_as_dict)


class WireModel(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Meta(WireModel):
    timestamp: str | None = None
    duration_ms: int | None = Field(default=None, alias="durationMs")
    dispatch: bool | None = None


class ErrorDetails(WireModel):
    timestamp: str | None = None
    hint: str | None = None
    context: Annotated[dict[str, Any], DictOrNone] = Field(default_factory=dict)


class ApiError(WireModel):
    code: str | None = None
    message: str | None = None
    details: ErrorDetails | None = None


class Envelope(WireModel):
    success: bool
    message: str | None = None
    request_id: str | None = Field(default=None, alias="requestId")
    meta: Meta | None = None
    data: Any = None
    error: ApiError | None = None


class RowErrorDetails(WireModel):
    retryable: bool | None = None
    field: str | None = None
    hint: str | None = None


class WireRowError(WireModel):
    code: str | None = None
    message: str | None = None
    row_index: int | None = Field(default=None, alias="rowIndex")
    external_id: str | None = Field(default=None, alias="externalId")
    sku: str | None = None
    id: str | None = None
    details: RowErrorDetails | None = None


class WireAcceptedRow(WireModel):
    row_index: int | None = Field(default=None, alias="rowIndex")
    external_id: str | None = Field(default=None, alias="externalId")
    sku: str | None = None


class CreateSummaryModel(WireModel):
    total: int | None = None
    failed: int | None = None
    pending: int | None = None


class CreateData(WireModel):
    batch_id: str | None = Field(default=None, alias="batchId")
    summary: CreateSummaryModel | None = None
    accepted_rows: Annotated[list[WireAcceptedRow], ListOrNone] = Field(
        default_factory=list, alias="acceptedRows")
    errors: Annotated[list[WireRowError], ListOrNone] = Field(default_factory=list)


class WireSuccessItem(WireModel):
    id: str | None = None
    external_id: str | None = Field(default=None, alias="externalId")


class DeleteSummaryModel(WireModel):
    total: int | None = None
    succeeded: int | None = None
    failed: int | None = None


class DeleteData(WireModel):
    summary: DeleteSummaryModel | None = None
    success_items: Annotated[list[WireSuccessItem], ListOrNone] = Field(
        default_factory=list, alias="successItems")
    errors: Annotated[list[WireRowError], ListOrNone] = Field(default_factory=list)


class ProductData(WireModel):
    id: str | None = None
    external_id: str | None = Field(default=None, alias="externalId")
    sku: str | None = None
    name: str | None = None
    status: str | None = None
