"""When and how long to wait before sending again (API.md §5, [ours]).

Retryable: HTTP 429 and 5xx, timeouts and connection errors. Delays grow exponentially from
``base_delay`` up to ``max_delay`` with jitter; a ``Retry-After`` header wins when present. Both
the number of attempts and the total time are bounded.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

#: Transport errors raised before any byte of the request left: always safe to send again.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


#: the jitter's own generator: a retry never moves the interpreter's shared ``random`` state
#: (which a caller's own seeded use of it, or hypothesis in the tests, relies on)
_JITTER = random.Random()


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5  # attempts in all, the first one included
    base_delay: float = 0.5  # seconds before the first retry (before jitter)
    max_delay: float = 30.0  # cap of one computed delay
    max_retry_after: float = 120.0  # never wait longer than this on a Retry-After
    total_time: float = 180.0  # give up when the next wait would end after this many seconds
    jitter: float = 0.5  # fraction of each computed delay that is random
    random: Callable[[], float] = field(default=_JITTER.random, compare=False, repr=False)

    def backoff(self, retry_number: int) -> float:
        """Delay before retry ``retry_number`` (1 for the first retry), jitter included."""
        capped = min(self.max_delay, self.base_delay * (2 ** (retry_number - 1)))
        return capped * (1 - self.jitter) + capped * self.jitter * self.random()

    def delay(self, retry_number: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        return self.backoff(retry_number)

    def allows(self, attempts_made: int, elapsed: float, next_delay: float) -> bool:
        """May another attempt follow ``attempts_made`` attempts, after waiting ``next_delay``?"""
        return attempts_made < self.max_attempts and elapsed + next_delay <= self.total_time


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date; None if unusable."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if seconds == seconds and seconds != float("inf") else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)
