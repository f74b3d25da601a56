"""The signer reproduces API.md §2's golden vectors, and its three switches do what they say."""

from __future__ import annotations

from typing import Any

import pytest

from app.partner.signing import (
    SigningOptions,
    body_hash,
    sign,
    string_to_sign,
)

SECRET = "sandbox-partner-secret"
IDS: dict[str, Any] = {
    "partner_client_id": "2025112012475048491498",
    "store_client_id": "638765489981529612855",
    "store_token": "stkn__6AbJF05mjvxh7sh",
    "timestamp": "1758100350458",
}
DELETE_BODY = b'{"ids":["946b3ffa-5f9e-412e-acf4-eea306736e63"]}'


def test_body_hash_golden() -> None:
    assert body_hash(DELETE_BODY) == (
        "6dd176f7e1c498840ba2c66e35269998c3e8765ba0482f44c4a4d352b645275c"
    )


def test_post_golden_vector() -> None:
    message = string_to_sign("POST", "/partner/stores/products/deletions", body=DELETE_BODY, **IDS)
    assert sign(SECRET, message) == (
        "sha256=1102570ad750f16adcc326860b8a9317704d49da281c44a6d98b08fadd7981f9"
    )


def test_get_golden_vector() -> None:
    message = string_to_sign("get", "/partner/stores/products/sku/480166", **IDS)
    assert sign(SECRET, message) == (
        "sha256=01267008c722a88d72e4135bb8f241e798b397fe9c9c19e96d115512bbd0d85d"
    )


def test_string_to_sign_layout() -> None:
    message = string_to_sign("POST", "/partner/x", body=b"", query="a=1", **IDS)
    assert message.split("\n") == [
        "POST",
        "/partner/x?a=1",
        "x-partner-client-id:2025112012475048491498",
        "x-store-client-id:638765489981529612855",
        "x-store-token:stkn__6AbJF05mjvxh7sh",
        "x-timestamp:1758100350458",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ]
    assert not message.endswith("\n")


def test_partner_only_call_has_no_store_lines() -> None:
    message = string_to_sign(
        "GET", "/partner/reference/types", partner_client_id="p", timestamp="1"
    )
    assert "x-store" not in message


@pytest.mark.parametrize(
    ("options", "expected_path"),
    [
        (SigningOptions(include_base_path=True), "/api/v1/partner/x?a=1"),
        (SigningOptions(exclude_query=True), "/partner/x"),
    ],
)
def test_path_switches(options: SigningOptions, expected_path: str) -> None:
    message = string_to_sign("GET", "/partner/x", query="a=1", options=options, **IDS)
    assert message.split("\n")[1] == expected_path


def test_bare_hex_switch() -> None:
    message = string_to_sign("GET", "/partner/x", **IDS)
    prefixed = sign(SECRET, message)
    bare = sign(SECRET, message, SigningOptions(bare_hex=True))
    assert prefixed == "sha256=" + bare
    assert len(bare) == 64 and bare == bare.lower()


def test_any_byte_changes_the_signature() -> None:
    a = sign(SECRET, string_to_sign("POST", "/p", body=DELETE_BODY, **IDS))
    b = sign(SECRET, string_to_sign("POST", "/p", body=DELETE_BODY + b" ", **IDS))
    c = sign(SECRET + "x", string_to_sign("POST", "/p", body=DELETE_BODY, **IDS))
    assert len({a, b, c}) == 3
