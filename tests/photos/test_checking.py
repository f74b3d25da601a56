"""The photo checker against a local server of generated pictures: each rule, once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog.issues import Level
from app.photos import PhotoCache, PhotoChecker
from app.photos.judging import PhotoCheck
from app.photos.rules import MIN_SHORT_SIDE
from tests.photos.photo_server import PhotoServer


def check_one(server: PhotoServer, path: str, **options: object) -> PhotoCheck:
    with PhotoChecker(**options) as checker:  # type: ignore[arg-type]
        url = path if path.startswith("http") else server.url(path)
        return checker.check([url])[url]


def keys(check: PhotoCheck) -> list[str]:
    return [k for k, _, _ in check.findings]


@pytest.mark.parametrize("ext, fmt", [("jpg", "JPEG"), ("png", "PNG"), ("webp", "WEBP")])
def test_a_good_picture_has_its_format_size_and_a_thumbnail(
    photo_server: PhotoServer, ext: str, fmt: str
) -> None:
    check = check_one(photo_server, f"/pic/good.{ext}?w=1200&h=900")
    assert check.format == fmt
    assert (check.width, check.height) == (1200, 900)
    assert keys(check) == ["photo_plain_http"]  # the local server is http://
    assert check.thumbnail is not None and check.thumbnail.startswith(b"\x89PNG")
    assert not check.is_bad


def test_the_real_format_is_read_from_the_bytes_not_the_name(photo_server: PhotoServer) -> None:
    check = check_one(photo_server, "/pic/really-a-png.png?w=800&h=800")
    assert check.format == "PNG"
    fake = check_one(photo_server, "/fake.jpg")
    assert keys(fake)[0] == "photo_is_text" and fake.is_bad
    noise = check_one(photo_server, "/noise.jpg")
    assert keys(noise)[0] == "photo_not_a_picture"


def test_an_html_page_is_not_a_picture(photo_server: PhotoServer) -> None:
    check = check_one(photo_server, "/page.jpg")
    assert keys(check)[0] == "photo_is_web_page"
    assert check.findings[0][1] is Level.ERROR


def test_gif_is_refused_by_name(photo_server: PhotoServer) -> None:
    check = check_one(photo_server, "/pic/anim.gif?w=800&h=800")
    assert check.findings[0] == ("photo_format", Level.ERROR, {"format": "GIF"})


def test_a_small_picture_is_a_warning(photo_server: PhotoServer) -> None:
    check = check_one(photo_server, f"/pic/tiny.jpg?w=300&h={MIN_SHORT_SIDE + 100}")
    found = dict((k, (lv, p)) for k, lv, p in check.findings)
    assert found["photo_small"] == (
        Level.WARNING,
        {"width": 300, "height": MIN_SHORT_SIDE + 100, "min": MIN_SHORT_SIDE},
    )
    assert not check.is_bad
    exact = check_one(photo_server, f"/pic/edge.jpg?w={MIN_SHORT_SIDE}&h={MIN_SHORT_SIDE}")
    assert "photo_small" not in keys(exact)


def test_a_body_over_the_limit_stops_while_streaming(photo_server: PhotoServer) -> None:
    check = check_one(photo_server, "/big.jpg")
    assert check.findings[0][0] == "photo_too_big"
    assert check.findings[0][2]["limit"] == "10"
    small_limit = check_one(photo_server, "/pic/x.jpg?w=900&h=900", max_bytes=1000)
    assert keys(small_limit)[0] == "photo_too_big"  # the declared length alone says so


def test_a_404_says_the_status(photo_server: PhotoServer) -> None:
    check = check_one(photo_server, "/missing")
    assert check.findings[0] == ("photo_status", Level.ERROR, {"status": "404 Not Found"})


def test_redirects_are_followed_up_to_five(photo_server: PhotoServer) -> None:
    assert check_one(photo_server, "/redirect/5").format == "JPEG"
    six = check_one(photo_server, "/redirect/6")
    assert six.findings[0] == ("photo_redirects", Level.ERROR, {"limit": 5})
    loop = check_one(photo_server, "/loop")
    assert keys(loop)[0] == "photo_redirect_loop"


@pytest.mark.timeout(30)
def test_a_server_that_never_answers_ends_at_the_deadline(photo_server: PhotoServer) -> None:
    check = check_one(photo_server, "/hang", timeout=1.0)
    assert check.findings[0] == ("photo_timeout", Level.ERROR, {"seconds": "1"})
    assert not check.keep  # not cached: the next check asks again


@pytest.mark.timeout(30)
def test_a_dripping_server_ends_at_the_deadline_of_the_whole_download(
    photo_server: PhotoServer,
) -> None:
    """One byte every half second never trips a per-read time-out; the whole download's does."""
    check = check_one(photo_server, "/drip", timeout=1.5)
    assert keys(check)[0] == "photo_timeout"


def test_an_unknown_host_is_named_dns(photo_server: PhotoServer) -> None:
    check = check_one(photo_server, "https://nothing-here.invalid/a.jpg")
    assert check.findings[0] == ("photo_dns", Level.ERROR, {"host": "nothing-here.invalid"})


def test_tls_failure_is_named(photo_server: PhotoServer) -> None:
    # the server speaks plain HTTP: a TLS handshake with it fails
    check = check_one(photo_server, f"https://127.0.0.1:{photo_server.port}/pic/a.jpg")
    assert keys(check)[0] == "photo_tls"


