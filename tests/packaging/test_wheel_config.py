"""The wheel's package list in pyproject.toml names every package under app/ and resources/.

``resources/`` is mapped into the wheel as ``app/resources``; a mapped folder cannot be found by
setuptools' package discovery, so the packages are listed by hand. These checks fail as soon as
a new package or resource folder is not listed (it would be missing from an installed copy).
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
#: Sources the wheel does not need: the .ts files are compiled into the .qm it carries.
NOT_SHIPPED = ("*.ts",)


def _setuptools() -> dict[str, Any]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    section: dict[str, Any] = config["tool"]["setuptools"]
    return section


def _python_packages() -> set[str]:
    """Every folder under app/ that holds Python code, as a dotted package name."""
    return {
        ".".join(module.parent.relative_to(ROOT).parts)
        for module in (ROOT / "app").rglob("*.py")
        if "__pycache__" not in module.parts
    }


def test_every_package_under_app_is_listed() -> None:
    listed = set(_setuptools()["packages"])
    missing = _python_packages() - listed
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    stale = {p for p in listed - _python_packages() if not p.startswith("app.resources")}
    assert not stale, f"listed in pyproject.toml but not under app/: {sorted(stale)}"


def test_resources_are_mapped_into_the_app_package() -> None:
    section = _setuptools()
    assert section["package-dir"]["app.resources"] == "resources"
    folders = {
        ".".join(("app", *d.relative_to(ROOT).parts))
        for d in [ROOT / "resources", *(ROOT / "resources").rglob("*")]
        if d.is_dir()
    }
    missing = folders - set(section["packages"])
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def test_every_resource_file_is_package_data() -> None:
    patterns: dict[str, list[str]] = _setuptools()["package-data"]
    unshipped = []
    for path in (ROOT / "resources").rglob("*"):
        if not path.is_file() or any(fnmatch.fnmatch(path.name, p) for p in NOT_SHIPPED):
            continue
        package = ".".join(("app", *path.parent.relative_to(ROOT).parts))
        if not any(fnmatch.fnmatch(path.name, p) for p in patterns.get(package, [])):
            unshipped.append(str(path.relative_to(ROOT)))
    assert not unshipped, f"not matched by [tool.setuptools.package-data]: {unshipped}"
