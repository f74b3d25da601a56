"""The command line: ``toco-uploader validate | upload | delete | template | sandbox | profiles |
history | resume``. The same engine as the window, without Qt.

Exit codes: 0 every chosen row ended ready, pending, live, exists or deleted; 1 some rows are
invalid, skipped, rejected or failed; 2 bad input (file, arguments); 3 authentication, store
access or connection failure. Credentials come from ``--profile`` (ids from the profiles file,
secrets from the keyring) or the TOCO_* environment variables — never from arguments.

Modules: ``parser`` (the words), ``commands_sheet`` (validate, template), ``commands_send``
(upload, delete, resume), ``commands_admin`` (profiles, history, sandbox), ``workbook`` (the
file and the chosen rows), ``output`` (JSON, summaries, progress bar), ``running`` (journal,
Ctrl-C, --wait), ``credentials``, ``debug_log``, ``exits`` (exit codes and errors).
"""

from __future__ import annotations

import os
import sys

from app.catalog.messages import Lang
from app.cli.debug_log import setup_logging
from app.cli.exits import (
    EXIT_INPUT,
    EXIT_OK,
    EXIT_ROWS,
    EXIT_STORE,
    UsageError,
    fail,
    log,
    store_words,
)
from app.cli.output import ProgressBar
from app.cli.parser import build_parser
from app.cli.workbook import parse_rows
from app.partner.errors import ConfigurationError, PartnerError
from app.profiles.credentials import CredentialsMissing
from app.profiles.secret_rules import CredentialRejected
from app.profiles.secrets import SecretStoreError
from app.profiles.store import ProfileError
from app.sheets.errors import SheetError

__all__ = [
    "EXIT_INPUT",
    "EXIT_OK",
    "EXIT_ROWS",
    "EXIT_STORE",
    "ProgressBar",
    "UsageError",
    "build_parser",
    "main",
    "parse_rows",
]


def main(argv: list[str] | None = None) -> int:
    """Run one command (``argv`` without the program name; default ``sys.argv[1:]``)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_INPUT
    log_path = setup_logging(args.verbose)
    if log_path is not None:
        print(f"Debug log: {log_path}", file=sys.stderr)
    log.debug("command line: %s", " ".join(argv if argv is not None else sys.argv[1:]))
    lang: Lang = "id" if getattr(args, "lang", "en") == "id" else "en"

    def refuse(message: str, code: int, error: str) -> int:  # --json: the error on stdout too
        return fail(message, code, error=error, as_json=bool(getattr(args, "json", False)))

    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        return refuse(exc.message(lang), EXIT_INPUT, exc.code)
    except SheetError as exc:
        return refuse(exc.message(lang), EXIT_INPUT, exc.key)
    except CredentialRejected as exc:
        return refuse(exc.message(lang), EXIT_INPUT, "credential_rejected")
    except _imported(
        ProfileError, "app.jobs.resume.ResumeError", "app.jobs.journal.JournalError"
    ) as exc:
        return refuse(str(exc), EXIT_INPUT, _error_code(exc))
    except ConfigurationError as exc:
        return refuse(
            f"The store address is not usable: {exc.message}", EXIT_INPUT, "store_address"
        )
    except (CredentialsMissing, SecretStoreError) as exc:
        return refuse(str(exc), EXIT_STORE, _error_code(exc))
    except PartnerError as exc:
        return refuse(
            f"The store could not be reached or refused access: {store_words(exc)}",
            EXIT_STORE,
            "store_unreachable",
        )
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:
        return refuse(
            f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), EXIT_INPUT, "file_error"
        )
    except KeyboardInterrupt:
        return fail("Stopped.", 130)


def _imported(*kinds: type[Exception] | str) -> tuple[type[Exception], ...]:
    """The exception classes given, or named ``module.Class`` when their module has been
    imported, looked up when an exception is being matched: a command that never imported the
    jobs (``validate``) cannot have raised their errors, and does not import them to catch them."""
    found: list[type[Exception]] = []
    for kind in kinds:
        if not isinstance(kind, str):
            found.append(kind)
            continue
        module, _, name = kind.rpartition(".")
        if module in sys.modules:
            found.append(getattr(sys.modules[module], name))
    return tuple(found)


def _error_code(exc: Exception) -> str:
    """``ProfileError`` → ``profile_error``: the ``--json`` code of an error without its own."""
    name = type(exc).__name__
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