def test_share_pages_are_judged_without_a_download(photo_server: PhotoServer) -> None:
    links = {
        "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing": (
            "photo_share_page",
            "https://drive.google.com/uc?export=download&id=1AbCdEfGhIjKlMnOp",
        ),
        "https://www.dropbox.com/s/abc123/kaos.jpg?dl=0": (
            "photo_share_page",
            "https://www.dropbox.com/s/abc123/kaos.jpg?dl=1",
        ),
        "https://1drv.ms/i/s!AbCd": ("photo_share_page_no_fix", ""),
    }
    with PhotoChecker() as checker:
        found = checker.check(list(links))
    for link, (key, direct) in links.items():
        assert found[link].findings[0][0] == key
        assert found[link].findings[0][2]["direct"] == direct
    assert photo_server.count() == 0


def test_each_distinct_link_is_fetched_once(photo_server: PhotoServer) -> None:
    url = photo_server.url("/pic/once.jpg")
    with PhotoChecker() as checker:
        found = checker.check([url, url, url])
    assert list(found) == [url]
    assert photo_server.count("/pic/once") == 1


def test_no_store_header_ever_reaches_the_photo_server(photo_server: PhotoServer) -> None:
    with PhotoChecker() as checker:
        checker.check([photo_server.url("/pic/h.jpg"), photo_server.url("/redirect/2")])
    assert photo_server.requests
    for seen in photo_server.requests:
        names = {k.lower() for k in seen.headers}
        assert not any(n.startswith("x-") for n in names), seen.headers
        assert "authorization" not in names and "cookie" not in names
        assert seen.headers["User-Agent"].startswith("TocoUploader-PhotoCheck")


def test_cancel_stops_before_every_link_is_checked(photo_server: PhotoServer) -> None:
    links = [photo_server.url(f"/pic/c{i}.jpg") for i in range(40)]
    calls: list[int] = []
    with PhotoChecker(concurrency=1, per_host=1) as checker:

        def progress(done: int, total: int) -> None:
            calls.append(done)
            if done >= 3:
                checker.cancel()

        found = checker.check(links, progress)
    assert 3 <= len(found) < 40
    assert photo_server.count("/pic/") < 40


def test_the_cache_answers_a_second_check_without_a_request(
    photo_server: PhotoServer, tmp_path: Path
) -> None:
    links = [photo_server.url(f"/pic/k{i}.jpg?w=700&h=700") for i in range(5)]
    links.append(photo_server.url("/missing"))
    with PhotoChecker(PhotoCache(tmp_path)) as checker:
        first = checker.check(links)
    before = photo_server.count()
    assert before == 6
    with PhotoChecker(PhotoCache(tmp_path)) as checker:
        second = checker.check(links[:5])
    assert photo_server.count() == before  # zero requests
    assert all(second[u].from_cache for u in links[:5])
    assert second[links[0]].thumbnail == first[links[0]].thumbnail
    assert (second[links[0]].width, second[links[0]].format) == (700, "JPEG")
    with PhotoChecker(PhotoCache(tmp_path)) as checker:
        checker.check(links[5:])
    assert photo_server.count() == before + 1  # a 404 is asked again, never kept


def test_a_stale_entry_is_asked_again_conditionally_and_a_304_keeps_it(
    photo_server: PhotoServer, tmp_path: Path
) -> None:
    url = photo_server.url("/pic/etag.png?w=640&h=640")
    with PhotoChecker(PhotoCache(tmp_path)) as checker:
        checker.check([url])
    with PhotoChecker(PhotoCache(tmp_path, fresh_for=0)) as checker:
        again = checker.check([url])[url]
    last = photo_server.requests[-1]
    assert last.headers["If-None-Match"] == '"etag-640x640-PNG"'
    assert last.headers["If-Modified-Since"]
    assert again.from_cache and again.format == "PNG" and again.thumbnail


def test_cache_files_are_private_and_named_by_a_hash(
    photo_server: PhotoServer, tmp_path: Path
) -> None:
    url = photo_server.url("/pic/secret-name.jpg")
    with PhotoChecker(PhotoCache(tmp_path / "photos")) as checker:
        checker.check([url])
    files = sorted((tmp_path / "photos").iterdir())
    assert len(files) == 2
    assert oct((tmp_path / "photos").stat().st_mode & 0o777) == "0o700"
    for f in files:
        assert "secret" not in f.name
        assert oct(f.stat().st_mode & 0o777) == "0o600"


def test_a_damaged_cache_file_is_dropped_and_checked_again(
    photo_server: PhotoServer, tmp_path: Path
) -> None:
    url = photo_server.url("/pic/d.jpg")
    cache = PhotoCache(tmp_path)
    with PhotoChecker(cache) as checker:
        checker.check([url])
    for f in tmp_path.glob("*.json"):
        f.write_text("{not json")
    with PhotoChecker(PhotoCache(tmp_path)) as checker:
        again = checker.check([url])[url]
    assert again.format == "JPEG" and not again.from_cache


def test_at_most_four_at_a_time_from_one_host(photo_server: PhotoServer) -> None:
    links = [photo_server.url(f"/slow/{i}") for i in range(12)]
    with PhotoChecker() as checker:
        found = checker.check(links)
    assert len(found) == 12 and all(c.format == "JPEG" for c in found.values())
    assert photo_server.most_inflight == 4
