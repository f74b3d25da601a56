"""The command line's words: subcommands, their options and help texts."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from app.cli.exits import APP_NAME
from app.jobs.plan import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY
from app.profiles.store import Environment

Command = Callable[[argparse.Namespace], int]


# Each command's module is imported when the command runs: ``validate`` does not import the
# jobs, the journal, the photo checker or the sync engine it never uses. Plain import
# statements (not names in strings), so the bundle's analysis finds every command's module.


def cmd_validate(args: argparse.Namespace) -> int:
    from app.cli.commands_sheet import cmd_validate as run

    return run(args)


def cmd_template(args: argparse.Namespace) -> int:
    from app.cli.commands_sheet import cmd_template as run

    return run(args)


def cmd_upload(args: argparse.Namespace) -> int:
    from app.cli.commands_send import cmd_upload as run

    return run(args)


def cmd_delete(args: argparse.Namespace) -> int:
    from app.cli.commands_send import cmd_delete as run

    return run(args)


def cmd_resume(args: argparse.Namespace) -> int:
    from app.cli.commands_send import cmd_resume as run

    return run(args)


def cmd_sync(args: argparse.Namespace) -> int:
    from app.cli.commands_sync import cmd_sync as run

    return run(args)


def cmd_export(args: argparse.Namespace) -> int:
    from app.cli.commands_export import cmd_export as run

    return run(args)


def cmd_categories(args: argparse.Namespace) -> int:
    from app.cli.commands_reference import cmd_categories as run

    return run(args)


def cmd_history(args: argparse.Namespace) -> int:
    from app.cli.commands_admin import cmd_history as run

    return run(args)


def cmd_profiles(args: argparse.Namespace) -> int:
    from app.cli.commands_admin import cmd_profiles as run

    return run(args)


def cmd_sandbox(args: argparse.Namespace) -> int:
    from app.cli.commands_admin import cmd_sandbox as run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Upload and delete Toco products from Excel workbooks.",
        epilog="Credentials: --profile NAME, or the environment variables TOCO_BASE_URL, "
        "TOCO_PARTNER_CLIENT_ID, TOCO_PARTNER_SECRET, TOCO_STORE_CLIENT_ID, "
        "TOCO_STORE_TOKEN. Exit codes: 0 all good, 1 some rows not, 2 bad input, "
        "3 store access or connection failure.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def sheet_command(
        name: str, help_text: str, func: Command, store: bool
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("file", metavar="FILE", help="the workbook (.xlsx, .xlsm, .xls, .ods, .csv)")
        p.add_argument("--sheet", help="sheet name (default: the first with product headers)")
        p.add_argument("--rows", metavar="SPEC", help="sheet row numbers, e.g. 2-40,45")
        p.add_argument(
            "--map",
            action="append",
            metavar="HEADER=field",
            help="use column HEADER for field (repeatable), e.g. 'Harga Jual=price'",
        )
        p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
        p.add_argument("--lang", choices=("en", "id"), default=_default_lang())
        _common(p)
        if store:
            p.add_argument("--profile", help="store profile (see `profiles list`)")
            p.add_argument("--results", metavar="OUT.xlsx", help="write the results workbook")
            p.add_argument(
                "--chunk-size",
                type=_positive,
                default=DEFAULT_CHUNK_SIZE,
                help=f"rows per request (default {DEFAULT_CHUNK_SIZE})",
            )
            p.add_argument(
                "--concurrency",
                type=_positive,
                default=DEFAULT_CONCURRENCY,
                help=f"requests at once (default {DEFAULT_CONCURRENCY})",
            )
        p.set_defaults(func=func)
        return p

    validate = sheet_command(
        "validate", "check a workbook without sending anything", cmd_validate, False
    )
    validate.add_argument(
        "--profile",
        help="check against this store's categories, brands and warehouses (also with the "
        "TOCO_* variables; without a store, names cannot be checked)",
    )
    upload = sheet_command("upload", "upload products to the store", cmd_upload, True)
    sync = sheet_command(
        "sync",
        "compare a workbook with the store's products and send only the changes",
        cmd_sync,
        True,
    )
    sync.add_argument("--dry-run", action="store_true", help="show what would change; send nothing")
    sync.add_argument("--yes", action="store_true", help="do not ask before deleting")
    sync.add_argument(
        "--prefer",
        choices=("sheet", "store"),
        help="who wins a conflict (a field changed on the store since the export and in the "
        "sheet): without it, conflicts are not sent",
    )
    sync.add_argument(
        "--wait",
        type=float,
        default=None,
        metavar="SECONDS",
        help="read new and updated products back for up to SECONDS (default 30; 0: do not)",
    )
    for p in (validate, upload, sync):
        p.add_argument(
            "--include-hidden-rows",
            action="store_true",
            help="also send rows hidden in the workbook (left out by default)",
        )
        p.add_argument(
            "--check-photos",
            action="store_true",
            help="download every photo once and check it (a broken link, a share page, not a "
            "picture, over 10 MB, too small) before anything is sent; kept in the user cache",
        )
    upload.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait up to SECONDS for pending products to go live",
    )
    delete = sheet_command(
        "delete", "delete the products of a sheet from the store", cmd_delete, True
    )
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = sub.add_parser(
        "categories",
        help="the store's categories, sub-categories and types with their ids",
        description="Print the store's category tree (from the cache when it is fresh), or "
        "the types whose path holds every word of --search.",
    )
    p.add_argument("--refresh", action="store_true", help="download the list again")
    p.add_argument("--search", metavar="TEXT", help="e.g. 'kaos ob'")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    p.add_argument("--profile", help="store profile (see `profiles list`)")
    p.add_argument("--lang", choices=("en", "id"), default=_default_lang())
    _common(p)
    p.set_defaults(func=cmd_categories)

    p = sub.add_parser(
        "export",
        help="download every product of the store into a workbook to edit and sync back",
        description="Write every product of the store into FILE (.xlsx) in the template's"
        " layout: names for categories and brands, one stock column per warehouse, and a"
        " hidden record of the store's values for a later sync.",
    )
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--profile", help="store profile (see `profiles list`)")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace FILE when it exists (a backup copy of it is kept)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    p.add_argument("--lang", choices=("en", "id"), default=_default_lang())
    _common(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("template", help="write an empty product workbook to fill in")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--lang", choices=("en", "id"), default="id")
    _common(p)
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("sandbox", help="run the local sandbox store (demo credentials)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8787)
    p.add_argument(
        "--live-after",
        type=float,
        default=None,
        help="seconds before an accepted product goes live",
    )
    _common(p)
    p.set_defaults(func=cmd_sandbox)

    p = sub.add_parser("profiles", help="list, add or remove store profiles")
    p.add_argument("action", choices=("list", "add", "remove"))
    p.add_argument("name", nargs="?")
    p.add_argument("--environment", choices=[e.value for e in Environment], default="production")
    p.add_argument("--base-url", help="for a custom store: its base URL ending in /api/v1")
    p.add_argument("--partner-client-id")
    p.add_argument("--store-client-id")
    _common(p)
    p.set_defaults(func=cmd_profiles)

    p = sub.add_parser("history", help="past jobs, with their request and batch ids")
    p.add_argument("job", nargs="?", type=int, help="one job in detail")
    p.add_argument("--limit", type=_positive, default=20)
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("resume", help="finish a job that was interrupted")
    p.add_argument("job", nargs="?", type=int, help="job number (default: the latest unfinished)")
    p.add_argument("--profile")
    p.add_argument("--results", metavar="OUT.xlsx")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "id"), default=_default_lang())
    p.add_argument("--concurrency", type=_positive, default=DEFAULT_CONCURRENCY)
    p.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="then wait up to SECONDS for pending (or not confirmed) products to go live",
    )
    _common(p)
    p.set_defaults(func=cmd_resume)
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="write a debug log for support (secrets are masked)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _default_lang() -> str:
    return "id" if os.environ.get("TOCO_LANG", "").lower().startswith("id") else "en"


def _version() -> str:
    """The one version, ``app.__version__`` (pyproject.toml reads it too)."""
    from app import __version__

    return __version__
