"""app.atomic_files: the old file or the new one, never half of one, and nothing left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.atomic_files import replacing, write_text_atomically


def leftovers(folder: Path, keep: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p != keep]


def test_write_text_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "profiles.json"
    write_text_atomically(target, "satu\n")
    assert target.read_text(encoding="utf-8") == "satu\n"
    write_text_atomically(target, "dua — Rp 1.250.000\n")
    assert target.read_text(encoding="utf-8") == "dua — Rp 1.250.000\n"
    assert leftovers(target.parent, target) == []


def test_replacing_yields_a_temporary_file_beside_the_target(tmp_path: Path) -> None:
    target = tmp_path / "produk.xlsx"
    target.write_bytes(b"old")
    with replacing(target, ".xlsx") as temporary:
        assert temporary.parent == tmp_path and temporary.exists()
        assert temporary.name.startswith(".produk.xlsx.") and temporary.suffix == ".xlsx"
        assert target.read_bytes() == b"old"  # nothing changes before the block ends
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path, target) == []


def test_a_failure_inside_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "column-maps.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk full"), replacing(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path, target) == []


def test_a_failing_replace_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "profiles.json"
    target.write_text("old", encoding="utf-8")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_text_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path, target) == []


def test_the_block_may_remove_its_temporary_file(tmp_path: Path) -> None:
    """A writer that renames or deletes the temporary file itself makes the replace fail
    cleanly, without a second error from the clean-up."""
    with pytest.raises(FileNotFoundError), replacing(tmp_path / "x.json") as temporary:
        temporary.unlink()
    assert list(tmp_path.iterdir()) == []


def test_the_new_content_is_synced_before_it_replaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    real_replace = os.replace
    order: list[str] = []

    def fsync(fd: int) -> None:
        synced.append(fd)
        order.append("fsync")
        real_fsync(fd)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        order.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_text_atomically(tmp_path / "a.txt", "x")
    assert order == ["fsync", "replace"] and synced


def test_it_is_a_leaf_module() -> None:
    code = (
        "import sys, app.atomic_files; "
        "print(sorted(m for m in sys.modules if m.startswith('app.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    )
    assert done.stdout.strip() == "['app.atomic_files']"


def test_replacing_keeps_the_targets_permissions(tmp_path: Path) -> None:
    """The temporary file is created private (0600); the merchant's workbook, replaced in place,
    keeps the permissions it had."""
    target = tmp_path / "produk.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o664)
    with replacing(target, ".xlsx") as temporary:
        temporary.write_bytes(b"new")
    assert target.stat().st_mode & 0o777 == 0o664
