"""The desktop bundle that ``scripts/package.sh`` builds runs as a merchant would run it.

Marked ``bundle``: skipped when no bundle was built (``dist/toco-uploader/``, or the folder named
by ``TOCO_BUNDLE``), failed instead when ``TOCO_BUNDLE_REQUIRED=1`` (``scripts/test.sh`` sets it
after building one in CI). The bundle is started as its own program, with no ``PYTHONPATH`` and
from a folder outside the checkout, so everything it uses must travel inside it: Qt's offscreen
and xcb platforms, the translations, the demo workbook, the sandbox (uvicorn), the keyring's
Secret Service backend and the workbook reader's child process
(``multiprocessing.freeze_support``).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import app
from app.sandbox import DEMO_CREDENTIALS

pytestmark = [pytest.mark.bundle, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("TOCO_BUNDLE") or ROOT / "dist" / "toco-uploader")
PROGRAM = BUNDLE / ("toco-uploader.exe" if sys.platform == "win32" else "toco-uploader")
#: A window picture, not an icon or an empty frame.
MIN_SCREENSHOT = (800, 500)
#: The window's menu bar and toolbar: the top of a screenshot, where no workbook data shows.
TOOLBAR_PX = 56
#: How long the bundled sandbox may take to start answering (a wait, not a measurement).
SANDBOX_START_S = 60.0


@pytest.fixture(scope="module")
def program() -> Path:
    if not PROGRAM.is_file():
        message = f"no bundle at {BUNDLE}: build one with ./scripts/package.sh"
        if os.environ.get("TOCO_BUNDLE_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return PROGRAM


def _bundle_env(home: Path, **extra: str) -> dict[str, str]:
    """What a merchant's desktop gives the program: no Python paths, private user folders."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "TOCO_", "VIRTUAL_ENV", "QT_PLUGIN", "QML"))
    }
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / var.lower()).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / var.lower())
    env.update(HOME=str(home), TOCO_HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.update(extra)
    return env


def _run(
    args: list[str | Path], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def bundled_sandbox(program: Path, tmp_path: Path) -> Iterator[str]:
    """``toco-uploader sandbox`` of the bundle, in its own process: its base URL."""
    port = _free_port()
    server = subprocess.Popen(
        [str(program), "sandbox", "--port", str(port)],
        cwd=tmp_path,
        env=_bundle_env(tmp_path / "sandbox-home"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base_url = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + SANDBOX_START_S
        while True:
            if server.poll() is not None:
                output = server.stdout.read() if server.stdout else ""
                pytest.fail(f"the bundled sandbox ended with {server.returncode}:\n{output}")
            try:
                httpx.get(base_url, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(f"the bundled sandbox did not answer on {base_url}")
                time.sleep(0.2)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stdout:
            server.stdout.close()


def _store_env(base_url: str) -> dict[str, str]:
    c = DEMO_CREDENTIALS
    return {
        "TOCO_BASE_URL": base_url,
        "TOCO_PARTNER_CLIENT_ID": c.partner_client_id,
        "TOCO_PARTNER_SECRET": c.partner_secret,
        "TOCO_STORE_CLIENT_ID": c.store_client_id,
        "TOCO_STORE_TOKEN": c.store_token,
    }


def _without_generated_ids(report: dict[str, Any]) -> dict[str, Any]:
    """The report with the external ids the app makes up for rows without one left out."""
    rows = [{k: v for k, v in row.items() if k != "externalId"} for row in report["rows"]]
    return {**report, "rows": rows}


def test_the_bundle_prints_the_version(program: Path, tmp_path: Path) -> None:
    done = _run([program, "--version"], tmp_path, _bundle_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"toco-uploader {app.__version__}"


def test_the_bundle_carries_its_resources(program: Path) -> None:
    internal = program.parent / "_internal" / "resources"
    assert (internal / "demo" / "contoh-produk.xlsx").is_file()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (internal / "translations" / f"{ts.stem}.qm").is_file(), ts.stem
    assert (internal / "icon" / "toco-uploader-256.png").is_file()
    assert not list(internal.rglob("*.ts")), "the .ts sources are not for merchants"


@pytest.fixture(scope="module")
def demo_shots(program: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``--demo --screenshot`` of the bundle in English and in Indonesian (``--lang id``)."""
    shots = {}
    for lang in ("en", "id"):
        home = tmp_path_factory.mktemp(f"demo-{lang}")
        shot = home / "shots" / f"demo-{lang}.png"
        done = _run(
            [program, "--demo", "--lang", lang, "--screenshot", shot], home, _bundle_env(home)
        )
        assert done.returncode == 0, f"{lang}: {done.stdout}\n{done.stderr}"
        assert "Traceback" not in done.stderr, done.stderr
        assert f"screenshot: {shot}" in done.stdout
        shots[lang] = shot
    return shots


def _pixels(image: Any, rgb: int) -> int:
    """How many pixels of ``image`` are exactly ``rgb``."""
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == rgb
    )


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_bundled_app_opens_the_demo_and_writes_a_screenshot(
    demo_shots: dict[str, Path], lang: str
) -> None:
    from PySide6.QtGui import QImage

    from app.catalog.status import Status
    from app.gui.grid.model import _STATUS_COLORS, ERROR_COLOR

    image = QImage(str(demo_shots[lang]))
    assert not image.isNull()
    assert image.width() >= MIN_SCREENSHOT[0] and image.height() >= MIN_SCREENSHOT[1]
    # The sample workbook was read (in the reader's child process) and its deliberate
    # mistakes are red cells …
    assert _pixels(image, ERROR_COLOR.rgb()) > 500, "no error cells: was the demo loaded?"
    # … and rows are "ready": their category names were checked against the demo store's
    # own list, so the bundled sandbox answered inside the app.
    ready = _STATUS_COLORS[Status.READY].color().rgb()
    assert _pixels(image, ready) > 100, "no ready rows: did the demo store start in the bundle?"


def test_the_bundled_window_speaks_indonesian(demo_shots: dict[str, Path]) -> None:
    """The menu bar and toolbar (no data in them) read differently with ``--lang id``: the
    bundle carried the compiled translation and loaded it (without it they are the English
    ones, pixel for pixel)."""
    from PySide6.QtGui import QImage

    en, id_ = (QImage(str(demo_shots[lang])) for lang in ("en", "id"))
    strip = min(en.height(), id_.height(), TOOLBAR_PX)
    width = min(en.width(), id_.width())
    differing = sum(
        1 for y in range(strip) for x in range(width) if en.pixel(x, y) != id_.pixel(x, y)
    )
    assert differing > 1000, f"the Indonesian menus look English ({differing} pixels differ)"


def test_the_bundled_cli_validates_the_demo_workbook_as_the_source_does(
    program: Path, bundled_sandbox: str, tmp_path: Path
) -> None:
    workbook = program.parent / "_internal" / "resources" / "demo" / "contoh-produk.xlsx"
    store = _store_env(bundled_sandbox)
    done = _run([program, "validate", workbook, "--json"], tmp_path, _bundle_env(tmp_path, **store))
    # Exit 1: some rows of the sample are invalid on purpose.
    assert done.returncode == 1, f"{done.stdout}\n{done.stderr}"
    report = json.loads(done.stdout)
    summary = report["summary"]
    assert summary.get("ready", 0) > 0 and summary.get("invalid", 0) > 0, summary
    messages = [i["message"] for row in report["rows"] for i in row["issues"]]
    # The store's category list was downloaded from the bundled sandbox and the misspelt
    # type got its nearest name.
    assert any("did you mean" in m for m in messages), messages

    source = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(workbook), "--json"],
        cwd=tmp_path,
        env={**_bundle_env(tmp_path / "source", **store), "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert source.returncode == done.returncode, source.stderr
    assert _without_generated_ids(report) == _without_generated_ids(json.loads(source.stdout))


def test_the_bundled_cli_speaks_indonesian_and_says_when_no_store_is_known(
    program: Path, tmp_path: Path
) -> None:
    workbook = program.parent / "_internal" / "resources" / "demo" / "contoh-produk.xlsx"
    done = _run(
        [program, "validate", workbook, "--json", "--lang", "id"], tmp_path, _bundle_env(tmp_path)
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    messages = {i["message"] for row in report["rows"] for i in row["issues"]}
    assert any("Daftar kategori belum diunduh" in m for m in messages), sorted(messages)[:5]


def test_the_tarball_holds_the_bundle_the_desktop_entry_and_the_installer() -> None:
    tarballs = sorted((BUNDLE.parent).glob(f"toco-uploader-{app.__version__}-linux-*.tar.gz"))
    if not tarballs:
        message = f"no tar.gz beside {BUNDLE}: ./scripts/package.sh makes one"
        if os.environ.get("TOCO_BUNDLE_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with tarfile.open(tarballs[-1]) as archive:
        names = set(archive.getnames())
        top = tarballs[-1].name.removesuffix(".tar.gz")
        for member in ("toco-uploader", "toco-uploader.desktop", "install.sh", "toco-uploader.png"):
            assert f"{top}/{member}" in names, member
        program = archive.getmember(f"{top}/toco-uploader")
        assert program.mode & 0o111, "the program must be executable"
        assert f"{top}/_internal/resources/demo/contoh-produk.xlsx" in names


#: In one D-Bus session: an unlocked gnome-keyring, then the bundle stores a profile's secrets
#: (read from standard input, as without a terminal) and validates with that profile.
KEYRING_SESSION = """
set -e
printf test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
printf '%s\\n%s\\n' "$SECRET" "$TOKEN" | "$PROGRAM" profiles add "Toko Uji" \\
    --environment custom --base-url "$BASE_URL" \\
    --partner-client-id "$PARTNER_ID" --store-client-id "$STORE_ID"
"$PROGRAM" validate "$WORKBOOK" --profile "Toko Uji" --json > "$OUT" || true
"""


@pytest.mark.secret_service
def test_the_bundle_keeps_the_secrets_in_the_system_keyring(
    program: Path, bundled_sandbox: str, tmp_path: Path
) -> None:
    """The keyring's Secret Service backend travels in the bundle: a profile added by the
    bundled program keeps its secrets in gnome-keyring (no file holds them) and a later run
    reads them back to reach the store."""
    import shutil

    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"not installed: {missing}")
    c = DEMO_CREDENTIALS
    out = tmp_path / "report.json"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = _bundle_env(
        tmp_path,
        XDG_RUNTIME_DIR=str(runtime),
        PROGRAM=str(program),
        WORKBOOK=str(program.parent / "_internal" / "resources" / "demo" / "contoh-produk.xlsx"),
        OUT=str(out),
        BASE_URL=bundled_sandbox,
        SECRET=c.partner_secret,
        TOKEN=c.store_token,
        PARTNER_ID=c.partner_client_id,
        STORE_ID=c.store_client_id,
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = _run(["dbus-run-session", "--", "sh", "-c", KEYRING_SESSION], tmp_path, env)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"].get("ready", 0) > 0, report["summary"]
    for written in tmp_path.rglob("*"):
        if written.is_file() and written != out and "keyrings" not in written.parts:
            text = written.read_bytes()
            assert c.store_token.encode() not in text, f"the store token is in {written}"


def test_the_bundled_window_opens_on_a_real_x_display(program: Path, tmp_path: Path) -> None:
    """Qt's xcb platform travels too: the demo window on a virtual X screen (Xvfb)."""
    import shutil

    from PySide6.QtGui import QImage

    if not shutil.which("xvfb-run"):
        (pytest.fail if os.environ.get("CI") else pytest.skip)("xvfb-run is not installed")
    shot = tmp_path / "xcb.png"
    env = _bundle_env(tmp_path, QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    done = _run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", program, "--demo", "--screenshot", shot],
        tmp_path,
        env,
    )
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    image = QImage(str(shot))
    assert image.width() >= MIN_SCREENSHOT[0] and image.height() >= MIN_SCREENSHOT[1]
