"""[sandbox] The reference calls of API.md §4.4: no credentials, no signature.

The sandbox answers them whatever headers come, and records the headers each one received
(``state.store_data_requests``), so a test can prove a client sent no credential there.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.sandbox.envelope import (
    ApiFailure,
    failure_response,
    new_request_id,
    success_response,
    validation_failure,
)
from app.sandbox.reference_tree import sandbox_tree
from app.sandbox.state import RecordedRequest, SandboxState

REFERENCE_PREFIX = "/partner/reference"
#: API.md §4.4 [ours]: brands answered per search unless ``limit`` says otherwise, and at most
DEFAULT_BRAND_LIMIT = 20
MAX_BRAND_LIMIT = 100

Lookup = Callable[[Request], list[dict[str, str]]]


Endpoint = Callable[[Request], Awaitable[Response]]


def recording(endpoint: Endpoint) -> Endpoint:
    """``endpoint``, the request's path, query and headers recorded first."""

    async def recorded_endpoint(request: Request) -> Response:
        state: SandboxState = request.app.state.sandbox
        state.record_store_data_request(
            RecordedRequest(request.url.path, request.url.query, dict(request.headers.items()))
        )
        return await endpoint(request)

    return recorded_endpoint


def _reference_endpoint(lookup: Lookup, message: str) -> Endpoint:
    @recording
    async def endpoint(request: Request) -> Response:
        started = time.perf_counter()
        state: SandboxState = request.app.state.sandbox
        request_id = new_request_id()
        try:
            data = lookup(request)
        except ApiFailure as failure:
            return failure_response(failure, request_id, state.now_ms())
        return success_response(
            data,
            message,
            request_id=request_id,
            started=started,
            dispatch=False,
            now_ms=state.now_ms(),
        )

    return endpoint


def _required(request: Request, name: str) -> str:
    value = request.query_params.get(name)
    if not value:
        raise validation_failure({name: f"{name} is required"})
    return value


def categories(request: Request) -> list[dict[str, str]]:
    return list(sandbox_tree().categories)


def sub_categories(request: Request) -> list[dict[str, str]]:
    """An unknown category answers an empty list (API.md §4.4 [ours])."""
    return list(sandbox_tree().sub_categories.get(_required(request, "categoryId"), []))


def types(request: Request) -> list[dict[str, str]]:
    return list(sandbox_tree().types.get(_required(request, "subCategoryId"), []))


def brands(request: Request) -> list[dict[str, str]]:
    raw = request.query_params.get("limit")
    limit = DEFAULT_BRAND_LIMIT
    if raw is not None:
        if not raw.isdigit() or int(raw) < 1:
            raise validation_failure({"limit": "limit must be a whole number of at least 1"})
        limit = min(int(raw), MAX_BRAND_LIMIT)
    return sandbox_tree().find_brands(request.query_params.get("q", ""), limit)


def reference_routes(api_prefix: str) -> list[Route]:
    base = api_prefix + REFERENCE_PREFIX
    found: list[tuple[str, Lookup, str]] = [
        ("/categories", categories, "Categories retrieved successfully"),
        ("/sub-categories", sub_categories, "Sub-categories retrieved successfully"),
        ("/types", types, "Types retrieved successfully"),
        ("/brands", brands, "Brands retrieved successfully"),
    ]
    return [
        Route(base + path, _reference_endpoint(lookup, message), methods=["GET"])
        for path, lookup, message in found
    ]
