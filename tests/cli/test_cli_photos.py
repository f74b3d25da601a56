"""``validate --check-photos`` and ``upload --check-photos``: real workbooks, a local photo
server, the real sandbox; the photo problems in the JSON, the bad rows held back."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.sandbox import RunningSandbox
from tests.cli.workbooks import product_workbook
from tests.photos.photo_server import PhotoServer, running


@pytest.fixture
def photo_server() -> Iterator[PhotoServer]:
    with running() as server:
        yield server


def photo_book(tmp_path: Path, server: PhotoServer) -> Path:
    """Four products: a good photo, a 404, a share page, a tiny picture."""
    links = {
        0: server.url("/pic/p0.jpg?w=800&h=800"),
        1: server.url("/missing"),
        2: "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing",
        3: server.url("/pic/p3.png?w=200&h=200"),
    }
    return product_workbook(
        tmp_path / "produk.xlsx", 4, bad={k: ("Foto 1", v) for k, v in links.items()}
    )


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def photo_messages(row: dict[str, Any]) -> list[tuple[str, str]]:
    return [(i["level"], i["message"]) for i in row["issues"] if i["field"] == "photos"]


def test_validate_without_the_option_downloads_nothing(
    tmp_path: Path, photo_server: PhotoServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = run_json(capsys, "validate", str(photo_book(tmp_path, photo_server)))
    assert code == 0
    assert photo_server.count() == 0
    assert data["rows"][1]["status"] == "ready"


def test_validate_check_photos_json_has_each_photo_problem_on_its_cell(
    tmp_path: Path, photo_server: PhotoServer, capsys: pytest.CaptureFixture[str]
) -> None:
    book = photo_book(tmp_path, photo_server)
    code = main(["validate", str(book), "--check-photos", "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    rows = json.loads(out)["rows"]
    assert [r["status"] for r in rows] == ["ready", "invalid", "invalid", "ready"]
    assert photo_messages(rows[0]) == [("warning", "Photo 1 starts with http://, not https://.")]
    assert (
        "error",
        "Photo 1 cannot be downloaded: the server answered 404 Not Found.",
    ) in photo_messages(rows[1])
    assert photo_messages(rows[2]) == [
        ("error", "Photo 1 is a Google Drive share page, not the picture itself.")
    ]
    assert (
        "warning",
        "Photo 1 is only 200 × 200 px; the short side should be at least 500 px.",
    ) in photo_messages(rows[3])
    assert all(i["column"] == "Foto 1" for r in rows for i in r["issues"] if i["field"])
    assert "4 photo links checked (0 from the cache), 2 with problems." in err


def test_validate_check_photos_in_indonesian_and_from_the_cache(
    tmp_path: Path, photo_server: PhotoServer, capsys: pytest.CaptureFixture[str]
) -> None:
    book = photo_book(tmp_path, photo_server)
    main(["validate", str(book), "--check-photos", "--json"])
    capsys.readouterr()
    asked = photo_server.count()
    main(["validate", str(book), "--check-photos", "--lang", "id", "--json"])
    out, err = capsys.readouterr()
    assert photo_server.count() == asked + 1  # only the 404 is asked again
    assert ("error", "Foto 1 tidak bisa diunduh: server menjawab 404 Not Found.") in (
        photo_messages(json.loads(out)["rows"][1])
    )
    assert "4 tautan foto diperiksa (2 dari cache), 2 bermasalah." in err


def test_progress_is_drawn_on_a_terminal(
    tmp_path: Path,
    photo_server: PhotoServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    main(["validate", str(photo_book(tmp_path, photo_server)), "--check-photos"])
    assert "Photos     [" in terminal.getvalue()
    assert "] 4/4" in terminal.getvalue()


def test_upload_check_photos_holds_back_the_bad_rows_and_sends_no_store_header(
    store_env: RunningSandbox,
    tmp_path: Path,
    photo_server: PhotoServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    book = photo_book(tmp_path, photo_server)
    code, data = run_json(capsys, "upload", str(book), "--check-photos")
    assert code == 1
    assert [r["status"] for r in data["rows"]] == ["pending", "skipped", "skipped", "pending"]
    sent = {p.sku for p in store_env.state.products()}
    assert sent == {"SKU-00000", "SKU-00003"}
    assert photo_server.requests
    for seen in photo_server.requests:  # the app had the store's credentials; none went here
        names = {k.lower() for k in seen.headers}
        assert not any(n.startswith("x-") for n in names)
        assert "authorization" not in names
