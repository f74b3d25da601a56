"""The bulk-create answer read straight from its JSON, without pydantic, when it is plainly shaped.

An upload reads one answer per hundred rows, each naming every row (API.md §4.1): through the
pydantic models (``Envelope``, ``CreateData``) that is most of the client's own work after the
sending. ``plain_create_result`` reads the same answer with plain dict access and gives the very
``CreateResult`` that ``read_answer`` → ``read_data(CreateData, …)`` → ``create_result`` gives —
but only when every value the models look at has exactly the plain type they would keep as it
is: ``success`` is ``true``, texts are texts (or null), whole numbers are whole numbers, yes/no
is yes/no, lists are lists and objects objects. Anything else — a failed answer, an HTTP status
outside 2xx, a number where text goes, a field spelled by its Python name, a body orjson does
not read as json does — returns None, and the caller reads the answer the model way: the same
result, or the same clear error, as before. Unknown fields are ignored, as the models keep
them aside and ``create_result`` never reads them.
"""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from app.partner.results import AcceptedRow, CreateResult, CreateSummary, RowError

_TEXT = (str, type(None))
#: keys of the envelope / data / rows the models would also take by their Python names
#: (``populate_by_name``): seen in an answer, only the model can say which one wins
_PYTHON_NAMES = frozenset(
    {"request_id", "duration_ms", "batch_id", "accepted_rows", "row_index", "external_id"}
)


def plain_create_result(response: httpx.Response) -> CreateResult | None:
    """The answer to a bulk create as ``CreateResult``, or None: read it the model way."""
    if not 200 <= response.status_code < 300:
        return None
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:  # NaN, a BOM, another encoding, ...: json's own reading
        return None
    if type(body) is not dict or body.get("success") is not True or _PYTHON_NAMES & body.keys():
        return None
    message, request_id = body.get("message"), body.get("requestId")
    if type(message) not in _TEXT or type(request_id) not in _TEXT:
        return None
    if body.get("error") is not None:
        return None
    meta = _meta(body.get("meta"))
    if meta is None:
        return None
    data = body.get("data")
    if type(data) is not dict or _PYTHON_NAMES & data.keys():
        return None
    batch_id = data.get("batchId")
    if type(batch_id) not in _TEXT:
        return None
    summary = _summary(data.get("summary"))
    accepted = _accepted(data.get("acceptedRows"))
    errors = _errors(data.get("errors"))
    if summary is None or accepted is None or errors is None:
        return None
    return CreateResult(
        request_id=request_id,
        batch_id=batch_id,
        summary=summary,
        accepted=accepted,
        errors=errors,
        dispatch=meta[0],
    )


def _meta(raw: Any) -> tuple[bool | None] | None:
    """``(meta.dispatch,)`` (None when not given, or no meta at all); None: not plain."""
    if raw is None:
        return (None,)
    if type(raw) is not dict or "duration_ms" in raw:
        return None
    timestamp, duration = raw.get("timestamp"), raw.get("durationMs")
    dispatch = raw.get("dispatch")
    if type(timestamp) not in _TEXT or type(dispatch) not in (bool, type(None)):
        return None
    if duration is not None and type(duration) not in (int, float):
        return None
    return (dispatch,)


def _summary(raw: Any) -> CreateSummary | None:
    if raw is None:
        return CreateSummary()
    if type(raw) is not dict:
        return None
    total, failed, pending = raw.get("total"), raw.get("failed"), raw.get("pending")
    for number in (total, failed, pending):
        if number is not None and type(number) is not int:
            return None
    return CreateSummary(total, failed, pending)


def _accepted(raw: Any) -> list[AcceptedRow] | None:
    if raw is None:
        return []
    if type(raw) is not list:
        return None
    out: list[AcceptedRow] = []
    append = out.append
    for entry in raw:
        if type(entry) is not dict:
            return None
        get = entry.get
        row_index, external_id, sku, product_id = (
            get("rowIndex"),
            get("externalId"),
            get("sku"),
            get("id"),
        )
        if (
            (row_index is not None and type(row_index) is not int)
            or type(external_id) not in _TEXT
            or type(sku) not in _TEXT
            or type(product_id) not in _TEXT
            or "row_index" in entry
            or "external_id" in entry
        ):
            return None
        append(AcceptedRow(row_index, external_id, sku, product_id))
    return out


def _errors(raw: Any) -> list[RowError] | None:
    if raw is None:
        return []
    if type(raw) is not list:
        return None
    out: list[RowError] = []
    for entry in raw:
        if type(entry) is not dict or "row_index" in entry or "external_id" in entry:
            return None
        get = entry.get
        code, message, row_index = get("code"), get("message"), get("rowIndex")
        external_id, sku, product_id = get("externalId"), get("sku"), get("id")
        details = get("details")
        if row_index is not None and type(row_index) is not int:
            return None
        for text in (code, message, external_id, sku, product_id):
            if type(text) not in _TEXT:
                return None
        field = retryable = hint = None
        if details is not None:
            if type(details) is not dict:
                return None
            retryable = details.get("retryable")
            field, hint = details.get("field"), details.get("hint")
            if retryable is not None and type(retryable) is not bool:
                return None
            if type(field) not in _TEXT or type(hint) not in _TEXT:
                return None
        out.append(
            RowError(
                code=code,
                message=message or code or "",
                row_index=row_index,
                external_id=external_id,
                sku=sku,
                id=product_id,
                field=field,
                retryable=retryable,
                hint=hint,
            )
        )
    return out
