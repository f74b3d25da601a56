"""Store profiles (a JSON file in the user config folder) and their secrets (the keyring)."""

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
