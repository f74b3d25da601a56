"""Keeping secrets out of logs.

``install_redaction()`` (the client calls it) puts a ``RedactionFilter`` on the ``app`` logger
and, because a logger's filters do not see records propagated from its children, also wraps the
log-record factory so every record of the process, whatever its logger (``app.*``, ``httpx``,
``httpcore``...), is redacted when it is created. It replaces every registered secret value and
the value of any ``x-store-token`` / ``x-signature`` header that appears in a message.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

from app.credentials import MASK

SECRET_HEADERS = ("x-store-token", "x-signature")
_HEADER_VALUE = re.compile(
    r"(?P<name>x-store-token|x-signature)(?P<sep>['\"]?\s*[:=,]\s*b?['\"]?)"
    r"(?P<value>[^'\"\s,;)}\]]+)",
    re.IGNORECASE,
)

_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False


def register_secret(value: str | None) -> None:
    """Mask ``value`` wherever it appears in a log record from now on."""
    if value and len(value) >= 4:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return _HEADER_VALUE.sub(lambda m: m["name"] + m["sep"] + MASK, text)


def mask_headers(headers: Any) -> dict[str, str]:
    """A copy of request headers fit for a log line."""
    return {k: (MASK if k.lower() in SECRET_HEADERS else v) for k, v in dict(headers).items()}


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: logging reports it later, redact what we can
        message = str(record.msg)
    clean = redact(message)
    if clean != message or record.args:
        record.msg, record.args = clean, None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


class RedactionFilter(logging.Filter):
    """Usable on any logger or handler; it never drops a record, it only masks it."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def install_redaction(logger_name: str = "app") -> None:
    """Idempotent: redact every log record of the process from now on."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
    logger = logging.getLogger(logger_name)
    logger.addFilter(RedactionFilter())
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return redact_record(previous(*args, **kwargs))

    logging.setLogRecordFactory(factory)
