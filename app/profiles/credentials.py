"""Where a command's credentials come from: a profile plus the keyring, or TOCO_* variables.

Never from command-line arguments (they leak into shell history and process lists). It returns
``app.credentials.Credentials``, the very type the partner client signs with.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from app.credentials import Credentials
from app.profiles.secrets import SecretStore, SecretStoreError
from app.profiles.store import ProfileStore

ENV_VARS = (
    "TOCO_BASE_URL",
    "TOCO_PARTNER_CLIENT_ID",
    "TOCO_PARTNER_SECRET",
    "TOCO_STORE_CLIENT_ID",
    "TOCO_STORE_TOKEN",
)


class CredentialsMissing(Exception):
    """No complete set of credentials; the message says which part is missing."""


#: The name the window's code still uses for ``Credentials``: the same type, not a copy.
CredentialValues = Credentials


def from_environment(env: Mapping[str, str] | None = None) -> Credentials | None:
    """The TOCO_* variables, when any is set; all five are then needed."""
    env = os.environ if env is None else env
    values = {name: env.get(name, "").strip() for name in ENV_VARS}
    if not any(values.values()):
        return None
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise CredentialsMissing(
            "Some TOCO_* environment variables are set but not these: " + ", ".join(missing) + "."
        )
    return Credentials(
        values["TOCO_BASE_URL"].rstrip("/"),
        values["TOCO_PARTNER_CLIENT_ID"],
        values["TOCO_PARTNER_SECRET"],
        values["TOCO_STORE_CLIENT_ID"],
        values["TOCO_STORE_TOKEN"],
    )


def from_profile(
    name: str, store: ProfileStore | None = None, secrets: SecretStore | None = None
) -> Credentials:
    profile = (store or ProfileStore()).get(name)
    secrets = secrets or SecretStore()
    partner_secret = secrets.get(name, "partner_secret")
    store_token = secrets.get(name, "store_token")
    if not partner_secret or not store_token:
        raise CredentialsMissing(
            f"The keyring has no secrets for the store profile {name!r}; add them again with "
            f"`toco-uploader profiles add {name}`."
        )
    return Credentials(
        profile.base_url,
        profile.partner_client_id,
        partner_secret,
        profile.store_client_id,
        store_token,
        source=f"profile {name}",
    )


def resolve(
    profile: str | None,
    env: Mapping[str, str] | None = None,
    store: ProfileStore | None = None,
    secrets: SecretStore | None = None,
) -> Credentials:
    """``--profile`` wins; else the environment; else the only profile there is."""
    if profile:
        return from_profile(profile, store, secrets)
    found = from_environment(env)
    if found is not None:
        return found
    profiles = (store or ProfileStore()).list()
    if len(profiles) == 1:
        return from_profile(profiles[0].name, store, secrets)
    if not profiles:
        raise CredentialsMissing(
            "No store credentials: add a store with `toco-uploader profiles add NAME`, or set "
            + ", ".join(ENV_VARS)
            + "."
        )
    raise CredentialsMissing(
        "Several store profiles exist; choose one with --profile NAME ("
        + ", ".join(p.name for p in profiles)
        + ")."
    )


__all__ = [
    "ENV_VARS",
    "CredentialValues",
    "Credentials",
    "CredentialsMissing",
    "SecretStoreError",
    "from_environment",
    "from_profile",
    "resolve",
]
