"""A local photo server for tests, benchmarks and screenshots: pictures Pillow draws on demand,
and every way a photo link goes wrong. It records each request (path and headers).

Routes: ``/pic/<name>.<jpg|png|webp|gif>?w=&h=`` a picture (``ETag`` and ``Last-Modified``,
``304`` to a matching conditional request), ``/fake.jpg`` text named like a picture,
``/page.jpg`` an HTML page, ``/redirect/<n>`` n redirects then a picture, ``/loop`` a redirect
loop, ``/hang`` never answers, ``/drip`` answers one byte a second, ``/missing`` 404,
``/slow/<n>`` a picture after 0.3 s, ``/big.jpg`` a body over 10 MB.
"""

from __future__ import annotations

import contextlib
import io
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from PIL import Image

FORMATS = {"jpg": "JPEG", "png": "PNG", "webp": "WEBP", "gif": "GIF"}
TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}
LAST_MODIFIED = "Tue, 01 Dec 2026 10:00:00 GMT"


def picture(fmt: str, width: int, height: int, color: tuple[int, int, int]) -> bytes:
    img = Image.new("RGB", (width, height), color)
    out = io.BytesIO()
    img.save(out, fmt)
    return out.getvalue()


def color_of(name: str) -> tuple[int, int, int]:
    """A colour per picture name, far from white (so a thumbnail shows on a cell)."""
    value = zlib.crc32(name.encode())
    return (value & 0x7F, (value >> 8) & 0x7F, 128 + ((value >> 16) & 0x7F))


@dataclass
class Seen:
    path: str
    headers: dict[str, str] = field(default_factory=dict)


class PhotoServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        self.stop_hanging = threading.Event()
        self.inflight = 0
        self.most_inflight = 0
        self._cache: dict[tuple[str, int, int, str], bytes] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: object) -> None:
                pass

            def do_GET(self) -> None:
                with server.lock:
                    server.requests.append(Seen(self.path, dict(self.headers.items())))
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    server.answer(self)

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda *_: None  # type: ignore[method-assign]  # a client gone
        self.port = self.httpd.server_address[1]
        self.base = f"http://{host}:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.stop_hanging.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def count(self, prefix: str = "/") -> int:
        with self.lock:
            return sum(1 for r in self.requests if r.path.startswith(prefix))

    def _picture(self, name: str, fmt: str, w: int, h: int) -> bytes:
        key = (name, w, h, fmt)
        if key not in self._cache:
            self._cache[key] = picture(fmt, w, h, color_of(name))
        return self._cache[key]

    def answer(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        path, query = parts.path, parse_qs(parts.query)
        if path.startswith("/pic/"):
            name, _, ext = path[5:].rpartition(".")
            fmt = FORMATS.get(ext.lower(), "JPEG")
            w = int(query.get("w", ["800"])[0])
            hh = int(query.get("h", ["600"])[0])
            tag = f'"{name}-{w}x{hh}-{fmt}"'
            if h.headers.get("If-None-Match") == tag:
                self._send(h, 304, b"", "", {"ETag": tag})
                return
            body = self._picture(name, fmt, w, hh)
            extra = {"ETag": tag, "Last-Modified": LAST_MODIFIED}
            self._send(h, 200, body, TYPES[fmt], extra)
        elif path == "/fake.jpg":
            self._send(h, 200, b"this is not a picture at all\n", "image/jpeg")
        elif path == "/noise.jpg":
            self._send(h, 200, bytes(range(256)) * 8, "image/jpeg")
        elif path == "/page.jpg":
            body = b"<!DOCTYPE html><html><head><title>Share</title></head><body>hi</body></html>"
            self._send(h, 200, body, "text/html")
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{n - 1}" if n > 1 else "/pic/redirected.jpg"
            self._send(h, 302, b"", "", {"Location": target})
        elif path == "/loop":
            self._send(h, 302, b"", "", {"Location": "/loop2"})
        elif path == "/loop2":
            self._send(h, 302, b"", "", {"Location": "/loop"})
        elif path == "/hang":
            self.stop_hanging.wait(60)
        elif path == "/drip":
            h.send_response(200)
            h.send_header("Content-Type", "image/jpeg")
            h.send_header("Content-Length", "100000")
            h.end_headers()
            for _ in range(60):
                if self.stop_hanging.wait(0.5):
                    return
                h.wfile.write(b"x")
                h.wfile.flush()
        elif path.startswith("/slow/"):  # a picture after a pause: how many are asked at once
            with self.lock:
                self.inflight += 1
                self.most_inflight = max(self.most_inflight, self.inflight)
            self.stop_hanging.wait(0.3)
            with self.lock:
                self.inflight -= 1
            self._send(h, 200, self._picture("slow", "JPEG", 600, 600), "image/jpeg")
        elif path == "/missing":
            self._send(h, 404, b"not found", "text/plain")
        elif path == "/big.jpg":  # no Content-Length: the checker must stop while reading
            h.send_response(200)
            h.send_header("Content-Type", "image/jpeg")
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"\xff" * 65536
            with contextlib.suppress(OSError):
                for _ in range(11 * 16 + 4):
                    h.wfile.write(chunk)
            h.close_connection = True
        else:
            self._send(h, 404, b"", "text/plain")

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str,
        extra: dict[str, str] | None = None,
    ) -> None:
        h.send_response(status)
        if content_type:
            h.send_header("Content-Type", content_type)
        for k, v in (extra or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if body:
            h.wfile.write(body)


@contextlib.contextmanager
def running() -> Iterator[PhotoServer]:
    server = PhotoServer()
    try:
        yield server
    finally:
        server.close()


def prepare(server: PhotoServer, count: int, w: int = 800, h: int = 600) -> list[str]:
    """``count`` distinct JPEG links, their pictures drawn now (not while they are fetched)."""
    for i in range(count):
        server._picture(f"p{i}", "JPEG", w, h)
    return [server.url(f"/pic/p{i}.jpg?w={w}&h={h}") for i in range(count)]


if __name__ == "__main__":  # a server in its own process (benchmarks, screenshots)
    import sys

    host, count = sys.argv[1], int(sys.argv[2])
    served = PhotoServer(host)
    prepare(served, count)
    print(served.base, flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    served.close()
