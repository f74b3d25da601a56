"""Ending the command-line process once ``validate`` has said everything.

After ``validate`` of 10,000 rows the process holds about a million objects (the checked table,
its issues, the output): Python's own exit frees them one by one and then tears down every
module, ≈ 0.1 s of CPU for nothing — the operating system takes the memory back at once.
``leave`` does what that exit does that matters (stdout and stderr flushed, the ``atexit``
handlers run: logging's files, temporary folders, the multiprocessing helpers) and then ends
the process with the exit code. Whenever that cannot be done plainly — a flush fails (the
reader of a pipe went away), a thread is still running — it leaves the usual way
(``sys.exit``), so those cases behave exactly as before.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn

#: The commands that end through ``leave``: nothing of theirs is still open when they return
#: (no journal, no client, no results file); their output is stdout and stderr alone.
QUICK_EXIT_COMMANDS = frozenset({"validate"})


def leave(code: int) -> NoReturn:
    """End this process with ``code``: output flushed, ``atexit`` handlers run, no teardown."""
    if threading.active_count() > 1:
        sys.exit(code)  # the usual exit waits for the other threads
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(code)  # reported as Python always reports it
    atexit._run_exitfuncs()  # they run once: the list is emptied by running it
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()  # what a handler printed
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)
