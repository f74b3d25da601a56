"""The journal writes a chunk's rows in one statement and keeps each item's JSON by orjson
where that reads back the same: what it records (and a resume re-sends) is what it was."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.catalog.issues import Issue, Level
from app.catalog.status import Status
from app.jobs import Journal
from app.jobs.journal import item_text
from app.jobs.outcome import RowOutcome, job_issue
from app.jobs.plan import plan_delete, plan_upload
from app.jobs.snapshot import take_snapshot
from tests.jobs.rows import product_table

_leaves = (
    st.text()
    | st.integers()
    | st.integers(min_value=2**63 - 3, max_value=2**64 + 3)
    | st.floats()  # NaN and the infinities among them
    | st.booleans()
    | st.none()
)
_items = st.recursive(
    _leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


def _as_json_reads(text: str) -> str:
    """What ``json.loads`` gives back, written so that NaN equals NaN."""
    return json.dumps(json.loads(text))


@given(_items)
def test_an_item_reads_back_as_json_wrote_it(item: Any) -> None:
    try:
        expected = json.dumps(item)
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        refused: BaseException | None = exc
    else:
        refused = None
    if refused is not None:
        try:
            item_text(item)
        except type(refused):
            return
        raise AssertionError(f"json refuses {item!r} but the journal kept it")
    assert _as_json_reads(item_text(item)) == _as_json_reads(expected)


_plain_items = st.recursive(
    st.text()
    | st.integers()  # beyond 64 bits too: json writes those
    | st.booleans()
    | st.none(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=20,
)


@given(_plain_items)
def test_a_plain_item_reads_back_as_json_wrote_it_unchecked(item: Any) -> None:
    """A product payload's values (no floats, no tuples) are kept without reading them back."""
    try:
        expected = json.dumps(item)
    except UnicodeEncodeError:
        return  # a lone surrogate: refused by both (the test above)
    text = item_text(item, plain=True)
    assert json.loads(text) == json.loads(expected)
    assert text == item_text(item)


def test_a_nan_stays_nan_and_a_tuple_stays_a_list() -> None:
    assert math.isnan(json.loads(item_text({"weight": math.nan}))["weight"])
    assert json.loads(item_text({"sizes": (1, 2)})) == {"sizes": [1, 2]}
    assert json.loads(item_text({"big": 2**70})) == {"big": 2**70}
    assert item_text({"name": "Kaos é 😀"}) == '{"name":"Kaos é 😀"}'


def test_a_chunks_rows_and_their_outcomes_are_recorded_each_with_its_own_issue(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    table = product_table(4)
    snapshot = take_snapshot(table)
    chunks = plan_upload(snapshot, range(4), chunk_size=3)
    job_id = journal.start_job("upload", chunks=chunks)
    planned = journal.rows(job_id)
    assert [(r["chunk_seq"], r["position"]) for r in planned] == [(0, 0), (0, 1), (0, 2), (1, 0)]
    assert [r["item"] for r in planned] == [snapshot[i].payload() for i in range(4)]
    assert [r["sku"] for r in planned] == [table.rows[i].sku for i in range(4)]
    refused = Issue("price", "server", Level.ERROR, {"message": "too low"}, "VAL_002")
    warned = Issue("sku", "already_exists", Level.WARNING, code="SKU_ON_STORE")
    outcomes = [
        RowOutcome(0, 2, Status.PENDING, batch_id="pb_1", request_id="r1"),
        RowOutcome(1, 3, Status.REJECTED, [warned, refused], request_id="r1", lang="id"),
        RowOutcome(2, 4, Status.EXISTS, [warned], product_id="p-9"),
    ]
    journal.mark_sending(job_id, 0)
    journal.record_answer(job_id, 0, outcomes, request_id="r1", batch_id="pb_1")
    rows = {r["table_index"]: r for r in journal.rows(job_id)}
    for o in outcomes:
        got = rows[o.index]
        assert (got["status"], got["code"], got["field"], got["message"]) == (
            o.status.value,
            o.code,
            o.field,
            o.message,
        )
    assert (rows[1]["code"], rows[1]["field"]) == ("VAL_002", "price")  # the error, not the ⚠
    assert rows[2]["product_id"] == "p-9" and rows[0]["batch_id"] == "pb_1"
    assert rows[3]["status"] == "ready" and rows[3]["item"]["sku"] == table.rows[3].sku
    journal.close()


def test_a_deletion_records_every_row_naming_the_same_product(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    table = product_table(3)
    chunks = plan_delete(take_snapshot(table), {0: "p-1", 2: "p-1"})
    cancelled = RowOutcome(1, 3, Status.READY, [job_issue("cancelled", "id")])
    job_id = journal.start_job("delete", chunks=chunks, untouched=[cancelled])
    rows = {r["table_index"]: r for r in journal.rows(job_id)}
    assert {i: (r["position"], r["item"], r["product_id"]) for i, r in rows.items()} == {
        0: (0, "p-1", "p-1"),
        1: (None, None, None),
        2: (0, "p-1", "p-1"),
    }
    assert (rows[1]["status"], rows[1]["message"]) == (
        "ready",
        "Tidak dikirim: pekerjaan dibatalkan.",
    )
    journal.close()
