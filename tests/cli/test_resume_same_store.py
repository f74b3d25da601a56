"""``resume`` goes on only on the store the job was sent to (``store_data.same_store``, the
check ``StoreFirst`` makes before anything is asked of the store), for uploads and syncs alike."""

from __future__ import annotations

import pytest

from app.cli.exits import UsageError
from app.cli.store_data import same_store
from app.credentials import Credentials
from app.jobs import JobRecord


def _record(kind: str, base_url: str | None) -> JobRecord:
    return JobRecord(7, kind, "sending", 0.0, None, "produk.xlsx", None, None, base_url, {}, {})


def _values(base_url: str) -> Credentials:
    return Credentials(base_url, "demo-partner", "demo-secret", "toko-1", "demo-token")


@pytest.mark.parametrize("kind", ["upload", "sync"])
def test_the_same_store_goes_on_and_says_which_job(
    kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    same_store(_record(kind, "http://127.0.0.1:8080/"), _values("http://127.0.0.1:8080"))
    assert capsys.readouterr().err == f"Resuming {kind} job 7 of produk.xlsx\n"


def test_another_store_is_refused_naming_both() -> None:
    with pytest.raises(UsageError) as refused:
        same_store(_record("sync", "http://127.0.0.1:8080"), _values("http://127.0.0.1:9090"))
    assert str(refused.value) == (
        "Job 7 was sent to http://127.0.0.1:8080, but these credentials are for "
        "http://127.0.0.1:9090; choose the same store."
    )
