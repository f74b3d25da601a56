"""Request signing (API.md §2).

The string to sign is, joined by single ``\\n`` with no trailing newline::

    METHOD
    PATH[?QUERY]
    x-partner-client-id:<value>
    x-store-client-id:<value>      (store calls only)
    x-store-token:<value>          (store calls only)
    x-timestamp:<value>
    <sha256 hex of the exact body bytes>

and the signature is the lowercase hex HMAC-SHA256 of it under the partner secret, sent as
``x-signature: sha256=<hex>``. The three switches of ``SigningOptions`` are the project's [ours]
answers to what the public documents leave open; they are all off by default.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

#: The base path the production URL carries; PATH is signed without it unless told otherwise.
BASE_PATH = "/api/v1"
SIGNATURE_PREFIX = "sha256="


@dataclass(frozen=True, slots=True)
class SigningOptions:
    bare_hex: bool = False  # send the hex without the "sha256=" prefix
    include_base_path: bool = False  # sign /api/v1/partner/... instead of /partner/...
    exclude_query: bool = False  # leave the query string out of the signed path


DEFAULT_SIGNING = SigningOptions()


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def string_to_sign(
    method: str,
    path: str,
    *,
    partner_client_id: str,
    timestamp: str,
    body: bytes = b"",
    query: str = "",
    store_client_id: str | None = None,
    store_token: str | None = None,
    options: SigningOptions = DEFAULT_SIGNING,
) -> str:
    """``path`` is relative to the base URL (``/partner/...``); ``query`` without the ``?``."""
    signed_path = (BASE_PATH + path) if options.include_base_path else path
    if query and not options.exclude_query:
        signed_path += "?" + query
    lines = [method.upper(), signed_path, f"x-partner-client-id:{partner_client_id}"]
    if store_client_id is not None:
        lines.append(f"x-store-client-id:{store_client_id}")
    if store_token is not None:
        lines.append(f"x-store-token:{store_token}")
    lines.append(f"x-timestamp:{timestamp}")
    lines.append(body_hash(body))
    return "\n".join(lines)


def sign(secret: str, message: str, options: SigningOptions = DEFAULT_SIGNING) -> str:
    """The ``x-signature`` header value for a string to sign."""
    digest = hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest()
    return digest if options.bare_hex else SIGNATURE_PREFIX + digest
