"""The debug log for support (``--verbose`` or TOCO_LOG_LEVEL=DEBUG), secrets redacted."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from app.cli.exits import APP_NAME
from app.private_files import private_file, private_folder

_log_handler: logging.Handler | None = None


def setup_logging(verbose: bool) -> Path | None:
    """Write the debug log when asked (returns its path); otherwise keep the screen quiet.

    Called once per command; the handler of a previous call is removed and closed.
    """
    from app.partner.redaction import RedactionFilter, install_redaction

    global _log_handler
    root = logging.getLogger()
    if _log_handler is not None:
        root.removeHandler(_log_handler)
        _log_handler.close()
        _log_handler = None
    install_redaction()
    if not (verbose or os.environ.get("TOCO_LOG_LEVEL", "").upper() == "DEBUG"):
        _log_handler = logging.NullHandler()  # no stray warnings on the merchant's screen
        root.addHandler(_log_handler)
        return None
    folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path = private_file(private_folder(folder) / "toco-uploader.log")
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler.addFilter(RedactionFilter())
    handler.setLevel(logging.DEBUG)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    _log_handler = handler
    return path
