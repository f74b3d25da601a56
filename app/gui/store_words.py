"""Plain words for what can go wrong between the window and a store (no tracebacks, ever).

``explain(error)`` gives a (title, text) pair for a message box or a status line: which part of
the store set-up to check, the store's own message and code, and the request id support asks
for. Every sentence is translatable (context ``StoreWords``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.jobs import JournalError, ResumeError
from app.partner import (
    AuthError,
    ConfigurationError,
    PartnerError,
    RateLimitedError,
    ServerError,
    StoreAccessError,
    TransportError,
)
from app.profiles import CredentialsMissing, ProfileError, SecretStoreError

log = logging.getLogger("app.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("StoreWords", text)


def store_said(error: PartnerError) -> str:
    """The store's own words: message [code] — hint (request id …)."""
    text = error.message
    if error.code:
        text += f" [{error.code}]"
    if error.hint:
        text += f" — {error.hint}"
    if error.request_id:
        text += "\n" + _t("Request id for support: %1").replace("%1", error.request_id)
    return text


def explain(error: BaseException) -> tuple[str, str]:
    """(title, text) in plain words for any error a job, a test or a dialog can meet."""
    if isinstance(error, StoreAccessError):
        return (_t("The store refused access"), _t(
            "The store did not accept the store client id or the store token (the token may"
            " have been revoked, or the store is blocked). Check them in Store → Stores….")
            + "\n\n" + store_said(error))
    if isinstance(error, AuthError):
        if error.code == "AUTH_003":
            why = _t("The store says this computer's clock is wrong. Check the date, time and"
                     " time zone of this computer, then try again.")
        else:
            why = _t("The store did not accept the request signature: check the partner client"
                     " id and the partner secret in Store → Stores….")
        return _t("The store did not accept the credentials"), why + "\n\n" + store_said(error)
    if isinstance(error, TransportError):
        return (_t("The store could not be reached"), _t(
            "No answer came from the store. Check the internet connection and the store"
            " address, then try again. Rows already answered keep their results.")
            + "\n\n" + error.message)
    if isinstance(error, ConfigurationError):
        return (_t("The store address is not usable"), _t(
            "Check the store's address in Store → Stores… (it must start with https://).")
            + "\n\n" + error.message)
    if isinstance(error, RateLimitedError | ServerError):
        return (_t("The store is busy"), _t(
            "The store kept answering that it is busy or has a problem. Wait a few minutes and"
            " send again.") + "\n\n" + store_said(error))
    if isinstance(error, PartnerError):
        return _t("The store answered with an error"), store_said(error)
    if isinstance(error, SecretStoreError):
        return (_t("The system keyring cannot be used"), _t(
            "The store secrets are kept only in the system keyring, never in a file, and the"
            " keyring did not answer. Unlock or install it, then try again.")
            + "\n\n" + str(error))
    if isinstance(error, CredentialsMissing):
        return (_t("The store's secrets are missing"), _t(
            "Enter the partner secret and the store token again in Store → Stores…."))
    if isinstance(error, ProfileError):
        return _t("The store profiles cannot be read"), str(error)
    if isinstance(error, ResumeError):
        return _t("The job cannot be resumed"), str(error)
    if isinstance(error, JournalError):
        return _t("The job history cannot be used"), str(error)
    log.error("unexpected error in a store job", exc_info=error)
    return (_t("Something went wrong"), _t(
        "The job stopped because of an unexpected problem; nothing in your workbook was"
        " changed. Details: %1").replace("%1", f"{type(error).__name__}: {error}"))


def connection_result(error: BaseException | None) -> tuple[bool, str]:
    """The line a connection test shows: (worked, plain words)."""
    if error is None:
        return True, _t("Connected: the store accepted these credentials.")
    title, text = explain(error)
    return False, f"{title}. {text}"
