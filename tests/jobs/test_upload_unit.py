"""UploadJob's reading of answers, with a small fake client (the sandbox cannot produce these)."""

from __future__ import annotations

import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs import DeleteJob, Journal, Progress, UploadJob
from app.partner import (
    AcceptedRow,
    CreateResult,
    CreateSummary,
    ProductInfo,
    RequestValidationError,
    RowError,
    ServerError,
    TransportError,
)
from tests.jobs.rows import product_table


class FakeClient:
    """Answers each create call with the next scripted answer (a callable or an exception)."""

    def __init__(self, *answers: Any, skus: dict[str, ProductInfo] | None = None) -> None:
        self.answers = list(answers)
        self.sent: list[list[dict[str, Any]]] = []
        self.skus = skus or {}
        self.lookups: list[str] = []

    def create_products(
        self, products: list[dict[str, Any]], *, plain: bool = False
    ) -> CreateResult:
        self.sent.append(products)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        result: CreateResult = answer(products)
        return result

    def get_product_by_sku(self, sku: str) -> ProductInfo | None:
        self.lookups.append(sku)
        return self.skus.get(sku)


def accept_all(
    products: list[dict[str, Any]],
    errors: dict[int, RowError] | None = None,
) -> CreateResult:
    errors = errors or {}
    accepted = [
        AcceptedRow(i, p["externalId"], p["sku"]) for i, p in enumerate(products) if i not in errors
    ]
    return CreateResult(
        "req-1", "pb_1", CreateSummary(len(products)), accepted, list(errors.values())
    )


def test_val_001_for_the_request_lands_on_the_named_rows_and_cells() -> None:
    table = product_table(4, first_row=10)
    exc = RequestValidationError(
        "Validation failed",
        code="VAL_001",
        request_id="r-9",
        field_errors={"products[1].price": "must be > 0", "products.3.photos": "bad url"},
    )
    report = UploadJob(FakeClient(exc), table).run()
    out = {o.sheet_row: o for o in report.outcomes}
    assert out[11].status is Status.REJECTED and out[11].field == "price"
    assert out[11].message == "must be > 0" and out[11].code == "VAL_001"
    assert out[13].status is Status.REJECTED and out[13].field == "photos"
    assert out[10].status is Status.FAILED and out[12].status is Status.FAILED
    assert "other rows" in (out[10].message or "")
    assert out[11].request_id == "r-9"


def test_val_001_naming_no_row_rejects_every_row_of_the_request() -> None:
    table = product_table(2)
    exc = RequestValidationError(
        "Validation failed", code="VAL_001", field_errors={"price": "required"}
    )
    report = UploadJob(FakeClient(exc), table).run()
    assert [(o.status, o.field) for o in report.outcomes] == [(Status.REJECTED, "price")] * 2


def test_prd_002_after_an_ambiguous_send_means_our_own_product() -> None:
    table = product_table(3)
    dropped = TransportError("connection lost after sending", ambiguous=True)

    def resend(products: list[dict[str, Any]]) -> CreateResult:
        return accept_all(
            products, {0: RowError("PRD_002", "exists", 0, products[0]["externalId"])}
        )

    # the product of row 0 is not yet visible by SKU; rows 1-2 were not stored either
    client = FakeClient(dropped, resend)
    report = UploadJob(client, table).run()
    assert [o.status for o in report.outcomes] == [Status.PENDING] * 3
    assert client.sent[0] == client.sent[1]  # the very same payloads, same external ids
    # asked before the first send, and again after the drop
    assert client.lookups == [r.sku for r in table.rows] * 2


def test_prd_002_for_a_row_not_sent_before_is_exists_with_a_warning() -> None:
    table = product_table(2)

    def answer(products: list[dict[str, Any]]) -> CreateResult:
        return accept_all(products, {1: RowError("PRD_002", "exists", 1, None, None)})

    report = UploadJob(FakeClient(answer), table).run()
    exists = report.outcomes[1]
    assert exists.status is Status.EXISTS and exists.field == "externalId"
    assert exists.issues[0].level.value == "warning"


def test_rows_found_by_sku_after_a_drop_are_not_sent_again() -> None:
    table = product_table(3)
    found = {
        table.rows[0].sku: ProductInfo(
            "p-0", table.rows[0].external_id, table.rows[0].sku, "x", "live"
        )
    }
    dropped = TransportError("lost", ambiguous=True)

    def drop(products: list[dict[str, Any]]) -> CreateResult:
        client.skus.update(found)  # type: ignore[arg-type]  # row 0 stored, then the drop
        raise dropped

    client = FakeClient(drop, accept_all)
    report = UploadJob(client, table).run()
    assert [o.status for o in report.outcomes] == [Status.LIVE, Status.PENDING, Status.PENDING]
    assert report.outcomes[0].product_id == "p-0"
    assert [p["sku"] for p in client.sent[1]] == [table.rows[1].sku, table.rows[2].sku]


