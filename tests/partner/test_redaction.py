"""Secrets never reach logs, exceptions or reprs."""

from __future__ import annotations

import copy
import logging

import pytest

from app.partner import PartnerClient, PartnerError, TransportError
from app.partner.redaction import RedactionFilter, mask_headers, redact, register_secret
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.catalog.seed_rows import SEED_PAYLOAD
from tests.partner.conftest import SleepRecorder, demo_credentials

SECRETS = (DEMO_CREDENTIALS.partner_secret, DEMO_CREDENTIALS.store_token)


def test_redact_masks_registered_secrets_and_secret_headers() -> None:
    register_secret("a-very-private-value")
    text = redact(
        "x a-very-private-value y; headers={'x-store-token': 'abc', "
        "'x-signature': 'sha256=ff00', 'x-timestamp': '1'} X-Signature: deadbeef"
    )
    assert "a-very-private-value" not in text and "abc" not in text
    assert "ff00" not in text and "deadbeef" not in text and "'x-timestamp': '1'" in text


def test_filter_masks_args_and_exception_text() -> None:
    register_secret("another-private-value")
    record = logging.LogRecord(
        "app.x", logging.ERROR, __file__, 1, "got %s", ("another-private-value",), None
    )
    try:
        raise ValueError("another-private-value")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    assert RedactionFilter().filter(record) is True
    assert "another-private-value" not in record.getMessage()
    assert record.exc_text and "another-private-value" not in record.exc_text


def test_mask_headers() -> None:
    masked = mask_headers({"X-Store-Token": "t", "x-signature": "s", "x-timestamp": "1"})
    assert masked == {"X-Store-Token": "***", "x-signature": "***", "x-timestamp": "1"}


def test_reprs_and_errors_hold_no_secret(sandbox: RunningSandbox) -> None:
    credentials = demo_credentials(sandbox.base_url)
    client = PartnerClient(credentials)
    texts = [repr(credentials), str(credentials), repr(client)]
    for error in (
        PartnerError("x", code="C", context={"a": 1}),
        TransportError("lost", ambiguous=True),
    ):
        texts += [repr(error), str(error)]
    client.close()
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, text


def test_a_full_run_logs_no_secret(
    sandbox: RunningSandbox, sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: app.*, httpx, httpcore
    products = copy.deepcopy(SEED_PAYLOAD["products"])
    with PartnerClient(demo_credentials(sandbox.base_url), sleep=sleeps) as client:
        sandbox.state.set_faults(clock_skew_ms=-900_000, rate_limit_count=1, retry_after="0")
        result = client.create_products(products)
        client.create_products(products)  # PRD_002
        found = client.get_product_by_sku("480166")
        assert found is not None and found.id
        client.delete_products([found.id, "946b3ffa-5f9e-412e-acf4-eea306736e63"])
        sandbox.state.set_faults(drop_count=1)
        with pytest.raises(TransportError):
            client.create_products([dict(products[0], externalId="e-2", sku="s-2")])
        logging.getLogger("app.partner.test").debug(
            "a careless line %s %s", *SECRETS, extra={"why": "must be masked"}
        )
    assert result.accepted
    records = caplog.records
    assert len(records) > 10
    assert any(r.name.startswith("httpcore") for r in records)
    assert any(r.name.startswith("app.partner") for r in records)
    for record in records:
        text = record.getMessage() + (record.exc_text or "") + repr(record.args)
        for secret in SECRETS:
            assert secret not in text, (record.name, text)
    assert caplog.text and not any(secret in caplog.text for secret in SECRETS)
