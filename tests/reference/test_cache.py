"""The cache: fresh, stale, damaged, offline; private files without any secret."""

from __future__ import annotations

import json
import os
import stat
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.catalog.store_data import BrandBook, Entry, ReferenceTree, StoreData, Warehouse
from app.catalog.table import ProductTable
from app.partner import PartnerClient, TransportError
from app.reference import cache, gather_store_data, vanished_ids
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.jobs.rows import product_cells
from tests.reference.conftest import quick_client

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
STORE = DEMO_CREDENTIALS.store_client_id


def small_tree(fetched_at: datetime = NOW) -> ReferenceTree:
    return ReferenceTree(
        (Entry("c1", "Buku"),),
        {"c1": (Entry("s1", "Fiksi"),)},
        {"s1": (Entry("t1", "Novel"), Entry("t2", "Komik"))},
        fetched_at,
    )


def test_a_saved_tree_loads_back_with_its_date_in_a_private_file(tmp_path: Path) -> None:
    path = cache.save_tree("http://127.0.0.1:9/api/v1/", small_tree(), folder=tmp_path)
    loaded = cache.load_tree("http://127.0.0.1:9/api/v1", folder=tmp_path)
    assert loaded == small_tree()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert "127.0.0.1" not in path.name
    assert cache.load_tree("http://127.0.0.1:10/api/v1", folder=tmp_path) is None


@pytest.mark.parametrize(
    "damage",
    [
        "{not json",
        "[]",
        '{"version": 1, "baseUrl": "http://h/api/v1", "fetchedAt": "yesterday", "tree": {}}',
        '{"version": 1, "baseUrl": "http://h/api/v1", "tree": {"categories": 5}}',
        '{"version": 99, "baseUrl": "http://h/api/v1"}',
        "\udcff",
    ],
)
def test_a_damaged_tree_file_is_discarded_not_a_crash(tmp_path: Path, damage: str) -> None:
    path = cache.tree_path("http://h/api/v1", tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damage.encode("utf-8", "surrogateescape"))
    assert cache.load_tree("http://h/api/v1", folder=tmp_path) is None
    assert not path.exists()


def test_is_stale_after_seven_days() -> None:
    assert not cache.is_stale(small_tree(NOW - timedelta(days=6, hours=23)), NOW)
    assert cache.is_stale(small_tree(NOW - timedelta(days=7, minutes=1)), NOW)
    assert cache.is_stale(None, NOW)
    assert cache.is_stale(small_tree(None), NOW)  # type: ignore[arg-type]


