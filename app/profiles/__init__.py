"""Store profiles (a JSON file in the user config folder) and their secrets (the keyring).

The names below are imported when first asked for (PEP 562): the profiles' file is read
without importing the keyring, which is imported when a secret is first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_package import lazy_names

if TYPE_CHECKING:
    from app.profiles.credentials import (
        ENV_VARS,
        Credentials,
        CredentialsMissing,
        CredentialValues,
        from_environment,
        from_profile,
        resolve,
    )
    from app.profiles.secrets import SECRET_KINDS, SERVICE, SecretStore, SecretStoreError
    from app.profiles.store import (
        PRODUCTION_URL,
        SANDBOX_URL,
        Environment,
        Profile,
        ProfileError,
        ProfileStore,
    )

_HOMES = {
    "ENV_VARS": "app.profiles.credentials",
    "Credentials": "app.profiles.credentials",
    "CredentialsMissing": "app.profiles.credentials",
    "CredentialValues": "app.profiles.credentials",
    "from_environment": "app.profiles.credentials",
    "from_profile": "app.profiles.credentials",
    "resolve": "app.profiles.credentials",
    "SECRET_KINDS": "app.profiles.secrets",
    "SERVICE": "app.profiles.secrets",
    "SecretStore": "app.profiles.secrets",
    "SecretStoreError": "app.profiles.secrets",
    "PRODUCTION_URL": "app.profiles.store",
    "SANDBOX_URL": "app.profiles.store",
    "Environment": "app.profiles.store",
    "Profile": "app.profiles.store",
    "ProfileError": "app.profiles.store",
    "ProfileStore": "app.profiles.store",
}

__all__ = [
    "ENV_VARS",
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "SECRET_KINDS",
    "SERVICE",
    "CredentialValues",
    "Credentials",
    "CredentialsMissing",
    "Environment",
    "Profile",
    "ProfileError",
    "ProfileStore",
    "SecretStore",
    "SecretStoreError",
    "from_environment",
    "from_profile",
    "resolve",
]


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