def test_a_connection_that_keeps_dropping_stops_without_re_sending_blindly() -> None:
    table = product_table(4)
    drops = [TransportError("lost", ambiguous=True) for _ in range(3)]
    client = FakeClient(*drops)
    report = UploadJob(client, table, chunk_size=2, concurrency=1).run()
    assert len(client.sent) == 3  # then the job stops: the second chunk never goes out
    assert report.fatal is drops[-1]
    # the first chunk may have landed: not "failed" but "not confirmed", never re-sent blindly;
    # the second never went out: failed, it may be sent again
    assert [o.status for o in report.outcomes] == [Status.UNCONFIRMED] * 2 + [Status.FAILED] * 2
    assert "may have" in (report.outcomes[0].message or "")


def test_answers_are_matched_by_external_id_when_row_index_disagrees() -> None:
    table = product_table(3)

    def shuffled(products: list[dict[str, Any]]) -> CreateResult:
        return CreateResult(
            "r",
            "pb",
            CreateSummary(3),
            [
                AcceptedRow(0, products[1]["externalId"], None),
                AcceptedRow(1, products[0]["externalId"], None),
            ],
            [RowError("VAL_001", "bad", 7, products[2]["externalId"], field="name")],
        )

    report = UploadJob(FakeClient(shuffled), table).run()
    assert [o.status for o in report.outcomes] == [Status.PENDING, Status.PENDING, Status.REJECTED]
    assert report.outcomes[2].field == "name"


def test_unanswered_rows_and_retryable_row_errors_are_failed() -> None:
    table = product_table(3)

    def partial(products: list[dict[str, Any]]) -> CreateResult:
        return CreateResult(
            "r",
            "pb",
            CreateSummary(3),
            [AcceptedRow(0, None, None)],
            [RowError("SYS_500", "busy", 1, retryable=True)],
        )

    report = UploadJob(FakeClient(partial), table).run()
    assert [o.status for o in report.outcomes] == [Status.PENDING, Status.FAILED, Status.FAILED]
    assert report.outcomes[1].code == "SYS_500"


def test_a_server_error_fails_its_chunk_only() -> None:
    table = product_table(4)
    client = FakeClient(ServerError("down", code="HTTP_503"), accept_all)
    seen: list[Progress] = []
    report = UploadJob(client, table, chunk_size=2, concurrency=1, on_progress=seen.append).run()
    assert [o.status for o in report.outcomes] == [Status.FAILED] * 2 + [Status.PENDING] * 2
    assert report.fatal is None
    assert seen[-1].done == 4 and seen[-1].eta_seconds == 0.0


def test_progress_rate_and_eta() -> None:
    p = Progress(done=50, total=200, elapsed=10.0)
    assert p.rows_per_second == 5.0 and p.eta_seconds == 30.0
    assert Progress(0, 10, 0.0).eta_seconds is None


class _CancelledJustBeforeSending:
    """A cancel that lands after the job picked a chunk up, before its request goes out
    (another worker's fatal error, or the Cancel button, at that very moment)."""

    checks = 0

    @property
    def stopping(self) -> bool:
        self.checks += 1
        if self.checks == 2:  # the first check lets the chunk start, the next one sees it
            self.cancel()  # type: ignore[attr-defined]
        return self._cancel.is_set() or self.fatal is not None  # type: ignore[attr-defined]


class _RacyUpload(_CancelledJustBeforeSending, UploadJob):
    pass


class _RacyDelete(_CancelledJustBeforeSending, DeleteJob):
    pass


def test_a_chunk_cancelled_before_its_request_is_not_called_maybe_sent(tmp_path: Path) -> None:
    table = product_table(2)
    client = FakeClient()
    with closing(Journal(tmp_path / "journal.sqlite3")) as journal:
        report = _RacyUpload(client, table, concurrency=1, journal=journal).run()
        assert client.sent == []
        assert [o.status for o in report.outcomes] == [Status.READY] * 2
        assert "cancelled" in (report.outcomes[0].message or "")
        assert report.job_id is not None
        assert [c.state for c in journal.chunks(report.job_id)] == ["planned"]


def test_a_delete_chunk_cancelled_before_its_request_is_resumed(tmp_path: Path) -> None:
    table = ProductTable.from_cells(
        [(2, {"id": str(uuid.UUID(int=7)), "sku": "A-1"})], purpose="delete"
    )
    with closing(Journal(tmp_path / "journal.sqlite3")) as journal:
        report = _RacyDelete(FakeClient(), table, concurrency=1, journal=journal).run()
        assert [o.status for o in report.outcomes] == [Status.READY]
        assert report.job_id is not None
        # the chunk never went out: it must stay planned, or a resume would skip it
        assert [c.state for c in journal.chunks(report.job_id)] == ["planned"]


def test_outcomes_in_bulk_are_the_outcomes_row_by_row() -> None:
    """The accepted rows' outcomes are built in one loop (``ChunkedJob.outcomes``): each the
    very ``outcome(...)`` of its row — place, keys, the store's earlier product id, language."""
    table = product_table(5)
    table.rows[3].product_id = "prod-earlier"
    job = UploadJob(object(), table, lang="id")
    bulk = job.outcomes([4, 0, 3], Status.PENDING, batch_id="b-1", request_id="r-1")
    assert list(bulk) == [4, 0, 3]
    for i, got in bulk.items():
        assert repr(got) == repr(job.outcome(i, Status.PENDING, batch_id="b-1", request_id="r-1"))
    assert bulk[3].product_id == "prod-earlier" and bulk[0].sheet_row == 2
    assert bulk[4].issues == [] and bulk[4].issues is not bulk[0].issues
