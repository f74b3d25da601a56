"""Reading one HTTP answer: the envelope when it succeeded, else the typed error it means.

``success`` decides, not only the HTTP status (API.md §3). Statuses are undocumented, so the
error *code* wins where there is one; 429 and 5xx are always retryable (API.md §5 [ours]).
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.partner.envelopes import ApiError, Envelope, ErrorDetails
from app.partner.errors import (
    AMBIGUOUS_MESSAGE,
    AuthError,
    NotFoundError,
    PartnerError,
    RateLimitedError,
    RequestValidationError,
    ServerError,
    StoreAccessError,
)
from app.partner.retry import parse_retry_after

AUTH_TIMESTAMP = "AUTH_003"
AUTH_FORBIDDEN = "AUTH_014"
VALIDATION = "VAL_001"
#: code of a success envelope whose ``data`` does not have the documented shape (ours)
UNEXPECTED_ANSWER = "UNEXPECTED_ANSWER"

_Data = TypeVar("_Data", bound=BaseModel)


def parse_envelope(response: httpx.Response) -> Envelope | None:
    try:
        return Envelope.model_validate(response.json())
    except (ValueError, ValidationError):
        return None


def read_answer(response: httpx.Response) -> Envelope:
    status = response.status_code
    if response.is_redirect:
        raise PartnerError(
            f"the store's address answered with a redirect (HTTP {status}) to "
            f"{response.headers.get('location', '?')!r}; credentials are not sent on. Check the "
            "base URL in the store's settings.",
            code="REDIRECT",
            http_status=status,
        )
    envelope = parse_envelope(response)
    if envelope is not None and envelope.success and status < 400:
        return envelope
    raise error_for(status, envelope, response.headers)


def error_for(status: int, envelope: Envelope | None, headers: httpx.Headers) -> PartnerError:
    retry_after = parse_retry_after(headers.get("retry-after"))
    if envelope is None:
        message = f"the store answered HTTP {status} without its usual JSON envelope"
        if status == 429:
            return RateLimitedError(message, retry_after=retry_after, http_status=status)
        if status >= 500:
            return ServerError(message, retry_after=retry_after, http_status=status)
        if status < 300:
            message += "; the request may or may not have been processed"
        return PartnerError(message, code="UNEXPECTED_ANSWER", http_status=status)

    error = envelope.error or ApiError()
    details = error.details or ErrorDetails()
    code = error.code or ""
    kwargs: dict[str, Any] = {
        "code": error.code,
        "hint": details.hint,
        "context": details.context,
        "request_id": envelope.request_id,
        "http_status": status,
    }
    message = error.message or envelope.message or f"HTTP {status}"
    if status == 429:
        return RateLimitedError(message, retry_after=retry_after, **kwargs)
    if status >= 500:
        return ServerError(message, retry_after=retry_after, **kwargs)
    if code == AUTH_TIMESTAMP:
        return AuthError(message, **kwargs)
    if code == AUTH_FORBIDDEN or status == 403:
        return StoreAccessError(message, **kwargs)
    validation = details.context.get("validationErrors")
    if code == VALIDATION or isinstance(validation, dict):
        return RequestValidationError(message, field_errors=_field_errors(validation), **kwargs)
    if status == 404:
        return NotFoundError(message, **kwargs)
    if status == 401 or "AUTH" in code:
        return AuthError(message, **kwargs)
    return PartnerError(message, **kwargs)


def _field_errors(raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    out: dict[str, str] = {}
    for key, value in raw.items():
        if isinstance(value, list):
            out[str(key)] = "; ".join(str(v) for v in value)
        else:
            out[str(key)] = str(value)
    return out


def server_time_ms(error: PartnerError) -> int | None:
    """``details.context.currentTime`` of an AUTH_003 answer, in epoch milliseconds."""
    value = error.context.get("currentTime")
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def read_data(model: type[_Data], envelope: Envelope) -> _Data:
    """``data`` of a success envelope; a shape we cannot read is a PartnerError like any other
    unusable answer (the request was handled, so what it did is unknown)."""
    try:
        return model.model_validate(envelope.data or {})
    except ValidationError as exc:
        where = ".".join(str(part) for part in exc.errors()[0]["loc"]) or "data"
        raise PartnerError(
            f"the store's answer could not be read (data.{where}); {AMBIGUOUS_MESSAGE}",
            code=UNEXPECTED_ANSWER,
            request_id=envelope.request_id,
        ) from None
