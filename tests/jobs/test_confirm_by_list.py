"""Confirming many pending rows reads the store's product list (API.md §4.6) instead of one
look-up per row, and falls back to look-ups when the list is dear or does not agree with them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.catalog.status import Status
from app.jobs import Confirmation, UploadJob, apply_outcomes
from app.jobs import confirm as confirm_module
from app.partner import PartnerClient, PartnerError
from app.partner.catalogue import ProductPage
from app.sandbox import RunningSandbox
from tests.jobs.conftest import FAST_RETRY, demo_credentials
from tests.jobs.rows import product_table

LIST_PATH = "/partner/stores/products"
SKU_PATH = "/partner/stores/products/sku/"


class Asked:
    """The GETs a client sent: pages of the list, look-ups by SKU."""

    def __init__(self, client: PartnerClient) -> None:
        self.pages: list[int] = []
        self.skus: list[str] = []
        client._http.event_hooks["request"].append(self._record)

    def _record(self, request: httpx.Request) -> None:
        path = request.url.path
        if request.method == "GET" and path.endswith(LIST_PATH):
            self.pages.append(int(request.url.params["page"]))
        elif request.method == "GET" and SKU_PATH in path:
            self.skus.append(path.rsplit("/", 1)[1])

    def clear(self) -> None:
        self.pages.clear()
        self.skus.clear()


@pytest.fixture
def asked(client: PartnerClient) -> Asked:
    return Asked(client)


def uploaded(client: PartnerClient, n: int, **kwargs: Any) -> Any:
    table = product_table(n, **kwargs)
    report = UploadJob(client, table, chunk_size=100, concurrency=2).run()
    apply_outcomes(table, report.outcomes)
    assert report.counts() == {"pending": n}
    return table, report


def seen(outcomes: list[Any]) -> list[tuple[Any, ...]]:
    return [(o.index, o.sheet_row, o.status, o.product_id, o.issues) for o in outcomes]


def by_look_ups(client: PartnerClient, outcomes: list[Any], **options: Any) -> Any:
    """The same confirmation asking row by row, as before the list."""
    again = Confirmation(client, outcomes, **options)
    again._list_trusted = False
    return again.run()


def test_250_rows_just_uploaded_are_confirmed_from_3_pages_and_4_look_ups(
    sandbox: RunningSandbox, client: PartnerClient, asked: Asked
) -> None:
    sandbox.state.live_after = 0.05
    table, report = uploaded(client, 250)
    asked.clear()
    confirmed = Confirmation(client, report.outcomes, timeout=10, first_delay=0.2).run()
    assert sorted(asked.pages) == [1, 2, 3] and len(asked.skus) == confirm_module.PROBES
    assert confirmed.requests == 3 + confirm_module.PROBES
    apply_outcomes(table, confirmed.outcomes, keep_edits=True)
    stored = {p.sku: p.id for p in sandbox.state.products()}
    assert all(r.status is Status.LIVE and r.product_id == stored[r.sku] for r in table.rows)
    assert all(r.cells["id"] == r.product_id for r in table.rows)
    assert [o.index for o in confirmed.live] == list(range(250))

    asked.clear()
    one_by_one = by_look_ups(client, report.outcomes, timeout=10, first_delay=0.2)
    assert asked.pages == [] and len(asked.skus) == 250
    assert seen(confirmed.outcomes) == seen(one_by_one.outcomes)
    assert seen(confirmed.live) == seen(one_by_one.live)


def test_rows_still_pending_learn_their_ids_from_the_list_then_go_live(
    sandbox: RunningSandbox, client: PartnerClient, asked: Asked
) -> None:
    sandbox.state.live_after = 0.6
    _, report = uploaded(client, 40)
    asked.clear()
    news: list[list[Any]] = []
    rounds: list[Any] = []
    confirmed = Confirmation(
        client,
        report.outcomes,
        timeout=10,
        first_delay=0.05,
        on_outcomes=lambda got: news.append([dataclasses.replace(o) for o in got]),
        on_progress=rounds.append,
    ).run()
    stored = {p.sku: p.id for p in sandbox.state.products()}
    first = news[0]
    assert len(first) == 40 and {o.status for o in first} == {Status.PENDING}
    assert all(o.product_id == stored[o.sku] for o in first)  # the ids, before they are live
    assert {o.status for o in news[-1]} == {Status.LIVE} and len(rounds) > 1
    assert len(confirmed.live) == 40
    assert len(asked.pages) == len(rounds) and set(asked.pages) == {1}  # one page a round
    assert len(asked.skus) == confirm_module.PROBES * len(rounds)


def test_a_few_rows_in_a_big_store_are_looked_up_after_the_first_page(
    sandbox: RunningSandbox, client: PartnerClient, asked: Asked
) -> None:
    for cells in product_table(950, prefix="OLD", seed=9).rows:  # 10 pages before ours
        sandbox.state.add_product(cells.payload())
    sandbox.state.live_after = 0.4
    table, report = uploaded(client, 30)
    asked.clear()
    rounds: list[Any] = []
    confirmed = Confirmation(
        client, report.outcomes, timeout=10, first_delay=0.05, on_progress=rounds.append
    ).run()
    assert len(confirmed.live) == 30 and len(rounds) > 1
    # 30 rows are not worth 10 pages: page 1 told how many, and it is not read again
    assert asked.pages == [1]
    assert sorted(set(asked.skus)) == sorted(r.sku or "" for r in table.rows)
    assert len(asked.skus) >= 30 * 2  # every round after the first: look-ups only


class Lagging(PartnerClient):
    """A store whose list is behind its look-ups: the products show pending there."""

    def list_products(self, *args: Any, **kwargs: Any) -> ProductPage:
        page = super().list_products(*args, **kwargs)
        items = [{**item, "status": "pending"} for item in page.items]
        return dataclasses.replace(page, items=items)


class Missing(PartnerClient):
    """A store whose list leaves out every other product."""

    def list_products(self, *args: Any, **kwargs: Any) -> ProductPage:
        page = super().list_products(*args, **kwargs)
        return dataclasses.replace(page, items=page.items[::2])


class Refusing(PartnerClient):
    """A store whose list cannot be read."""

    listed = 0

    def list_products(self, *args: Any, **kwargs: Any) -> ProductPage:
        self.listed += 1
        raise PartnerError("the list is down", code="SRV_001")


@pytest.fixture(params=[Lagging, Missing, Refusing], ids=["lagging", "missing", "refusing"])
def unreliable(request: Any, sandbox: RunningSandbox) -> Iterator[PartnerClient]:
    with request.param(demo_credentials(sandbox.base_url), retry=FAST_RETRY) as c:
        yield c


def test_a_list_that_disagrees_with_look_ups_is_not_trusted(
    sandbox: RunningSandbox, unreliable: PartnerClient
) -> None:
    asked = Asked(unreliable)
    sandbox.state.live_after = 0.05
    table, report = uploaded(unreliable, 60)
    asked.clear()
    if isinstance(unreliable, Refusing):
        unreliable.listed = 0  # the upload's own look at the list (its SKU directory)
    confirmation = Confirmation(unreliable, report.outcomes, timeout=10, first_delay=0.2)
    confirmed = confirmation.run()
    apply_outcomes(table, confirmed.outcomes, keep_edits=True)
    stored = {p.sku: p.id for p in sandbox.state.products()}
    assert all(r.status is Status.LIVE and r.product_id == stored[r.sku] for r in table.rows)
    assert not confirmation._list_trusted
    skus = sorted(r.sku or "" for r in table.rows)
    if isinstance(unreliable, Missing):  # what the list did show was right: not asked again
        probes = skus[: confirm_module.PROBES]
        assert sorted(asked.skus) == sorted({*probes, *skus[1::2]})
    else:  # every row looked up (lagging: in the round after the list was dropped)
        assert sorted(set(asked.skus)) == skus
    if isinstance(unreliable, Refusing):
        assert unreliable.listed == 1


def test_a_product_of_another_external_id_with_our_sku_is_not_ours(
    sandbox: RunningSandbox, client: PartnerClient, asked: Asked
) -> None:
    sandbox.state.live_after = 0.05
    table, report = uploaded(client, 30)
    ours = sandbox.state.by_sku(table.rows[7].sku or "")
    assert ours is not None
    stranger = sandbox.state.add_product({**ours.payload, "externalId": "someone-else"})
    others = {p.id: p for p in sandbox.state.products() if p is not stranger}
    sandbox.state._by_id = {stranger.id: stranger, **others}  # first in the list, same SKU
    asked.clear()
    confirmed = Confirmation(client, report.outcomes, timeout=10, first_delay=0.2).run()
    assert asked.pages  # read from the list
    assert len(confirmed.live) == 30
    (row_7,) = [o for o in confirmed.outcomes if o.index == 7]
    assert row_7.product_id == ours.id != stranger.id
