"""Unit tests of the client over httpx.MockTransport: retry maths, Retry-After, redirects, URLs."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest

from app.partner import (
    ConfigurationError,
    PartnerClient,
    PartnerError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from app.partner.retry import parse_retry_after
from app.partner.signing import sign, string_to_sign
from tests.partner.conftest import SleepRecorder, demo_credentials

BASE = "https://partners.example.test/api/v1"
OK_CREATE = {
    "success": True,
    "requestId": "r-1",
    "meta": {"dispatch": True},
    "data": {"batchId": "pb_1", "summary": {"total": 0}, "acceptedRows": [], "errors": []},
}

Handler = Callable[[httpx.Request], httpx.Response]


def make_client(
    handler: Handler,
    sleeps: SleepRecorder,
    *,
    retry: RetryPolicy | None = None,
    base_url: str = BASE,
    clock: Callable[[], float] = lambda: 1758100350.458,
    follow_redirects: bool = False,
) -> PartnerClient:
    http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=follow_redirects)
    return PartnerClient(
        demo_credentials(base_url),
        http=http,
        sleep=sleeps,
        clock=clock,
        monotonic=sleeps.monotonic,
        retry=retry or RetryPolicy(random=lambda: 0.5),
    )


def answers(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler that plays the given answers in order and records the requests."""
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return handler, seen


def ok() -> httpx.Response:
    return httpx.Response(200, json=OK_CREATE)


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, headers=headers, json={"success": False, "error": {"code": "E"}})


# -- retry maths ------------------------------------------------------------------------------
def test_backoff_is_exponential_capped_and_jittered() -> None:
    low = RetryPolicy(base_delay=1, max_delay=5, jitter=0.5, random=lambda: 0.0)
    high = RetryPolicy(base_delay=1, max_delay=5, jitter=0.5, random=lambda: 1.0)
    assert [low.backoff(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 2.5, 2.5]
    assert [high.backoff(n) for n in (1, 2, 3, 4, 5)] == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_retry_after_wins_but_is_capped() -> None:
    policy = RetryPolicy(max_retry_after=60)
    assert policy.delay(1, 7.0) == 7.0
    assert policy.delay(1, 3600.0) == 60


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        (" 0 ", 0.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("soon", None),
        (None, None),
        ("nan", None),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    now = datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == seconds


# -- retries through the client ---------------------------------------------------------------
def test_429_honours_retry_after_then_succeeds(sleeps: SleepRecorder) -> None:
    handler, seen = answers(status(429, **{"Retry-After": "4"}), ok())
    result = make_client(handler, sleeps).create_products([])
    assert result.batch_id == "pb_1" and len(seen) == 2 and sleeps.delays == [4.0]


def test_5xx_backs_off_and_gives_up_after_max_attempts(sleeps: SleepRecorder) -> None:
    handler, seen = answers(status(503))
    with pytest.raises(ServerError) as caught:
        make_client(handler, sleeps).create_products([])
    assert caught.value.http_status == 503 and len(seen) == 5
    assert sleeps.delays == [0.375, 0.75, 1.5, 3.0]


def test_429_still_after_all_attempts_is_rate_limited(sleeps: SleepRecorder) -> None:
    handler, seen = answers(status(429, **{"Retry-After": "1"}))
    with pytest.raises(RateLimitedError) as caught:
        make_client(handler, sleeps, retry=RetryPolicy(max_attempts=3)).create_products([])
    assert caught.value.retry_after == 1.0 and len(seen) == 3


def test_total_time_bounds_the_retries(sleeps: SleepRecorder) -> None:
    handler, seen = answers(status(429, **{"Retry-After": "100"}))
    with pytest.raises(RateLimitedError):
        make_client(handler, sleeps, retry=RetryPolicy(total_time=150)).create_products([])
    assert len(seen) == 2 and sleeps.delays == [100.0]


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422])
def test_other_4xx_are_not_retried(code: int, sleeps: SleepRecorder) -> None:
    handler, seen = answers(status(code))
    with pytest.raises(PartnerError):
        make_client(handler, sleeps).delete_products(["x"])
    assert len(seen) == 1 and sleeps.delays == []


def test_non_envelope_5xx_is_retried(sleeps: SleepRecorder) -> None:
    handler, seen = answers(httpx.Response(502, text="<html>bad gateway</html>"), ok())
    make_client(handler, sleeps).create_products([])
    assert len(seen) == 2


def test_connect_error_is_safe_to_retry_even_for_create(sleeps: SleepRecorder) -> None:
    handler, seen = answers(httpx.ConnectError("refused"), ok())
    assert make_client(handler, sleeps).create_products([]).request_id == "r-1"
    assert len(seen) == 2


