"""Ids and secrets are checked when entered (issue 10, point 5): printable ASCII, no whitespace,
not empty — a clear message naming the field, in English and Indonesian, never a traceback."""

from __future__ import annotations

import pytest

from app.profiles import Profile, SecretStore
from app.profiles.secret_rules import CredentialRejected, check_credential

BAD = {
    "zero width space": "stkn\u200babc",
    "accented letter": "stkné",
    "inner space": "stkn abc",
    "line break": "stkn\r\nabc",
    "tab": "\tstkn",
    "control": "stkn\x00",
    "empty": "",
}


@pytest.mark.parametrize("why", sorted(BAD))
def test_a_bad_token_is_refused_with_the_field_named(why: str) -> None:
    with pytest.raises(CredentialRejected) as caught:
        check_credential("store_token", BAD[why])
    assert caught.value.message("en").startswith("The store token ")
    assert caught.value.message("id").startswith("Token toko ")


def test_the_character_is_named() -> None:
    with pytest.raises(CredentialRejected) as caught:
        check_credential("partner_secret", "abc\u200bdef")
    assert "U+200B (ZERO WIDTH SPACE)" in caught.value.message("en")
    assert "rahasia partner" in caught.value.message("id").lower()


@pytest.mark.parametrize("good", ["stkn__6AbJF05mjvxh7sh", "a\"b'c%d\\e&f+g=h~!", "2025112012475"])
def test_printable_ascii_passes(good: str) -> None:
    assert check_credential("store_token", good) == good


def test_a_profile_with_a_bad_id_is_refused() -> None:
    with pytest.raises(CredentialRejected) as caught:
        Profile.create("toko", "sandbox", "ptnr\u200b1", "str_1")
    assert "partner client id" in str(caught.value)
    with pytest.raises(CredentialRejected, match="store client id"):
        Profile.create("toko", "sandbox", "ptnr_1", "str é")


def test_a_bad_secret_is_not_saved_in_the_keyring() -> None:
    secrets = SecretStore()
    with pytest.raises(CredentialRejected, match="store token"):
        secrets.set("toko", "store_token", "stkn\u200b")
    assert secrets.get("toko", "store_token") is None
