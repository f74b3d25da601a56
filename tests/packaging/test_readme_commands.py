"""Every ``toco-uploader`` command the README shows is one the program accepts as written.

Each command line of the README's shell blocks (continuations joined, comments dropped) is
parsed by the program's own parsers, once with its ``[optional]`` parts and once without, so a
renamed option or subcommand cannot leave the README behind.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from app.__main__ import SUBCOMMANDS
from app.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def _commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"```bash\n(.*?)```", text, re.DOTALL):
        joined = block.replace("\\\n", " ")
        for line in joined.splitlines():
            line = line.split("  #")[0].strip()
            if re.match(r"^(\./)?toco-uploader(\s|$)", line):
                found.append(line)
    return found


def _variants(line: str) -> list[list[str]]:
    """The arguments with every ``[…]`` part, and without any."""
    with_all = re.sub(r"\[([^\]]*)\]", r"\1", line)
    without = re.sub(r"\s*\[[^\]]*\]", "", line)
    return [shlex.split(v)[1:] for v in dict.fromkeys([with_all, without])]


def _accepted(args: list[str]) -> bool:
    first = next((a for a in args if not a.startswith("-")), None)
    try:
        if first in SUBCOMMANDS or args[:1] == ["--version"]:
            build_parser().parse_args(args)
        else:
            from app.gui.window.launch import parse_args

            parse_args(args)
    except SystemExit as ended:
        return ended.code == 0  # --version ends with 0
    return True


COMMANDS = _commands()


def test_the_readme_shows_commands() -> None:
    assert len(COMMANDS) >= 10, COMMANDS


@pytest.mark.parametrize("line", COMMANDS)
def test_each_readme_command_is_accepted(line: str, capsys: pytest.CaptureFixture[str]) -> None:
    for args in _variants(line):
        assert _accepted(args), f"{line!r}: {capsys.readouterr().err.strip()}"
