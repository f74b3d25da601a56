"""Cell parsing: from the typed values a spreadsheet gives to the values the API wants.

Every parser takes one cell value (str, int, float, bool, date/datetime/time, None, CellError,
or for multi-column fields a dict of parts) and returns ``Parsed``: a value, or a Problem. A parser
never raises and never guesses: anything it cannot read exactly becomes a Problem on that cell.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from app.catalog.choices import CONDITION, YES_NO, reading

#: Largest integer a spreadsheet number holds exactly (Excel keeps 15 significant digits).
EXACT_FLOAT_DIGITS = 15
#: A cell longer than this is refused rather than carried through the app.
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
#: A number written with more digits than this is no price, stock or weight (and Python refuses
#: to turn text of more than 4,300 digits into an int at all).
MAX_NUMBER_DIGITS = 30


@dataclass(frozen=True, slots=True)
class CellError:
    """An Excel error value (``#N/A``, ``#VALUE!`` ...) read from a cell."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class UncachedFormula(CellError):
    """A formula cell whose result the file does not hold (``code`` is the formula, ``=D2+E2``,
    or ``''`` when the file names none): never read as 0 or as an empty cell."""

    def __str__(self) -> str:
        return self.code


EXCEL_ERRORS = frozenset(
    {
        "#N/A",
        "#VALUE!",
        "#REF!",
        "#DIV/0!",
        "#NUM!",
        "#NAME?",
        "#NULL!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
    }
)


class Problem(NamedTuple):
    key: str
    params: dict[str, Any]


class Parsed(NamedTuple):
    value: Any = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


EMPTY = Parsed(None)
Parser = Callable[[Any], Parsed]


def _fail(key: str, **params: Any) -> Parsed:
    return Parsed(None, Problem(key, params))


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if type(value) is str:
        return not value or ((value[0].isspace() or value[-1].isspace()) and not value.strip())
    if isinstance(value, int | float):
        return False
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping):
        return all(is_blank(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(is_blank(v) for v in value)
    return False


def _show(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


_DATES = (dt.datetime, dt.date, dt.time, dt.timedelta)


def _common(value: Any, kind: str) -> Parsed | None:
    """Checks shared by every parser; returns a result when the value is settled already."""
    if (
        type(value) is str
        and 0 < len(value) <= MAX_CELL_CHARS
        and not value[0].isspace()
        and not value[-1].isspace()
    ):
        return None  # the common case: plain text
    if is_blank(value):
        return EMPTY
    if isinstance(value, UncachedFormula):
        if value.code:
            return _fail("formula_not_cached", formula=value.code)
        return _fail("formula_not_cached_unnamed")
    if isinstance(value, CellError):
        return _fail("excel_error", value=value.code)
    if isinstance(value, _DATES):
        return _fail("date_not_allowed", value=_show(value), kind=kind)
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return _fail("too_long", length=len(value), limit=MAX_CELL_CHARS)
    if isinstance(value, float) and not math.isfinite(value):
        return _fail("not_a_number", value=_show(value))
    return None


# ---------------------------------------------------------------- text and codes

_SPACES = re.compile(r"[\s\u00a0\u200b]+")


def parse_text(value: Any) -> Parsed:
    early = _common(value, "text")
    if early is not None:
        return early
    if isinstance(value, bool):
        return _fail("bool_not_allowed", kind="text")
    if isinstance(value, float) and value.is_integer():
        return Parsed(str(int(value)))
    if isinstance(value, int | float):
        return Parsed(str(value))
    return Parsed(str(value).strip())


_MANGLED = re.compile(r"\d+(\.\d+)?[eE]\+\d+")


def parse_code(value: Any) -> Parsed:
    """SKUs, external ids, product and warehouse ids: always text, digits kept exactly."""
    early = _common(value, "code")
    if early is not None:
        return early
    if isinstance(value, bool):
        return _fail("bool_not_allowed", kind="code")
    if isinstance(value, int):
        return Parsed(str(value))
    if isinstance(value, float):
        if not value.is_integer():
            return _fail("not_whole_id", value=_show(value))
        if abs(value) >= 10**EXACT_FLOAT_DIGITS:
            return _fail("number_lost_digits", value=f"{value:.0f}")
        return Parsed(str(int(value)))
    text = _SPACES.sub(" ", str(value)).strip()
    if _MANGLED.fullmatch(text):  # "2.02511E+21": already mangled by Excel
        return _fail("number_lost_digits", value=text)
    return Parsed(text)


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def parse_uuid(value: Any) -> Parsed:
    got = parse_code(value)
    if not got.ok or got.value is None:
        return got
    if not _UUID.match(got.value):
        return _fail("not_a_uuid", value=_show(got.value))
    return Parsed(got.value.lower())


# ---------------------------------------------------------------- numbers

_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*|\s*(?:rp\.?|idr|,-|\.-)$", re.IGNORECASE)


def _digits_to_int(text: str) -> tuple[int | None, bool]:
    """Reads an Indonesian or English formatted number. Returns (value, has_fraction).

    ``200.000`` and ``200,000`` are two hundred thousand (a group of three digits after a
    separator is a thousands group); ``200.000,00``, ``200,000.00`` and ``200000.0`` carry a
    decimal part of one or two digits, which must be zero for a whole number.
    """
    text = text.replace(" ", "").replace("\u00a0", "").replace("'", "")
    negative = text.startswith("-")
    if negative or text.startswith("+"):
        text = text[1:]
    if not text or not re.fullmatch(r"[\d.,]+", text) or not text[0].isdigit():
        return None, False
    fraction = ""
    last = max(text.rfind("."), text.rfind(","))
    if last != -1:
        tail = text[last + 1 :]
        if len(tail) != 3 or (text.count(text[last]) == 1 and _is_decimal_only(text, last)):
            fraction = tail
            text = text[:last]
    if fraction and not fraction.isdigit():
        return None, False
    groups = re.split(r"[.,]", text)
    if any(not g for g in groups):
        return None, False
    if len(groups) > 1:
        seps = set(re.findall(r"[.,]", text))
        if len(seps) > 1 or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            return None, False
    number = int("".join(groups))
    has_fraction = bool(fraction) and int(fraction) != 0
    return (-number if negative else number), has_fraction


def _is_decimal_only(text: str, last: int) -> bool:
    """``1234.567`` (one separator, more than 3 digits before it) is a decimal, not grouping."""
    return len(text[:last]) > 3 and text[:last].isdigit()


def parse_int(
    value: Any,
    *,
    units: Mapping[str, int] | None = None,
    kind: str = "number",
    fail_key: str = "not_a_number",
) -> Parsed:
    early = _common(value, kind)
    if early is not None:
        return early
    if isinstance(value, bool):
        return _fail("bool_not_allowed", kind=kind)
    if isinstance(value, int):
        return Parsed(value)
    if isinstance(value, float):
        if not value.is_integer():
            key = "fraction_of_rupiah" if kind == "price" else fail_key
            return _fail(key, value=_show(value))
        return Parsed(int(value))
    text = _SPACES.sub(" ", str(value)).strip()
    if sum(c.isdigit() for c in text) > MAX_NUMBER_DIGITS:
        return _fail(fail_key, value=_show(value))
    if text.isdigit() and text.isascii():
        return Parsed(int(text))
    factor = 1
    if units:
        match = re.fullmatch(r"(.*?)\s*([a-zA-Z]+)\.?", text)
        if match and match.group(2).lower() in units:
            text, factor = match.group(1), units[match.group(2).lower()]
    if factor != 1:  # "1,5 kg": a decimal comma or point is a real fraction here
        scaled = _scaled(text, factor)
        if scaled is None:
            return _fail(fail_key, value=_show(value))
        return Parsed(scaled)
    number, has_fraction = _digits_to_int(text)
    if number is None:
        return _fail(fail_key, value=_show(value))
    if has_fraction:
        key = "fraction_of_rupiah" if kind == "price" else fail_key
        return _fail(key, value=_show(value))
    return Parsed(number)


def _scaled(text: str, factor: int) -> int | None:
    match = re.fullmatch(r"(\d+)(?:[.,](\d+))?", text.replace(" ", ""))
    if not match:
        return None
    whole, frac = match.group(1), match.group(2) or ""
    total = int(whole) * factor + (int(frac) * factor // 10 ** len(frac) if frac else 0)
    if frac and (int(frac) * factor) % 10 ** len(frac):
        return None  # would need a fraction of the base unit
    return total


#: The usual Indonesian forms (``Rp 200.000``, ``200.000``, ``Rp200.000,00``), read in one step.
_PLAIN_RUPIAH = re.compile(r"(?:[Rr][Pp]\.?\s?)?([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,15})(?:,00?)?")


def parse_rupiah(value: Any) -> Parsed:
    if type(value) is str:
        plain = _PLAIN_RUPIAH.fullmatch(value)
        if plain is not None:
            return Parsed(int(plain.group(1).replace(".", "")))
    if isinstance(value, str):
        text = _SPACES.sub(" ", value).strip()
        stripped = _CURRENCY.sub("", text)
        stripped = _CURRENCY.sub("", stripped).strip()
        if stripped != text:
            if not stripped:
                return _fail("not_a_price", value=_show(value))
            value = stripped
    return parse_int(value, kind="price", fail_key="not_a_price")


WEIGHT_UNITS = {
    "g": 1,
    "gr": 1,
    "gram": 1,
    "grams": 1,
    "gm": 1,
    "kg": 1000,
    "kilo": 1000,
    "kilogram": 1000,
}
LENGTH_UNITS = {"cm": 1, "centimeter": 1, "sentimeter": 1}
DAY_UNITS = {"hari": 1, "day": 1, "days": 1, "d": 1}


def parse_count(value: Any) -> Parsed:
    return parse_int(value)


def parse_grams(value: Any) -> Parsed:
    return parse_int(value, units=WEIGHT_UNITS)


def parse_cm(value: Any) -> Parsed:
    return parse_int(value, units=LENGTH_UNITS)


def parse_days(value: Any) -> Parsed:
    return parse_int(value, units=DAY_UNITS)


# ---------------------------------------------------------------- yes/no and condition

_YES_NO = reading(YES_NO)


def parse_bool(value: Any) -> Parsed:
    early = _common(value, "yes_no")
    if early is not None:
        return early
    if isinstance(value, bool):
        return Parsed(value)
    if isinstance(value, int | float):
        if value in (0, 1):
            return Parsed(bool(value))
        return _fail("not_a_yes_no", value=_show(value))
    found = _YES_NO.get(str(value).strip().lower())
    if found is None:
        return _fail("not_a_yes_no", value=_show(value))
    return Parsed(found)


#: Word (lower case) → NEW or USED; the words are ``choices.CONDITION``'s.
CONDITIONS = reading(CONDITION)


def parse_condition(value: Any) -> Parsed:
    early = _common(value, "condition")
    if early is not None:
        return early
    if not isinstance(value, str):
        return _fail("not_a_condition", value=_show(value))
    found = CONDITIONS.get(value.strip().lower())
    if found is None:
        return _fail("not_a_condition", value=_show(value))
    return Parsed(found)


# ---------------------------------------------------------------- lists

LIST_SPLIT = re.compile(r"\s*[,;\n\r]+\s*")
URL_SPLIT = re.compile(r"\s*(?:[;\n\r]+|,\s*(?=https?://)|\s+(?=https?://))\s*", re.IGNORECASE)
_URL = re.compile(
    r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$|^https?://localhost(?::\d+)?"
    r"(?:[/?#]\S*)?$",
    re.IGNORECASE,
)


def part_order(key: object) -> tuple[int, str]:
    """Numbered parts (``Foto 1``, ``Foto 2`` …) in number order, named parts after them."""
    text = str(key)
    return (int(text), "") if text.isdigit() else (10**9, text)


def ordered_parts(value: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return [(k, value[k]) for k in sorted(value, key=part_order)]


def _items(value: Any, splitter: re.Pattern[str], kind: str) -> tuple[list[str], Problem | None]:
    if isinstance(value, Mapping):
        cells = [v for _, v in ordered_parts(value)]
    else:
        cells = list(value) if isinstance(value, list | tuple) else [value]
    items: list[str] = []
    for cell in cells:
        early = _common(cell, kind)
        if early is not None:
            if early.problem:
                return [], early.problem
            continue
        text = parse_text(cell)
        if text.problem:
            return [], text.problem
        items.extend(p for p in splitter.split(str(text.value)) if p)
    return items, None


def parse_tags(value: Any) -> Parsed:
    items, problem = _items(value, LIST_SPLIT, "list")
    if problem:
        return Parsed(None, problem)
    tags = [t.lstrip("#").strip() for t in items]
    tags = [t for t in tags if t]
    return Parsed(tags or None)


#: One web address alone in a cell, as a photo column holds it: no space, no ``;``, no second
#: scheme, a dot in the host (a subset of ``_URL``, so a cell it matches needs no splitting).
_ONE_URL = re.compile(r"https?://[^\s/?#;]+\.[^\s/?#;]+(?:[/?#][^\s;]*)?", re.IGNORECASE)
#: The part names of a numbered field in ``part_order``, by the parts a row has.
_PART_ORDER: dict[tuple[str, ...], tuple[str, ...]] = {}


def _sorted_parts(value: Mapping[str, Any]) -> tuple[str, ...]:
    keys = tuple(value)
    order = _PART_ORDER.get(keys)
    if order is None:
        order = tuple(sorted(keys, key=part_order))
        if len(_PART_ORDER) < 1024:
            _PART_ORDER[keys] = order
    return order


def _one_url_each(value: Any) -> list[str] | None:
    """The addresses of a dict of photo parts when each part is empty or one plain address
    (the common case, read without splitting); None when any part needs the full reading."""
    if type(value) is not dict:
        return None
    items: list[str] = []
    for key in _sorted_parts(value):
        cell = value[key]
        if cell is None or cell == "":
            continue
        if (
            type(cell) is not str
            or len(cell) > MAX_CELL_CHARS
            or not _ONE_URL.fullmatch(cell)
            or "://" in cell[8:]
        ):
            return None
        items.append(cell)
    return items


def parse_urls(value: Any) -> Parsed:
    fast = _one_url_each(value)
    if fast is not None:
        return Parsed(fast or None)
    items, problem = _items(value, URL_SPLIT, "links")
    if problem:
        return Parsed(None, problem)
    for url in items:
        if not _URL.match(url):
            return _fail("not_a_url", value=_show(url))
    return Parsed(items or None)


# ---------------------------------------------------------------- warehouses and dimensions

_WAREHOUSE_ENTRY = re.compile(r"^(?P<id>[^:=]+?)\s*[:=]\s*(?P<stock>.+)$")


def parse_warehouses(value: Any) -> Parsed:
    """``WH-1:23; WH-2:5`` in one cell, or {clientId: stock} from one column per warehouse."""
    entries: list[tuple[str, Any]] = []
    if isinstance(value, Mapping):
        for client_id, stock in value.items():
            if not is_blank(stock):
                entries.append((str(client_id), stock))
        if not entries:
            return EMPTY
    else:
        early = _common(value, "warehouses")
        if early is not None:
            return early
        if not isinstance(value, str):
            return _fail("bad_warehouse", value=_show(value))
        for part in re.split(r"\s*[;\n\r]+\s*", value.strip()):
            if not part:
                continue
            match = _WAREHOUSE_ENTRY.match(part)
            if not match:
                return _fail("bad_warehouse", value=_show(part))
            entries.append((match.group("id").strip(), match.group("stock").strip()))
    result: list[dict[str, Any]] = []
    seen: set[str] = set()
    for client_id, raw in entries:
        stock = parse_count(raw)
        if stock.problem:
            return Parsed(None, stock.problem)
        if client_id in seen:
            return _fail("duplicate_warehouse", value=client_id)
        if stock.value is not None and stock.value < 0:
            return _fail("must_not_be_negative")
        seen.add(client_id)
        result.append({"clientId": client_id, "stock": stock.value})
    if not result:
        return _fail("empty_warehouses")
    return Parsed(result)


DIMENSION_PARTS = ("length", "width", "height")
#: ``12x12x10`` (cm): the three parts of a dimensions cell.
DIMENSIONS_PATTERN = re.compile(r"^\s*(\S+?)\s*[x×X*]\s*(\S+?)\s*[x×X*]\s*(\S+?)\s*(?:cm)?\s*$")


def _whole_number(value: Any) -> int | None:
    """A number cell that ``parse_int`` reads as it is (``17`` or ``17.0``), else None."""
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    return None


def parse_dimensions(value: Any) -> Parsed:
    """``12x12x10`` (cm) in one cell, or {length, width, height} from three columns."""
    if type(value) is dict:
        whole = [_whole_number(value.get(part)) for part in DIMENSION_PARTS]
        if None not in whole:  # three whole numbers, as the three columns usually hold
            return Parsed(dict(zip(DIMENSION_PARTS, whole, strict=True)))
    if isinstance(value, Mapping):
        raw = [value.get(part) for part in DIMENSION_PARTS]
        if all(is_blank(v) for v in raw):
            return EMPTY
        if any(is_blank(v) for v in raw):
            return _fail("dimensions_incomplete")
    else:
        early = _common(value, "dimensions")
        if early is not None:
            return early
        match = DIMENSIONS_PATTERN.match(str(value))
        if not match:
            return _fail("bad_dimensions", value=_show(value))
        raw = list(match.groups())
    numbers: dict[str, int] = {}
    for part, cell in zip(DIMENSION_PARTS, raw, strict=True):
        got = parse_cm(cell)
        if got.problem:
            return Parsed(None, got.problem)
        numbers[part] = got.value
    return Parsed(numbers)
