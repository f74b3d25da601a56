"""The response envelope of API.md §3, exactly as the seeds show it, and the sandbox's codes."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime
from typing import Any

from starlette.responses import JSONResponse

# Codes the real API documents (seeds).
AUTH_TIMESTAMP = "AUTH_003"
AUTH_FORBIDDEN = "AUTH_014"
VALIDATION = "VAL_001"
PRD_EXISTS = "PRD_002"
PRD_NOT_FOUND = "PRD_014"

# [sandbox-only] codes this sandbox invents where the documents are silent. A real server's
# answers to these situations are unknown; the client must not depend on these names.
SANDBOX_AUTH_MISSING_HEADER = "SANDBOX_AUTH_MISSING_HEADER"
SANDBOX_AUTH_BAD_SIGNATURE = "SANDBOX_AUTH_BAD_SIGNATURE"
SANDBOX_AUTH_UNKNOWN_PARTNER = "SANDBOX_AUTH_UNKNOWN_PARTNER"
SANDBOX_RATE_LIMITED = "SANDBOX_RATE_LIMITED"
SANDBOX_SERVER_ERROR = "SANDBOX_SERVER_ERROR"
SANDBOX_NOT_FOUND = "SANDBOX_NOT_FOUND"  # unknown route
SANDBOX_SKU_EXISTS = "SANDBOX_SKU_EXISTS"  # row: the SKU belongs to another externalId

VALIDATION_MESSAGE = "Validation failed"
VALIDATION_HINT = "Please check your request data and try again"


def iso_now(epoch_ms: int | None = None) -> str:
    moment = datetime.now(UTC) if epoch_ms is None else datetime.fromtimestamp(epoch_ms / 1000, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_request_id() -> str:
    return str(uuid.uuid4())


class ApiFailure(Exception):
    """A whole-request failure; the routes turn it into a failure envelope."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        hint: str = "",
        context: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint
        self.context = context or {}
        self.headers = headers or {}


def validation_failure(errors: dict[str, str]) -> ApiFailure:
    return ApiFailure(
        400,
        VALIDATION,
        VALIDATION_MESSAGE,
        hint=VALIDATION_HINT,
        context={"validationErrors": errors},
    )


def failure_body(failure: ApiFailure, request_id: str, now_ms: int | None = None) -> dict[str, Any]:
    return {
        "success": False,
        "error": {
            "code": failure.code,
            "message": failure.message,
            "details": {
                "timestamp": iso_now(now_ms),
                "hint": failure.hint,
                "context": failure.context,
            },
        },
        "requestId": request_id,
    }


def failure_response(
    failure: ApiFailure, request_id: str | None = None, now_ms: int | None = None
) -> JSONResponse:
    body = failure_body(failure, request_id or new_request_id(), now_ms)
    return JSONResponse(body, status_code=failure.status, headers=failure.headers)


def success_response(
    data: Any,
    message: str,
    *,
    request_id: str,
    started: float,
    dispatch: bool,
    now_ms: int | None = None,
) -> JSONResponse:
    """``started`` is the ``time.perf_counter()`` at which handling began."""
    body = {
        "success": True,
        "message": message,
        "requestId": request_id,
        "meta": {
            "timestamp": iso_now(now_ms),
            "durationMs": round((time.perf_counter() - started) * 1000),
            "dispatch": dispatch,
        },
        "data": data,
    }
    return JSONResponse(body)
