"""The benchmarks' own merchant workbooks: 50,000 and 10,000 products × 25 columns.

Written as a small shop's sheet is: Indonesian names and descriptions, prices in rupiah typed
three ways (``85000``, ``Rp 85.000``, ``85.000``), categories, sub-categories and types by NAME
in most rows and by id in the others (the sandbox's own tree, so every name resolves against
the demo store), brands by name, stock either in one column or per warehouse (the demo store's
two warehouses), dimensions in three columns, up to three photo URLs, hashtags, Ya/Tidak, and
about one row in a hundred with a mistake a merchant makes (a fraction of a rupiah, a photo that
is no URL, a condition nobody knows).

Each workbook is written once with XlsxWriter (constant memory) and kept in the cache folder
(``TOCO_BENCH_CACHE``, else ``<tmp>/toco-bench``) under a key made of the rows, the seed and
this file's own source, so a second run reads the same bytes and a change here makes a new file.

    python benchmarks/data.py [--rows 50000]   # prints the workbook's path
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: the 25 columns, as the merchant heads them (every one a header the app recognises)
HEADERS = (
    "Nama Produk",
    "Deskripsi",
    "SKU",
    "Harga",
    "Harga Coret",
    "Stok",
    "Stok Gudang Jakarta",
    "Stok Gudang Surabaya",
    "Berat (gram)",
    "Panjang",
    "Lebar",
    "Tinggi",
    "Min. Pembelian",
    "Kategori",
    "Sub Kategori",
    "Tipe",
    "Merek",
    "Kondisi",
    "Foto 1",
    "Foto 2",
    "Foto 3",
    "Tagar",
    "Pre-order",
    "Lama Pre-order (hari)",
    "COD",
)
SHEET = "Produk"
LARGE = 50_000
SMALL = 10_000

_COLOURS = ("Hitam", "Putih", "Merah", "Biru Navy", "Abu-abu", "Hijau Army", "Cokelat", "Krem")
_SIZES = ("S", "M", "L", "XL", "XXL", "All Size", "38", "39", "40", "41", "42")
_ADJECTIVES = ("Premium", "Murah", "Original", "Katun Combed", "Import", "Lokal", "Terbaru")
_CITIES = ("Bandung", "Jakarta", "Surabaya", "Yogyakarta", "Solo", "Medan", "Makassar")
_PHRASES = (
    "Bahan adem dan nyaman dipakai seharian.",
    "Jahitan rapi, kualitas ekspor.",
    "Cocok untuk hadiah keluarga dan teman.",
    "Stok terbatas, siap kirim hari ini.",
    "Garansi tukar ukuran 7 hari.",
    "Warna sesuai foto, tidak luntur.",
    "Dikemas rapi dengan bubble wrap.",
)
_TAGS = ("#murah", "#original", "#promo", "#ready", "#grosir", "#lokal", "#terlaris")


def cache_dir() -> Path:
    folder = Path(os.environ.get("TOCO_BENCH_CACHE") or Path(tempfile.gettempdir()) / "toco-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _key(rows: int, seed: int) -> str:
    source = Path(__file__).read_bytes()
    return hashlib.sha256(source + f"|{rows}|{seed}".encode()).hexdigest()[:16]


def merchant_workbook(rows: int = LARGE, *, seed: int = 16) -> Path:
    """The cached workbook of ``rows`` products (written now if it is not there yet)."""
    path = cache_dir() / f"produk-{rows}-{_key(rows, seed)}.xlsx"
    if not path.exists():
        partial = path.with_suffix(".partial.xlsx")
        write_workbook(partial, rows, seed=seed)
        partial.replace(path)
    return path


def write_workbook(path: Path, rows: int, *, seed: int = 16) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    sheet = book.add_worksheet(SHEET)
    sheet.write_row(0, 0, HEADERS)
    for r, values in enumerate(product_rows(rows, seed=seed), start=1):
        for c, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                sheet.write_string(r, c, value)
            else:
                sheet.write_number(r, c, value)
    book.close()
    return path


def _choices() -> tuple[list[tuple[str, str, str, str, str, str]], list[tuple[str, str]]]:
    """(category, sub, type) as (name, id) triples from the sandbox's tree; its brands."""
    from app.sandbox.reference_tree import sandbox_tree

    tree = sandbox_tree()
    paths = []
    for category in tree.categories:
        for sub in tree.sub_categories[category["id"]]:
            for kind in tree.types[sub["id"]]:
                named = (category["name"], sub["name"], kind["name"])
                paths.append((named[0], category["id"], named[1], sub["id"], named[2], kind["id"]))
    brands = [(b["name"], b["id"]) for b in tree.brands]
    return paths, brands


def product_rows(rows: int, *, seed: int = 16) -> Iterator[list[Any]]:
    """The cells of each product, in ``HEADERS`` order (None: an empty cell)."""
    rnd = random.Random(seed)
    paths, brands = _choices()
    for k in range(rows):
        cat, cat_id, sub, sub_id, kind, kind_id = paths[rnd.randrange(len(paths))]
        brand, brand_id = brands[rnd.randrange(len(brands))]
        colour, size = rnd.choice(_COLOURS), rnd.choice(_SIZES)
        name = f"{kind} {rnd.choice(_ADJECTIVES)} {brand} {colour} {size}"
        description = " ".join(rnd.sample(_PHRASES, 3)) + f" Dikirim dari {rnd.choice(_CITIES)}."
        thousands = rnd.randint(15, 950)
        price: Any = (thousands * 1000, f"Rp {thousands}.000", f"{thousands}.000")[k % 3]
        special: Any = None
        if k % 7 == 0:
            special = thousands * 900
        by_name = k % 5 != 0  # four rows in five by name, one by id
        per_warehouse = k % 4 == 0
        stock: Any = None if per_warehouse else rnd.randint(0, 500)
        jakarta: Any = rnd.randint(0, 200) if per_warehouse else None
        surabaya: Any = rnd.randint(0, 200) if per_warehouse else None
        preorder = k % 10 == 0
        site = "https://cdn.tokoku.id/produk"
        photos: list[str | None] = [f"{site}/{k:06d}/{n}.jpg" for n in (1, 2, 3)]
        if k % 3:
            photos[2] = None
        values: list[Any] = [
            name,
            description,
            f"TK-{k:06d}",
            price,
            special,
            stock,
            jakarta,
            surabaya,
            rnd.choice((150, 250, 500, 1000, "300 gr", "1,2 kg")),
            rnd.randint(10, 40),
            rnd.randint(10, 30),
            rnd.randint(2, 15),
            1 if k % 9 else rnd.randint(2, 6),
            cat if by_name else cat_id,
            sub if by_name else sub_id,
            kind if by_name else kind_id,
            (brand if by_name else brand_id) if k % 6 else None,
            "Baru" if k % 11 else "Bekas",
            *photos,
            ", ".join(rnd.sample(_TAGS, 2)),
            "Ya" if preorder else "Tidak",
            rnd.randint(3, 14) if preorder else None,
            "Ya" if k % 2 else "Tidak",
        ]
        if k % 100 == 37:  # a merchant's mistake, about one row in a hundred
            spot = (k // 100) % 3
            if spot == 0:
                values[3] = "Rp 85.000,50"
            elif spot == 1:
                values[18] = "foto-produk.jpg"
            else:
                values[17] = "Baru banget"
        yield values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=LARGE)
    args = parser.parse_args()
    print(merchant_workbook(args.rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
