"""Store credentials for a command: from ``--profile`` (ids from the profiles file, secrets from
the keyring) or the TOCO_* environment variables — never from arguments; and the secrets that
``profiles add`` asks for.
"""

from __future__ import annotations

import getpass
import sys

from app.cli.exits import UsageError
from app.credentials import Credentials
from app.profiles import resolve
from app.profiles.secret_rules import check_credentials


def credentials(profile: str | None) -> Credentials:
    """The command's credentials, each id and secret checked before any job starts."""
    values = resolve(profile)
    check_credentials(values)
    return values


def ask_secrets() -> tuple[str, str]:
    """From the terminal without echo, or two lines of standard input (for scripts)."""
    if sys.stdin.isatty():
        partner_secret = getpass.getpass("Partner secret: ")
        store_token = getpass.getpass("Store token: ")
    else:
        partner_secret = sys.stdin.readline().strip()
        store_token = sys.stdin.readline().strip()
    if not partner_secret or not store_token:
        raise UsageError(
            "Both the partner secret and the store token are needed (two lines "
            "on standard input when there is no terminal)."
        )
    return partner_secret, store_token
