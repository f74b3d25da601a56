"""Commands that need no store: ``validate`` a workbook, write the ``template``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.catalog.status import Status
from app.cli.exits import EXIT_OK, EXIT_ROWS
from app.cli.output import print_rows
from app.cli.photo_check import check_photos_if_asked
from app.cli.store_data import import_client, store_data_if_configured
from app.cli.workbook import load


def cmd_validate(args: argparse.Namespace) -> int:
    store_data_for = store_data_if_configured(args)
    # while the child reads the file: the store's client imported, when a store is configured
    meanwhile = import_client if store_data_for is not None else None
    loaded, indexes = load(args, "upload", store_data_for, meanwhile=meanwhile)
    check_photos_if_asked(args, loaded, indexes)
    print_rows(loaded, indexes, args.lang, args.json)
    bad = any(loaded.table.rows[i].status is not Status.READY for i in indexes)
    return EXIT_ROWS if bad else EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from app.sheets.template import write_template

    written = write_template(Path(args.out), lang=args.lang)
    print(f"Template written to {written}")
    return EXIT_OK
