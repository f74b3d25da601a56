"""Secrets are masked in every escaped form a log line can carry (issue 10, point 5): the raw
value, its ``repr()``, JSON, URL-quoted, backslash-escaped and bytes forms, also doubled."""

from __future__ import annotations

import json
import logging
from urllib.parse import quote, quote_plus

import pytest

from app.partner.redaction import MASK, RedactionFilter, redact, register_secret

#: a token as it appeared in the --verbose log of the trials: CR/LF inside, quotes, a percent
ODD_SECRET = "tok\r\nen-\"quoted\"-'single'-50%-back\\slash-é-\u200b"


def _forms(secret: str) -> dict[str, str]:
    return {
        "raw": secret,
        "repr": repr(secret),
        "repr of repr": repr(repr(secret)),
        "json": json.dumps(secret),
        "json ascii off": json.dumps(secret, ensure_ascii=False),
        "json of json": json.dumps(json.dumps(secret)),
        "url": quote(secret, safe=""),
        "url default": quote(secret),
        "url plus": quote_plus(secret),
        "unicode escape": secret.encode("unicode_escape").decode("ascii"),
        "bytes repr": repr(secret.encode("utf-8")),
        "headers list": repr([(b"x-other", secret.encode("utf-8"))]),
    }


@pytest.mark.parametrize("form", sorted(_forms(ODD_SECRET)))
def test_every_escaped_form_of_a_secret_is_masked(form: str) -> None:
    register_secret(ODD_SECRET)
    text = redact(f"before {_forms(ODD_SECRET)[form]} after")
    assert text.startswith("before ") and text.endswith(" after")
    assert MASK in text
    for name, shown in _forms(ODD_SECRET).items():
        core = shown.strip("'\"b[]()")
        assert core not in text, (form, name, text)
    for piece in ("tok", "quoted", "single", "back", "slash"):
        assert piece not in text, (form, piece, text)


def test_a_log_record_with_an_escaped_secret_in_its_args_is_masked() -> None:
    secret = "example-\r\n-secret"
    register_secret(secret)
    record = logging.LogRecord(
        "httpcore.http11", logging.DEBUG, __file__, 1, "send headers=%r", ([secret],), None
    )
    RedactionFilter().filter(record)
    assert "example-" not in record.getMessage() and MASK in record.getMessage()


def test_short_or_plain_words_around_the_secret_are_left_alone() -> None:
    register_secret("plain-secret-token")
    assert redact("GET /partner/stores/products/sku/50%25 200") == (
        "GET /partner/stores/products/sku/50%25 200"
    )
