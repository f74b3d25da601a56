"""The version lives in one place, ``app/__init__.py``, and every copy of the program says it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import app
from app.cli import main as cli_main
from app.gui.kit.resources import app_version

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_version_is_a_release_number() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[ab]\d+|rc\d+)?", app.__version__), app.__version__


def test_pyproject_reads_the_version_from_the_app_and_holds_no_second_copy() -> None:
    config = _pyproject()
    project = config["project"]
    assert "version" not in project, "the version is app.__version__, not a second copy here"
    assert "version" in project["dynamic"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}


def test_toco_uploader_version_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"toco-uploader {app.__version__}"


def test_the_program_prints_it_from_a_terminal(tmp_path: Path) -> None:
    """As the merchant types it: ``python -m app --version`` is the entry point's own path
    (``app.__main__``), so the window is never opened for it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--version"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"toco-uploader {app.__version__}"
    assert "PySide6" not in done.stderr


def test_the_window_and_about_box_use_the_same_version() -> None:
    assert app_version() == app.__version__


def test_the_changelog_names_the_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(app.__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE
    ), "CHANGELOG.md has no section for this version"
