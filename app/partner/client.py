"""The Toco partner API client (API.md §2–§5) over an injected ``httpx.Client``.

Each call serialises its body once, signs those exact bytes and sends them. Retries follow
``RetryPolicy``; a request whose connection was lost *after* it was sent is never sent again
when doing so could duplicate its effect (``create_products``): ``TransportError(ambiguous=True)``
tells the caller to look before it sends again. On AUTH_003 the client learns the server's clock
offset, re-signs with a fresh timestamp and tries once more; the offset is kept for later calls.
"""

from __future__ import annotations

import json
import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from app.partner.answers import (
    AUTH_TIMESTAMP,
    read_answer,
    read_data,
    server_time_ms,
)
from app.partner.catalogue import CatalogueCalls
from app.partner.credentials import Credentials, check_tls_verification, checked_base_url
from app.partner.envelopes import CreateData, DeleteData, Envelope, ProductData
from app.partner.errors import (
    CERTIFICATE_MESSAGE,
    AuthError,
    ConfigurationError,
    NotFoundError,
    PartnerError,
    RetryableError,
    TransportError,
)
from app.partner.paths import path_segment
from app.partner.plain_answers import plain_create_result
from app.partner.redaction import install_redaction, mask_headers, register_secret
from app.partner.reference import ReferenceCalls
from app.partner.results import (
    CreateResult,
    DeleteResult,
    ProductInfo,
    create_result,
    delete_result,
    product_info,
)
from app.partner.retry import NOT_SENT_ERRORS, RetryPolicy
from app.partner.signing import DEFAULT_SIGNING, SigningOptions, sign, string_to_sign

log = logging.getLogger(__name__)

CREATE_PATH = "/partner/stores/products/bulk"
DELETE_PATH = "/partner/stores/products/deletions"
SKU_PATH = "/partner/stores/products/sku/"
_BULK_PATHS = frozenset({CREATE_PATH, DELETE_PATH})
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "toco-uploader"
#: codes of TransportError (ours: no answer, so no store code)
CONNECTION_LOST = "CONNECTION_LOST"  # sent, answer lost
UNREACHABLE = "UNREACHABLE"  # never sent
CERTIFICATE = "CERTIFICATE"  # the store's TLS certificate could not be verified


@dataclass(frozen=True, slots=True)
class _Answer:
    envelope: Envelope
    after_lost_connection: bool  # an earlier attempt was sent and its answer lost
    #: the call's result read straight from a plainly shaped answer (``fast``); ``envelope`` is
    #: then ``_READ_PLAIN``, not built
    plain: Any = None


#: the envelope of an answer read without the models (``_Answer.plain`` holds what it said)
_READ_PLAIN = Envelope.model_construct(success=True)


