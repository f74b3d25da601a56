"""The store's answers as pydantic models (API.md §3, §4).

They accept the seeds' examples verbatim, keep unknown fields (``extra="allow"``) and treat every
field but ``success`` as optional, so a new or missing field in a real answer is not an error; a
number where text was expected (a numeric timestamp, id or SKU) is read as its text.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _none_as_empty(value: Any) -> Any:
    return [] if value is None else value


def _none_as_dict(value: Any) -> Any:
    return {} if value is None else value


def _as_text(value: Any) -> Any:
    """A number where text was expected (a numeric SKU, id or timestamp) is read as its text."""
    if type(value) is str or value is None:  # nearly every answer's field: nothing to do
        return value
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return value


ListOrNone = BeforeValidator(_none_as_empty)
DictOrNone = BeforeValidator(_none_as_dict)
#: Optional text that also takes a number: answers are read leniently, field by field.
Text = Annotated[str | None, BeforeValidator(_as_text)]


class WireModel(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Meta(WireModel):
    timestamp: Text = None
    duration_ms: float | None = Field(default=None, alias="durationMs")
    dispatch: bool | None = None


class ErrorDetails(WireModel):
    timestamp: Text = None
    hint: Text = None
    context: Annotated[dict[str, Any], DictOrNone] = Field(default_factory=dict)


class ApiError(WireModel):
    code: Text = None
    message: Text = None
    details: ErrorDetails | None = None


class Envelope(WireModel):
    success: bool
    message: Text = None
    request_id: Text = Field(default=None, alias="requestId")
    meta: Meta | None = None
    data: Any = None
    error: ApiError | None = None


class RowErrorDetails(WireModel):
    retryable: bool | None = None
    field: Text = None
    hint: Text = None


class WireRowError(WireModel):
    code: Text = None
    message: Text = None
    row_index: int | None = Field(default=None, alias="rowIndex")
    external_id: Text = Field(default=None, alias="externalId")
    sku: Text = None
    id: Text = None
    details: RowErrorDetails | None = None


class WireAcceptedRow(WireModel):
    row_index: int | None = Field(default=None, alias="rowIndex")
    external_id: Text = Field(default=None, alias="externalId")
    sku: Text = None
    id: Text = None


class CreateSummaryModel(WireModel):
    total: int | None = None
    failed: int | None = None
    pending: int | None = None


class CreateData(WireModel):
    batch_id: Text = Field(default=None, alias="batchId")
    summary: CreateSummaryModel | None = None
    accepted_rows: Annotated[list[WireAcceptedRow], ListOrNone] = Field(
        default_factory=list, alias="acceptedRows"
    )
    errors: Annotated[list[WireRowError], ListOrNone] = Field(default_factory=list)


class WireSuccessItem(WireModel):
    id: Text = None
    external_id: Text = Field(default=None, alias="externalId")


class DeleteSummaryModel(WireModel):
    total: int | None = None
    succeeded: int | None = None
    failed: int | None = None


class DeleteData(WireModel):
    summary: DeleteSummaryModel | None = None
    success_items: Annotated[list[WireSuccessItem], ListOrNone] = Field(
        default_factory=list, alias="successItems"
    )
    errors: Annotated[list[WireRowError], ListOrNone] = Field(default_factory=list)


class ProductData(WireModel):
    id: Text = None
    external_id: Text = Field(default=None, alias="externalId")
    sku: Text = None
    name: Text = None
    status: Text = None
