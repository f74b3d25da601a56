"""One store's credentials (API.md §1) and the rules for the URL they may be sent to."""

from __future__ import annotations

import ipaddress
import ssl

import httpx

from app.credentials import Credentials
from app.partner.errors import ConfigurationError

PRODUCTION_BASE_URL = "https://partners-api.tocobagus.net/api/v1"

__all__ = ["PRODUCTION_BASE_URL", "Credentials", "check_tls_verification", "checked_base_url"]


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8 and ::1, by address only: a name (even ``localhost``) is never trusted to
    resolve to this computer."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_base_url(base_url: str) -> httpx.URL:
    """The base URL, or ConfigurationError: https anywhere, plain http only to loopback."""
    try:
        url = httpx.URL(base_url.rstrip("/"))
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"not a URL: {base_url!r}", code="BAD_URL") from exc
    if url.scheme == "https" and url.host:
        return url
    if url.scheme == "http" and is_loopback_host(url.host):
        return url
    if url.scheme == "http" and url.host.lower() == "localhost":
        raise ConfigurationError(
            "plain http:// to this computer must name its address: write 127.0.0.1 (or [::1]) "
            "instead of localhost",
            code="INSECURE_URL",
        )
    if url.scheme == "http":
        raise ConfigurationError(
            "plain http:// is only allowed to this computer by its address (127.0.0.1, ::1); "
            "use https://",
            code="INSECURE_URL",
        )
    raise ConfigurationError(f"the base URL must start with https://: {base_url!r}", code="BAD_URL")


def check_tls_verification(http: httpx.Client) -> None:
    """Refuse an injected client whose transport does not verify certificates (best effort:
    only httpx's own HTTPTransport exposes its SSL context)."""
    transport = getattr(http, "_transport", None)
    context = getattr(getattr(transport, "_pool", None), "_ssl_context", None)
    if isinstance(context, ssl.SSLContext) and (
        context.verify_mode == ssl.CERT_NONE or not context.check_hostname
    ):
        raise ConfigurationError("TLS certificate verification must stay on", code="TLS_VERIFY_OFF")