def serialise(payload: Any) -> bytes:
    """The exact bytes that are signed and sent."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


def serialise_plain(payload: Any) -> bytes:
    """``serialise(payload)``, written by orjson, for a payload of plain JSON values only:
    texts, whole numbers, yes/no, None, and lists and dicts (text keys) of them — no floats,
    no other types (product payloads are such: ``app.catalog.payload``). For those orjson
    writes json's very bytes, several times faster; what it refuses (a number beyond 64 bits,
    a deeper nesting than it takes, a key that is not text, a lone surrogate) goes through
    ``serialise``, which then gives its own bytes or its own error."""
    try:
        return orjson.dumps(payload)
    except orjson.JSONEncodeError:
        return serialise(payload)


class PartnerClient(ReferenceCalls, CatalogueCalls):
    """The store calls (signed), the reference calls (unsigned, from `ReferenceCalls`) and the
    catalogue's list, product and updates (from `CatalogueCalls`)."""

    def __init__(
        self,
        credentials: Credentials,
        http: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        signing: SigningOptions = DEFAULT_SIGNING,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        install_redaction()
        register_secret(credentials.partner_secret)
        register_secret(credentials.store_token)
        self._base = checked_base_url(credentials.base_url)
        self._credentials = credentials
        self._owns_http = http is None
        self._http = http or httpx.Client(
            timeout=DEFAULT_TIMEOUT, verify=True, follow_redirects=False, trust_env=False
        )  # trust_env=False: no proxy (nor certificate file) from the environment
        check_tls_verification(self._http)
        self._retry = retry or RetryPolicy()
        self._signing = signing
        self._clock = clock
        self._sleep = sleep
        self._monotonic = monotonic
        #: server clock minus ours, in ms; learnt from AUTH_003 answers
        self.clock_offset_ms = 0
        #: HTTP requests sent so far, every retry included (a job reports what it added)
        self.attempts = 0
        self._attempts_lock = threading.Lock()
        #: the bulk paths' checked URLs (any other path is parsed each time)
        self._urls: dict[str, httpx.URL] = {}

    def __repr__(self) -> str:
        return (
            f"PartnerClient(base_url={str(self._base)!r}, "
            f"store_client_id={self._credentials.store_client_id!r})"
        )

    # -- the three calls ---------------------------------------------------------------------
    def create_products(
        self, products: list[dict[str, Any]], *, plain: bool = False
    ) -> CreateResult:
        """Bulk create; never re-sent after a connection lost mid-request (see module doc).
        ``plain``: the products hold plain JSON values only (``serialise_plain``), as product
        payloads do: the body is written by orjson, the same bytes."""
        answer = self._call(
            "POST",
            CREATE_PATH,
            {"products": products},
            replay_safe=False,
            plain=plain,
            fast=plain_create_result,
        )
        if answer.plain is not None:  # a plainly shaped answer: the same result, no models
            result: CreateResult = answer.plain
            return result
        env = answer.envelope
        data = read_data(CreateData, env)
        return create_result(data, env.request_id, env.meta.dispatch if env.meta else None)

    def delete_products(self, ids: Iterable[str]) -> DeleteResult:
        answer = self._call("POST", DELETE_PATH, {"ids": list(ids)}, replay_safe=True)
        data = read_data(DeleteData, answer.envelope)
        return delete_result(data, answer.envelope.request_id, answer.after_lost_connection)

    def get_product_by_sku(self, sku: str) -> ProductInfo | None:
        """The product with this SKU, or None when the store answers 404."""
        try:
            answer = self._call("GET", SKU_PATH + path_segment(sku), None, replay_safe=True)
        except NotFoundError:
            return None
        data = read_data(ProductData, answer.envelope)
        return product_info(data, answer.envelope.request_id)

    def _send(
        self, method: str, path: str, payload: Any, *, replay_safe: bool
    ) -> tuple[Envelope, bool]:
        answer = self._call(method, path, payload, replay_safe=replay_safe)
        return answer.envelope, answer.after_lost_connection

    def _get(self, path: str, *, signed: bool) -> Envelope:
        return self._call("GET", path, None, replay_safe=True, signed=signed).envelope

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> PartnerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sending -----------------------------------------------------------------------------
    def _timestamp(self) -> str:
        return str(int(self._clock() * 1000) + self.clock_offset_ms)

    def _request(self, method: str, path: str, body: bytes, signed: bool) -> httpx.Request:
        """The request to send; unsigned (a reference call) it carries no credential, no
        signature and no ``x-`` header at all (API.md §4.4)."""
        headers = self._signed_headers(method, path, body) if signed else {}
        headers |= {"accept": "application/json", "user-agent": USER_AGENT}
        if body:
            headers["content-type"] = "application/json"
        url = self._urls.get(path)
        if url is None:
            url = httpx.URL(str(self._base) + path)
            if url.raw_path != self._base.raw_path + path.encode("ascii"):  # "/./" resolved
                raise ConfigurationError(
                    f"the request path would change after signing: {path!r}", code="BAD_PATH"
                )
            if path in _BULK_PATHS:  # parsed once, not for every chunk
                self._urls[path] = url
        return httpx.Request(method, url, headers=headers, content=body)

    def _signed_headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        c = self._credentials
        timestamp = self._timestamp()
        message = string_to_sign(
            method,
            path,
            partner_client_id=c.partner_client_id,
            timestamp=timestamp,
            body=body,
            store_client_id=c.store_client_id,
            store_token=c.store_token,
            options=self._signing,
        )
        return {
            "x-partner-client-id": c.partner_client_id,
            "x-store-client-id": c.store_client_id,
            "x-store-token": c.store_token,
            "x-timestamp": timestamp,
            "x-signature": sign(c.partner_secret, message, self._signing),
        }

    def _call(
        self,
        method: str,
        path: str,
        payload: Any,
        *,
        replay_safe: bool,
        signed: bool = True,
        plain: bool = False,
        fast: Callable[[httpx.Response], Any] | None = None,
    ) -> _Answer:
        """``fast``: reads a success answer straight into the call's result, or gives None
        (then the answer is read the usual way: envelope, error, models)."""
        write = serialise_plain if plain else serialise
        body = b"" if payload is None else write(payload)
        started = self._monotonic()
        attempts = 0
        clock_fixed = False
        lost_after_sending = False
        while True:
            attempts += 1
            request = self._request(method, path, body, signed)
            if log.isEnabledFor(logging.DEBUG):  # the masked headers only when logged
                log.debug(
                    "-> %s %s attempt %d headers=%s",
                    method,
                    request.url,
                    attempts,
                    mask_headers(request.headers),
                )
            with self._attempts_lock:
                self.attempts += 1
            try:
                response = self._http.send(request, follow_redirects=False)
            except httpx.TransportError as exc:
                if _certificate_unverified(exc):  # waiting does not mend it: never retried
                    raise TransportError(
                        f"{CERTIFICATE_MESSAGE} ({_innermost(exc)})",
                        ambiguous=False,
                        code=CERTIFICATE,
                    ) from exc
                sent = not isinstance(exc, NOT_SENT_ERRORS)
                if sent and not replay_safe:
                    log.warning(
                        "%s %s: connection lost after sending (%s); not re-sent",
                        method,
                        path,
                        type(exc).__name__,
                    )
                    raise TransportError(
                        f"connection lost after sending ({type(exc).__name__})",
                        ambiguous=True,
                        code=CONNECTION_LOST,
                    ) from exc
                lost_after_sending = lost_after_sending or sent
                failure: PartnerError = TransportError(
                    f"no answer from the store ({type(exc).__name__})",
                    ambiguous=lost_after_sending,
                    code=CONNECTION_LOST if lost_after_sending else UNREACHABLE,
                )
                retry_after: float | None = None
            else:
                log.debug(
                    "<- %s %s HTTP %d requestId-header=%s",
                    method,
                    path,
                    response.status_code,
                    response.headers.get("x-request-id"),
                )
                try:
                    if fast is not None:
                        result = fast(response)
                        if result is not None:
                            return _Answer(_READ_PLAIN, lost_after_sending, result)
                    return _Answer(read_answer(response), lost_after_sending)
                except RetryableError as err:
                    failure, retry_after = err, err.retry_after
                except AuthError as err:
                    if err.code != AUTH_TIMESTAMP or clock_fixed or not self._learn_offset(err):
                        raise
                    clock_fixed = True
                    attempts -= 1  # the clock retry is extra, not one of the policy's attempts
                    continue
            delay = self._retry.delay(attempts, retry_after)
            if not self._retry.allows(attempts, self._monotonic() - started, delay):
                raise failure
            log.info("%s %s: %s; retry %d in %.2f s", method, path, failure, attempts, delay)
            self._sleep(delay)

    def _learn_offset(self, error: PartnerError) -> bool:
        server_ms = server_time_ms(error)
        if server_ms is None:
            return False
        self.clock_offset_ms = server_ms - int(self._clock() * 1000)
        log.warning(
            "the store's clock differs from ours by %d ms; re-signing with it", self.clock_offset_ms
        )
        return True


def _certificate_unverified(exc: BaseException) -> bool:
    """Whether a connection failed because the store's TLS certificate was not verified."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _innermost(exc: BaseException) -> str:
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return str(getattr(exc, "verify_message", None) or exc)
