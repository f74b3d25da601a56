"""Cell parsing: what merchants type, and what the API gets."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.catalog.parsing import (
    CellError,
    parse_bool,
    parse_code,
    parse_condition,
    parse_dimensions,
    parse_grams,
    parse_rupiah,
    parse_tags,
    parse_text,
    parse_urls,
    parse_uuid,
    parse_warehouses,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (200000, 200000),
        ("200000", 200000),
        ("200.000", 200000),
        ("Rp 200.000", 200000),
        ("Rp200.000,00", 200000),
        ("200,000", 200000),
        (200000.0, 200000),
        ("Rp 1.250.000", 1250000),
        ("IDR 1,250,000.00", 1250000),
        ("1.250.000,-", 1250000),
        ("rp. 15.000", 15000),
        ("  Rp\u00a0200.000 ", 200000),
        ("-5.000", -5000),  # parsed; the row rule then says it must be above 0
    ],
)
def test_rupiah_forms(cell: Any, expected: int) -> None:
    got = parse_rupiah(cell)
    assert got.problem is None
    assert got.value == expected
    assert type(got.value) is int


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        ("200.5", "fraction_of_rupiah"),
        (199999.5, "fraction_of_rupiah"),
        ("Rp 200.000,50", "fraction_of_rupiah"),
        ("1,5", "fraction_of_rupiah"),
        ("Rp", "not_a_price"),
        ("dua ratus ribu", "not_a_price"),
        ("20.00.000", "not_a_price"),
        ("1.234,567.00", "not_a_price"),
        (True, "bool_not_allowed"),
        (dt.date(2026, 1, 2), "date_not_allowed"),
        (CellError("#N/A"), "excel_error"),
        (float("nan"), "not_a_number"),
    ],
)
def test_rupiah_refusals(cell: Any, key: str) -> None:
    got = parse_rupiah(cell)
    assert got.value is None
    assert got.problem is not None and got.problem.key == key


@pytest.mark.parametrize("cell", [None, "", "   ", "\n"])
def test_blank_is_absent_not_a_problem(cell: Any) -> None:
    for parser in (parse_rupiah, parse_bool, parse_code, parse_text, parse_urls):
        got = parser(cell)
        assert got.value is None and got.problem is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (True, True),
        (False, False),
        ("TRUE", True),
        ("false", False),
        ("Ya", True),
        ("tidak", False),
        ("Y", True),
        ("N", False),
        (1, True),
        (0, False),
        (1.0, True),
        ("1", True),
        ("0", False),
        ("✓", True),
        ("yes", True),
        ("No", False),
    ],
)
def test_yes_no(cell: Any, expected: bool) -> None:
    assert parse_bool(cell).value is expected


@pytest.mark.parametrize("cell", ["mungkin", 2, "x", dt.datetime(2026, 1, 1)])
def test_yes_no_refusals(cell: Any) -> None:
    assert parse_bool(cell).problem is not None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("NEW", "NEW"), ("used", "USED"), ("Baru", "NEW"), ("BEKAS", "USED"), (" baru ", "NEW")],
)
def test_condition(cell: str, expected: str) -> None:
    assert parse_condition(cell).value == expected


def test_condition_refusal_names_the_value() -> None:
    got = parse_condition("Refurb")
    assert got.problem is not None and got.problem.params["value"] == "Refurb"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(480166.0, "480166"), (480166, "480166"), ("00123", "00123"), (" SKU-9 ", "SKU-9")],
)
def test_codes_stay_text(cell: Any, expected: str) -> None:
    assert parse_code(cell).value == expected


def test_code_that_excel_rounded_is_refused() -> None:
    # 2025112012475048491498 typed into a number cell: Excel keeps 15 digits.
    got = parse_code(2.025112012475048e21)
    assert got.problem is not None and got.problem.key == "number_lost_digits"
    assert parse_code("2.02511E+21").problem is not None
    assert parse_code(12.5).problem is not None


def test_uuid() -> None:
    good = "2FDE2994-28A8-4D09-A128-6D744B9E1323"
    assert parse_uuid(good).value == good.lower()
    assert parse_uuid("2fde2994").problem is not None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("uniqlo, tshirt", ["uniqlo", "tshirt"]),
        ("a;b\nc", ["a", "b", "c"]),
        ("#promo, #baru", ["promo", "baru"]),
        ({"1": "a", "2": None, "3": "b"}, ["a", "b"]),
        ({"10": "z", "2": "y"}, ["y", "z"]),
    ],
)
def test_tags(cell: Any, expected: list[str]) -> None:
    assert parse_tags(cell).value == expected


def test_urls_from_one_cell_and_from_numbered_columns() -> None:
    one = parse_urls("https://a.id/1.jpg?w=1,2\nhttps://a.id/2.jpg; http://b.id/3.png")
    assert one.value == ["https://a.id/1.jpg?w=1,2", "https://a.id/2.jpg", "http://b.id/3.png"]
    cols = parse_urls({"2": "https://a.id/2.jpg", "1": "https://a.id/1.jpg"})
    assert cols.value == ["https://a.id/1.jpg", "https://a.id/2.jpg"]


@pytest.mark.parametrize("cell", ["foto1.jpg", "ftp://a.id/x.jpg", "https://", "www.a.id/x.jpg"])
def test_urls_refused(cell: str) -> None:
    got = parse_urls(cell)
    assert got.problem is not None and got.problem.key == "not_a_url"


def test_warehouses_from_one_cell() -> None:
    got = parse_warehouses("2026012714314318226016:23; WH-2:5")
    assert got.value == [
        {"clientId": "2026012714314318226016", "stock": 23},
        {"clientId": "WH-2", "stock": 5},
    ]


def test_warehouses_from_columns_skip_empty() -> None:
    got = parse_warehouses({"WH-1": 4.0, "WH-2": None, "WH-3": "1.000"})
    assert got.value == [{"clientId": "WH-1", "stock": 4}, {"clientId": "WH-3", "stock": 1000}]


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        ("WH-1", "bad_warehouse"),
        ("WH-1:2; WH-1:3", "duplicate_warehouse"),
        ("WH-1:lima", "not_a_number"),
        ("WH-1:-2", "must_not_be_negative"),
        (12, "bad_warehouse"),
    ],
)
def test_warehouses_refused(cell: Any, key: str) -> None:
    got = parse_warehouses(cell)
    assert got.problem is not None and got.problem.key == key


@pytest.mark.parametrize(
    "cell",
    [
        "12x12x10",
        "12 x 12 x 10 cm",
        "12×12×10",
        "12*12*10",
        {"length": 12, "width": 12.0, "height": "10"},
    ],
)
def test_dimensions(cell: Any) -> None:
    assert parse_dimensions(cell).value == {"length": 12, "width": 12, "height": 10}


def test_dimensions_all_or_none() -> None:
    assert parse_dimensions({"length": 1, "width": None, "height": None}).problem == (
        parse_dimensions({"length": None, "width": 2, "height": None}).problem
    )
    assert parse_dimensions({"length": None, "width": None, "height": None}).value is None
    assert parse_dimensions("12x12").problem is not None


@pytest.mark.parametrize(
    ("cell", "grams"),
    [("250 gr", 250), ("1,5 kg", 1500), ("0.25kg", 250), (250.0, 250), ("1.000 gram", 1000)],
)
def test_weight_units(cell: Any, grams: int) -> None:
    assert parse_grams(cell).value == grams


def test_text_keeps_content_and_refuses_dates() -> None:
    assert parse_text("  Kaos Polos \n").value == "Kaos Polos"
    assert parse_text(12.0).value == "12"
    got = parse_text(dt.datetime(2026, 3, 1))
    assert got.problem is not None and got.problem.key == "date_not_allowed"


def test_megabyte_cell_is_refused_not_carried() -> None:
    got = parse_text("x" * 2_000_000)
    assert got.problem is not None and got.problem.key == "too_long"


@pytest.mark.parametrize(
    "cell",
    [
        "1" * 5000,
        "1." + "0" * 5000,
        "Rp " + "9" * 5000,
        "1" * 5000 + " kg",
        "1," + "5" * 5000 + " kg",
    ],
)
def test_a_number_of_thousands_of_digits_is_a_problem_not_a_crash(cell: str) -> None:
    """Python refuses to convert text of more than 4,300 digits to int (ValueError)."""
    for parse in (parse_rupiah, parse_grams):
        got = parse(cell)
        assert got.problem is not None and got.value is None
    assert parse_warehouses(f"WH-1:{cell}").problem is not None
    assert parse_dimensions(f"{cell}x1x1").problem is not None
