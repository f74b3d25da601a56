#!/usr/bin/env python3
"""Writes resources/demo/contoh-produk.xlsx: the sample workbook ``toco-uploader --demo`` opens.

A merchant's sheet as they are really written: a title row above Indonesian headers, prices as
"Rp 185.000" text and as numbers, photos in numbered columns, stock per warehouse by the demo
store's warehouse names ("Stok Gudang Jakarta"), a notes column that is never sent, 30
products — and a handful of deliberate mistakes to find and fix in the grid:

* row 10  price with a fraction (Rp 87.500,50)
* row 11  no photo
* row 14  the same SKU as row 6
* row 17  condition "Rusak" (neither Baru nor Bekas)
* row 21  special price above the price
* row 23  a photo link without https://
* row 26  weight missing
* row 29  pre-order "Ya" without a pre-order period

Categories are written by name, as merchants write them (the sandbox's tree, which the demo
store serves): three columns Kategori / Sub Kategori / Tipe. Row 5 keeps the ids (a sheet may
mix both; the grid shows their names). A few names are misspelt so the suggestion can be tried
("did you mean …?", a one-click fix in the Problems list):

* row 12  type "Sneaker" (Sneakers)
* row 19  type "Kripik" (Keripik)
* row 24  category "Rumah Tanga" (Rumah Tangga)

Run: .venv/bin/python scripts/make_demo_workbook.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent.parent / "resources" / "demo" / "contoh-produk.xlsx"
CATEGORY = "2fde2994-28a8-4d09-a128-6d744b9e1323"
SUBCATEGORY = "0e882586-c506-4792-a831-02767a68dae2"
TYPE = "d86db295-41c3-423d-a2c2-a59724f38316"
HEADERS = [
    "Nama Produk",
    "SKU",
    "Harga",
    "Harga Coret",
    "Stok Gudang Jakarta",
    "Stok Gudang Surabaya",
    "Berat (gram)",
    "Panjang",
    "Lebar",
    "Tinggi",
    "Min. Pembelian",
    "Kondisi",
    "Foto 1",
    "Foto 2",
    "Tagar",
    "Pre-order",
    "Lama Pre-order (hari)",
    "Kategori",
    "Sub Kategori",
    "Tipe",
    "Deskripsi",
    "Catatan gudang",
]
#: Where each product sits in the sandbox's tree, in the order of PRODUCTS.
PATHS = [
    ("Fashion Pria", "Kaos", "Kaos Oblong"),
    ("Fashion Pria", "Kaos", "Kaos Oblong"),
    ("Fashion Pria", "Kemeja", "Kemeja Batik"),
    ("Fashion Pria", "Atasan", "Kemeja Flanel"),
    ("Fashion Pria", "Celana", "Celana Chino"),
    ("Fashion Pria", "Tas", "Ransel"),
    ("Fashion Pria", "Aksesoris", "Dompet"),
    ("Fashion Pria", "Sepatu", "Sandal"),
    ("Fashion Pria", "Sepatu", "Sneakers"),
    ("Fashion Pria", "Aksesoris", "Topi"),
    ("Makanan & Minuman", "Minuman", "Kopi"),
    ("Makanan & Minuman", "Minuman", "Kopi"),
    ("Makanan & Minuman", "Minuman", "Teh"),
    ("Kesehatan", "Vitamin & Suplemen", "Suplemen Herbal"),
    ("Makanan & Minuman", "Bumbu Dapur", "Saus Sambal"),
    ("Makanan & Minuman", "Makanan Ringan", "Keripik"),
    ("Makanan & Minuman", "Makanan Instan", "Kornet"),
    ("Dapur", "Penyimpanan Makanan", "Botol Minum"),
    ("Dapur", "Penyimpanan Makanan", "Botol Minum"),
    ("Rumah Tangga", "Kamar Tidur", "Sprei"),
    ("Rumah Tangga", "Kamar Mandi", "Handuk"),
    ("Rumah Tangga", "Lampu", "Lampu Tidur"),
    ("Rumah Tangga", "Dekorasi", "Vas Bunga"),
    ("Rumah Tangga", "Kebersihan", "Sabun Cuci"),
    ("Kesehatan", "Masker & APD", "Masker Kain"),
    ("Perlengkapan Kantor & Sekolah", "Kertas", "Buku Tulis"),
    ("Perlengkapan Kantor & Sekolah", "Alat Tulis", "Pulpen"),
    ("Mainan & Hobi", "Mainan Anak", "Balok Susun"),
    ("Fashion Wanita", "Aksesoris", "Lainnya"),
    ("Rumah Tangga", "Dekorasi", "Jam Dinding"),
]
PRODUCTS = [
    ("Kaos Katun Combed 30s Hitam", 79_000, None, 120, 180, "kaos, katun, hitam"),
    ("Kaos Katun Combed 30s Putih", 79_000, 69_000, 95, 180, "kaos, katun, putih"),
    ("Kemeja Batik Parang Lengan Panjang", 185_000, None, 40, 300, "batik, kemeja, parang"),
    ("Kemeja Flanel Kotak Merah", 149_000, 129_000, 35, 320, "flanel, kemeja"),
    ("Celana Chino Slim Fit Krem", 199_000, None, 50, 450, "celana, chino"),
    ("Tas Ransel Kanvas 25L", 245_000, 219_000, 22, 800, "tas, ransel, kanvas"),
    ("Dompet Kulit Sapi Asli", 87_500.5, None, 60, 120, "dompet, kulit"),
    ("Sandal Jepit Karet Anyam", 35_000, None, 300, 250, "sandal"),
    ("Sepatu Sneakers Kanvas Putih", 259_000, 239_000, 18, 900, "sepatu, sneakers"),
    ("Topi Baseball Bordir Logo", 65_000, None, 75, 150, "topi, bordir"),
    ("Kopi Arabika Gayo 250 g", 95_000, None, 140, 280, "kopi, arabika, gayo"),
    ("Kopi Robusta Lampung 500 g", 110_000, 99_000, 90, 530, "kopi, robusta"),
    ("Teh Hijau Melati Celup isi 25", 18_500, None, 400, 80, "teh, melati"),
    ("Madu Hutan Sumbawa 500 ml", 135_000, None, 45, 700, "madu, sumbawa"),
    ("Sambal Bawang Botol 200 g", 32_000, 28_000, 210, 260, "sambal, bawang"),
    ("Keripik Singkong Balado 250 g", 24_000, None, 330, 260, "keripik, balado"),
    ("Rendang Sapi Kaleng 200 g", 68_000, None, 80, 300, "rendang, kaleng"),
    ("Tumbler Stainless 500 ml", 89_000, 129_000, 65, 350, "tumbler, stainless"),
    ("Botol Minum Kaca 1 L", 45_000, None, 110, 600, "botol, kaca"),
    ("Sprei Katun Jepang 160x200", 229_000, 199_000, 28, 1500, "sprei, katun"),
    ("Handuk Mandi Microfiber", 59_000, None, 150, 400, "handuk"),
    ("Lampu Tidur LED Kayu", 120_000, None, 33, 500, "lampu, kayu"),
    ("Pot Tanaman Terakota 20 cm", 42_000, None, 70, 1200, "pot, terakota"),
    ("Sabun Cuci Piring 800 ml", 21_000, 19_000, 500, 850, "sabun"),
    ("Masker Kain 3 Lapis (isi 5)", 30_000, None, 260, 90, "masker"),
    ("Buku Tulis A5 isi 10", 39_000, None, 180, 1000, "buku, alat tulis"),
    ("Pulpen Gel 0,5 mm (isi 12)", 27_000, None, 240, 200, "pulpen"),
    ("Mainan Balok Kayu 50 pcs", 149_000, 135_000, 26, 1300, "mainan, kayu"),
    ("Kain Tenun Ikat Sumba", 450_000, None, 8, 400, "tenun, sumba"),
    ("Jam Dinding Minimalis 30 cm", 99_000, None, 41, 700, "jam, dinding"),
]


def price_cell(amount: float) -> object:
    if isinstance(amount, float):
        return "Rp " + f"{int(amount):,}".replace(",", ".") + ",50"
    return "Rp " + f"{amount:,}".replace(",", ".") if amount % 2 == 0 else amount


def rows() -> list[list[object]]:
    out = []
    for n, ((name, price, special, stock, weight, tags), path) in enumerate(
        zip(PRODUCTS, PATHS, strict=True), start=1
    ):
        slug = f"TK-{n:04d}"
        out.append(
            [
                name,
                slug,
                price_cell(price),
                special,
                stock - stock // 3,
                stock // 3,
                weight,
                20 + n % 7,
                15,
                5 + n % 4,
                1,
                "Baru" if n % 5 else "Bekas",
                f"https://cdn.toko-sinar.id/produk/{slug.lower()}-1.jpg",
                f"https://cdn.toko-sinar.id/produk/{slug.lower()}-2.jpg" if n % 3 == 0 else None,
                tags,
                "Tidak",
                None,
                *path,
                f"{name}. Barang dikirim dari Bandung.",
                "rak " + "ABCD"[n % 4],
            ]
        )
    # the deliberate mistakes (list index = product number - 1; sheet row = index + 4)
    column = {header: n for n, header in enumerate(HEADERS)}
    photo, kind, category = column["Foto 1"], column["Tipe"], column["Kategori"]
    out[7][photo] = None  # no photo
    out[10][column["SKU"]] = out[2][column["SKU"]]  # duplicate SKU
    out[13][column["Kondisi"]] = "Rusak"  # bad condition
    out[19][photo] = "cdn.toko-sinar.id/produk/tk-0020.jpg"  # no https://
    out[22][column["Berat (gram)"]] = None  # weight missing
    out[25][column["Pre-order"]] = "Ya"  # pre-order without a period
    out[25][column["Lama Pre-order (hari)"]] = None
    out[1][category : kind + 1] = [CATEGORY, SUBCATEGORY, TYPE]  # ids, as older sheets hold
    out[8][kind] = "Sneaker"  # misspelt names: the suggestion fixes them
    out[15][kind] = "Kripik"
    out[20][category] = "Rumah Tanga"
    return out


def main() -> int:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Produk"
    sheet.append(["Daftar Produk Toko Sinar — siap unggah ke Toco"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(HEADERS)
    sheet.insert_rows(2)
    for cell in sheet[3]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2E7D32")
        cell.alignment = Alignment(vertical="center")
    sheet["B3"].comment = Comment("Kode unik per produk", "Toko Sinar")
    for row in rows():
        sheet.append(row)
    for column, width in zip(
        "ABCDEFGHIJKLMNOPQRSTUV",
        (34, 10, 14, 12, 10, 10, 12, 8, 7, 7, 14, 9, 44, 44, 22, 10, 18, 22, 22, 22, 40, 14),
        strict=True,
    ):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "B4"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    book.save(OUT)
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
