"""Downloading one picture: its own ``httpx.Client``, redirects counted by hand, one deadline for
the whole download, and a ceiling on the bytes read.

The client carries nothing of the store: no credentials, no ``x-`` headers, no cookies kept, a
plain user agent (``rules.USER_AGENT``). Redirects are followed here, not by httpx, so that at most
``MAX_REDIRECTS`` are taken, a loop is named as such, and every hop shares the one deadline.

The deadline is the whole download's (``TIMEOUT_SECONDS``), not each read's: a server that sends
one byte a second would never trip a per-read time-out. The client's network streams clamp every
connect and read to the time the current download has left (``_DeadlineBackend``), so a download
ends by its deadline whatever the server does.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from app.photos.rules import MAX_BYTES, MAX_REDIRECTS, PER_HOST, TIMEOUT_SECONDS, USER_AGENT

_CHUNK = 64 * 1024
_local = threading.local()


@dataclass(slots=True)
class Download:
    """What one download gave: a body, "not modified", or a failure (``failure`` is a message
    key of ``app.catalog.messages`` with its ``params``)."""

    url: str
    final_url: str = ""
    status: int | None = None
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    failure: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    #: the body ended past ``max_bytes`` (``body`` holds the first bytes only)
    too_big: bool = False
    size: int = 0


def _left() -> float | None:
    deadline = getattr(_local, "deadline", None)
    return None if deadline is None else deadline - time.monotonic()


def _clamp(timeout: float | None) -> float | None:
    left = _left()
    if left is None:
        return timeout
    if left <= 0:
        raise httpcore.ReadTimeout("the download's time is up")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, each wait clamped to the current download's time left."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, _clamp(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.connect_unix_socket(path, _clamp(timeout), socket_options)
        return _DeadlineStream(inner)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def photo_client(*, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The photo checker's own client: never the store's, never its headers."""
    if transport is None:
        transport = httpx.HTTPTransport(
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=PER_HOST * 4),
            retries=0,
        )
        pool = getattr(transport, "_pool", None)  # httpx builds httpcore's pool: our sockets
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = _DeadlineBackend()
    return httpx.Client(
        transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept": "image/*,*/*;q=0.5"},
        follow_redirects=False,
        trust_env=False,  # no proxy credentials or netrc from the environment
        timeout=TIMEOUT_SECONDS,
    )


def download(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
    cancelled: Callable[[], bool] = lambda: False,
) -> Download:
    """GET ``url`` (conditionally, when a validator is given), following at most
    ``MAX_REDIRECTS`` redirects, within ``timeout`` seconds overall and ``max_bytes``."""
    found = Download(url, final_url=url)
    _local.deadline = time.monotonic() + timeout
    try:
        _follow(client, found, etag, last_modified, timeout, max_bytes, cancelled)
    except httpx.TimeoutException:
        _fail(found, "photo_timeout", seconds=_seconds(timeout))
    except httpcore.TimeoutException:
        _fail(found, "photo_timeout", seconds=_seconds(timeout))
    except httpx.ConnectError as exc:
        _fail(found, _connect_failure(exc), host=_host(found.final_url))
    except (httpx.TransportError, httpx.InvalidURL, httpx.UnsupportedProtocol, OSError) as exc:
        if isinstance(exc, ssl.SSLError | httpx.ProtocolError) and "SSL" in str(exc):
            _fail(found, "photo_tls", host=_host(found.final_url))
        else:
            _fail(found, "photo_connection", host=_host(found.final_url))
    finally:
        _local.deadline = None
    return found


def _follow(
    client: httpx.Client,
    found: Download,
    etag: str | None,
    last_modified: str | None,
    timeout: float,
    max_bytes: int,
    cancelled: Callable[[], bool],
) -> None:
    seen = {found.url}
    current = found.url
    for _hop in range(MAX_REDIRECTS + 1):
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        left = _left() or 0.0
        if left <= 0:
            raise httpx.ReadTimeout("the download's time is up")
        request = client.build_request("GET", current, headers=headers, timeout=left)
        response = client.send(request, stream=True)
        try:
            found.final_url, found.status = current, response.status_code
            location = response.headers.get("location")
            if response.is_redirect and location:
                current = urljoin(current, location)
                if current in seen:
                    _fail(found, "photo_redirect_loop")
                    return
                seen.add(current)
                continue
            if response.status_code == 304:
                found.not_modified = True
                return
            if response.status_code >= 400:
                _fail(found, "photo_status", status=_status_words(response))
                return
            found.content_type = response.headers.get("content-type", "")
            found.etag = response.headers.get("etag")
            found.last_modified = response.headers.get("last-modified")
            _read_body(response, found, max_bytes, cancelled)
            return
        finally:
            response.close()
    _fail(found, "photo_redirects", limit=MAX_REDIRECTS)


def _read_body(
    response: httpx.Response, found: Download, max_bytes: int, cancelled: Callable[[], bool]
) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        found.too_big, found.size = True, int(declared)
        return
    parts: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            found.too_big, found.size = True, size
            found.body = b"".join(parts)[:4096]
            return
        parts.append(chunk)
        if cancelled():
            _fail(found, "photo_cancelled")
            return
    found.body, found.size = b"".join(parts), size


def _fail(found: Download, key: str, **params: Any) -> None:
    found.failure, found.params = key, params


def _connect_failure(exc: Exception) -> str:
    text = str(exc).lower()
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, socket.gaierror) or any(
        w in text for w in ("name or service not known", "nodename nor servname", "getaddrinfo")
    ):
        return "photo_dns"
    if "ssl" in text or "certificate" in text or isinstance(cause, ssl.SSLError):
        return "photo_tls"
    return "photo_connection"


def _status_words(response: httpx.Response) -> str:
    phrase = response.reason_phrase
    return f"{response.status_code} {phrase}".strip()


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


def _seconds(timeout: float) -> str:
    return f"{timeout:g}"
