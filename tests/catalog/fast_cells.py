"""Random sheet rows for the fast-path tests: each field's cells drawn from values a clean
column holds (so whole columns often take a fast path) mixed with values that break it."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from app.catalog import FIELDS
from app.catalog.kinds import Kind
from tests.catalog.store_trees import FASHION_PRIA, KAOS, KAOS_OBLONG, UNIQLO

odd = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=3),
    st.sampled_from([0.0, 1.0, 2.5, -1.0, float("inf"), float("nan"), 250.0, 4.8e15]),
    st.sampled_from(
        [
            "Ya",
            "tidak",
            "Baru",
            " Baru",
            "Rp 85.000",
            "85.000,50",
            "1,2 kg",
            "250 gr",
            "",
            "  ",
            "KAOS 01",
            "A\u00a0B",
            "A\u200bB",
            "2.02511E+21",
            "+62",
            "12-34-56-78",
            "x" * 300,
        ]
    ),
    st.text(max_size=8),
)
plain_text = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9 ./-]{0,10}[A-Za-z0-9]|[A-Za-z]", fullmatch=True)
codes = st.from_regex(r"[A-Z0-9][A-Z0-9_-]{0,8}", fullmatch=True)
references = st.sampled_from(
    [
        "Fashion Pria",
        "fashion pria",
        "Kaos",
        "Kaos Oblong",
        "Topi",
        "Fashion Pria > Kaos > Kaos Oblong",
        "Pulsa / Token",
        "Uniqlo",
        "Nikee",
        "Merek Baru",
        FASHION_PRIA,
        KAOS,
        KAOS_OBLONG,
        UNIQLO,
        f"Kaos ({KAOS})",
    ]
)
numbers = st.one_of(
    st.integers(min_value=-2, max_value=300_000),
    st.sampled_from([17.0, 85000.0, 0.0, "12", "Rp 85.000", "1,5 kg"]),
)
urls = st.sampled_from(
    [None, "", "https://cdn.tokoku.id/a/1.jpg", "foto.jpg", "https://a.id/1.jpg;https://a.id/2.jpg"]
)
warehouses = st.one_of(
    st.dictionaries(
        st.sampled_from(["wh_wh8-HpRcn3ZH", "Gudang Bandung", "Jakarta", "WH-9"]),
        st.one_of(st.none(), numbers),
        max_size=2,
    ),
    st.sampled_from(["Jakarta:5", "wh_wh8-HpRcn3ZH:3; 2026012714314318226016:4", "rusak"]),
)


def _clean(kind: Kind) -> st.SearchStrategy[Any]:
    if kind is Kind.TEXT:
        return plain_text
    if kind in (Kind.CODE, Kind.UUID):
        return codes
    if kind is Kind.REFERENCE:
        return references
    if kind in (Kind.PRICE, Kind.COUNT, Kind.GRAMS, Kind.DAYS):
        return numbers
    if kind is Kind.YES_NO:
        return st.sampled_from(["Ya", "Tidak", True, 0])
    if kind is Kind.CONDITION:
        return st.sampled_from(["Baru", "Bekas", "NEW"])
    return plain_text


_SPECIAL: dict[str, st.SearchStrategy[Any]] = {
    "photos": st.dictionaries(st.sampled_from(["1", "2", "10"]), urls, max_size=3),
    "officialBanners": urls,
    "dimensions": st.fixed_dictionaries(
        {"length": st.one_of(st.none(), numbers), "width": numbers, "height": numbers}
    ),
    "warehouses": warehouses,
    "hashtags": st.sampled_from(["kaos, pria", "#baru; murah", ""]),
}

cell_rows = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            f.key: st.one_of(_SPECIAL.get(f.key, _clean(f.kind)), _clean(f.kind), odd)
            for f in FIELDS
        },
    ),
    min_size=1,
    max_size=5,
)
