"""The seeds' example answers, parsed verbatim; unknown and missing fields tolerated."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from app.partner.answers import error_for, read_answer
from app.partner.envelopes import CreateData, DeleteData, Envelope
from app.partner.errors import AuthError, RequestValidationError, StoreAccessError
from app.partner.results import create_result, delete_result
from tests.partner import seed_answers as seeds

SEEDS_DIR = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.mark.parametrize(
    ("name", "answers"), [("create", seeds.CREATE_ANSWERS), ("delete", seeds.DELETE_ANSWERS)]
)
def test_fixtures_are_verbatim_copies_of_the_seeds(name: str, answers: list[str]) -> None:
    path = SEEDS_DIR / seeds.SEED_FILES[name]
    if not path.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    text = path.read_text(encoding="utf-8")
    for answer in answers:
        assert answer in text


@pytest.mark.parametrize("text", seeds.CREATE_ANSWERS + seeds.DELETE_ANSWERS)
def test_every_seed_answer_parses(text: str) -> None:
    envelope = Envelope.model_validate_json(text)
    assert envelope.request_id and len(envelope.request_id) == 36


def test_create_success_seed() -> None:
    envelope = Envelope.model_validate_json(seeds.CREATE_SUCCESS)
    assert envelope.meta is not None and envelope.meta.duration_ms == 28
    result = create_result(
        CreateData.model_validate(envelope.data), envelope.request_id, envelope.meta.dispatch
    )
    assert result.request_id == "57e21bea-d7f8-4ff1-8d6b-022e9fe302d8"
    assert result.batch_id == "pb_c4c90be3-de55-4fb5-aeac-6b064a1cb9dd"
    assert (result.summary.total, result.summary.failed, result.summary.pending) == (2, 1, 1)
    assert result.dispatch is True
    (accepted,) = result.accepted
    assert (accepted.row_index, accepted.external_id, accepted.sku) == (
        1,
        "52a3bcfb-62ea-4711-a4c1-b6847a981256",
        "480167",
    )
    (error,) = result.errors
    assert (error.code, error.row_index, error.sku, error.retryable, error.field) == (
        "PRD_002",
        0,
        "480166",
        False,
        None,
    )
    assert error.message == "Product with this external ID already exists"


def test_delete_success_seed() -> None:
    envelope = Envelope.model_validate_json(seeds.DELETE_SUCCESS)
    result = delete_result(DeleteData.model_validate(envelope.data), envelope.request_id)
    assert (result.summary.total, result.summary.succeeded, result.summary.failed) == (2, 1, 1)
    assert [(i.id, i.external_id) for i in result.success_items] == [
        ("66721951-5f60-47fa-828c-29040fd3595f", "bace66be-47c4-4f72-868c-ad792da8b210")
    ]
    (error,) = result.errors
    assert (error.code, error.row_index, error.id) == (
        "PRD_014",
        0,
        "946b3ffa-5f9e-412e-acf4-eea306736e63",
    )


def seed_error(text: str, status: int) -> Exception:
    return error_for(status, Envelope.model_validate_json(text), httpx.Headers())


@pytest.mark.parametrize("text", [seeds.CREATE_AUTH_003, seeds.DELETE_AUTH_003])
def test_auth_003_seeds(text: str) -> None:
    error = seed_error(text, 401)
    assert isinstance(error, AuthError) and error.code == "AUTH_003"
    assert error.hint == "Request timestamp must be within 300 seconds"
    assert set(error.context) == {"providedTimestamp", "currentTime", "ageSeconds"}
    assert error.request_id == json.loads(text)["requestId"]


def test_auth_014_seed() -> None:
    error = seed_error(seeds.CREATE_AUTH_014, 403)
    assert isinstance(error, StoreAccessError)
    assert error.context == {"storeClientId": "str_TGIxyboe7-Rz"}
    assert error.hint == "Store not found, access blocked, or invalid token"
    assert "ad531908-7fa9-41ea-bcf8-76b6b9c95a05" in str(error)


def test_auth_014_is_store_access_whatever_the_status() -> None:
    assert isinstance(seed_error(seeds.CREATE_AUTH_014, 200), StoreAccessError)


def test_val_001_seed_gives_the_field_map() -> None:
    error = seed_error(seeds.DELETE_VAL_001, 400)
    assert isinstance(error, RequestValidationError)
    assert error.field_errors == {"externalIds": "At least one external ID is required"}


def test_extra_and_missing_fields_are_tolerated() -> None:
    envelope = Envelope.model_validate(
        {
            "success": True,
            "data": {
                "batchId": None,
                "acceptedRows": None,
                "errors": [{"code": "X_1", "rowIndex": 3, "new": 1, "details": None}],
                "newThing": {"a": 1},
            },
            "extra": True,
        }
    )
    result = create_result(CreateData.model_validate(envelope.data), None, None)
    assert result.accepted == [] and result.errors[0].row_index == 3
    assert result.errors[0].message == "X_1" and result.summary.total is None


def test_success_false_with_http_200_is_an_error() -> None:
    response = httpx.Response(200, content=seeds.CREATE_AUTH_014.encode())
    with pytest.raises(StoreAccessError):
        read_answer(response)


def test_numbers_where_text_was_expected_are_read_not_refused() -> None:
    answer = json.dumps(
        {
            "success": True,
            "requestId": 12345,
            "message": "ok",
            "meta": {"timestamp": 1770244025126, "durationMs": 28.5, "dispatch": True},
            "data": {
                "batchId": "pb_1",
                "summary": {"total": 1, "failed": 0, "pending": 1},
                "acceptedRows": [{"rowIndex": 0, "externalId": "e-1", "sku": 480166}],
                "errors": [],
            },
        }
    )
    envelope = Envelope.model_validate_json(answer)
    assert envelope.request_id == "12345"
    assert envelope.meta is not None and envelope.meta.timestamp == "1770244025126"
    result = create_result(
        CreateData.model_validate(envelope.data), envelope.request_id, envelope.meta.dispatch
    )
    assert result.accepted[0].sku == "480166"


def test_a_numeric_error_timestamp_keeps_the_auth_003_code() -> None:
    body = {
        "success": False,
        "requestId": "r-1",
        "error": {
            "code": "AUTH_003",
            "message": "Expired or invalid timestamp",
            "details": {
                "timestamp": 1770244025126,
                "hint": "within 300 seconds",
                "context": {"providedTimestamp": 1, "currentTime": 2, "ageSeconds": 3},
            },
        },
    }
    envelope = Envelope.model_validate(body)
    assert envelope.error is not None and envelope.error.code == "AUTH_003"
    assert envelope.error.details is not None
    assert envelope.error.details.context["currentTime"] == 2
