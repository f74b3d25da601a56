"""How a command ends: the exit codes, bad input (``UsageError``) and the words for a store error.

Exit codes: 0 every chosen row ended ready, pending, live, exists or deleted; 1 some rows are
invalid, skipped, rejected or failed; 2 bad input (file, arguments); 3 authentication, store
access or connection failure.
"""

from __future__ import annotations

import logging
import sys

from app.jobs import JobReport
from app.partner import AuthError, PartnerError, StoreAccessError, TransportError

APP_NAME = "toco-uploader"
EXIT_OK, EXIT_ROWS, EXIT_INPUT, EXIT_STORE = 0, 1, 2, 3
log = logging.getLogger("app.cli")


class UsageError(Exception):
    """Bad input from the user: exit code 2 with this message."""


def exit_code(report: JobReport) -> int:
    if isinstance(report.fatal, AuthError | StoreAccessError | TransportError):
        return EXIT_STORE
    if report.cancelled:  # rows not sent are "ready", but the job did not do what was asked
        return EXIT_ROWS
    return EXIT_OK if report.all_good else EXIT_ROWS


def store_words(exc: PartnerError) -> str:
    """A store error in one line: message, code, hint and request id."""
    text = exc.store_said()
    if exc.request_id:
        text += f" (request id {exc.request_id})"
    return text


def fail(message: str, code: int) -> int:
    """Say what went wrong on stderr (no traceback) and return ``code``."""
    log.debug("exit %d: %s", code, message, exc_info=True)
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    return code
