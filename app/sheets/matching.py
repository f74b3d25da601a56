"""Matching one header text to a field of the registry: exact label, synonym, part, then fuzzy.

Confidence, from sure to guessed: the field's own label (or API key) 1.0; a synonym 0.95; the
same after ignoring case, accents, punctuation, units in brackets and plural/singular 0.85; a
part of a multi-column field (``Foto 2``, ``Panjang``, ``Stok WH-2``) 0.8; a close spelling
(``Kategory ID``) below 0.8, scaled by how close.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.catalog.fields import FIELDS, Field

LABEL, SYNONYM, NORMALISED, PART, FUZZY = 1.0, 0.95, 0.85, 0.8, 0.75
#: Below this similarity (0..1) a spelling is too far from every label to be a guess.
FUZZY_THRESHOLD = 0.82
FUZZY_MIN_CHARS = 4

#: The columns the results workbook adds that are no field (``results_cells`` writes them);
#: never matched to a field. Its product id column is the id field's own, so that one is.
STATUS, CODE, MESSAGE, BATCH_ID, REQUEST_ID = (
    "Upload status",
    "Error code",
    "Error message",
    "Batch ID",
    "Request ID",
)
RESULT_HEADERS = (STATUS, CODE, MESSAGE, BATCH_ID, REQUEST_ID)


@dataclass(frozen=True, slots=True)
class Candidate:
    field: str
    part: str | None
    confidence: float
    how: str  # label, synonym, normalised, part, fuzzy


_BRACKETS = re.compile(r"[\(\[\{][^\)\]\}]*[\)\]\}]")
_PUNCT = re.compile(r"[^\w\-]+")


def simplify(text: str) -> str:
    """Lower case, no accents, no bracketed units, punctuation (but ``-`` ``_``) as spaces."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub(" ", _BRACKETS.sub(" ", text))
    return " ".join(text.split())


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def normalise(text: str) -> str:
    """``simplify`` plus ``-``/``_`` as spaces, singular words, ``foto-foto`` → ``foto``."""
    words: list[str] = []
    for word in simplify(text).replace("-", " ").replace("_", " ").split():
        word = _singular(word)
        if not words or words[-1] != word:
            words.append(word)
    return " ".join(words)


def _exact_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _build() -> tuple[dict[str, Candidate], dict[str, Candidate]]:
    exact: dict[str, Candidate] = {}
    loose: dict[str, Candidate] = {}
    for f in FIELDS:
        own = (f.label_en, f.label_id, f.key)
        for text in f.labels:
            how, conf = ("label", LABEL) if text in own else ("synonym", SYNONYM)
            key = _exact_key(text)
            if key not in exact or exact[key].confidence < conf:
                exact[key] = Candidate(f.key, None, conf, how)
            loose.setdefault(normalise(text), Candidate(f.key, None, NORMALISED, "normalised"))
    return exact, loose


_EXACT, _LOOSE = _build()
_RESULTS = {_exact_key(h) for h in RESULT_HEADERS}
_PART_FIELDS: tuple[Field, ...] = tuple(f for f in FIELDS if f.parts)


def is_result_header(text: str) -> bool:
    return _exact_key(text) in _RESULTS


_MARK_WORDS = r"(?:wajib(?:\s+di\s*isi)?|harus\s+di\s*isi|required|mandatory|opsional|optional)"
_MARKS = (
    re.compile(r"^\s*\*+\s*"),
    re.compile(r"\s*\*+\s*$"),
    re.compile(r"\s*[\(\[]\s*" + _MARK_WORDS + r"\s*[\)\]]\s*", re.IGNORECASE),
    re.compile(r"\s+[-\u2013\u2014:]\s*" + _MARK_WORDS + r"\s*$", re.IGNORECASE),
)
_OPTIONAL = re.compile(r"opsional|optional", re.IGNORECASE)
#: How a two-row header joins its group and sub-header: ``Dimensi › Panjang``.
GROUP_JOIN = " \u203a "


def strip_required_mark(text: str) -> tuple[str, bool]:
    """``Nama Produk*``, ``*Harga``, ``SKU (wajib)``, ``Stok - wajib`` → the header without its
    mark, and whether it was marked required (``(opsional)`` is stripped but is no mark)."""
    marked = False
    changed = True
    while changed:
        changed = False
        for pattern in _MARKS:
            found = pattern.search(text)
            if found is None or found.end() - found.start() == len(text):
                continue
            marked = marked or not _OPTIONAL.search(found.group(0))
            text = (text[: found.start()] + " " + text[found.end() :]).strip()
            changed = True
    return text, marked


@lru_cache(maxsize=4096)
def match_header(text: str, fuzzy: bool = True) -> Candidate | None:
    """The best field for one header text, or None. A required mark is ignored; a two-row
    header (``Dimensi › Panjang``) is matched by its sub-header."""
    if not text.strip() or is_result_header(text):
        return None
    if GROUP_JOIN in text:
        return _match_grouped(text, fuzzy)
    text, _ = strip_required_mark(text)
    found = _EXACT.get(_exact_key(text))
    if found is not None:
        return found
    normal = normalise(text)
    found = _LOOSE.get(normal)
    if found is not None:
        return found
    part = match_part(text)
    if part is not None:
        return part
    if fuzzy and len(normal) >= FUZZY_MIN_CHARS:
        return _fuzzy(normal)
    return None


def _match_grouped(text: str, fuzzy: bool) -> Candidate | None:
    """``Stok › WH-1`` and ``Foto › 2`` are parts read together (``Stok WH-1``); ``Dimensi ›
    Panjang`` and ``Produk › Harga`` are matched by the sub-header alone."""
    group, _, sub = text.rpartition(GROUP_JOIN)
    group = strip_required_mark(group.split(GROUP_JOIN)[-1])[0]
    sub = strip_required_mark(sub)[0]
    together = match_part(f"{group} {sub}")
    if together is not None:
        return together
    return match_header(sub, fuzzy) if sub.strip() else match_header(group, fuzzy)


def match_part(text: str) -> Candidate | None:
    """A header feeding one part of a multi-column field; the part keeps the header's case."""
    for variant in dict.fromkeys((simplify(text), normalise(text))):
        for f in _PART_FIELDS:
            for pattern in f.parts:
                part = pattern.match(variant)
                if part is not None:
                    return Candidate(f.key, _original_case(text, part), PART, "part")
    return None


def _original_case(header: str, part: str) -> str:
    """``Stok WH-2`` → part ``WH-2`` (warehouse ids are the merchant's own, case kept)."""
    at = header.casefold().rfind(part)
    if at >= 0 and len(header) == len(header.casefold()):
        return header[at : at + len(part)]
    return part


def _fuzzy(normal: str) -> Candidate | None:
    best: tuple[float, str] | None = None
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(normal)
    for label, candidate in _LOOSE.items():
        matcher.set_seq1(label)
        if matcher.real_quick_ratio() < FUZZY_THRESHOLD or matcher.quick_ratio() < FUZZY_THRESHOLD:
            continue
        ratio = matcher.ratio()
        if ratio >= FUZZY_THRESHOLD and (best is None or ratio > best[0]):
            best = (ratio, candidate.field)
    if best is None:
        return None
    return Candidate(best[1], None, round(FUZZY * best[0], 2), "fuzzy")
