"""GUI fixtures: models checked by qtmodeltester, a window with its own settings and sessions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter
from app.gui.window.main_window import MainWindow
from tests.gui.drive import open_in
from tests.gui.samples import messy_table, write_workbook

if TYPE_CHECKING:  # importing it earlier than pytest-qt has chosen its Qt fails
    from pytestqt.modeltest import ModelTester


@pytest.fixture(autouse=True)
def _photo_check_off(_private_user_dirs: Path) -> None:
    """The window checks photos in the background by default; the tests of other features
    open sheets whose photo links are not on this machine, so it is off unless a test turns it
    on (tests/gui/test_photo_*.py)."""
    from app.gui.window.settings import WindowSettings

    settings = WindowSettings()
    settings.check_photos = False
    settings.sync()


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
def proxytester(request: pytest.FixtureRequest) -> Iterator[ModelTester]:
    """A second model tester (``qtmodeltester`` watches one model only: checking a second one
    with it would leave the first unwatched)."""
    from pytestqt.modeltest import ModelTester

    tester = ModelTester(request.config)
    yield tester
    tester._cleanup()


@pytest.fixture
def model(qtmodeltester: ModelTester, qapp: Any) -> Iterator[ProductModel]:
    built = ProductModel(messy_table())
    qtmodeltester.check(built, force_py=True)
    yield built


@pytest.fixture
def proxy(model: ProductModel, proxytester: ModelTester) -> ProductFilter:
    built = ProductFilter(model)
    proxytester.check(built, force_py=True)
    return built


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """The messy workbook: a title row, Indonesian headers, ten rows of which six are wrong."""
    return write_workbook(tmp_path / "produk toko.xlsx")


@pytest.fixture
def loaded(
    window: MainWindow,
    qtbot: Any,
    messy: Path,
    qtmodeltester: ModelTester,
    proxytester: ModelTester,
) -> MainWindow:
    """The window with the messy workbook open; its own model and proxy are watched by the
    model testers from here on (every edit, insert, removal and filter change is checked)."""
    open_in(window, qtbot, messy, ask_mapping=False)
    qtmodeltester.check(window.model, force_py=True)
    proxytester.check(window.proxy, force_py=True)
    return window


# ---------------------------------------------------------------- sending to the sandbox
# The sandbox fixtures come from tests/sandbox/fixtures.py, registered once in tests/conftest.py.
from tests.gui.send_helpers import answers, recorded, sandbox_window  # noqa: E402,F401
