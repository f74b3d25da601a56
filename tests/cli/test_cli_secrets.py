"""The ``--verbose`` debug log of a real upload holds no secret, raw or escaped (issue 10, 5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.partner.redaction import escaped_forms
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.cli.workbooks import product_workbook

#: valid tokens (printable ASCII, no whitespace) that JSON, repr and URL quoting all escape
ODD_TOKEN = "stkn-\"quoted\"-'single'-50%-a&b+c=d-back\\slash"
ODD_SECRET = 'psec-\\x41-"more"-%2F-secret'


@pytest.fixture
def odd_store(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    state = sandbox.state
    state.partners["odd-partner-1"] = ODD_SECRET
    state.stores["odd-store-1"] = ODD_TOKEN
    for name, value in (
        ("TOCO_BASE_URL", sandbox.base_url),
        ("TOCO_PARTNER_CLIENT_ID", "odd-partner-1"),
        ("TOCO_PARTNER_SECRET", ODD_SECRET),
        ("TOCO_STORE_CLIENT_ID", "odd-store-1"),
        ("TOCO_STORE_TOKEN", ODD_TOKEN),
    ):
        monkeypatch.setenv(name, value)
    try:
        yield
    finally:
        state.partners.pop("odd-partner-1", None)
        state.stores.pop("odd-store-1", None)


def test_verbose_log_holds_no_secret_in_any_escaped_form(
    odd_store: None, tmp_path: Path, _private_user_dirs: Path
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 3)
    assert main(["upload", str(book), "--verbose", "--wait", "5"]) == 0
    assert main(["delete", str(book), "--verbose", "--yes"]) == 0
    main(["history"])  # closes the debug log again
    (log,) = _private_user_dirs.rglob("toco-uploader.log")
    text = log.read_text(encoding="utf-8")
    assert "/partner/stores/products/bulk" in text and "x-store-token" in text
    for secret in (ODD_TOKEN, ODD_SECRET, DEMO_CREDENTIALS.store_token):
        for form in escaped_forms(secret):
            assert form not in text, form
    for piece in ("quoted", "single", "slash", "secret"):
        assert piece not in text, piece
