"""Which store the window sends to: the saved profiles, and the demo sandbox while it runs.

Profiles (ids and URL) come from ``app.profiles.ProfileStore``, their secrets from the keyring
through ``app.profiles.SecretStore`` — read only when a job or a connection test needs them, in
a worker. The active store is remembered in the window settings by its *name* only. The demo
store's credentials are public by design and are held in memory, never in the keyring or the
settings. No Qt widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.gui.window.settings import WindowSettings
from app.profiles import (
    CredentialValues,
    Profile,
    ProfileError,
    ProfileStore,
    SecretStore,
    from_profile,
)

if TYPE_CHECKING:
    from app.credentials import Credentials
    from app.partner import PartnerClient

DEMO_STORE_NAME = "Demo sandbox"


@dataclass(frozen=True, slots=True)
class StoreChoice:
    """A store the window can send to."""

    name: str
    base_url: str
    environment: str  # production | sandbox | custom | demo
    demo_values: CredentialValues | None = field(default=None, repr=False)

    @property
    def is_demo(self) -> bool:
        return self.demo_values is not None


def make_client(credentials: Credentials) -> PartnerClient:
    """The partner client for a store's credentials: the profiles' credentials are the
    client's own type, so this is the client itself (the command line builds it the same way).
    The client (httpx, pydantic) is imported here, when a job or a test first needs it."""
    from app.partner import PartnerClient

    return PartnerClient(credentials)


class StoreBook(QObject):
    """The stores of the window: the saved profiles, the demo store, and the active one.
    ``changed``: the active store may be another one now."""

    changed = Signal()

    def __init__(
        self,
        settings: WindowSettings,
        profiles: ProfileStore | None = None,
        secrets: SecretStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.profiles = profiles or ProfileStore()
        self.secrets = secrets or SecretStore()
        self.demo: StoreChoice | None = None
        self._demo_active = False

    # ---------------------------------------------------------------- the demo store

    def set_demo(self, base_url: str, values: CredentialValues) -> StoreChoice:
        """Offer the running demo sandbox (in memory only) and make it the active store."""
        self.demo = StoreChoice(DEMO_STORE_NAME, base_url, "demo", values)
        # the merchant's last choice holds: a profile chosen while the demo ran stays chosen
        self._demo_active = self.settings.demo_store_chosen is not False
        self.changed.emit()
        return self.demo

    # ---------------------------------------------------------------- listing and choosing

    def choices(self) -> list[StoreChoice]:
        """The demo store (when running) and every saved profile. Raises ProfileError."""
        found = [self.demo] if self.demo is not None else []
        found += [self.of_profile(p) for p in self.profiles.list()]
        return found

    @staticmethod
    def of_profile(profile: Profile) -> StoreChoice:
        return StoreChoice(profile.name, profile.base_url, profile.environment.value)

    def for_job(self, base_url: str | None, name: str | None) -> StoreChoice | None:
        """The store a journal job was sent to (same address; same name, or the demo)."""
        for choice in self.choices():
            if choice.base_url.rstrip("/") == (base_url or "").rstrip("/") and (
                choice.name == name or choice.is_demo
            ):
                return choice
        return None

    def active(self) -> StoreChoice | None:
        """The chosen store; the only profile when none was chosen. Raises ProfileError."""
        if self._demo_active and self.demo is not None:
            return self.demo
        name = self.settings.active_store
        profiles = self.profiles.list()
        for profile in profiles:
            if profile.name == name:
                return self.of_profile(profile)
        if len(profiles) == 1:
            return self.of_profile(profiles[0])
        return None

    def active_name(self) -> str | None:
        try:
            choice = self.active()
        except ProfileError:
            return None
        return choice.name if choice else None

    def set_active(self, name: str) -> None:
        if self.demo is not None and name == self.demo.name:
            self._demo_active = True  # the demo's address and ids are never written down
            self.settings.demo_store_chosen = True
        else:
            self._demo_active = False
            self.settings.active_store = name
            if self.demo is not None:
                self.settings.demo_store_chosen = False
        self.settings.sync()
        self.changed.emit()

    def forget(self, name: str) -> None:
        """A profile was removed: it is no longer the active store."""
        if self.settings.active_store == name:
            self.settings.active_store = None
            self.settings.sync()
            self.changed.emit()

    # ---------------------------------------------------------------- credentials

    def credentials(self, choice: StoreChoice) -> CredentialValues:
        """All five values of a store; reads the keyring (call it in a worker).

        Raises ``CredentialsMissing``, ``SecretStoreError`` or ``ProfileError``.
        """
        if choice.demo_values is not None:
            return choice.demo_values
        return from_profile(choice.name, self.profiles, self.secrets)
