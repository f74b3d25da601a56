"""Transport safety (issue 10, point 5): no proxy from the environment, loopback by address,
certificate errors said as such, SKUs that stay one literal path segment.

Real sockets on 127.0.0.1 throughout: the sandbox, a listening socket standing in for a proxy,
and a TLS server with a self-signed certificate made in the test.
"""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs import DeleteJob
from app.partner import ConfigurationError, PartnerClient, RetryPolicy, TransportError
from app.partner.client import CERTIFICATE, SKU_PATH
from app.partner.paths import path_segment
from app.sandbox import RunningSandbox
from tests.partner.conftest import SleepRecorder, demo_credentials
from tests.sandbox.fixtures import seed_products

FAST = RetryPolicy(max_attempts=2, base_delay=0.0, max_delay=0.0, total_time=5.0)
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


class ConnectionRecorder:
    """A listening socket on 127.0.0.1 that counts who connects and hangs up on them."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.listener.close()
        self._thread.join(timeout=5)


@pytest.fixture
def proxy_in_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[ConnectionRecorder]:
    recorder = ConnectionRecorder()
    for name in PROXY_VARIABLES:
        monkeypatch.setenv(name, f"http://127.0.0.1:{recorder.port}")
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    try:
        yield recorder
    finally:
        recorder.close()


# -- 1. no proxy from the environment ---------------------------------------------------------
def test_a_proxy_in_the_environment_is_ignored(
    sandbox: RunningSandbox, proxy_in_environment: ConnectionRecorder, sleeps: SleepRecorder
) -> None:
    sandbox.state.add_product(seed_products("PROXY-1")[0])
    with PartnerClient(
        demo_credentials(sandbox.base_url), retry=FAST, sleep=sleeps, monotonic=sleeps.monotonic
    ) as client:
        found = client.get_product_by_sku("PROXY-1")
    assert found is not None and found.sku == "PROXY-1"  # the sandbox answered
    assert proxy_in_environment.connections == 0  # the store token never went to the proxy


# -- 2. loopback by address -------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "http://anything.localhost:8787/api/v1",
        "http://localhost.evil.com/api/v1",
        "http://127.0.0.1.nip.io/api/v1",
        "http://0x7f000001/api/v1",
    ],
)
def test_plain_http_to_a_name_that_looks_local_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        PartnerClient(demo_credentials(url), http=httpx.Client())
    assert caught.value.code == "INSECURE_URL"


def test_the_bare_name_localhost_is_refused_with_the_address_to_write() -> None:
    with pytest.raises(ConfigurationError) as caught:
        PartnerClient(demo_credentials("http://localhost:8787/api/v1"), http=httpx.Client())
    assert caught.value.code == "INSECURE_URL" and "127.0.0.1" in caught.value.message


@pytest.mark.parametrize("url", ["http://127.0.0.5:8787/api/v1", "http://[::1]:8787/api/v1"])
def test_plain_http_to_a_loopback_address_is_allowed(url: str) -> None:
    PartnerClient(demo_credentials(url), http=httpx.Client()).close()


# -- 3. certificate errors ------------------------------------------------------------------
def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _Answer(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(404)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[str]:
    """An https server on 127.0.0.1 whose certificate no trusted authority signed."""
    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/api/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_a_certificate_that_cannot_be_verified_is_said_as_such(
    tls_server: str, sleeps: SleepRecorder
) -> None:
    with (
        PartnerClient(
            demo_credentials(tls_server), sleep=sleeps, monotonic=sleeps.monotonic
        ) as client,
        pytest.raises(TransportError) as caught,
    ):
        client.get_product_by_sku("X")
    error = caught.value
    assert error.code == CERTIFICATE and not error.ambiguous
    assert "certificate could not be verified" in error.message
    assert "no answer" not in error.message
    assert sleeps.delays == []  # not retried: waiting does not mend a certificate


# -- 7. SKUs in URL paths -------------------------------------------------------------------
ODD_SKUS = (".", "..", "a/b", "50%", "x?y#z", "%2E")


@pytest.mark.parametrize("sku", ODD_SKUS)
def test_a_sku_is_one_literal_path_segment(sku: str) -> None:
    segment = path_segment(sku)
    assert "/" not in segment and segment not in (".", "..")
    assert not set("?#") & set(segment)
    url = httpx.URL("http://127.0.0.1:1/api/v1" + SKU_PATH + segment)
    assert url.raw_path.decode("ascii").endswith(SKU_PATH + segment)  # httpx leaves it alone


def test_odd_skus_are_found_and_the_path_sent_is_the_one_signed(
    sandbox: RunningSandbox, sleeps: SleepRecorder
) -> None:
    for product in seed_products(*ODD_SKUS):
        sandbox.state.add_product(product)
    sent: list[str] = []

    def record(request: httpx.Request) -> None:
        sent.append(request.url.raw_path.decode("ascii"))

    with (
        httpx.Client(timeout=10, event_hooks={"request": [record]}) as http,
        PartnerClient(demo_credentials(sandbox.base_url), http=http, sleep=sleeps) as client,
    ):
        for sku in ODD_SKUS:
            found = client.get_product_by_sku(sku)
            assert found is not None and found.sku == sku, sku
    assert sent == ["/api/v1" + SKU_PATH + path_segment(sku) for sku in ODD_SKUS]
    assert sleeps.delays == []  # no signature error, nothing retried


def test_a_delete_job_of_odd_skus_deletes_each_one(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    skus = (".", "..", "a/b", "50%")
    for product in seed_products(*skus, "KEEP"):
        sandbox.state.add_product(product)
    table = ProductTable.from_cells(
        [(2 + n, {"sku": sku}) for n, sku in enumerate(skus)], purpose="delete"
    )
    report = DeleteJob(client, table).run()
    assert report.fatal is None
    assert [o.status for o in report.outcomes] == [Status.DELETED] * len(skus)
    assert [p.sku for p in sandbox.state.products()] == ["KEEP"]