@pytest.mark.parametrize(
    "error",
    [httpx.ReadError("reset"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("gone")],
)
def test_lost_answer_to_create_is_ambiguous_and_not_resent(
    error: Exception, sleeps: SleepRecorder
) -> None:
    handler, seen = answers(error, ok())
    with pytest.raises(TransportError) as caught:
        make_client(handler, sleeps).create_products([])
    assert caught.value.ambiguous and len(seen) == 1
    assert "the request may or may not have been processed" in str(caught.value)


def test_lost_answer_to_get_and_delete_is_retried(sleeps: SleepRecorder) -> None:
    handler, seen = answers(
        httpx.ReadError("reset"),
        httpx.Response(
            200,
            json={
                "success": True,
                "data": {"summary": {"total": 1}, "successItems": [], "errors": []},
            },
        ),
    )
    result = make_client(handler, sleeps).delete_products(["x"])
    assert len(seen) == 2 and result.after_ambiguous_retry is True


def test_unreachable_after_all_attempts_is_not_ambiguous(sleeps: SleepRecorder) -> None:
    handler, _ = answers(httpx.ConnectError("refused"))
    with pytest.raises(TransportError) as caught:
        make_client(handler, sleeps).create_products([])
    assert caught.value.ambiguous is False and caught.value.code == "UNREACHABLE"


# -- what is sent --------------------------------------------------------------------------------
def test_the_signed_bytes_are_the_sent_bytes(sleeps: SleepRecorder) -> None:
    handler, seen = answers(ok())
    make_client(handler, sleeps).delete_products(["946b3ffa-5f9e-412e-acf4-eea306736e63"])
    request = seen[0]
    assert request.content == b'{"ids":["946b3ffa-5f9e-412e-acf4-eea306736e63"]}'
    # API.md's golden vector: same body, same timestamp, same signature
    assert request.headers["x-timestamp"] == "1758100350458"
    assert request.headers["x-signature"] == (
        "sha256=1102570ad750f16adcc326860b8a9317704d49da281c44a6d98b08fadd7981f9"
    )
    assert request.url.path == "/api/v1/partner/stores/products/deletions"


def test_sku_is_url_encoded_and_signed_as_sent(sleeps: SleepRecorder) -> None:
    handler, seen = answers(httpx.Response(404, json={"success": False, "error": {}}))
    assert make_client(handler, sleeps).get_product_by_sku("AB/1 2") is None
    request = seen[0]
    assert request.url.raw_path.endswith(b"/sku/AB%2F1%202")
    message = string_to_sign(
        "GET",
        "/partner/stores/products/sku/AB%2F1%202",
        partner_client_id=request.headers["x-partner-client-id"],
        timestamp=request.headers["x-timestamp"],
        store_client_id=request.headers["x-store-client-id"],
        store_token=request.headers["x-store-token"],
    )
    assert request.headers["x-signature"] == sign("sandbox-partner-secret", message)


def test_404_without_envelope_is_an_error_not_a_missing_product(sleeps: SleepRecorder) -> None:
    handler, _ = answers(httpx.Response(404, text="Not Found"))
    with pytest.raises(PartnerError, match="HTTP 404"):
        make_client(handler, sleeps).get_product_by_sku("1")


# -- redirects, URLs, TLS -------------------------------------------------------------------------
def test_redirect_is_never_followed(sleeps: SleepRecorder) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "evil.example.test":
            raise AssertionError(f"credentials followed a redirect: {request.headers}")
        return httpx.Response(307, headers={"location": "https://evil.example.test/steal"})

    client = make_client(handler, sleeps, follow_redirects=True)  # even if the client would
    with pytest.raises(PartnerError) as caught:
        client.create_products([])
    assert caught.value.code == "REDIRECT" and "evil.example.test" in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://partners-api.tocobagus.net/api/v1",
        "ftp://x/api",
        "http://10.0.0.1/api/v1",
        "not a url",
    ],
)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        PartnerClient(demo_credentials(url), http=httpx.Client())


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8787/api/v1",
        "http://127.8.9.1/api/v1",
        "http://[::1]:8787/api/v1",
        "https://partners-api.tocobagus.net/api/v1",
    ],
)
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    PartnerClient(demo_credentials(url), http=httpx.Client()).close()


def test_a_client_without_tls_verification_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="verification"):
        PartnerClient(demo_credentials(BASE), http=httpx.Client(verify=False))
    own = PartnerClient(demo_credentials(BASE))
    context = own._http._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    own.close()


def test_auth_003_without_current_time_is_not_retried(sleeps: SleepRecorder) -> None:
    body = {"success": False, "error": {"code": "AUTH_003", "details": {"context": {}}}}
    handler, seen = answers(httpx.Response(401, content=json.dumps(body).encode()))
    with pytest.raises(PartnerError) as caught:
        make_client(handler, sleeps).create_products([])
    assert caught.value.code == "AUTH_003" and len(seen) == 1


@pytest.mark.parametrize(
    ("call", "data"),
    [
        ("create", "accepted"),
        ("create", {"acceptedRows": "all"}),
        ("create", {"errors": [{"rowIndex": "first"}]}),
        ("create", {"batchId": ["pb_1"]}),
        ("delete", {"successItems": [{"id": ["x"]}]}),
        ("sku", {"sku": {"value": "480166"}}),
    ],
)
def test_a_success_whose_data_cannot_be_read_is_a_partner_error(
    call: str, data: object, sleeps: SleepRecorder
) -> None:
    """Callers handle PartnerError; a pydantic ValidationError would crash the job instead."""
    body = {"success": True, "requestId": "r-9", "data": data}
    client = make_client(answers(httpx.Response(200, json=body))[0], sleeps)
    calls = {
        "create": lambda: client.create_products([]),
        "delete": lambda: client.delete_products(["x"]),
        "sku": lambda: client.get_product_by_sku("480166"),
    }
    with pytest.raises(PartnerError) as caught:
        calls[call]()
    assert caught.value.code == "UNEXPECTED_ANSWER" and caught.value.request_id == "r-9"
    assert "may or may not have been processed" in str(caught.value)
