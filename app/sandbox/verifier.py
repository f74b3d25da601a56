"""The sandbox's own check of a signed request (API.md §2).

Written independently of the client's signer (``app.partner.signing``) on purpose: if both read
API.md the same way, both reproduce its golden vectors, and a client bug cannot hide behind a
shared helper. The sandbox accepts the default reading only: ``x-signature: sha256=<hex>`` over
the path without ``/api/v1``, query included.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from app.sandbox.envelope import (
    AUTH_FORBIDDEN,
    AUTH_TIMESTAMP,
    SANDBOX_AUTH_BAD_SIGNATURE,
    SANDBOX_AUTH_MISSING_HEADER,
    SANDBOX_AUTH_UNKNOWN_PARTNER,
    ApiFailure,
)
from app.sandbox.state import SandboxState

#: Mounted prefix of every API path; the signed path starts after it.
API_PREFIX = "/api/v1"
#: [seed] the AUTH_003 hint: a timestamp must be within 300 s of the server's clock.
WINDOW_MS = 300_000
STORE_HEADERS = (
    "x-partner-client-id",
    "x-store-client-id",
    "x-store-token",
    "x-timestamp",
    "x-signature",
)


def canonical_request(
    method: str, signed_path: str, headers: Mapping[str, str], body: bytes
) -> str:
    """The string the sender must have signed; ``signed_path`` includes ``?query`` if any."""
    parts = [method.upper(), signed_path]
    for name in ("x-partner-client-id", "x-store-client-id", "x-store-token", "x-timestamp"):
        if name in headers:
            parts.append(name + ":" + headers[name])
    parts.append(hashlib.sha256(body).hexdigest())
    return "\n".join(parts)


def expected_signature(secret: str, canonical: str) -> str:
    mac = hmac.new(secret.encode("utf-8"), canonical.encode("utf-8"), hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def signed_path_of(path: str, query: str) -> str:
    relative = path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else path
    return relative + ("?" + query if query else "")


def verify_store_request(
    state: SandboxState, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
) -> None:
    """Raise ``ApiFailure`` unless the request is signed, fresh and for a known store."""
    missing = [name for name in STORE_HEADERS if not headers.get(name)]
    if missing:
        # [sandbox-only] the documents do not say what a real server answers here.
        raise ApiFailure(
            401,
            SANDBOX_AUTH_MISSING_HEADER,
            "Missing authentication headers",
            hint="Send every x-* header of API.md §2",
            context={"missingHeaders": missing},
        )
    partner_id = headers["x-partner-client-id"]
    secret = state.partners.get(partner_id)
    if secret is None:
        raise ApiFailure(
            401,
            SANDBOX_AUTH_UNKNOWN_PARTNER,
            "Unknown partner",
            hint="Check the partner client id",
            context={"partnerClientId": partner_id},
        )

    now = state.now_ms()
    stamp = headers["x-timestamp"]
    provided = int(stamp) if stamp.isascii() and stamp.isdigit() else None
    if provided is None or abs(now - provided) > WINDOW_MS:
        raise ApiFailure(
            401,
            AUTH_TIMESTAMP,
            "Expired or invalid timestamp",
            hint="Request timestamp must be within 300 seconds",
            context={
                "providedTimestamp": provided if provided is not None else stamp,
                "currentTime": now,
                "ageSeconds": (int((now - provided) / 1000) if provided is not None else None),
            },
        )

    canonical = canonical_request(method, signed_path_of(path, query), headers, body)
    if not _same(headers["x-signature"], expected_signature(secret, canonical)):
        # [sandbox-only] code and message.
        raise ApiFailure(
            401,
            SANDBOX_AUTH_BAD_SIGNATURE,
            "Invalid signature",
            hint="Sign METHOD, path, x-* headers and the body hash with the partner secret",
        )

    store_id = headers["x-store-client-id"]
    token = state.stores.get(store_id)
    if token is None or not _same(token, headers["x-store-token"]):
        raise ApiFailure(
            403,
            AUTH_FORBIDDEN,
            "Access forbidden",
            hint="Store not found, access blocked, or invalid token",
            context={"storeClientId": store_id},
        )
