"""docs/INTERFACES.md names only what exists, and names every module of ``app``.

Every backticked dotted name of the form ``app.x.y`` or ``app.x.y.Name`` must import (a module)
or resolve (an attribute of the longest importable module before it). Every module file under
``app/`` must be named there, so a new module cannot land undocumented.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "INTERFACES.md"
#: One backticked span (it may wrap onto the next line); a name in it is ``app`` and at least
#: one ``.identifier``.
SPAN = re.compile(r"`([^`]+)`")
DOTTED = re.compile(r"\bapp(?:\.[A-Za-z_]\w*)+")


def dotted_names(text: str) -> list[str]:
    """Every ``app.…`` dotted name inside a backticked span of ``text``, in order, once each."""
    found = [name for span in SPAN.findall(text) for name in DOTTED.findall(span)]
    return list(dict.fromkeys(found))


def resolves(name: str) -> bool:
    """Whether ``name`` is a module of the app, or an attribute reachable from one."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(target, attribute):
                return False
            target = getattr(target, attribute)
        return True
    return False


def test_the_scan_finds_names_and_rejects_a_misspelt_one() -> None:
    text = "see `app.jobs.apply.apply_outcomes(table, outcomes)` and `app.sheets` (not app.cli)"
    assert dotted_names(text) == ["app.jobs.apply.apply_outcomes", "app.sheets"]
    assert resolves("app.jobs.apply.apply_outcomes")
    assert not resolves("app.jobs.apply.apply_outcome")
    assert not resolves("app.jobs.aply")


def test_every_dotted_name_in_interfaces_resolves() -> None:
    names = dotted_names(DOC.read_text(encoding="utf-8"))
    assert len(names) > 50, "INTERFACES.md should name the modules it describes in full"
    missing = [name for name in names if not resolves(name)]
    assert not missing, f"INTERFACES.md names what the code does not have: {missing}"


def app_modules() -> list[str]:
    modules = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path.name in {"__init__.py", "__main__.py"}:
            continue
        modules.append(".".join(path.relative_to(ROOT).with_suffix("").parts))
    return modules


@pytest.mark.parametrize("module", app_modules())
def test_every_module_is_described(module: str) -> None:
    assert module in dotted_names(DOC.read_text(encoding="utf-8")), (
        f"{module} is not named (backticked, in full) in docs/INTERFACES.md"
    )
