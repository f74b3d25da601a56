"""The collector's passes seen while a block runs (tests of work that must not start one)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_passes() -> Iterator[list[int]]:
    """The generation of each pass the collector starts inside the block, after one full
    collection before it (so no garbage of earlier tests is due)."""
    passes: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.collect()
    gc.callbacks.append(seen)
    try:
        yield passes
    finally:
        gc.callbacks.remove(seen)
