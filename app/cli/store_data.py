"""The store's data for a command: which store (if any), the tree, warehouses and brands
gathered (fresh or cached, `app.reference`), applied to the table before it is checked; and the
``categories`` command.

A store is configured by ``--profile`` or the TOCO_* environment. Without one, ``validate``
checks as before (ids by form, names as "not downloaded yet"). Progress goes to stderr, on a
terminal only; the notes (offline, the cache's age) to stderr too, so ``--json`` stdout holds
only its JSON.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from app.catalog.messages import Lang
from app.cli.credentials import credentials
from app.cli.exits import UsageError
from app.cli.output import ProgressBar
from app.credentials import Credentials
from app.profiles.credentials import ENV_VARS

if TYPE_CHECKING:  # the client (httpx, pydantic) and the gathering: imported when first used
    from app.catalog.store_data import StoreData
    from app.jobs import JobRecord
    from app.partner import PartnerClient
    from app.reference import Gathered
    from app.sheets import LoadedSheet
    from app.sheets.loading import RowsToCheck, StoreDataFor


def import_client() -> None:
    """Import what talking to the store takes (the client, the gathering, the cache): the
    command line does it while the reading child reads the workbook."""
    import app.catalog.category_names
    import app.partner.client
    import app.reference.gather  # noqa: F401


def configured_store(profile: str | None) -> Credentials | None:
    """The store of ``--profile`` or of the TOCO_* variables; None when neither is given."""
    if profile or any(os.environ.get(name, "").strip() for name in ENV_VARS):
        return credentials(profile)
    return None


class StepsBar(ProgressBar):
    """``Categories [#####.....] 40/143`` on stderr when it is a terminal, else nothing."""

    def __call__(self, done: int, total: int) -> None:  # type: ignore[override]
        self.draw(done, total)


def gather(
    client: PartnerClient,
    values: Credentials,
    *,
    lang: Lang,
    refresh: bool = False,
    brand_names: Iterable[str] = (),
) -> Gathered:
    """`gather_store_data` with a progress bar and the notes printed (stderr)."""
    from app.reference import gather_store_data

    bar = StepsBar("Categories" if lang == "en" else "Unduh")
    try:
        gathered = gather_store_data(
            client,
            values.base_url,
            values.store_client_id,
            refresh=refresh,
            brand_names=brand_names,
            progress=bar,
        )
    finally:
        bar.close()
    for note in gathered.notes:
        if note.key != "tree_downloaded" or bar.shown:
            print(note.message(lang), file=sys.stderr)
    return gathered


def gather_for_rows(
    client: PartnerClient,
    values: Credentials,
    lang: Lang,
    rows_cells: Iterable[Mapping[str, Any]],
) -> Gathered:
    """Gather the store's data, the brand names these rows name searched."""
    from app.catalog.category_names import brand_names_to_search
    from app.catalog.store_data import BrandBook
    from app.reference.cache import load_brands

    cached = load_brands(values.base_url)
    book: BrandBook | None = cached[0] if cached else None
    names = brand_names_to_search(distinct_brand_cells(rows_cells), book)
    return gather(client, values, lang=lang, brand_names=sorted(names))


def distinct_brand_cells(rows_cells: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """One row's cells for each distinct brand cell (by type and exact value; a text as it is,
    anything else by its repr): the names to search depend on that cell alone, and 10,000
    rows name a few hundred brands, each then parsed once."""
    from app.catalog.category_names import BRAND_KEY

    seen: set[tuple[type, str]] = set()
    out: list[Mapping[str, Any]] = []
    for cells in rows_cells:
        value = cells.get(BRAND_KEY)
        key = (type(value), value if type(value) is str else repr(value))
        if key not in seen:
            seen.add(key)
            out.append(cells)
    return out


def use_store_data(
    loaded: LoadedSheet, client: PartnerClient, values: Credentials, lang: Lang
) -> Gathered:
    """Gather the store's data (brand names of the sheet searched) and check every row
    against it."""
    table = loaded.table
    gathered = gather_for_rows(client, values, lang, (row.cells for row in table.rows))
    table.use_store_data(gathered.data)
    return gathered


def store_data_if_configured(args: argparse.Namespace) -> StoreDataFor | None:
    """For ``validate``: when a store is configured, what gathers its data for the rows' cells
    before they are checked (``workbook.load``), so every row is checked once; else None."""
    values = configured_store(args.profile)
    if values is None:
        return None
    store = values

    def for_rows(rows: RowsToCheck) -> StoreData | None:
        from app.partner import PartnerClient

        with PartnerClient(store) as client:
            return gather_for_rows(client, store, args.lang, rows.cells).data

    return for_rows


class StoreFirst:
    """For a command that sends to the store (``upload``, ``sync``, ``resume``), given to
    ``workbook.load`` as its ``store_data_for``: once the sheet's rows passed load's refusals
    and before any row is checked, the credentials are asked, ``check`` looks at them (the same
    store as the job's…), the client is opened on ``stack`` (closed when the command's stack
    is) and the store's data gathered for the rows' cells — so every row is checked once,
    against it. ``values`` and ``client`` are set when it was called."""

    def __init__(
        self,
        args: argparse.Namespace,
        stack: ExitStack,
        check: Callable[[Credentials], object] | None = None,
    ) -> None:
        self._args, self._stack, self._check = args, stack, check
        self.values: Credentials | None = None
        self.client: PartnerClient | None = None
        self.gathered: Gathered | None = None

    def __call__(self, rows: RowsToCheck) -> StoreData | None:
        from app.partner import PartnerClient

        values = self.values = credentials(self._args.profile)
        if self._check is not None:
            self._check(values)
        client = self.client = self._stack.enter_context(PartnerClient(values))
        self.gathered = gather_for_rows(client, values, self._args.lang, rows.cells)
        return self.gathered.data

    def store(self) -> tuple[Credentials, PartnerClient]:
        """The credentials and the open client (after the rows were loaded)."""
        assert self.values is not None and self.client is not None, "not called yet"
        return self.values, self.client


def same_store(record: JobRecord, values: Credentials) -> None:
    """A job is resumed on the store it was sent to (``StoreFirst``'s ``check`` for
    ``resume``: before anything is asked of the store); says on stderr which job goes on."""
    if record.base_url and values.base_url.rstrip("/") != record.base_url.rstrip("/"):
        raise UsageError(
            f"Job {record.id} was sent to {record.base_url}, but these "
            f"credentials are for {values.base_url}; choose the same store."
        )
    print(f"Resuming {record.kind} job {record.id} of {record.source}", file=sys.stderr)
