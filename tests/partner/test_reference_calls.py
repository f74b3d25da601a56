"""The reference calls (API.md §4.4) carry no credential, no signature, no store header; the
warehouses call (§4.5) is signed. Unit tests over MockTransport, then the sandbox's own record
of what it received over real HTTP."""

from __future__ import annotations

import httpx
import pytest

from app.catalog.store_data import Entry, Warehouse
from app.partner import PartnerClient, PartnerError, RetryPolicy
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.partner.conftest import SleepRecorder, demo_credentials

BASE = "https://partners.example.test/api/v1"
SECRETS = (DEMO_CREDENTIALS.partner_secret, DEMO_CREDENTIALS.store_token)
FASHION = "2fde2994-28a8-4d09-a128-6d744b9e1323"
KAOS = "0e882586-c506-4792-a831-02767a68dae2"
ATASAN = "0e882586-c506-4792-a831-02767a6844e2"
KAOS_OBLONG = "d86db295-41c3-423d-a2c2-a59724f38316"


def ok(data: object) -> httpx.Response:
    return httpx.Response(200, json={"success": True, "requestId": "r-1", "data": data})


def recording_client(
    sleeps: SleepRecorder, *answers: httpx.Response
) -> tuple[PartnerClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0) if len(queue) > 1 else queue[0]

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = PartnerClient(
        demo_credentials(BASE),
        http=http,
        sleep=sleeps,
        monotonic=sleeps.monotonic,
        retry=RetryPolicy(random=lambda: 0.5),
    )
    return client, seen


def assert_anonymous(request: httpx.Request) -> None:
    assert not [name for name in request.headers if name.lower().startswith("x-")]
    assert "authorization" not in request.headers
    for secret in SECRETS:
        assert secret not in str(request.url) and secret not in str(request.headers)
    assert request.content == b""


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda c: c.categories(), "/api/v1/partner/reference/categories"),
        (
            lambda c: c.sub_categories(FASHION),
            f"/api/v1/partner/reference/sub-categories?categoryId={FASHION}",
        ),
        (
            lambda c: c.types(KAOS),
            f"/api/v1/partner/reference/types?subCategoryId={KAOS}",
        ),
        (
            lambda c: c.brands("Levi's & Co", limit=5),
            "/api/v1/partner/reference/brands?q=Levi%27s%20%26%20Co&limit=5",
        ),
    ],
)
def test_a_reference_call_sends_no_credential_and_reads_entries(
    sleeps: SleepRecorder, call, path: str
) -> None:
    client, seen = recording_client(sleeps, ok([{"id": "a", "name": "Kaos"}]))
    assert call(client) == [Entry("a", "Kaos")]
    (request,) = seen
    assert request.method == "GET"
    assert request.url.raw_path.decode() == path
    assert_anonymous(request)


def test_a_reference_call_is_retried_after_429_and_still_unsigned(sleeps: SleepRecorder) -> None:
    limited = httpx.Response(429, headers={"retry-after": "2"}, json={"success": False})
    client, seen = recording_client(sleeps, limited, ok([]))
    assert client.categories() == []
    assert len(seen) == 2 and sleeps.delays == [2.0]
    for request in seen:
        assert_anonymous(request)


def test_brand_limit_is_kept_within_the_documented_100(sleeps: SleepRecorder) -> None:
    client, seen = recording_client(sleeps, ok([]))
    client.brands("a", limit=500)
    assert seen[0].url.params["limit"] == "100"


@pytest.mark.parametrize("data", [{"id": "a"}, [{"id": "a"}], [{"name": "Kaos"}], ["Kaos"], None])
def test_an_unreadable_reference_answer_is_an_error_not_a_partial_list(
    sleeps: SleepRecorder, data: object
) -> None:
    client, _ = recording_client(sleeps, ok(data))
    with pytest.raises(PartnerError) as caught:
        client.categories()
    assert caught.value.code == "UNEXPECTED_ANSWER"


def test_warehouses_is_a_signed_store_call(sleeps: SleepRecorder) -> None:
    client, seen = recording_client(
        sleeps,
        ok(
            [
                {"clientId": "wh_1", "name": "Gudang Bandung", "isDefault": True},
                {"clientId": 7, "name": "B"},
            ]
        ),
    )
    assert client.warehouses() == [Warehouse("wh_1", "Gudang Bandung", True), Warehouse("7", "B")]
    headers = seen[0].headers
    assert seen[0].url.raw_path == b"/api/v1/partner/stores/warehouses"
    assert headers["x-store-client-id"] == DEMO_CREDENTIALS.store_client_id
    assert headers["x-signature"].startswith("sha256=")


# -- against the sandbox: what the server received ---------------------------------------------
def test_the_sandbox_received_no_credential_on_any_reference_call(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    categories = client.categories()
    subs = client.sub_categories(FASHION)
    client.types(KAOS)
    client.brands("uniqlo")
    received = list(sandbox.state.store_data_requests)
    assert [r.path.rsplit("/", 1)[1] for r in received] == [
        "categories",
        "sub-categories",
        "types",
        "brands",
    ]
    for request in received:
        assert not [name for name in request.headers if name.startswith("x-")], request
        for secret in (*SECRETS, DEMO_CREDENTIALS.partner_client_id):
            assert secret not in str(request.headers) and secret not in request.query
    assert Entry(FASHION, "Fashion Pria") in categories
    assert {Entry(KAOS, "Kaos"), Entry(ATASAN, "Atasan")} <= set(subs)


def test_the_seed_type_sits_under_both_seed_sub_categories(client: PartnerClient) -> None:
    assert Entry(KAOS_OBLONG, "Kaos Oblong") in client.types(KAOS)
    assert Entry(KAOS_OBLONG, "Kaos Oblong") in client.types(ATASAN)


def test_an_unknown_parent_answers_an_empty_list(client: PartnerClient) -> None:
    assert client.sub_categories("00000000-0000-0000-0000-000000000000") == []
    assert client.types("not-even-a-uuid") == []


def test_brands_are_searched_by_a_part_of_the_name_case_insensitively(
    client: PartnerClient,
) -> None:
    found = client.brands("UNIQ")
    assert Entry("addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea", "Uniqlo") in found
    assert len(client.brands("a")) == 20  # the default limit
    assert len(client.brands("a", limit=100)) == 100


def test_the_demo_store_has_two_warehouses_and_the_call_arrived_signed(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    warehouses = client.warehouses()
    assert [w.name for w in warehouses] == ["Gudang Jakarta", "Gudang Surabaya"]
    assert [w.is_default for w in warehouses] == [True, False]
    (request,) = sandbox.state.store_data_requests
    assert request.headers["x-store-client-id"] == DEMO_CREDENTIALS.store_client_id
    assert "x-signature" in request.headers


def test_a_store_without_warehouses_answers_an_empty_list(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    sandbox.state.warehouses[DEMO_CREDENTIALS.store_client_id] = []
    assert client.warehouses() == []
