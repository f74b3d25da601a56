"""``validate`` as a real process ends through ``app.cli.leaving.leave``: every byte of its
output written, the ``atexit`` handlers run, the same exit code; where a plain exit cannot be
skipped (a closed pipe, a thread still running) it exits exactly as ``sys.exit`` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.profiles.credentials import ENV_VARS
from tests.cli.workbooks import product_workbook

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import atexit, sys, threading
from app.cli.leaving import leave
atexit.register(lambda: print("atexit ran", file=sys.stderr))
sys.stdout.write("x" * 200_000)  # more than a pipe's buffer: written as the reader reads
print("the end")  # this line still in the buffer
print("said", file=sys.stderr)
if "thread" in sys.argv:
    threading.Thread(target=lambda: (threading.Event().wait(0.3), print("thread done"))).start()
{end}(3)
"""


#: Output still in the buffer when the reader of the pipe has gone.
UNREAD = """
import sys
from app.cli.leaving import leave
print("the rows")
sys.stdin.read()  # until the test has closed the pipe
{end}(3)
"""


def _script(
    end: str, *argv: str, stdout: int | None = subprocess.PIPE, script: str = SCRIPT
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script.format(end=end), *argv],
        stdin=subprocess.PIPE,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_buffered({**os.environ, "PYTHONPATH": str(ROOT)}),
    )


def _buffered(env: dict[str, str]) -> dict[str, str]:
    """``env`` with stdout buffered, as a merchant's terminal or pipe has it."""
    return {k: v for k, v in env.items() if k != "PYTHONUNBUFFERED"}


@pytest.mark.parametrize("argv", [[], ["thread"]])
def test_everything_is_written_and_the_handlers_run(argv: list[str]) -> None:
    process = _script("leave", *argv)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 3
    assert out == "x" * 200_000 + "the end\n" + ("thread done\n" if argv else "")
    assert err == "said\natexit ran\n"


def test_a_closed_pipe_exits_as_sys_exit_does() -> None:
    """The reader of stdout went away before the last line was flushed (``| head -c 1``): the
    same exit code and the same words on stderr as the plain exit."""
    seen = []
    for end in ("leave", "sys.exit"):
        read, write = os.pipe()
        process = _script(end, stdout=write, script=UNREAD)
        os.close(write)
        os.close(read)
        _, err = process.communicate("", timeout=60)  # the reader gone, the script goes on
        seen.append((process.returncode, err))
    assert seen[0] == seen[1]
    assert "BrokenPipeError" in seen[0][1]  # as Python says it


def test_validate_as_a_process_writes_its_whole_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ENV_VARS:
        monkeypatch.delenv(variable, raising=False)
    book = product_workbook(
        tmp_path / "produk.xlsx", 300, bad={5: ("Harga", "gratis")}, notes_sheet=False
    )
    assert main(["validate", str(book), "--json", "--lang", "id"]) == 1
    in_process = json.loads(capsys.readouterr().out)
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    done = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(book), "--json", "--lang", "id"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=_buffered({**env, "PYTHONPATH": str(ROOT)}),
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert len(done.stdout) > 65_536  # more than a pipe holds
    whole = json.loads(done.stdout)
    for row, same in zip(whole["rows"], in_process["rows"], strict=True):
        row.pop("externalId", None), same.pop("externalId", None)  # generated at random
        assert row == same
    assert whole["summary"] == in_process["summary"]
