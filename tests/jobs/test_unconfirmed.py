"""A pending row the store never confirms becomes "not confirmed — check the store"."""

from __future__ import annotations

import dataclasses

from app.catalog.issues import Level
from app.catalog.status import SENT_STATUSES, Status
from app.jobs import Confirmation, Journal, UploadJob, apply_outcomes
from app.partner import PartnerClient
from app.sandbox import RunningSandbox
from tests.jobs.rows import product_table


def test_a_row_never_confirmed_in_the_window_says_so_and_a_later_check_finds_it(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    sandbox.state.set_faults(never_confirm_count=1)  # the first product never goes live
    table = product_table(3)
    journal = Journal()
    report = UploadJob(client, table, journal=journal).run()
    apply_outcomes(table, report.outcomes)
    confirmed = Confirmation(
        client,
        report.outcomes,
        timeout=0.3,
        first_delay=0.05,
        journal=journal,
        job_id=report.job_id,
    ).run()
    apply_outcomes(table, confirmed.outcomes, keep_edits=True)
    assert [r.status for r in table.rows] == [Status.UNCONFIRMED, Status.LIVE, Status.LIVE]
    lost = table.rows[0]
    assert Status.UNCONFIRMED in SENT_STATUSES  # never sent again blindly
    assert lost.batch_id and lost.batch_id == report.outcomes[0].batch_id
    issue = lost.store_issues[0]
    assert issue.level is Level.WARNING
    assert "check the store" in issue.message("en") and lost.batch_id in issue.message("en")
    assert journal.rows(report.job_id or 0)[0]["status"] == Status.UNCONFIRMED.value

    # the store finally processed it: checking the row again finds it live
    product = sandbox.state.by_sku(lost.sku or "")
    assert product is not None
    product.never_live = False
    again = [dataclasses.replace(o, status=lost.status) for o in confirmed.outcomes[:1]]
    rechecked = Confirmation(client, again, timeout=1, first_delay=0.01).run()
    apply_outcomes(table, rechecked.outcomes, keep_edits=True)
    assert table.rows[0].status is Status.LIVE
