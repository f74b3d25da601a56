"""GUI fixtures: models checked by qtmodeltester, a window with its own settings and sessions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter
from app.gui.window.main_window import MainWindow
from tests.gui.samples import messy_table


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    """A shown main window (settings, sessions and keyring are the test's own)."""
    built = MainWindow()
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.close()


@pytest.fixture
def model(qtmodeltester, qapp) -> Iterator[ProductModel]:
    built = ProductModel(messy_table())
    qtmodeltester.check(built, force_py=True)
    yield built


@pytest.fixture
def proxy(model: ProductModel, qtmodeltester) -> ProductFilter:
    built = ProductFilter(model)
    qtmodeltester.check(built, force_py=True)
    return built


# ---------------------------------------------------------------- sending to the sandbox
# The sandbox fixtures come from tests/sandbox/fixtures.py, registered once in tests/conftest.py.
from tests.gui.send_helpers import answers, recorded, sandbox_window  # noqa: E402,F401
