"""The sandbox's HTTP routes: the store endpoints of API.md §4 and the admin knobs."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.sandbox.catalogue import get_product, list_products, product_json, update_product
from app.sandbox.envelope import (
    PRD_EXISTS,
    PRD_NOT_FOUND,
    SANDBOX_NOT_FOUND,
    SANDBOX_SKU_EXISTS,
    VALIDATION,
    ApiFailure,
    failure_response,
    new_request_id,
    success_response,
    validation_failure,
)
from app.sandbox.faults import FaultInjector
from app.sandbox.reference_routes import recording, reference_routes
from app.sandbox.rows import check_product
from app.sandbox.state import Faults, FaultsError, RecordedWrite, SandboxState
from app.sandbox.store_checks import current_store, store_problems, store_warehouses
from app.sandbox.updates import update_inventory, update_prices
from app.sandbox.verifier import API_PREFIX, verify_store_request

#: [sandbox-only] the real batch limit is unknown; API.md's client sends at most 100.
MAX_BATCH = 100

Handler = Callable[[SandboxState, Any], Any]


def _store_endpoint(
    handler: Handler,
    message: str,
    dispatch: bool,
    with_path: bool = False,
) -> Callable[[Request], Awaitable[Response]]:
    """Verify, parse the JSON body, run ``handler`` and wrap its data in the envelope. A GET's
    handler gets the query and path parameters; with ``with_path``, a body's handler gets
    ``{"params": path parameters, "body": body}``."""

    async def endpoint(request: Request) -> Response:
        started = time.perf_counter()
        state: SandboxState = request.app.state.sandbox
        request_id = new_request_id()
        body = await request.body()
        try:
            verify_store_request(
                state,
                request.method,
                request.scope["raw_path"].decode("ascii"),
                request.scope["query_string"].decode("latin-1"),
                request.headers,
                body,
            )
            current_store.set(request.headers.get("x-store-client-id", ""))
            if request.method == "GET":
                payload: Any = {**request.query_params, **request.path_params}
            else:
                try:
                    payload = json.loads(body)
                except ValueError as exc:
                    raise validation_failure({"body": "the body must be JSON"}) from exc
                if not isinstance(payload, dict):
                    raise validation_failure({"body": "the body must be a JSON object"})
                path = request.url.path.removeprefix(API_PREFIX)
                state.record_write(RecordedWrite(request.method, path, payload))
                if with_path:
                    payload = {"params": request.path_params, "body": payload}
            data = handler(state, payload)
        except ApiFailure as failure:
            return failure_response(failure, request_id, state.now_ms())
        return success_response(
            data,
            message,
            request_id=request_id,
            started=started,
            dispatch=dispatch,
            now_ms=state.now_ms(),
        )

    return endpoint


def _row_error(
    code: str, message: str, index: int, product: Any, *, field: str | None, retryable: bool = False
) -> dict[str, Any]:
    given = product if isinstance(product, dict) else {}
    details: dict[str, Any] = {"retryable": retryable}
    if field is not None:
        details["field"] = field
    return {
        "code": code,
        "message": message,
        "rowIndex": index,
        "externalId": given.get("externalId"),
        "sku": given.get("sku"),
        "details": details,
    }


def create_products(state: SandboxState, payload: dict[str, Any]) -> dict[str, Any]:
    products = payload.get("products")
    if not isinstance(products, list) or not products:
        raise validation_failure({"products": "At least one product is required"})
    if len(products) > MAX_BATCH:
        raise validation_failure(
            {"products": f"At most {MAX_BATCH} products per request (sandbox limit)"}
        )
    accepted: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    failed_rows: set[int] = set()
    seen: dict[str, set[Any]] = {"externalId": set(), "sku": set()}
    with state.lock:
        faults = state.faults
        for index, product in enumerate(products):
            row_errors = _row_problems(state, faults, index, product, seen)
            if row_errors:
                errors += row_errors
                failed_rows.add(index)
                continue
            stored = state.add_product(product)
            accepted.append(
                {"rowIndex": index, "externalId": stored.external_id, "sku": stored.sku}
            )
    return {
        "batchId": f"pb_{uuid.uuid4()}",
        "summary": {"total": len(products), "failed": len(failed_rows), "pending": len(accepted)},
        "acceptedRows": accepted,
        "errors": errors,
    }


def _row_problems(
    state: SandboxState, faults: Faults, index: int, product: Any, seen: dict[str, set[Any]]
) -> list[dict[str, Any]]:
    problems = check_product(product) or store_problems(state, product)
    if problems:
        return [_row_error(VALIDATION, msg, index, product, field=field) for field, msg in problems]
    external_id, sku = product["externalId"], product["sku"]
    for key, value in (("externalId", external_id), ("sku", sku)):
        if value in seen[key]:
            return [
                _row_error(
                    VALIDATION, f"{key} is given twice in this request", index, product, field=key
                )
            ]
        seen[key].add(value)
    rejection = faults.reject_external_ids.get(external_id) or faults.reject_skus.get(sku)
    if rejection is not None:
        return [
            _row_error(
                rejection.code,
                rejection.message,
                index,
                product,
                field=rejection.field,
                retryable=rejection.retryable,
            )
        ]
    if state.by_external_id(external_id) is not None:
        error = _row_error(
            PRD_EXISTS, "Product with this external ID already exists", index, product, field=None
        )
        return [error]  # exactly the seed's shape: details carries only retryable
    if faults.police_skus and state.by_sku(sku) is not None:
        # [sandbox-only] rule and code: the documents do not say what a real server does here.
        return [
            _row_error(
                SANDBOX_SKU_EXISTS,
                "Another product already has this SKU",
                index,
                product,
                field="sku",
            )
        ]
    return []


def delete_products(state: SandboxState, payload: dict[str, Any]) -> dict[str, Any]:
    ids = payload.get("ids")
    if not isinstance(ids, list) or not ids:
        # [seed] the real server names externalIds here, although the body carries ids.
        raise validation_failure({"externalIds": "At least one external ID is required"})
    if len(ids) > MAX_BATCH:
        raise validation_failure({"ids": f"At most {MAX_BATCH} ids per request (sandbox limit)"})
    done: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for index, product_id in enumerate(ids):
        gone = state.delete(product_id) if isinstance(product_id, str) else None
        if gone is None:
            errors.append(
                {
                    "code": PRD_NOT_FOUND,
                    "message": "Product ID not found",
                    "rowIndex": index,
                    "id": product_id,
                }
            )
        else:
            done.append({"id": gone.id, "externalId": gone.external_id})
    return {
        "summary": {"total": len(ids), "succeeded": len(done), "failed": len(errors)},
        "successItems": done,
        "errors": errors,
    }


def product_by_sku(state: SandboxState, params: dict[str, Any]) -> dict[str, Any]:
    product = state.by_sku(params["sku"])
    if product is None:
        raise ApiFailure(
            404,
            PRD_NOT_FOUND,
            "Product not found",
            hint="No product with this SKU",
            context={"sku": params["sku"]},
        )
    return product_json(state, product)


# -- [sandbox-only] admin routes, unauthenticated: the sandbox binds to loopback --------------
async def faults_endpoint(request: Request) -> Response:
    """GET shows the knobs; POST replaces them all (names as in ``Faults``; omitted = off)."""
    state: SandboxState = request.app.state.sandbox
    if request.method == "POST":
        try:
            faults = Faults.from_json(json.loads(await request.body()))
        except ValueError as exc:  # FaultsError, or a body that is not JSON
            message = str(exc) if isinstance(exc, FaultsError) else "the body must be JSON"
            return JSONResponse({"error": message}, status_code=400)
        with state.lock:
            state.faults = faults
    return JSONResponse(state.faults.to_json())


async def reset_endpoint(request: Request) -> Response:
    request.app.state.sandbox.reset()
    return JSONResponse({"reset": True})


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    failure = ApiFailure(
        status,
        SANDBOX_NOT_FOUND if status == 404 else f"SANDBOX_HTTP_{status}",
        "Not found" if status == 404 else "Request not allowed",
        hint="Check the method and path",
    )
    return failure_response(failure)


async def _client_gone(request: Request, exc: Exception) -> Response:
    """The client hung up before its request was read (it gave up waiting): nothing to answer,
    and nothing worth a traceback in the log."""
    return Response(status_code=499)


def catalogue_routes(products: str, inventory: str) -> list[Route]:
    """The product list, one product and the three updates (API.md §4.6–4.9)."""
    return [
        Route(
            products,
            _store_endpoint(list_products, "Products retrieved successfully", False),
            methods=["GET"],
        ),
        Route(
            products + "/prices",
            _store_endpoint(update_prices, "Price update queued", True),
            methods=["PATCH"],
        ),
        Route(
            inventory,
            _store_endpoint(update_inventory, "Inventory update queued", True),
            methods=["PATCH"],
        ),
        Route(
            products + "/{id}",
            _store_endpoint(get_product, "Product retrieved successfully", False),
            methods=["GET"],
        ),
        Route(
            products + "/{id}",
            _store_endpoint(update_product, "Product updated successfully", False, True),
            methods=["PATCH"],
        ),
    ]


def create_app(state: SandboxState | None = None) -> Starlette:
    state = state or SandboxState()
    store = API_PREFIX + "/partner/stores/products"
    app = Starlette(
        routes=[
            Route(
                store + "/bulk",
                _store_endpoint(create_products, "Products processed", True),
                methods=["POST"],
            ),
            Route(
                store + "/deletions",
                _store_endpoint(delete_products, "Products deleted successfully", False),
                methods=["POST"],
            ),
            Route(
                store + "/sku/{sku:path}",
                _store_endpoint(product_by_sku, "Product retrieved", False),
                methods=["GET"],
            ),
            *catalogue_routes(store, API_PREFIX + "/partner/stores/inventory"),
            Route(
                API_PREFIX + "/partner/stores/warehouses",
                recording(
                    _store_endpoint(store_warehouses, "Warehouses retrieved successfully", False)
                ),
                methods=["GET"],
            ),
            *reference_routes(API_PREFIX),
            Route("/__sandbox/faults", faults_endpoint, methods=["GET", "POST"]),
            Route("/__sandbox/reset", reset_endpoint, methods=["POST"]),
        ],
        middleware=[Middleware(FaultInjector, state=state)],
        exception_handlers={HTTPException: _http_error, ClientDisconnect: _client_gone},
    )
    app.state.sandbox = state
    return app
