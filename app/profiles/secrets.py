"""The two secrets of a store profile, kept in the operating system's keyring — nowhere else.

Entries: service ``toco-uploader``, user name ``<profile>:partner_secret`` and
``<profile>:store_token``. When no usable keyring is there (or it is locked, or only a plain-file
keyring is installed), a ``SecretStoreError`` says so in plain words: secrets never go to a file.
"""

from __future__ import annotations

from typing import Any, Literal

from app.profiles.secret_rules import check_credential

SERVICE = "toco-uploader"
SecretKind = Literal["partner_secret", "store_token"]
SECRET_KINDS: tuple[SecretKind, ...] = ("partner_secret", "store_token")
#: Keyring back ends that keep secrets in a plain file or nowhere: refused.
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class SecretStoreError(Exception):
    """The keyring cannot be used; the message says what to do."""


def username(profile: str, kind: SecretKind) -> str:
    return f"{profile}:{kind}"


class SecretStore:
    """Reads and writes profile secrets through ``keyring`` (a back end may be injected)."""

    def __init__(self, backend: Any | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self.service = service

    def _keyring(self) -> Any:
        import keyring  # imported when a secret is first needed (not to show the window)

        backend = self._backend if self._backend is not None else keyring.get_keyring()
        module = type(backend).__module__
        if module.startswith(_REFUSED_MODULES):
            raise SecretStoreError(
                "No system keyring is available to keep the store secrets safely "
                f"(found {type(backend).__name__}). Install or unlock your keyring (GNOME "
                "Keyring / KWallet on Linux), or set the TOCO_* environment variables for "
                "headless use."
            )
        return backend

    def get(self, profile: str, kind: SecretKind) -> str | None:
        backend = self._keyring()
        try:
            return backend.get_password(self.service, username(profile, kind))
        except Exception as exc:
            raise _explain(exc, "read") from exc

    def set(self, profile: str, kind: SecretKind, value: str) -> None:
        if not value:
            raise SecretStoreError(f"The {kind.replace('_', ' ')} must not be empty.")
        check_credential(kind, value)  # CredentialRejected names the field and the character
        backend = self._keyring()
        try:
            backend.set_password(self.service, username(profile, kind), value)
        except Exception as exc:
            raise _explain(exc, "save") from exc

    def delete(self, profile: str, kind: SecretKind) -> bool:
        import keyring.errors

        backend = self._keyring()
        try:
            backend.delete_password(self.service, username(profile, kind))
        except keyring.errors.PasswordDeleteError:
            return False
        except Exception as exc:
            raise _explain(exc, "remove") from exc
        return True

    def delete_all(self, profile: str) -> None:
        for kind in SECRET_KINDS:
            self.delete(profile, kind)


def _explain(exc: Exception, verb: str) -> SecretStoreError:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        why = "the keyring is locked; unlock it and try again"
    elif isinstance(exc, keyring.errors.NoKeyringError):
        why = "no system keyring is available"
    else:
        why = f"the keyring answered: {exc.__class__.__name__}: {exc}"
    return SecretStoreError(f"Could not {verb} the store secret in the system keyring: {why}.")
