"""The window shows before the heavy parts are imported (issue 16: start to window ≤ 1.5 s).

Each check runs a fresh interpreter (this test process has imported everything already) and
looks at ``sys.modules``: what the merchant waits for at start is what was imported before the
main window could be built and painted. No timing here (that is benchmarks/bench_startup.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Needed only once a job, a file, a photo check, a sync or the demo store starts.
HEAVY = (
    "pydantic",
    "httpx",
    "httpcore",
    "app.partner.client",
    "app.jobs.upload",
    "app.jobs.confirm",
    "app.catalog.product",
    "openpyxl",
    "PIL",
    "orjson",
    "keyring",
    "uvicorn",
    "app.sandbox",
    "app.photos.checking",
    "app.sync.export",
)

_REPORT = """
import json, sys
{setup}
print("LOADED " + json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))
"""


def _loaded(setup: str, tmp_path: Path, **env: str) -> list[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-c", _REPORT.format(setup=setup, heavy=HEAVY)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADED "))
    return list(json.loads(line.removeprefix("LOADED ")))


def test_importing_the_main_window_imports_none_of_the_heavy_parts(tmp_path: Path) -> None:
    assert _loaded("import app.gui.window.main_window", tmp_path) == []


def test_the_real_start_paints_the_window_before_any_heavy_part_is_imported(
    tmp_path: Path,
) -> None:
    """``toco-uploader`` with no file, up to the window's first paint (then it quits)."""
    setup = "import app.__main__ as entry\ncode = entry.main([])\nassert code == 0, code\n"
    assert _loaded(setup, tmp_path, TOCO_QUIT_AFTER_PAINT="1") == []


def test_the_heavy_parts_come_when_first_used(tmp_path: Path) -> None:
    """The lazy packages still hand out every name they list."""
    setup = (
        "import app.gui.window.main_window\n"
        "from app.partner import PartnerClient\n"
        "from app.jobs import UploadJob\n"
        "from app.photos import PhotoChecker\n"
    )
    loaded = _loaded(setup, tmp_path)
    assert {"httpx", "pydantic", "app.partner.client", "app.jobs.upload"} <= set(loaded)
    assert "app.photos.checking" in loaded
