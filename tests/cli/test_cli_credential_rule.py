"""The command line refuses ids and tokens that are not printable ASCII (issue 10, point 5):
a plain message, exit 2, no traceback, and no journal job left "running"."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import keyring
import pytest

from app.cli import main
from app.jobs import Journal
from app.profiles import Profile, ProfileStore
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.cli.workbooks import product_workbook


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("TOCO_STORE_TOKEN", DEMO_CREDENTIALS.store_token + "\u200b", "store token"),
        ("TOCO_PARTNER_SECRET", DEMO_CREDENTIALS.partner_secret + "é", "partner secret"),
        ("TOCO_STORE_CLIENT_ID", "6387654 89981529612855", "store client id"),
    ],
)
def test_upload_with_a_bad_credential_in_the_environment(
    store_env: RunningSandbox,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    value: str,
    named: str,
) -> None:
    monkeypatch.setenv(variable, value)
    book = product_workbook(tmp_path / "produk.xlsx", 2)
    assert main(["upload", str(book), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert named in err and "Traceback" not in err and "UnicodeEncodeError" not in err
    journal = Journal()
    try:
        assert [j.state for j in journal.jobs()] == []  # nothing started, nothing "running"
    finally:
        journal.close()
    assert store_env.state.products() == []


def test_upload_with_a_bad_token_from_the_keyring(
    sandbox: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = DEMO_CREDENTIALS
    ProfileStore().save(
        Profile.create("toko", "custom", d.partner_client_id, d.store_client_id, sandbox.base_url)
    )
    keyring.set_password("toco-uploader", "toko:partner_secret", d.partner_secret)
    keyring.set_password("toco-uploader", "toko:store_token", d.store_token + "\u200b")
    book = product_workbook(tmp_path / "produk.xlsx", 2)
    assert main(["upload", str(book), "--profile", "toko", "--lang", "id"]) == 2
    err = capsys.readouterr().err
    assert "token toko" in err.lower() and "U+200B" in err and "Traceback" not in err


def test_profiles_add_refuses_a_bad_id_and_a_bad_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ["profiles", "add", "toko", "--environment", "sandbox", "--store-client-id", "str_1"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("ps-secret\nstkn-token\n"))
    assert main([*add, "--partner-client-id", "ptnr\u200b1"]) == 2
    assert "partner client id" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("ps-secret\nstkn-tokén\n"))
    assert main([*add, "--partner-client-id", "ptnr_1"]) == 2
    err = capsys.readouterr().err
    assert "store token" in err and "Traceback" not in err
    assert ProfileStore().list() == []
    assert keyring.get_password("toco-uploader", "toko:store_token") is None
    assert keyring.get_password("toco-uploader", "toko:partner_secret") is None
