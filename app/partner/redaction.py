"""Keeping secrets out of logs.

``install_redaction()`` (the client calls it) puts a ``RedactionFilter`` on the ``app`` logger
and, because a logger's filters do not see records propagated from its children, also wraps the
log-record factory so every record of the process, whatever its logger (``app.*``, ``httpx``,
``httpcore``...), is redacted when it is created. It replaces every registered secret value and
the value of any ``x-store-token`` / ``x-signature`` header that appears in a message.

A secret is masked in the forms a log line can carry it in, not only raw: its ``repr()``, JSON,
URL-quoted, backslash-escaped and bytes forms, and each of those escaped once more (a repr of a
list of reprs). ``escaped_forms`` lists them.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus

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


_ESCAPES: tuple[Callable[[str], str], ...] = (
    lambda v: repr(v)[1:-1],
    lambda v: json.dumps(v)[1:-1],
    lambda v: json.dumps(v, ensure_ascii=False)[1:-1],
    lambda v: quote(v, safe=""),
    quote,
    quote_plus,
    lambda v: v.encode("unicode_escape").decode("ascii"),
    lambda v: repr(v.encode("utf-8", "surrogatepass"))[2:-1],
)


def escaped_forms(value: str) -> set[str]:
    """``value`` and every way of escaping it, once or twice over."""
    once = {escape(value) for escape in _ESCAPES} | {value}
    return once | {escape(form) for form in once for escape in _ESCAPES}


def register_secret(value: str | None) -> None:
    """Mask ``value`` (in every escaped form) wherever it appears in a log record from now on."""
    if value and len(value) >= 4:
        forms = escaped_forms(value)
        with _lock:
            _secrets.update(forms)


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
