"""The Qt bindings the app runs on keep Python's ``None`` alive.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a C++ method
that returns nothing (``update``, ``setToolTip``, ``QPalette.setColor``…). A window makes such
calls all the time, so after a few thousand of them the interpreter aborts ("Fatal Python
error: none_dealloc") and the merchant's window vanishes with the edits since the last autosave.
pyproject.toml keeps that release out; this test fails on any release that has the fault.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    app = QGuiApplication([])
    palette, red = QPalette(), QColor("red")
    calls = sys.getrefcount(None) + 2000  # more than enough to free None if each call leaks
    before = sys.getrefcount(None)
    for _ in range(calls):
        palette.setColor(QPalette.ColorRole.Text, red)
    print(calls, before - sys.getrefcount(None))
    """
)


def test_calls_returning_nothing_keep_none_alive() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]  # -6: aborted, None was freed
    calls, lost = map(int, done.stdout.split())
    assert lost < calls // 100, f"{lost} references to None lost in {calls} calls"
