"""The problems of an opening's rows sent to the window once, not once per batch.

The reading child keeps equal issues as one object (``ProductTable.share``), and one pickled
batch carries each of them once; but every batch is its own pickle, so before this the window
got a copy of "category not downloaded: Buku" in every batch of 250 rows — 82,000 issues with
their params dicts at 50,000 rows (24 MB), of a few thousand distinct ones. Now each issue is
sent with the first batch that holds it, and the later batches name it by its number
(``reducer_override``: the pickler asks only about objects that are not plain texts, numbers,
dicts or lists, so the child pays one call per issue, not per cell); the window looks the
number up in the opening's list (``Received``), on the thread unpickling the batch — a list
index per issue, no hashing.

``IssuesSent`` is the child's side (one per build); ``RowBatch`` pickles through it when it
has one, and ``received`` is what its pickle calls in the window.
"""

from __future__ import annotations

import io
import pickle
import threading
import uuid
from collections.abc import Sequence
from typing import Any, Protocol

from app.catalog.issues import Issue

#: the openings whose issues the window holds, newest last (an opening is one build)
_KEEP = 4


class _HasIssues(Protocol):
    local_issues: list[Issue]


class IssuesSent:
    """The child's side: which issues the window already holds, and their numbers."""

    def __init__(self) -> None:
        self.token = uuid.uuid4().hex
        self._numbers: dict[int, int] = {}  # id(issue) → its number
        self._issues: list[Issue] = []  # kept alive: an id is never reused meanwhile

    def take(self, rows: Sequence[_HasIssues]) -> tuple[int, list[Issue]]:
        """Number the issues of ``rows`` not numbered yet; returns how many the window holds
        before this batch and the new ones, which the batch carries in full."""
        held, numbers, issues = len(self._issues), self._numbers, self._issues
        for row in rows:
            for issue in row.local_issues:
                if id(issue) not in numbers:
                    numbers[id(issue)] = len(issues)
                    issues.append(issue)
        return held, issues[held:]

    def pack(self, held: int, new: list[Issue], rows: Any) -> bytes:
        """``new`` pickled in full, then ``rows`` naming every issue the window holds by its
        number (those of ``new`` too: the window adds them before it reads the rows)."""
        out = io.BytesIO()
        pickler = _Pickler(out, pickle.HIGHEST_PROTOCOL, self._numbers, held)
        pickler.dump(new)
        pickler.known = held + len(new)
        pickler.dump(rows)
        return out.getvalue()


class _Pickler(pickle.Pickler):
    def __init__(self, out: io.BytesIO, protocol: int, numbers: dict[int, int], known: int):
        super().__init__(out, protocol)
        self.numbers, self.known = numbers, known

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is Issue:
            number = self.numbers.get(id(obj))
            if number is not None and number < self.known:
                return _held, (number,)
        return NotImplemented


class Received:
    """The window's side of one opening: the issues received so far, by number."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []


_received: dict[str, Received] = {}
_lock = threading.Lock()
_reading = threading.local()  # the opening whose batch this thread is unpickling


def received(token: str, held: int, data: bytes) -> Any:
    """In the window: the rows of one batch, their issues looked up in the opening's list."""
    with _lock:
        opening = _received.pop(token, None) or Received()
        _received[token] = opening  # newest last
        while len(_received) > _KEEP:
            del _received[next(iter(_received))]
    if len(opening.issues) != held:  # a batch lost or read twice: the numbers would be wrong
        raise pickle.UnpicklingError(f"batch expects {held} issues, {len(opening.issues)} held")
    unpickler = pickle.Unpickler(io.BytesIO(data))
    before = getattr(_reading, "opening", None)
    _reading.opening = opening
    try:
        opening.issues.extend(unpickler.load())
        return unpickler.load()
    finally:
        _reading.opening = before


def _held(number: int) -> Issue:
    opening: Received = _reading.opening
    return opening.issues[number]
