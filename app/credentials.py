"""One store's credentials (API.md §1): the one type the profiles return and the client signs with.

A leaf module: it imports nothing of the app, so ``app.profiles`` (which may import nothing of
the app) and ``app.partner`` (which may import only the catalogue) can both use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: What stands for a secret wherever credentials are printed (the same mask as the logs').
MASK = "***"


@dataclass(frozen=True, slots=True)
class Credentials:
    base_url: str
    partner_client_id: str
    partner_secret: str = field(repr=False)
    store_client_id: str
    store_token: str = field(repr=False)
    source: str = field(default="environment", compare=False)  # or "profile <name>"

    def __repr__(self) -> str:
        return (
            f"Credentials(base_url={self.base_url!r}, "
            f"partner_client_id={self.partner_client_id!r}, partner_secret='{MASK}', "
            f"store_client_id={self.store_client_id!r}, store_token='{MASK}')"
        )

    __str__ = __repr__
