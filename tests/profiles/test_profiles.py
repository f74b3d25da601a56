"""Store profiles (JSON in the config folder) and their secrets (memory keyring here)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import KeyringLocked

from app.profiles import (
    PRODUCTION_URL,
    SANDBOX_URL,
    CredentialsMissing,
    Environment,
    Profile,
    ProfileError,
    ProfileStore,
    SecretStore,
    SecretStoreError,
    from_environment,
    resolve,
)


def test_profiles_are_saved_in_the_user_config_folder(_private_user_dirs: Path) -> None:
    store = ProfileStore()
    assert store.path == _private_user_dirs / "config" / "toco-uploader" / "profiles.json"
    store.save(Profile.create("Toko Utama", "production", "ptnr_1", "str_1"))
    store.save(Profile.create("demo", Environment.SANDBOX, "p2", "s2"))
    store.save(
        Profile.create(
            "staging", "custom", "p3", "s3", base_url="https://staging.example.com/api/v1/"
        )
    )
    names = [p.name for p in store.list()]
    assert names == ["demo", "staging", "Toko Utama"]
    assert store.get("Toko Utama").base_url == PRODUCTION_URL
    assert store.get("demo").base_url == SANDBOX_URL
    assert store.get("staging").base_url == "https://staging.example.com/api/v1"
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    text = store.path.read_text(encoding="utf-8")
    assert "secret" not in text and "token" not in text
    assert list(store.path.parent.glob("*.tmp")) == []  # atomic write left nothing behind
    assert store.remove("demo") is True and store.remove("demo") is False


def test_bad_profiles_are_explained() -> None:
    with pytest.raises(ProfileError, match="base URL"):
        Profile.create("x", "custom", "p", "s")
    with pytest.raises(ProfileError, match="name"):
        Profile.create("a:b", "sandbox", "p", "s")
    with pytest.raises(ProfileError, match="no store profile"):
        ProfileStore().get("nope")


def test_a_broken_profiles_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ProfileError, match="cannot be read"):
        ProfileStore(path).list()


def test_secrets_go_to_the_keyring_under_the_profile_name() -> None:
    secrets = SecretStore()
    secrets.set("toko", "partner_secret", "ps-1")
    secrets.set("toko", "store_token", "st-1")
    assert keyring.get_password("toco-uploader", "toko:partner_secret") == "ps-1"
    assert secrets.get("toko", "store_token") == "st-1"
    secrets.delete_all("toko")
    assert secrets.get("toko", "store_token") is None
    assert secrets.delete("toko", "store_token") is False


def test_no_usable_keyring_is_an_error_never_a_file() -> None:
    with pytest.raises(SecretStoreError, match="No system keyring"):
        SecretStore(backend=FailKeyring()).set("toko", "store_token", "x")

    class Locked:
        def get_password(self, *args: Any) -> str:
            raise KeyringLocked("locked")

    with pytest.raises(SecretStoreError, match="locked"):
        SecretStore(backend=Locked()).get("toko", "store_token")


def test_credentials_from_environment() -> None:
    env = {
        "TOCO_BASE_URL": "http://127.0.0.1:8787/api/v1/",
        "TOCO_PARTNER_CLIENT_ID": "p",
        "TOCO_PARTNER_SECRET": "ps",
        "TOCO_STORE_CLIENT_ID": "s",
        "TOCO_STORE_TOKEN": "st",
    }
    creds = from_environment(env)
    assert creds is not None and creds.base_url == "http://127.0.0.1:8787/api/v1"
    assert "ps" not in repr(creds) and "st'" not in repr(creds)
    assert from_environment({}) is None
    with pytest.raises(CredentialsMissing, match="TOCO_STORE_TOKEN"):
        from_environment({**env, "TOCO_STORE_TOKEN": ""})


def test_resolve_prefers_the_profile_then_the_environment() -> None:
    store = ProfileStore()
    with pytest.raises(CredentialsMissing, match="profiles add"):
        resolve(None, env={})
    store.save(Profile.create("toko", "sandbox", "p", "s"))
    with pytest.raises(CredentialsMissing, match="no secrets"):
        resolve("toko", env={})
    SecretStore().set("toko", "partner_secret", "ps")
    SecretStore().set("toko", "store_token", "st")
    creds = resolve(None, env={})  # the only profile
    assert creds.source == "profile toko" and creds.store_token == "st"
    store.save(Profile.create("other", "sandbox", "p", "s"))
    with pytest.raises(CredentialsMissing, match="--profile"):
        resolve(None, env={})
    env = {
        "TOCO_BASE_URL": "https://x/api/v1",
        "TOCO_PARTNER_CLIENT_ID": "p",
        "TOCO_PARTNER_SECRET": "eps",
        "TOCO_STORE_CLIENT_ID": "s",
        "TOCO_STORE_TOKEN": "est",
    }
    assert resolve(None, env=env).partner_secret == "eps"
    assert resolve("toko", env=env).partner_secret == "ps"


def test_the_profiles_credentials_are_the_clients_own_type() -> None:
    from app.partner import Credentials, PartnerClient

    env = {
        "TOCO_BASE_URL": "http://127.0.0.1:8787/api/v1",
        "TOCO_PARTNER_CLIENT_ID": "p",
        "TOCO_PARTNER_SECRET": "ps-6b1f0e2a",
        "TOCO_STORE_CLIENT_ID": "s",
        "TOCO_STORE_TOKEN": "st-93c7d4e1",
    }
    creds = from_environment(env)
    assert type(creds) is Credentials  # one type: nothing to copy field by field
    assert "ps-6b1f0e2a" not in repr(creds) and "st-93c7d4e1" not in str(creds)
    with PartnerClient(creds) as client:  # the client takes them as they come
        assert "st-93c7d4e1" not in repr(client)
