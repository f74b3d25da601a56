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
    st.sampled_from([0.0, -0.0, 1.0, 2.5, -1.0, float("inf"), float("nan"), 250.0, 4.8e15]),
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


# ---------------------------------------------------------------- sheets that take the fast paths

_LINK = st.builds("https://cdn.tokoku.id/{}/{}.jpg".format, st.integers(0, 99), st.integers(1, 3))
#: A photo part that breaks the column-wide reading (read by the parser on its own).
odd_link = st.sampled_from(
    [
        "foto-produk.jpg",
        "https://a.id/1.jpg https://a.id/2.jpg",
        "https://a.id/1.jpg;https://a.id/2.jpg",
        "https://a.id/x?u=https://b.id/2.jpg",
        "https://a.id/1.jpg,https://a.id/2.jpg",
        "https://a.id/1.jpg\nhttps://a.id/2.jpg",
        "HTTPS://CDN.TOKO.ID/1.JPG",
        "http://localhost:8080/1.jpg",
        " https://a.id/1.jpg",
        "https://a.id/1.jpg\r",
        "https://a.id/1.jpg\u2028",
        "ftp://a.id/1.jpg",
        "https://nodot/1.jpg",
    ]
)
photo_cells = st.dictionaries(
    st.sampled_from(["1", "2", "3", "10"]),
    st.one_of(_LINK, _LINK, _LINK, st.none(), st.just(""), odd_link, st.just(7)),
    max_size=3,
)
_WHOLE = st.one_of(st.integers(1, 60), st.integers(1, 60).map(float))
dimension_cells = st.one_of(
    st.fixed_dictionaries({"length": _WHOLE, "width": _WHOLE, "height": _WHOLE}),
    st.fixed_dictionaries(
        {
            "length": st.one_of(
                _WHOLE,
                st.sampled_from(
                    [None, 0, -3, 17.5, "17", True, float("nan"), float("inf"), 4.8e15, ""]
                ),
            ),
            "width": _WHOLE,
            "height": st.one_of(_WHOLE, st.just(0.0)),
        }
    ),
    st.sampled_from(["30x20x5", "30 x 20", {"length": 3}]),
)
warehouse_cells = st.one_of(
    st.fixed_dictionaries(
        {
            "Jakarta": st.one_of(st.none(), st.just(""), st.integers(0, 50).map(float)),
            "Gudang Bandung": st.one_of(st.none(), st.just(""), st.integers(0, 50)),
        }
    ),
    st.dictionaries(
        st.sampled_from(["wh_wh8-HpRcn3ZH", "Surabaya", "WH-9", "2026012714314318226016"]),
        st.one_of(st.none(), st.integers(-1, 9), st.sampled_from(["3", " ", "x", 2.5, True])),
        max_size=2,
    ),
    st.sampled_from(["Jakarta:5", "rusak"]),
)
_SKUS = st.sampled_from(["KAOS-1", "KAOS-2", "kaos-1", "KAOS-3 ", "KAOS-4"])


@st.composite
def sheet_rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    """A sheet of up to 30 rows as a merchant's columns hold them: mostly clean cells of the
    forms the column-wide readers take, each field now and then left out or odd."""
    count = draw(st.integers(min_value=1, max_value=30))
    clean: dict[str, st.SearchStrategy[Any]] = {
        "name": plain_text,
        "sku": _SKUS,
        "price": st.sampled_from([85000, 85000.0, "Rp 85.000", "85.000", 0, -5, "85.000,50"]),
        "specialPrice": st.sampled_from([None, 80000, 90000, 0, "Rp 99.000"]),
        "stock": st.sampled_from([None, 5, 5.0, -1, "x"]),
        "warehouses": st.one_of(st.none(), warehouse_cells),
        "weight": st.sampled_from([250, "250 gr", "1,2 kg", 0, None]),
        "dimensions": st.one_of(dimension_cells, st.none()),
        "minOrder": st.sampled_from([None, 1, 2.0, 0]),
        "categoryId": references,
        "subCategoryId": st.one_of(st.none(), references),
        "typeId": st.one_of(st.none(), references),
        "brandId": st.one_of(st.none(), references),
        "condition": st.sampled_from(["Baru", "Bekas", "rusak"]),
        "photos": st.one_of(photo_cells, st.none()),
        "isPreorder": st.sampled_from(["Ya", "Tidak", None, 1, "mungkin"]),
        "preorderPeriod": st.sampled_from([None, 0, 3, -2, "7 hari", "x"]),
        "externalId": st.one_of(st.none(), codes),
    }
    keys = draw(st.sets(st.sampled_from(sorted(clean)), min_size=len(clean) - 4))
    rows = []
    for _ in range(count):
        rows.append({k: draw(clean[k]) for k in sorted(keys) if draw(st.integers(0, 9))})
    return rows
