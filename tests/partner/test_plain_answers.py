"""A bulk-create answer read without pydantic is the model's reading, or left to it (issue 16).

``plain_create_result`` reads the upload's answers with plain dict access. Whatever it returns
must be exactly what the model way (``read_answer`` → ``read_data(CreateData)`` →
``create_result``) gives for the same HTTP answer; whenever a value is not plainly shaped it must
give None, so the model way reads it — the same result or the same clear error. Checked over
random answers, plainly shaped and odd, and through ``create_products`` on the wire.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.partner import Credentials, PartnerClient, PartnerError
from app.partner.answers import read_answer, read_data
from app.partner.envelopes import CreateData
from app.partner.plain_answers import plain_create_result
from app.partner.results import AcceptedRow, CreateResult, create_result

URL = "https://store.example/api/v1/partner/stores/products/bulk"
texts = st.one_of(st.none(), st.text(max_size=8))
odd = st.one_of(
    st.integers(-3, 3),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "7", "true", "1.0"]),
    st.builds(list),  # fresh each time: the tests put values into what they draw
    st.builds(dict),
    st.builds(lambda: {"x": 1}),
)
wholes = st.one_of(st.none(), st.integers(-2, 200))
yes_no = st.one_of(st.none(), st.booleans())


def maybe(plain: st.SearchStrategy[Any], *, odd_too: bool) -> st.SearchStrategy[Any]:
    """Mostly the plain value; sometimes an odd one (``odd_too``); sometimes the key left out."""
    return st.integers(0, 9).flatmap(
        lambda k: odd if k == 0 and odd_too else st.just(MISSING) if k == 1 else plain
    )


MISSING: Any = object()


def entry(odd_too: bool = True, **fields: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries({k: maybe(v, odd_too=odd_too) for k, v in fields.items()}).map(
        lambda d: {k: v for k, v in d.items() if v is not MISSING}
    )


def shapes(odd_too: bool) -> tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    """(data, meta) of a create answer, with odd values or plain only."""
    accepted_rows = entry(odd_too, rowIndex=wholes, externalId=texts, sku=texts, id=texts)
    details = entry(
        odd_too, retryable=yes_no, field=texts, hint=texts, context=st.builds(lambda: {"a": 1})
    )
    row_errors = entry(
        odd_too,
        code=texts,
        message=texts,
        rowIndex=wholes,
        externalId=texts,
        sku=texts,
        id=texts,
        details=st.one_of(st.none(), details),
    )
    summary = entry(odd_too, total=wholes, failed=wholes, pending=wholes)
    data = entry(
        odd_too,
        batchId=texts,
        summary=st.one_of(st.none(), summary),
        acceptedRows=st.one_of(st.none(), st.lists(accepted_rows, max_size=4)),
        errors=st.one_of(st.none(), st.lists(row_errors, max_size=4)),
        extra=st.builds(lambda: [1, 2]),
    )
    meta = entry(
        odd_too, timestamp=texts, durationMs=st.one_of(st.none(), st.floats(0, 10)), dispatch=yes_no
    )
    return data, meta


data, meta = shapes(odd_too=True)
answer = entry(
    success=st.one_of(st.just(True), st.just(True), st.just(False)),
    message=texts,
    requestId=texts,
    meta=st.one_of(st.none(), meta),
    data=st.one_of(data, data, st.none()),
    error=st.one_of(st.none(), st.none(), st.builds(lambda: {"code": "X"})),
)
plain_data, plain_meta = shapes(odd_too=False)
plain_answer = st.builds(
    lambda rest, inside: {"success": True, **rest, "data": inside},
    entry(False, message=texts, requestId=texts, meta=st.one_of(st.none(), plain_meta)),
    plain_data,
)
python_names = st.sampled_from(
    [
        ("", "request_id"),
        ("data", "batch_id"),
        ("data", "accepted_rows"),
        ("meta", "duration_ms"),
        ("row", "row_index"),
        ("row", "external_id"),
    ]
)


def places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value a field sits at (dict keys and list items, any depth)."""
    found: list[tuple[Any, ...]] = []
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, inner in items:
        found.append((*path, key))
        if isinstance(inner, dict | list):
            found.extend(places(inner, (*path, key)))
    return found


def response(body: bytes, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request("POST", URL))


