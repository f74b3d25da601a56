"""Store profiles: which store, where, under which ids — a JSON file in the user config folder.

A profile never holds a secret: the partner secret and the store token live in the keyring
(see ``app.profiles.secrets``). The file is written atomically (``app.atomic_files``), so a
crash never leaves half a file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from app.private_files import write_private_text
from app.profiles.secret_rules import check_credential

APP_NAME = "toco-uploader"
#: API.md: the production base URL, including /api/v1.
PRODUCTION_URL = "https://partners-api.tocobagus.net/api/v1"
#: [ours] where `toco-uploader sandbox` listens unless told otherwise.
SANDBOX_URL = "http://127.0.0.1:8787/api/v1"
FILE_VERSION = 1


class Environment(StrEnum):
    PRODUCTION = "production"
    SANDBOX = "sandbox"
    CUSTOM = "custom"


class ProfileError(Exception):
    """A problem with the profile file or a profile, in plain words."""


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    environment: Environment
    base_url: str
    partner_client_id: str
    store_client_id: str

    @classmethod
    def create(
        cls,
        name: str,
        environment: Environment | str,
        partner_client_id: str,
        store_client_id: str,
        base_url: str | None = None,
    ) -> Profile:
        env = Environment(environment)
        if env is Environment.PRODUCTION:
            url = base_url or PRODUCTION_URL
        elif env is Environment.SANDBOX:
            url = base_url or SANDBOX_URL
        else:
            if not base_url:
                raise ProfileError("A custom store needs its base URL (ending in /api/v1).")
            url = base_url
        if not url.startswith(("http://", "https://")):
            raise ProfileError(f"The base URL must start with https:// (got {url!r}).")
        name = name.strip()
        if not name or ":" in name:
            raise ProfileError("A profile name must not be empty or contain ':'.")
        partner_client_id = check_credential("partner_client_id", partner_client_id.strip())
        store_client_id = check_credential("store_client_id", store_client_id.strip())
        return cls(name, env, url.rstrip("/"), partner_client_id, store_client_id)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["environment"] = self.environment.value
        return data


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


class ProfileStore:
    """The profiles file: load, list, add or replace, remove."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "profiles.json"

    def _load(self) -> dict[str, Profile]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            found = {}
            for item in data.get("profiles", []):
                profile = Profile(
                    item["name"],
                    Environment(item["environment"]),
                    item["base_url"],
                    item["partner_client_id"],
                    item["store_client_id"],
                )
                found[profile.name] = profile
            return found
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ProfileError(f"The profiles file {self.path} cannot be read: {exc}") from exc

    def _save(self, profiles: dict[str, Profile]) -> None:
        data = {
            "version": FILE_VERSION,
            "profiles": [
                p.to_json() for p in sorted(profiles.values(), key=lambda p: p.name.casefold())
            ],
        }
        write_private_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    def list(self) -> list[Profile]:
        return sorted(self._load().values(), key=lambda p: p.name.casefold())

    def get(self, name: str) -> Profile:
        profiles = self._load()
        if name not in profiles:
            known = ", ".join(sorted(profiles)) or "none yet"
            raise ProfileError(f"There is no store profile named {name!r} (profiles: {known}).")
        return profiles[name]

    def save(self, profile: Profile) -> None:
        profiles = self._load()
        profiles[profile.name] = profile
        self._save(profiles)

    def remove(self, name: str) -> bool:
        profiles = self._load()
        if profiles.pop(name, None) is None:
            return False
        self._save(profiles)
        return True
