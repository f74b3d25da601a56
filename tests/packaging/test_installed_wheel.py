"""The wheel, built from a fresh copy of the checkout into a fresh venv, runs the demo.

Nothing is downloaded: the wheel is built with this venv's own build backend (no build
isolation, no index), and the fresh venv reaches the third-party packages already installed here
through a ``.pth`` file written after the wheel is installed, so the ``app`` it imports can only
be the installed one. Any download attempt goes to a dead proxy and fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PIP = (sys.executable, "-m", "pip")
#: Every download attempt of pip or the app goes here, and fails.
DEAD_PROXY = "http://127.0.0.1:9"
#: A window picture, not an icon or an empty frame (the window opens at 1200 x 760 or larger).
MIN_SCREENSHOT = (800, 500)

PROBE = """
import json, sys
import app
from PySide6.QtCore import QCoreApplication
from app.gui.kit.i18n import Translations, qm_file
from app.gui.kit.resources import demo_workbook, resources_dir

context, source = sys.argv[1], sys.argv[2]
qapp = QCoreApplication([])
translations = Translations()  # owns the installed translator: keep it alive
switched = translations.switch("id")
print(json.dumps({
    "app": app.__file__,
    "resources": str(resources_dir()),
    "demo": str(demo_workbook()) if demo_workbook().is_file() else None,
    "qm": str(qm_file("id") or ""),
    "switched": switched,
    "translated": QCoreApplication.translate(context, source),
}))
"""


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    site_packages: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def script(self) -> Path:
        return self.venv / "bin" / "toco-uploader"


def _offline_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "TOCO_RESOURCES"))}
    env.pop("PYTHONPATH", None)
    env.update(
        http_proxy=DEAD_PROXY,
        https_proxy=DEAD_PROXY,
        HTTP_PROXY=DEAD_PROXY,
        HTTPS_PROXY=DEAD_PROXY,
        no_proxy="127.0.0.1,localhost",
        NO_PROXY="127.0.0.1,localhost",
        PIP_NO_INDEX="1",
        PIP_NO_CACHE_DIR="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    env.update(extra)
    return env


def _run(args: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_offline_env(**env),
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def _missing_build_requirements() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    missing = []
    for text in config["build-system"]["requires"]:
        requirement = Requirement(text)
        try:
            found = version(requirement.name)
        except PackageNotFoundError:
            missing.append(text)
            continue
        if not requirement.specifier.contains(found, prereleases=True):
            missing.append(f"{text} (this venv has {found})")
    return missing


def _dependency_folders() -> list[str]:
    """The folders this venv imports the project's runtime dependencies from."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    folders = set()
    for text in config["project"]["dependencies"]:
        dist = distribution(Requirement(text).name)
        folders.add(str(Path(str(dist.locate_file(""))).resolve()))
    return sorted(folders)


def _fresh_copy(target: Path) -> Path:
    """The checkout's files as a clone would have them: tracked and new, never ignored ones
    (so no built .qm, no build/ or egg-info from an earlier build)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is listed too
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    missing = _missing_build_requirements()
    if missing:
        # The dev extra pins the backend: in CI a missing one is a broken set-up, not a skip.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(
            f"building the wheel offline needs the build backend in this venv: {missing}"
            " (pip install it, or add it to the dev extra)"
        )
    work = tmp_path_factory.mktemp("wheel")
    source = _fresh_copy(work / "source")
    assert not list(source.glob("resources/translations/*.qm")), "the copy should be fresh"
    # The .qm translations are git-ignored build products: built first, as the README says.
    tools = Path(sys.executable).parent
    _run(
        ["bash", "scripts/build_translations.sh"],
        source,
        PATH=f"{tools}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    dist = work / "dist"
    _run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, source],
        work,
    )
    (wheel,) = dist.glob("toco_uploader-*.whl")

    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    fresh_python = env_dir / "bin" / "python"
    _run(
        [*PIP, "--python", fresh_python, "install", "--no-deps", "--no-index", wheel],
        work,
    )
    site = Path(
        _run(
            [fresh_python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], work
        ).stdout.strip()
    )
    # Written after the install, so pip never saw (nor tried to replace) the project's own
    # editable toco-uploader; the fresh site-packages stays first on sys.path.
    (site / "project_dependencies.pth").write_text("\n".join(_dependency_folders()) + "\n")
    return Installed(wheel, env_dir, site)


def test_the_wheel_carries_every_module_and_the_resources(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    modules = {str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")}
    assert not modules - names, sorted(modules - names)
    assert "app/resources/demo/contoh-produk.xlsx" in names
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert f"app/resources/translations/{ts.stem}.qm" in names


def _first_translation() -> tuple[str, str, str]:
    """(context, source, Indonesian translation) of the first message of toco_id.ts."""
    tree = ET.parse(ROOT / "resources" / "translations" / "toco_id.ts")
    context = tree.getroot().find("context")
    assert context is not None
    message = context.find("message")
    assert message is not None
    return (
        context.findtext("name", ""),
        message.findtext("source", ""),
        message.findtext("translation", ""),
    )


def test_the_installed_package_finds_its_own_resources(
    installed: Installed, tmp_path: Path
) -> None:
    context, source, translation = _first_translation()
    assert translation and translation != source
    done = _run([installed.python, "-I", "-c", PROBE, context, source], tmp_path)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    package = installed.site_packages.resolve() / "app"
    assert Path(found["app"]).resolve() == package / "__init__.py"
    assert Path(found["resources"]).resolve() == package / "resources"
    assert found["demo"] is not None
    assert Path(found["demo"]).resolve().is_relative_to(package)
    assert found["qm"]
    assert Path(found["qm"]).resolve() == package / "resources" / "translations" / "toco_id.qm"
    assert found["switched"] is True
    assert found["translated"] == translation


def test_the_installed_app_runs_the_demo_and_takes_a_screenshot(
    installed: Installed, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    from app.gui.grid.model import ERROR_COLOR

    shot = tmp_path / "shots" / "demo.png"
    done = _run([installed.script, "--demo", "--screenshot", shot], tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert shot.is_file()
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= MIN_SCREENSHOT[0] and image.height() >= MIN_SCREENSHOT[1]
    # The sample workbook was found and loaded: its deliberate mistakes are red cells.
    error = ERROR_COLOR.rgb()
    red = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == error
    )
    assert red > 500, f"no error cells in the screenshot ({red} red pixels): was the demo loaded?"