def model_way(resp: httpx.Response) -> Any:
    """The answer read through the models, as before: the result, or the error's type,
    code and message."""
    try:
        env = read_answer(resp)
        got = read_data(CreateData, env)
        return create_result(got, env.request_id, env.meta.dispatch if env.meta else None)
    except PartnerError as exc:
        return (type(exc), exc.code, exc.message)


def check(resp: httpx.Response) -> CreateResult | None:
    fast = plain_create_result(resp)
    if fast is not None:  # by repr: 1 == True, but the result must hold the very values
        assert repr(fast) == repr(model_way(resp))
    return fast


@settings(max_examples=300, deadline=None)
@given(body=answer, status=st.sampled_from([200, 200, 201, 207, 400, 422, 500]))
def test_random_answers_read_as_the_models_read_them(body: dict[str, Any], status: int) -> None:
    check(response(json.dumps(body).encode(), status))


FULL = {
    "success": True,
    "message": "ok",
    "requestId": "req-7",
    "meta": {"timestamp": "t", "durationMs": 1.5, "dispatch": True},
    "data": {
        "batchId": "b-7",
        "summary": {"total": 3, "failed": 1, "pending": 2},
        "acceptedRows": [
            {"rowIndex": 0, "externalId": "e0", "sku": "A", "id": "p0"},
            {"rowIndex": 2, "externalId": "e2", "sku": "C", "id": None},
        ],
        "errors": [
            {
                "code": "VAL_003",
                "message": "Harga harus angka",
                "rowIndex": 1,
                "externalId": "e1",
                "sku": "B",
                "id": None,
                "details": {"retryable": False, "field": "price", "hint": "isi angka"},
            }
        ],
    },
}
ODD_VALUES = [0, 1, 2, True, False, 1.0, 2.5, "", "1", "true", [], {}, {"x": 1}, None]


@pytest.mark.parametrize("where", places(FULL), ids=lambda w: ".".join(map(str, w)))
def test_every_value_made_odd_in_a_full_answer(where: tuple[Any, ...]) -> None:
    """Every field of an answer holding every field, given each odd value in turn: the model's
    very result, or left to the model."""
    assert check(response(json.dumps(FULL).encode())) is not None
    for value in ODD_VALUES:
        body = json.loads(json.dumps(FULL))
        *parent_path, key = where
        parent: Any = body
        for step in parent_path:
            parent = parent[step]
        parent[key] = value
        check(response(json.dumps(body).encode()))


@settings(max_examples=200, deadline=None)
@given(body=plain_answer, choice=st.data())
def test_one_odd_value_anywhere_reads_as_the_model_reads_it(
    body: dict[str, Any], choice: Any
) -> None:
    """A plainly shaped answer takes the plain way; the same answer with any one value made
    odd (a number for a text, 1 for yes, a text for a number, a list, an object) gives the
    model's very result or is left to the model."""
    assert check(response(json.dumps(body).encode())) is not None
    where = choice.draw(st.sampled_from(places(body)))
    *parent_path, key = where
    parent: Any = body
    for step in parent_path:
        parent = parent[step]
    parent[key] = choice.draw(odd)
    check(response(json.dumps(body).encode()))


