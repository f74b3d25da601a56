"""Photos in the window: checked in the background once a sheet is open, the first photo's
thumbnail painted on its cell, bad photos red with the reason, the "Photo problems" filter, the
share-link fix and its undo, edits checked again, progress and cancel, the setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage

from app.gui.grid.model import ERROR_COLOR, WARNING_COLOR
from app.gui.grid.proxy import RowFilter
from app.gui.window import photo_checker
from app.gui.window.main_window import MainWindow
from app.gui.window.photo_checker import in_child_process
from app.gui.window.settings import WindowSettings
from tests.cli.workbooks import product_workbook
from tests.gui.drive import at, color, open_in
from tests.photos.photo_server import PhotoServer, color_of, running

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
DRIVE = "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing"
DIRECT = "https://drive.google.com/uc?export=download&id=1AbCdEfGhIjKlMnOp"


@pytest.fixture
def photo_server() -> Iterator[PhotoServer]:
    with running() as server:
        yield server


def photo_links(server: PhotoServer) -> dict[int, str]:
    return {
        0: server.url("/pic/red.jpg?w=800&h=800"),
        1: server.url("/missing"),
        2: DRIVE,
        3: server.url("/pic/tiny.png?w=200&h=200"),
    }


@pytest.fixture
def photo_window(qtbot: Any, tmp_path: Path, photo_server: PhotoServer) -> Iterator[MainWindow]:
    settings = WindowSettings()
    settings.check_photos = True
    built = MainWindow(settings=settings)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    product_workbook(
        tmp_path / "foto.xlsx",
        4,
        bad={k: ("Foto 1", v) for k, v in photo_links(photo_server).items()},
        notes_sheet=False,
    )
    built.photo_checks.check_run = in_child_process(tmp_path / "cache")
    yield built
    built.close()


def open_and_wait(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.photo_checks.finished, timeout=30_000):
        open_in(window, qtbot, tmp_path / "foto.xlsx", ask_mapping=False)


def close_to(a: QColor, b: QColor, slack: int = 24) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= slack for x, y in pairs)


def cell_pixels(window: MainWindow, index: QModelIndex) -> QImage:
    grid = window.grid
    grid.scrollTo(index)
    rect = grid.visualRect(index)
    return grid.viewport().grab(rect).toImage()


def test_the_check_runs_once_a_sheet_is_open_and_paints_each_result(
    photo_window: MainWindow, qtbot: Any, tmp_path: Path, photo_server: PhotoServer
) -> None:
    window = photo_window
    open_and_wait(window, qtbot, tmp_path)
    model = window.model
    # the first photo's thumbnail is on its cell: the picture's own colour in the pixels
    index = at(window, 0, "photos")
    image = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(image, QImage) and not image.isNull()
    shot = cell_pixels(window, index)
    want = QColor(*color_of("red"))
    assert any(
        close_to(shot.pixelColor(x, y), want)
        for x in range(min(shot.width(), 40))
        for y in range(shot.height())
    ), "the thumbnail is not painted on the cell"
    # a 404: red cell, the reason in the tooltip and in the Problems list
    assert color(window, 1, "photos") == ERROR_COLOR
    tip = str(at(window, 1, "photos").data(Qt.ItemDataRole.ToolTipRole))
    assert "Photo 1 cannot be downloaded: the server answered 404 Not Found." in tip
    assert model.row(1).status.value == "invalid"
    window.problems.refresh()
    messages = [issue.message("en") for _, issue in window.problems.model.problems]
    assert "Photo 1 is a Google Drive share page, not the picture itself." in messages
    # a tiny picture is amber: a warning, the row stays ready
    assert color(window, 3, "photos") == WARNING_COLOR
    assert model.row(3).status.value == "ready"
    # the good photo's tooltip shows its picture and its size
    good_tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert '<img src="data:image/png;base64,' in good_tip and "800 × 800 JPEG" in good_tip
    # each link fetched once
    assert photo_server.count("/pic/red") == 1


def test_the_photo_problems_filter(photo_window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    window = photo_window
    open_and_wait(window, qtbot, tmp_path)
    window.filter_bar.set_mode(RowFilter.PHOTOS)
    assert window.filter_bar.buttons[RowFilter.PHOTOS].text() == "Photo problems"
    shown = [
        window.proxy.mapToSource(window.proxy.index(r, 0)).row()
        for r in range(window.proxy.rowCount())
    ]
    assert sorted(shown) == [0, 1, 2, 3]  # row 0 too: its http:// link is a warning
    window.filter_bar.set_mode(RowFilter.ALL)
    window.model.edit([(0, "name", "Kaos baru")], "edit")
    window.filter_bar.set_mode(RowFilter.PHOTOS)
    assert window.proxy.rowCount() == 4


def test_the_share_link_fix_from_the_menu_and_its_undo(
    photo_window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    window = photo_window
    open_and_wait(window, qtbot, tmp_path)
    window.grid.setCurrentIndex(at(window, 2, "photos"))
    menu = window.grid_menus.build()
    names = [a.text() for a in menu.actions()]
    assert "Use the direct link" in names
    window.grid.setCurrentIndex(at(window, 0, "photos"))
    assert "Use the direct link" not in [a.text() for a in window.grid_menus.build().actions()]
    window.grid.setCurrentIndex(at(window, 2, "photos"))
    assert window.photo_fix.fix_current()
    raw = window.model.row(2).cells["photos"]
    assert raw in ({"1": DIRECT}, DIRECT)
    assert not any(i.key == "photo_share_page" for i in window.model.row(2).issues)
    window.undo_stack.undo()
    raw = window.model.row(2).cells["photos"]
    assert DRIVE in (raw.values() if isinstance(raw, dict) else [raw])
    assert color(window, 2, "photos") == ERROR_COLOR  # the known finding is back


def test_the_fix_from_the_problems_list(
    photo_window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    window = photo_window
    open_and_wait(window, qtbot, tmp_path)
    problems = window.problems
    problems.refresh()
    row = next(
        n for n, (_, issue) in enumerate(problems.model.problems) if issue.key == "photo_share_page"
    )
    fix = problems.model.index(row, 3)
    assert fix.data() == "Use the direct link"
    assert problems.model.fix(row)
    raw = window.model.row(2).cells["photos"]
    assert DIRECT in (raw.values() if isinstance(raw, dict) else [raw])


def test_an_edited_photos_cell_is_checked_again(
    photo_window: MainWindow, qtbot: Any, tmp_path: Path, photo_server: PhotoServer
) -> None:
    window = photo_window
    open_and_wait(window, qtbot, tmp_path)
    new = photo_server.url("/pic/blue-new.webp?w=900&h=900")
    with qtbot.waitSignal(window.photo_checks.finished, timeout=20_000):
        window.model.edit([(1, "photos", new)], "edit")
    assert photo_server.count("/pic/blue-new") == 1
    assert color(window, 1, "photos") == WARNING_COLOR  # only the http:// warning now
    assert isinstance(at(window, 1, "photos").data(Qt.ItemDataRole.DecorationRole), QImage)
    assert window.model.row(1).status.value == "ready"


@pytest.mark.timeout(60)
def test_progress_shows_while_checking_and_cancel_stops_it(
    photo_window: MainWindow, qtbot: Any, tmp_path: Path, photo_server: PhotoServer
) -> None:
    window = photo_window
    window.photo_checks.check_run = in_child_process(tmp_path / "cache", timeout=30)
    open_in(window, qtbot, tmp_path / "foto.xlsx", ask_mapping=False)
    checks = window.photo_checks
    with qtbot.waitSignal(checks.finished, timeout=20_000):
        checks.check_links([photo_server.url("/hang")])
        qtbot.waitUntil(lambda: checks.indicator.isVisible(), timeout=10_000)
        assert checks.indicator.bar.text().startswith("Photos ")
        checks.indicator.stop.click()
    assert not checks.indicator.isVisible()
    assert photo_server.url("/hang") not in window.model.table.photo_checks


def test_the_setting_turns_the_check_off(
    photo_window: MainWindow, qtbot: Any, tmp_path: Path, photo_server: PhotoServer
) -> None:
    window = photo_window
    window.photo_checks.action.setChecked(False)
    assert WindowSettings().check_photos is False
    open_in(window, qtbot, tmp_path / "foto.xlsx", ask_mapping=False)
    assert not window.photo_checks.running
    assert photo_server.count() == 0


def test_in_indonesian(photo_window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    window = photo_window
    open_and_wait(window, qtbot, tmp_path)
    window.set_language("id")
    button = window.filter_bar.buttons[RowFilter.PHOTOS]
    qtbot.waitUntil(lambda: button.text() == "Foto bermasalah", timeout=5000)
    assert window.photo_checks.action.text() == "Periksa &foto di latar belakang"
    assert window.photo_checks.indicator.text().startswith("Foto ")
    tip = str(at(window, 1, "photos").data(Qt.ItemDataRole.ToolTipRole))
    assert "Foto 1 tidak bisa diunduh: server menjawab 404 Not Found." in tip
    window.grid.setCurrentIndex(at(window, 2, "photos"))
    assert "Pakai tautan langsung" in [a.text() for a in window.grid_menus.build().actions()]
    window.set_language("en")


def test_the_demo_workbook_is_not_checked(
    photo_window: MainWindow, qtbot: Any, photo_server: PhotoServer, tmp_path: Path
) -> None:
    """The demo's photo links are made-up examples: checking them would turn every demo row
    red for a reason that is not the merchant's. The status bar says why nothing is checked."""
    from app.gui.kit.resources import demo_workbook

    window = photo_window
    checks: list[bool] = []
    window.opener.opened.connect(lambda _: checks.append(window.photo_checks.running))
    open_in(window, qtbot, demo_workbook(), ask_mapping=False)
    qtbot.waitUntil(lambda: bool(checks), timeout=30_000)
    assert checks == [False] and not window.photo_checks.running
    assert "demo's photo links are only examples" in window.statusBar().currentMessage()
    assert not window.model.table.photo_checks
    # the demo's own deliberate mistakes stay (a row without photos), none from a download
    from app.catalog.validation import is_photo_issue

    assert not any(is_photo_issue(i) for row in window.model.table.rows for i in row.issues)
    # rows announced later (the store's lists arriving, an edit) do not start a check either
    window.model.announce(set(range(window.model.rowCount())))
    qtbot.wait(photo_checker.EDIT_PAUSE_MS + 300)
    assert not window.photo_checks.running and not window.model.table.photo_checks
    # the merchant's own workbook opened after the demo is checked (and its rows painted red)
    open_and_wait(window, qtbot, tmp_path)
    assert photo_server.count() > 0
    assert color(window, 1, "photos") == ERROR_COLOR
