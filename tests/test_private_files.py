"""The app's own files are 0600 in 0700 folders (issue 10, point 5), under umask 022.

Each file is made by the real code that makes it: the journal (with its -wal and -shm), the
debug log, the profiles, the remembered column maps, the window's sessions and settings.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.private_files import private_file, private_folder, write_private_text

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def _umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private(path: Path) -> None:
    assert path.is_file(), path
    assert mode(path) == 0o600, (path, oct(mode(path)))
    assert mode(path.parent) == 0o700, (path.parent, oct(mode(path.parent)))


def test_the_helpers(tmp_path: Path) -> None:
    folder = private_folder(tmp_path / "a" / "b")
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    old = tmp_path / "old"
    old.mkdir(mode=0o755)
    (old / "f").write_text("x")
    os.chmod(old / "f", 0o644)
    private_folder(old)
    assert_private(private_file(old / "f"))
    assert (old / "f").read_text() == "x"  # mended, not emptied
    write_private_text(old / "g.json", "{}")
    assert_private(old / "g.json")


def test_the_journal_and_its_wal_and_shm(_private_user_dirs: Path) -> None:
    from app.jobs import Journal

    journal = Journal()
    try:
        journal.jobs(5)  # the schema was written: WAL mode keeps -wal and -shm beside it
        files = [journal.path] + [Path(f"{journal.path}{s}") for s in ("-wal", "-shm")]
        for path in files:
            assert_private(path)
    finally:
        journal.close()


def test_the_debug_log(_private_user_dirs: Path) -> None:
    from app.cli.debug_log import setup_logging

    path = setup_logging(True)
    try:
        assert path is not None
        assert_private(path)
    finally:
        setup_logging(False)


def test_profiles_and_remembered_column_maps(_private_user_dirs: Path) -> None:
    from app.profiles import Profile, ProfileStore
    from app.sheets.mapping import ColumnBinding, ColumnMap
    from app.sheets.memory import MappingMemory

    store = ProfileStore()
    store.save(Profile.create("toko", "sandbox", "pid-1", "sid-1"))
    assert_private(store.path)
    memory = MappingMemory()
    memory.remember(ColumnMap([ColumnBinding(0, "Nama", "name")]))
    assert_private(memory.path)


def test_window_sessions_and_settings(_private_user_dirs: Path, qapp: object) -> None:
    from app.gui.window.settings import WindowSettings
    from app.sheets.session import SessionStore

    sessions = SessionStore()
    assert_private(sessions.save("abc", {"rows": {}}))
    assert mode(sessions.folder.parent) == 0o700  # the app's data folder
    settings = WindowSettings()
    settings.language = "id"
    settings.sync()
    assert_private(settings.path)
