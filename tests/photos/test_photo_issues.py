"""The photo check's findings on the table: on the photos cell, naming the picture, EN and ID,
held back like any error, kept for later edits."""

from __future__ import annotations

import pickle

from app.catalog import ProductTable, Status
from app.catalog.issues import Issue, Level
from tests.catalog.seed_rows import SEED_CELLS

A, B, C = (f"https://img.example.com/{n}.jpg" for n in "abc")


def table() -> ProductTable:
    first = {**SEED_CELLS[0], "photos": f"{A}; {B}"}
    second = {**SEED_CELLS[1], "photos": C, "officialBanners": B}
    return ProductTable.from_cells([(5, first), (6, second)])


def bad(key: str = "photo_status", **params: object) -> list[Issue]:
    return [Issue(None, key, Level.ERROR, {"status": "404 Not Found", **params})]


def test_a_bad_second_photo_lands_on_the_photos_cell_and_names_it() -> None:
    t = table()
    assert t.rows[0].status is Status.READY
    touched = t.use_photo_checks({A: [], B: bad()})
    assert touched == {0, 1}
    row = t.rows[0]
    (issue,) = row.issues_for("photos")
    assert issue.message("en") == "Photo 2 cannot be downloaded: the server answered 404 Not Found."
    assert issue.message("id") == "Foto 2 tidak bisa diunduh: server menjawab 404 Not Found."
    assert row.status is Status.INVALID and row.has_errors
    (banner,) = t.rows[1].issues_for("officialBanners")
    assert banner.message("id").startswith("Banner 1 tidak bisa diunduh")
    assert t.rows[1].issues_for("photos") == []


def test_a_warning_does_not_hold_the_row_back() -> None:
    t = table()
    small = [Issue(None, "photo_small", Level.WARNING, {"width": 300, "height": 300, "min": 500})]
    t.use_photo_checks({C: small})
    row = t.rows[1]
    assert row.status is Status.READY
    assert row.issues_for("photos")[0].message("en") == (
        "Photo 1 is only 300 × 300 px; the short side should be at least 500 px."
    )


def test_an_edit_keeps_known_findings_and_drops_them_with_the_link() -> None:
    t = table()
    t.use_photo_checks({B: bad()})
    t.set_cell(0, "name", "Another name")  # the row is checked again: the finding stays
    assert t.rows[0].status is Status.INVALID
    t.set_cell(0, "photos", A)  # the bad link is gone
    assert t.rows[0].issues_for("photos") == [] and t.rows[0].status is Status.READY
    t.set_cell(0, "photos", f"{B}\n{A}")  # back, now first
    assert t.rows[0].issues_for("photos")[0].params["n"] == 1


def test_a_good_answer_clears_an_old_finding() -> None:
    t = table()
    t.use_photo_checks({B: bad()})
    assert t.use_photo_checks({B: []}) == {0, 1}
    assert t.rows[0].status is Status.READY
    assert t.use_photo_checks({B: []}) == set()  # nothing changed: no row touched


def test_findings_survive_the_session_pickle_and_a_store_data_recheck() -> None:
    t = table()
    t.use_photo_checks({B: bad()})
    again = pickle.loads(pickle.dumps(t))
    assert again.rows[0].status is Status.INVALID
    again.use_store_data(None)
    assert again.rows[0].issues_for("photos")


def test_the_share_link_fix_keeps_the_cell_shape() -> None:
    from app.photos.fixing import fixed_cell, share_fixes
    from app.photos.judging import before_download

    share = "https://www.dropbox.com/s/abc123/kaos.jpg?dl=0"
    check = before_download(share)
    assert check is not None
    t = ProductTable.from_cells([(5, {**SEED_CELLS[0], "photos": {"1": A, "2": share}})])
    t.use_photo_checks({share: check.issues(), A: []})
    fixes = share_fixes(t.rows[0].issues_for("photos"))
    assert fixes == [(share, "https://www.dropbox.com/s/abc123/kaos.jpg?dl=1")]
    assert fixed_cell({"1": A, "2": share}, fixes) == {"1": A, "2": fixes[0][1]}
    assert fixed_cell(f"{A}; {share}", fixes) == f"{A}; {fixes[0][1]}"
