"""``validate`` imports what it uses, and the reading child the reader alone (issue 16: the whole
command within 2× calamine's bare read).

Each check runs a fresh interpreter (this test process has imported everything already) and
looks at ``sys.modules`` afterwards. No timing here (that is benchmarks/bench_validate.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli.test_validate_output import every_issue_workbook

ROOT = Path(__file__).resolve().parents[2]
#: Neither the reading child nor ``validate`` without a store needs any of these.
HEAVY = (
    "pydantic",
    "httpx",
    "httpcore",
    "openpyxl",
    "numpy",
    "PIL",
    "keyring",
    "app.partner.client",
    "app.reference",
    "app.jobs.upload",
    "app.jobs.confirm",
    "app.catalog.product",
    "app.photos",
    "app.sync",
    "app.sheets.results",
    "app.sheets.template",
)
#: The table and its checks: the command line's, never the reading child's.
CHECKS = ("app.catalog.table", "app.catalog.validation", "app.catalog.column_check")
#: The reader: the child's, never imported by the command line before the child starts.
READER = ("python_calamine", "app.sheets.reader", "app.sheets.sheet_choice")

_REPORT = """
import contextlib, io, json, sys
{setup}
print("LOADED " + json.dumps(sorted(m for m in {names!r} if m in sys.modules)))
"""


def _loaded(setup: str, tmp_path: Path, names: tuple[str, ...]) -> list[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("TOCO_")}
    environment.update(
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    done = subprocess.run(
        [sys.executable, "-c", _REPORT.format(setup=setup, names=names)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=tmp_path,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADED "))
    loaded: list[str] = json.loads(line.removeprefix("LOADED "))
    return loaded


def test_the_reading_child_imports_the_reader_alone(tmp_path: Path) -> None:
    path = every_issue_workbook(tmp_path / "produk.xlsx")
    setup = (
        "import app.sheets.bounded\n"  # what the spawned child imports to run _child
        "from app.sheets.sheet_read import read_with_header\n"
        f"read = read_with_header({str(path)!r})\n"
        "assert read.header_row == 1, read.header_row\n"
    )
    assert _loaded(setup, tmp_path, HEAVY + CHECKS) == []


def test_the_command_line_starts_the_child_before_importing_the_reader(tmp_path: Path) -> None:
    setup = (
        "import app.cli\n"
        "from app.cli.parser import build_parser\n"
        "build_parser().parse_args(['validate', 'produk.xlsx', '--json'])\n"
        "import app.cli.commands_sheet\n"
    )
    assert _loaded(setup, tmp_path, HEAVY + CHECKS + READER) == []


def test_validate_without_a_store_imports_no_client_jobs_or_writer(tmp_path: Path) -> None:
    path = every_issue_workbook(tmp_path / "produk.xlsx")
    setup = (
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    code = main(['validate', {str(path)!r}, '--json'])\n"
        "assert code == 1 and json.loads(out.getvalue())['summary'], code\n"
    )
    assert _loaded(setup, tmp_path, HEAVY + READER) == []