def test_a_fresh_cache_is_used_without_asking_the_store_for_the_tree(
    client: PartnerClient, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    cache.save_tree(sandbox.base_url, small_tree(NOW - timedelta(days=2)), folder=tmp_path)
    got = gather_store_data(client, sandbox.base_url, STORE, now=lambda: NOW, folder=tmp_path)
    assert got.data.tree == small_tree(NOW - timedelta(days=2)) and not got.downloaded
    assert [r.path for r in sandbox.state.store_data_requests] == [
        "/api/v1/partner/stores/warehouses"
    ]
    assert got.notes == []


def test_a_stale_cache_is_downloaded_again_and_vanished_ids_are_known(
    client: PartnerClient, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    old = small_tree(NOW - timedelta(days=9))
    cache.save_tree(sandbox.base_url, old, folder=tmp_path)
    got = gather_store_data(client, sandbox.base_url, STORE, now=lambda: NOW, folder=tmp_path)
    assert got.downloaded and got.data.tree is not None
    assert got.data.tree.fetched_at == NOW
    assert [n.key for n in got.notes] == ["tree_downloaded"]
    assert vanished_ids(old, got.data.tree) == {"c1", "s1", "t1", "t2"}
    assert cache.load_tree(sandbox.base_url, folder=tmp_path) == got.data.tree


def test_refresh_downloads_a_fresh_cache_again(
    client: PartnerClient, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    cache.save_tree(sandbox.base_url, small_tree(NOW), folder=tmp_path)
    got = gather_store_data(
        client, sandbox.base_url, None, refresh=True, now=lambda: NOW, folder=tmp_path
    )
    assert got.downloaded and len(got.data.tree.categories) >= 15  # type: ignore[union-attr]
    assert got.data.warehouses is None  # no store: not asked


def test_offline_uses_the_stale_cache_and_says_how_old_it_is(
    closed_port_url: str, tmp_path: Path
) -> None:
    cache.save_tree(closed_port_url, small_tree(NOW - timedelta(days=9)), folder=tmp_path)
    warehouses_at = NOW - timedelta(days=1)
    cache.save_warehouses(closed_port_url, STORE, [], warehouses_at, folder=tmp_path)
    with quick_client(closed_port_url) as client:
        got = gather_store_data(
            client,
            closed_port_url,
            STORE,
            brand_names=["Uniqlo"],
            now=lambda: NOW,
            folder=tmp_path,
        )
    assert got.data.tree == small_tree(NOW - timedelta(days=9))
    assert got.data.warehouses == []
    assert [n.key for n in got.notes] == [
        "tree_offline",
        "warehouses_offline_yesterday",
        "brands_missing",
    ]
    assert got.notes[0].message("en") == (
        "The store cannot be reached: using the category list from 9 days ago."
    )
    assert got.notes[0].message("id") == (
        "Toko tidak dapat dihubungi: memakai daftar kategori dari 9 hari lalu."
    )


def test_offline_without_a_cache_gives_no_tree_and_a_plain_note(
    closed_port_url: str, tmp_path: Path
) -> None:
    with quick_client(closed_port_url) as client:
        got = gather_store_data(client, closed_port_url, STORE, now=lambda: NOW, folder=tmp_path)
    assert got.data.tree is None and got.data.warehouses is None
    assert [n.key for n in got.notes] == ["tree_missing", "warehouses_missing"]
    assert "Connect to the internet once" in got.notes[0].message("en")
    assert "Sambungkan ke internet" in got.notes[0].message("id")


def test_a_damaged_cache_is_fetched_again(
    client: PartnerClient, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    path = cache.tree_path(sandbox.base_url, tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"version": 1, "baseUrl": "x"', encoding="utf-8")
    got = gather_store_data(client, sandbox.base_url, STORE, now=lambda: NOW, folder=tmp_path)
    assert got.downloaded and cache.load_tree(sandbox.base_url, folder=tmp_path) is not None


def test_cache_files_hold_no_secret_and_name_no_store(
    client: PartnerClient, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    gather_store_data(
        client, sandbox.base_url, STORE, brand_names=["Uniqlo"], now=lambda: NOW, folder=tmp_path
    )
    files = sorted(p.name.split("-")[0] for p in tmp_path.iterdir())
    assert files == ["brands", "tree", "warehouses"]
    for path in tmp_path.iterdir():
        text = path.read_text(encoding="utf-8")
        json.loads(text)
        for secret in (DEMO_CREDENTIALS.partner_secret, DEMO_CREDENTIALS.store_token):
            assert secret not in text
        assert STORE not in text and STORE not in path.name


def test_the_default_folder_is_the_user_cache_dir(tmp_path: Path) -> None:
    assert cache.cache_dir().parts[-2:] == ("toco-uploader", "reference")
    assert str(cache.cache_dir()).startswith(os.environ["XDG_CACHE_HOME"])


def test_warehouses_come_fresh_each_time_and_the_cache_follows(
    client: PartnerClient, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    first = gather_store_data(client, sandbox.base_url, STORE, now=lambda: NOW, folder=tmp_path)
    assert [w.client_id for w in first.data.warehouses or ()] == [
        "wh_jkt-01",
        "2026012714314318226016",
    ]
    sandbox.state.warehouses[STORE] = []
    second = gather_store_data(client, sandbox.base_url, STORE, now=lambda: NOW, folder=tmp_path)
    assert second.data.warehouses == []
    assert cache.load_warehouses(sandbox.base_url, STORE, folder=tmp_path) == ([], NOW)


class CountingOffline:
    """A source whose every call finds the store unreachable; counts the calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def _fail(self, name: str) -> list[Any]:
        self.calls.append(name)
        raise TransportError("no answer from the store", ambiguous=False, code="UNREACHABLE")

    def categories(self) -> list[Entry]:
        return self._fail("categories")

    def sub_categories(self, category_id: str) -> list[Entry]:
        return self._fail("sub_categories")

    def types(self, sub_category_id: str) -> list[Entry]:
        return self._fail("types")

    def brands(self, q: str, limit: int = 20) -> list[Entry]:
        return self._fail("brands")

    def warehouses(self) -> list[Warehouse]:
        return self._fail("warehouses")


def test_once_the_store_is_unreachable_the_rest_comes_from_the_cache_at_once(
    tmp_path: Path,
) -> None:
    offline = CountingOffline()
    got = gather_store_data(
        offline, "http://h/api/v1", STORE, brand_names=["Eiger"], now=lambda: NOW, folder=tmp_path
    )
    assert offline.calls == ["categories"]  # not one retry series per kind of data
    assert [n.key for n in got.notes] == ["tree_missing", "warehouses_missing", "brands_missing"]


def test_a_row_whose_type_vanished_after_a_refresh_is_flagged_on_that_cell() -> None:
    c, s, t1, t2 = (str(uuid.UUID(int=n)) for n in (1, 2, 3, 4))
    before = ReferenceTree(
        (Entry(c, "Buku"),),
        {c: (Entry(s, "Fiksi"),)},
        {s: (Entry(t1, "Novel"), Entry(t2, "Komik"))},
        NOW,
    )
    after = ReferenceTree(before.categories, before.sub_categories, {s: (Entry(t2, "Komik"),)}, NOW)
    cells = dict(product_cells(1)[0], categoryId=c, subCategoryId=s, typeId=t1)
    table = ProductTable.from_cells([(2, cells)])
    table.use_store_data(StoreData(before, BrandBook(), []))
    assert not table.rows[0].has_errors, table.rows[0].issues
    assert vanished_ids(before, after) == {t1}
    table.use_store_data(StoreData(after, BrandBook(), []))
    (issue,) = table.rows[0].issues_for("typeId")
    assert issue.is_error and table.rows[0].has_errors
