"""What can go wrong when talking to the store, as typed exceptions.

Every error carries the store's ``code``, ``message``, ``hint`` and ``context`` when it answered,
the ``request_id`` support asks for, and the HTTP status. None of them ever holds a secret.
"""

from __future__ import annotations

from typing import Any

AMBIGUOUS_MESSAGE = "the request may or may not have been processed"
#: a TransportError with code CERTIFICATE (the window says it in EN and ID: gui.stores.words)
CERTIFICATE_MESSAGE = (
    "The store's certificate could not be verified: this computer cannot be sure it is talking "
    "to the real store, so nothing was sent. Check the store address, and the computer's date "
    "and time"
)


class PartnerError(Exception):
    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        hint: str | None = None,
        context: dict[str, Any] | None = None,
        request_id: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        self.context = dict(context or {})
        self.request_id = request_id
        self.http_status = http_status

    def store_said(self) -> str:
        """The store's own words in one line: ``message [code] — hint``."""
        text = f"{self.message} [{self.code}]" if self.code else self.message
        return f"{text} — {self.hint}" if self.hint else text

    def __str__(self) -> str:
        text = f"{self.code}: {self.message}" if self.code else self.message
        if self.request_id:
            text += f" (requestId {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"http_status={self.http_status!r}, request_id={self.request_id!r})"
        )


class ConfigurationError(PartnerError, ValueError):
    """The client cannot be used as configured (e.g. plain http to a remote host)."""


class AuthError(PartnerError):
    """The store did not accept the request's signature or timestamp (AUTH_003, HTTP 401)."""


class StoreAccessError(PartnerError):
    """Store not found, blocked, or the store token is invalid (AUTH_014, HTTP 403)."""


class RequestValidationError(PartnerError):
    """The request as a whole was rejected (VAL_001); ``field_errors`` maps key → message."""

    def __init__(
        self, message: str, *, field_errors: dict[str, str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.field_errors = dict(field_errors or {})


class NotFoundError(PartnerError):
    """HTTP 404 with the store's envelope (e.g. no product with that SKU)."""


class RetryableError(PartnerError):
    """An answer worth sending again after a while; ``retry_after`` in seconds when known."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class RateLimitedError(RetryableError):
    """HTTP 429, still after every allowed retry."""


class ServerError(RetryableError):
    """HTTP 5xx, still after every allowed retry."""


class TransportError(PartnerError):
    """No usable answer came back.

    ``ambiguous`` is True when the request had been sent: the store may or may not have
    processed it, so sending it again could duplicate its effect. The caller decides (the upload
    job looks each product up by SKU first).
    """

    def __init__(self, message: str, *, ambiguous: bool, **kwargs: Any) -> None:
        if ambiguous and AMBIGUOUS_MESSAGE not in message:
            message = f"{message}: {AMBIGUOUS_MESSAGE}"
        super().__init__(message, **kwargs)
        self.ambiguous = ambiguous
