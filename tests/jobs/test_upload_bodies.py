"""What an upload puts on the wire is, to the byte, what the pydantic payloads made (issue 16).

The job builds each row's payload without pydantic (``app.catalog.payload``) and writes each
chunk's body with orjson (``serialise_plain``). Against the real sandbox over HTTP, the bodies
recorded from the wire must be json's serialisation of ``Product.from_values(...).payload()``
for the chunk's rows, in order (so each ``rowIndex`` still means its row), and the journal must
keep the same item for each row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from app.catalog.product import Product
from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs import Journal, UploadJob
from app.partner import PartnerClient
from app.partner.client import CREATE_PATH, serialise
from app.sandbox import RowRejection, RunningSandbox
from tests.jobs.rows import product_cells

ODD_CELLS: list[dict[str, Any]] = [
    {"name": 'Kaos "Oblong" \\ 100% – “katun”', "description": "Baris 1\nBaris 2\t\x01"},
    {"name": "Sepatu 😀 Anak", "specialPrice": "Rp 50.000", "hashtags": "kaos, pria; baru"},
    {"stock": None, "warehouses": "wh_wh8-HpRcn3ZH:3; 2026012714314318226016:0"},
    {"dimensions": "30x20x5", "officialBanners": "https://example.com/b.jpg"},
    {"isPreorder": "Ya", "preorderPeriod": "7 hari", "codEnabled": "Tidak", "brandId": None},
    {"isArchived": True, "insuranceRequired": 0, "minOrder": None},
]


def test_the_bodies_sent_and_the_journal_are_the_models_payloads(
    sandbox: RunningSandbox, client: PartnerClient, tmp_path: Path
) -> None:
    cells = product_cells(14)
    for k, odd in enumerate(ODD_CELLS):
        cells[2 * k].update(odd)
    table = ProductTable.from_cells([(3 + k, c) for k, c in enumerate(cells)])
    assert not any(r.has_errors for r in table.rows), [r.issues for r in table.rows]
    sandbox.state.set_faults(reject_skus={table.rows[4].sku: RowRejection(field="price")})

    sent: list[bytes] = []

    def record(request: httpx.Request) -> None:
        if request.url.path.endswith(CREATE_PATH):
            sent.append(request.content)

    client._http.event_hooks["request"].append(record)
    journal = Journal(tmp_path / "journal.sqlite3")
    try:
        report = UploadJob(client, table, chunk_size=4, journal=journal).run()
        kept = {r["table_index"]: r["item"] for r in journal.rows(report.job_id or 0)}
    finally:
        journal.close()

    models = [Product.from_values(dict(r.values)).payload() for r in table.rows]
    # two chunks are in flight at once, so they may leave in either order; inside each body the
    # rows keep theirs (each rowIndex means its row)
    assert sorted(sent) == sorted(
        serialise({"products": models[start : start + 4]}) for start in range(0, len(models), 4)
    )
    assert kept == dict(enumerate(models))
    statuses = {o.index: o.status for o in report.outcomes}
    assert statuses[4] is Status.REJECTED  # rowIndex 0 of the second chunk: its own row
    assert [i for i, s in statuses.items() if s is not Status.PENDING] == [4]
