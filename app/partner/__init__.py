"""The Toco partner API client: signing, envelopes, retries and the clock offset."""

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