@settings(max_examples=200, deadline=None)
@given(body=answer, where=python_names, value=st.one_of(st.integers(0, 3), st.text(max_size=3)))
def test_a_field_spelled_by_its_python_name_is_left_to_the_model(
    body: dict[str, Any], where: tuple[str, str], value: Any
) -> None:
    place, key = where
    if place == "":
        body[key] = value
    elif place in ("data", "meta"):
        if not isinstance(body.get(place), dict):
            body[place] = {}
        body[place][key] = value
    else:
        body.setdefault("data", {}) if isinstance(body.get("data"), dict) else None
        if not isinstance(body.get("data"), dict):
            body["data"] = {}
        body["data"]["acceptedRows"] = [{key: value}]
    resp = response(json.dumps(body).encode())
    assert plain_create_result(resp) is None
    model_way(resp)  # whatever the model makes of it is what the upload sees


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {"rowIndex": st.integers(0, 99), "externalId": st.text(), "sku": st.text()}
        ),
        max_size=6,
    ),
    errors=st.lists(
        st.fixed_dictionaries(
            {
                "code": st.sampled_from(["PRD_002", "VAL_003", "CAT_001"]),
                "message": st.text(),
                "rowIndex": st.integers(0, 99),
                "details": st.fixed_dictionaries(
                    {"field": st.sampled_from(["price", "sku"]), "retryable": st.booleans()}
                ),
            }
        ),
        max_size=3,
    ),
    dispatch=yes_no,
)
def test_plainly_shaped_answers_take_the_plain_way(
    rows: list[dict[str, Any]], errors: list[dict[str, Any]], dispatch: bool | None
) -> None:
    body = {
        "success": True,
        "message": "Bulk create accepted",
        "requestId": "req-1",
        "meta": {"timestamp": "2026-01-01T00:00:00Z", "durationMs": 12, "dispatch": dispatch},
        "data": {
            "batchId": "batch-9",
            "summary": {"total": 9, "failed": len(errors), "pending": len(rows)},
            "acceptedRows": rows,
            "errors": errors,
        },
    }
    fast = check(response(json.dumps(body, ensure_ascii=False).encode()))
    assert fast is not None
    assert [a.row_index for a in fast.accepted] == [r["rowIndex"] for r in rows]
    assert fast.dispatch is dispatch


@pytest.mark.parametrize(
    "body",
    [
        b'{"success": true, "data": {"batchId": "b", "summary": {"total": NaN}}}',
        b'\xef\xbb\xbf{"success": true, "data": {}}',  # a BOM: json reads it, orjson does not
        b'{"success": true, "data": {"acceptedRows": [{"rowIndex": 123456789012345678901}]}}',
        b'{"success": true, "data": {"acceptedRows": [{"rowIndex": 1.0, "sku": 7}]}}',
        b'{"success": true, "data": {"errors": [{"code": "X", "details": []}]}}',
        b'{"success": true, "data": {"acceptedRows": {"rowIndex": 1}}}',
        b'{"success": true, "data": null}',
        b'{"success": "yes", "data": {}}',
        b'{"success": true, "requestId": 12, "data": {}}',
        b"[]",
        b"not json",
        b'{"success": true, "data": {"batchId": "\\ud800"}}',
    ],
)
def test_what_is_not_plain_is_left_to_the_model(body: bytes) -> None:
    resp = response(body)
    assert plain_create_result(resp) is None
    model_way(resp)


def test_a_malformed_answer_is_still_a_clear_error_through_create_products() -> None:
    """An acceptedRows entry whose rowIndex is a list: the model's UNEXPECTED_ANSWER error,
    naming where, as before — not a crash, not a silent empty result."""
    bad = {"success": True, "requestId": "r1", "data": {"acceptedRows": [{"rowIndex": [1]}]}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=bad)

    creds = Credentials("https://store.example/api/v1", "p", "secret-s", "s", "token-t")
    http = httpx.Client(transport=httpx.MockTransport(handler))
    with PartnerClient(creds, http=http) as c, pytest.raises(PartnerError) as caught:
        c.create_products([{"sku": "A"}])
    assert caught.value.code == "UNEXPECTED_ANSWER"
    assert "data.acceptedRows.0.rowIndex" in caught.value.message
    assert caught.value.request_id == "r1"


def test_create_products_returns_the_plain_reading() -> None:
    good = {
        "success": True,
        "requestId": "r2",
        "meta": {"dispatch": True},
        "data": {
            "batchId": "b2",
            "summary": {"total": 2, "failed": 1, "pending": 1},
            "acceptedRows": [{"rowIndex": 0, "externalId": "e0", "sku": "A"}],
            "errors": [{"code": "VAL_003", "message": "Harga", "rowIndex": 1, "sku": "B"}],
        },
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=good)

    creds = Credentials("https://store.example/api/v1", "p", "secret-s", "s", "token-t")
    with PartnerClient(creds, http=httpx.Client(transport=httpx.MockTransport(handler))) as c:
        got = c.create_products([{"sku": "A"}, {"sku": "B"}], plain=True)
    assert got == model_way(response(json.dumps(good).encode()))
    assert got.accepted == [AcceptedRow(0, "e0", "A", None)]
    assert got.errors[0].message == "Harga" and got.errors[0].row_index == 1
    assert got.batch_id == "b2" and got.request_id == "r2" and got.dispatch is True
