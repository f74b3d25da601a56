"""The Toco partner API client: signing, envelopes, retries and the clock offset.

The names below are imported when first asked for (PEP 562): ``from app.partner import
PartnerError`` loads the errors only, not httpx and pydantic (the window shows without them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_package import lazy_names

if TYPE_CHECKING:
    from app.partner.catalogue import ListingCancelled, ProductPage
    from app.partner.client import PartnerClient
    from app.partner.credentials import PRODUCTION_BASE_URL, Credentials
    from app.partner.errors import (
        AMBIGUOUS_MESSAGE,
        AuthError,
        ConfigurationError,
        NotFoundError,
        PartnerError,
        RateLimitedError,
        RequestValidationError,
        RetryableError,
        ServerError,
        StoreAccessError,
        TransportError,
    )
    from app.partner.results import (
        AcceptedRow,
        CreateResult,
        CreateSummary,
        DeleteResult,
        DeleteSummary,
        ProductInfo,
        RowError,
        SuccessItem,
    )
    from app.partner.retry import RetryPolicy
    from app.partner.signing import DEFAULT_SIGNING, SigningOptions

_HOMES = {
    "ListingCancelled": "app.partner.catalogue",
    "ProductPage": "app.partner.catalogue",
    "PartnerClient": "app.partner.client",
    "PRODUCTION_BASE_URL": "app.partner.credentials",
    "Credentials": "app.partner.credentials",
    "AMBIGUOUS_MESSAGE": "app.partner.errors",
    "AuthError": "app.partner.errors",
    "ConfigurationError": "app.partner.errors",
    "NotFoundError": "app.partner.errors",
    "PartnerError": "app.partner.errors",
    "RateLimitedError": "app.partner.errors",
    "RequestValidationError": "app.partner.errors",
    "RetryableError": "app.partner.errors",
    "ServerError": "app.partner.errors",
    "StoreAccessError": "app.partner.errors",
    "TransportError": "app.partner.errors",
    "AcceptedRow": "app.partner.results",
    "CreateResult": "app.partner.results",
    "CreateSummary": "app.partner.results",
    "DeleteResult": "app.partner.results",
    "DeleteSummary": "app.partner.results",
    "ProductInfo": "app.partner.results",
    "RowError": "app.partner.results",
    "SuccessItem": "app.partner.results",
    "RetryPolicy": "app.partner.retry",
    "DEFAULT_SIGNING": "app.partner.signing",
    "SigningOptions": "app.partner.signing",
}

__all__ = [
    "AMBIGUOUS_MESSAGE",
    "DEFAULT_SIGNING",
    "PRODUCTION_BASE_URL",
    "AcceptedRow",
    "AuthError",
    "ConfigurationError",
    "CreateResult",
    "CreateSummary",
    "Credentials",
    "DeleteResult",
    "DeleteSummary",
    "ListingCancelled",
    "NotFoundError",
    "PartnerClient",
    "PartnerError",
    "ProductInfo",
    "ProductPage",
    "RateLimitedError",
    "RequestValidationError",
    "RetryPolicy",
    "RetryableError",
    "RowError",
    "ServerError",
    "SigningOptions",
    "StoreAccessError",
    "SuccessItem",
    "TransportError",
]


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
