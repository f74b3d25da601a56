"""The README and docs/ link only to files a clone has (no ``../shared/...``, no stale paths)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: ``[text](target)`` and ``![alt](target)``; the target up to a space, ``#`` or ``)``.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s#]+)")


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_is_a_file_of_the_repository(doc: Path) -> None:
    broken = []
    for target in LINK.findall(doc.read_text(encoding="utf-8")):
        if re.match(r"^[a-z]+:", target):  # https:, mailto:
            continue
        resolved = (doc.parent / target).resolve()
        if not resolved.is_relative_to(ROOT) or not resolved.exists():
            broken.append(target)
    assert not broken, f"{doc.name} links outside the repository or to nothing: {broken}"


def test_no_document_points_outside_the_repository() -> None:
    outside = [
        f"{doc.relative_to(ROOT)}: {line.strip()}"
        for doc in DOCS
        for line in doc.read_text(encoding="utf-8").splitlines()
        if "../shared" in line
    ]
    assert not outside, outside
