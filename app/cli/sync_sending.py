"""Sending a sync plan (``sync FILE`` without ``--dry-run``): the one call the command makes.

[placeholder until the sending lands (issue 14, point 7)] It refuses plainly, in the merchant's
language, and sends nothing; ``sync --dry-run`` shows the plan.
"""

from __future__ import annotations

import argparse

from app.cli.exits import Refusal
from app.credentials import Credentials
from app.sheets import LoadedSheet
from app.sync.plan import SyncPlan


def run_sync(
    args: argparse.Namespace, loaded: LoadedSheet, plan: SyncPlan, values: Credentials
) -> int:
    """Send ``plan`` to the store of ``values`` and return the exit code."""
    raise Refusal("sync_not_ready")
