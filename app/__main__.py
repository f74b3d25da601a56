"""Entry point: ``toco-uploader`` (or ``python -m app``).

With a subcommand (validate, upload, sync, delete, template, sandbox, profiles, history, resume,
categories, export) it runs the command line, which never imports Qt. Without one it opens the
window.
"""

from __future__ import annotations

import sys

SUBCOMMANDS = frozenset(
    {
        "validate",
        "upload",
        "sync",
        "delete",
        "template",
        "sandbox",
        "profiles",
        "history",
        "resume",
        "categories",
        "export",
    }
)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if not a.startswith("-")), None)
    if first in SUBCOMMANDS or any(a in ("-h", "--help", "--version") for a in args[:1]):
        from app.cli import main as cli_main

        code = cli_main(args)
        if argv is None:  # this process's own command line, ended here once all is written
            from app.cli.leaving import QUICK_EXIT_COMMANDS, leave

            if first in QUICK_EXIT_COMMANDS:
                leave(code)
        return code
    from app.gui.window.launch import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    # In the desktop bundle (PyInstaller) this file is the program itself, and a workbook is
    # read in a spawned child process that starts the same program: freeze_support() turns
    # that child into the reader instead of a second window. Outside a bundle it does nothing.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
