"""Plain words for what can go wrong between the window and a store (no tracebacks, ever).

``explain(error)`` gives a (title, text) pair for a message box or a status line: which part of
the store set-up to check, the store's own message and code, and the request id support asks
for. Every sentence is translatable (context ``StoreWords``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

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


translate = QCoreApplication.translate


def store_said(error: PartnerError) -> str:
    """The store's own words: message [code] — hint (request id …)."""
    text = error.store_said()
    if error.request_id:
        support = translate("StoreWords", "Request id for support: %1")
        text += "\n" + support.replace("%1", error.request_id)
    return text


def explain(error: BaseException) -> tuple[str, str]:
    """(title, text) in plain words for any error a job, a test or a dialog can meet."""
    if isinstance(error, StoreAccessError):
        title = translate("StoreWords", "The store refused access")
        text = translate(
            "StoreWords",
            "The store did not accept the store client id or the"
            " store token (the token may have been revoked, or the store is"
            " blocked). Check them in Store → Stores.",
        )
        return title, text + "\n\n" + store_said(error)
    if isinstance(error, AuthError):
        title = translate("StoreWords", "The store did not accept the credentials")
        if error.code == "AUTH_003":
            text = translate(
                "StoreWords",
                "The store says this computer's clock is wrong."
                " Check the date, time and time zone of this computer, then try"
                " again.",
            )
        else:
            text = translate(
                "StoreWords",
                "The store did not accept the request signature:"
                " check the partner client id and the partner secret in Store →"
                " Stores.",
            )
        return title, text + "\n\n" + store_said(error)
    if isinstance(error, TransportError) and error.code == "CERTIFICATE":
        title = translate("StoreWords", "The store's certificate could not be verified")
        text = translate(
            "StoreWords",
            "This computer cannot be sure it is talking to the real store, so nothing was"
            " sent. Check the store address in Store → Stores…, and this computer's date and"
            " time.",
        )
        return title, text + "\n\n" + error.message
    if isinstance(error, TransportError):
        title = translate("StoreWords", "The store could not be reached")
        text = translate(
            "StoreWords",
            "No answer came from the store. Check the internet"
            " connection and the store address, then try again. Rows already"
            " answered keep their results.",
        )
        return title, text + "\n\n" + transport_detail(error)
    if isinstance(error, ConfigurationError):
        title = translate("StoreWords", "The store address is not usable")
        text = translate(
            "StoreWords",
            "Check the store's address in Store → Stores… (it must start with https://).",
        )
        return title, text + "\n\n" + error.message
    if isinstance(error, RateLimitedError | ServerError):
        title = translate("StoreWords", "The store is busy")
        text = translate(
            "StoreWords",
            "The store kept answering that it is busy or has a"
            " problem. Wait a few minutes and send again.",
        )
        return title, text + "\n\n" + store_said(error)
    if isinstance(error, PartnerError):
        return translate("StoreWords", "The store answered with an error"), store_said(error)
    if isinstance(error, SecretStoreError):
        title = translate("StoreWords", "The system keyring cannot be used")
        text = translate(
            "StoreWords",
            "The store secrets are kept only in the system keyring,"
            " never in a file, and the keyring did not answer. Unlock or install"
            " it, then try again.",
        )
        return title, text + "\n\n" + str(error)
    if isinstance(error, CredentialsMissing):
        return (
            translate("StoreWords", "The store's secrets are missing"),
            translate(
                "StoreWords",
                "Enter the partner secret and the store token again in Store → Stores.",
            ),
        )
    if isinstance(error, ProfileError):
        return translate("StoreWords", "The store profiles cannot be read"), str(error)
    from app.jobs import JournalError, ResumeError  # not needed to show the window

    if isinstance(error, ResumeError):
        return translate("StoreWords", "The job cannot be resumed"), str(error)
    if isinstance(error, JournalError):
        return translate("StoreWords", "The job history cannot be used"), str(error)
    log.error("unexpected error in a store job", exc_info=error)
    title = translate("StoreWords", "Something went wrong")
    text = translate(
        "StoreWords",
        "The job stopped because of an unexpected problem; nothing"
        " in your workbook was changed. Details: %1",
    )
    return title, text.replace("%1", f"{type(error).__name__}: {error}")


def transport_detail(error: TransportError) -> str:
    """What happened to the connection, in the merchant's language (not "(ConnectError)")."""
    if error.code == "CONNECTION_LOST":
        return translate(
            "StoreWords",
            "The connection broke after the request was sent: the store may have received it.",
        )
    return translate("StoreWords", "The connection to the store could not be made.")


def connection_result(error: BaseException | None) -> tuple[bool, str]:
    """The line a connection test shows: (worked, plain words)."""
    if error is None:
        return True, translate("StoreWords", "Connected: the store accepted these credentials.")
    title, text = explain(error)
    return False, f"{title}. {text}"
