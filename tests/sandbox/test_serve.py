"""``toco-uploader sandbox``: what it prints and where it binds."""

from __future__ import annotations

from typing import Any

import pytest
import uvicorn

from app.sandbox import DEMO_CREDENTIALS
from app.sandbox.__main__ import main


@pytest.fixture
def configs(monkeypatch: pytest.MonkeyPatch) -> list[uvicorn.Config]:
    seen: list[uvicorn.Config] = []

    def fake_run(self: uvicorn.Server, *args: Any) -> None:
        seen.append(self.config)

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    return seen


def test_defaults_to_loopback_and_prints_url_and_demo_credentials(
    configs: list[uvicorn.Config], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 0
    (config,) = configs
    assert (config.host, config.port) == ("127.0.0.1", 8787)
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8787/api/v1" in out
    for value in (
        DEMO_CREDENTIALS.partner_client_id,
        DEMO_CREDENTIALS.partner_secret,
        DEMO_CREDENTIALS.store_client_id,
        DEMO_CREDENTIALS.store_token,
    ):
        assert value in out
    assert "WARNING" not in out


def test_other_host_and_port_warn_when_not_loopback(
    configs: list[uvicorn.Config], capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--host", "0.0.0.0", "--port", "9000"])
    assert (configs[0].host, configs[0].port) == ("0.0.0.0", 9000)
    assert "WARNING" in capsys.readouterr().out
