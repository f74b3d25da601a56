"""The field registry: the one place a product field is described.

The grid's columns, header matching, the template, validation, error highlighting and the results
workbook all read this list. Adding a field is one entry here (plus its tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.catalog import parsing as p
from app.catalog.choices import Choice
from app.catalog.kinds import KINDS, TEXT_FORMAT, ColumnUnit, Editor, Kind, KindFacts, column_unit
from app.catalog.messages import Lang

__all__ = [  # the kinds are re-exported: a field's description is read from here
    "ACTION_FIELD",
    "DELETE_FIELDS",
    "EXTERNAL_ID_FIELD",
    "FIELDS",
    "KINDS",
    "PRODUCT_FIELDS",
    "PRODUCT_ID_FIELD",
    "TEXT_FORMAT",
    "ColumnUnit",
    "Editor",
    "Field",
    "Kind",
    "KindFacts",
    "PartPattern",
    "field_by_key",
    "label_of",
]


@dataclass(frozen=True, slots=True)
class PartPattern:
    """Headers that feed one part of a multi-column field, e.g. ``Foto 3`` or ``Stok WH-2``.

    ``regex`` is matched against the normalised header (lower case, no accents or punctuation)
    and names the part in the group ``part``; ``part`` fixes it for headers like ``Panjang``.
    """

    regex: str
    part: str | None = None
    #: How a header for one part is spelled ({part}, {label}: the field's label), first choice
    #: first; each must read back through ``regex``.
    spellings: tuple[str, ...] = ("{label} {part}",)

    def match(self, normalised: str) -> str | None:
        found = re.fullmatch(self.regex, normalised)
        if not found:
            return None
        return self.part if self.part is not None else found.group("part")


@dataclass(frozen=True, slots=True)
class Field:
    key: str  # the API key (API.md §4.1), or "id" for the marketplace product id
    label_en: str
    label_id: str
    kind: Kind
    description_en: str
    description_id: str
    example: str
    synonyms: tuple[str, ...] = ()
    parts: tuple[PartPattern, ...] = ()
    required: bool = False
    sent: bool = True  # part of the create payload
    max_length: int | None = None
    editor_hint: Editor | None = None  # the kind's editor unless this says otherwise
    grid_px: int | None = None  # the kind's grid width unless this says otherwise
    sheet_chars: int | None = None  # the kind's workbook column width unless this says otherwise
    #: [ours] What is sent when the sheet has no such column or the cell is empty (None: nothing)
    default: Any = None

    @property
    def editor(self) -> Editor:
        return self.editor_hint or self.kind.facts.editor

    @property
    def parser(self) -> p.Parser:
        return self.kind.facts.parser

    @property
    def grid_width(self) -> int:
        return self.grid_px or self.kind.facts.grid_width

    @property
    def sheet_width(self) -> int:
        return self.sheet_chars or self.kind.facts.sheet_width

    @property
    def choices(self) -> tuple[Choice, ...]:
        return self.kind.facts.choices

    def choice_word(self, value: Any, lang: Lang = "id") -> str | None:
        """The word a cell of this field holds for ``value`` (``True`` → Ya), or None."""
        return next((c.word(lang) for c in self.choices if c.holds(value)), None)

    def column_unit(self, header: str) -> ColumnUnit | None:
        """The unit a column headed ``header`` holds when it is not the field's own (kg)."""
        return column_unit(self.kind, header)

    def part_headers(self, part: str, lang: Lang = "en") -> tuple[str, ...]:
        """Headers that could name this part of the field, best first; the last always serves
        as a plain label (``Dimensi (cm) width``), whether or not it reads back as the part."""
        label = self.label(lang)
        spelled = [s.format(part=part, label=label) for pt in self.parts for s in pt.spellings]
        return tuple(dict.fromkeys([*spelled, f"{label} {part}"]))

    def label(self, lang: Lang = "en") -> str:
        return self.label_id if lang == "id" else self.label_en

    def description(self, lang: Lang = "en") -> str:
        return self.description_id if lang == "id" else self.description_en

    @property
    def labels(self) -> tuple[str, ...]:
        """Every header text that names this field exactly (before fuzzy matching)."""
        return (self.label_en, self.label_id, self.key, *self.synonyms)


def _f(
    key: str,
    en: str,
    id_: str,
    kind: Kind,
    desc_en: str,
    desc_id: str,
    example: str,
    *synonyms: str,
    parts: tuple[PartPattern, ...] = (),
    required: bool = False,
    sent: bool = True,
    max_length: int | None = None,
    editor: Editor | None = None,
    grid_px: int | None = None,
    sheet_chars: int | None = None,
    default: Any = None,
) -> Field:
    return Field(
        key,
        en,
        id_,
        kind,
        desc_en,
        desc_id,
        example,
        synonyms,
        parts,
        required,
        sent,
        max_length,
        editor,
        grid_px,
        sheet_chars,
        default,
    )


_NUM = r"\s*(?:ke\s*)?(?P<part>\d{1,2})"

# [ours] decisions kept in the entries below (API.md §4.1): which fields are required and which
# have a default (minOrder: 1), the category, sub-category, type and brand cells take a name or
# an id (Kind.REFERENCE; the payload carries the id), weight is in grams and dimensions in
# centimetres, photos are
# http(s) links (Kind.URLS) and at least one is required.

FIELDS: tuple[Field, ...] = (
    _f(
        "externalId",
        "External ID",
        "External ID",
        Kind.CODE,
        "Your own stable id for the product. Left empty, the app generates one and writes it back;"
        " keep it so a re-upload is recognised instead of duplicated.",
        "ID Anda sendiri untuk produk. Jika kosong, aplikasi membuatkannya dan menuliskannya"
        " kembali; simpan agar unggah ulang dikenali, bukan digandakan.",
        "bace66be-47c4-4f72-868c-ad792da8b210",
        "ID Eksternal",
        "Kode Eksternal",
        "external_id",
        "Ext ID",
    ),
    _f(
        "name",
        "Product name",
        "Nama Produk",
        Kind.TEXT,
        "The product's name as buyers see it.",
        "Nama produk yang dilihat pembeli.",
        "Ai Yazawa Short Sleeve UTX",
        "Name",
        "Nama",
        "Product",
        "Produk",
        "Judul",
        "Title",
        "Nama Barang",
        required=True,
        max_length=255,
        grid_px=230,
        sheet_chars=40,
    ),
    _f(
        "description",
        "Description",
        "Deskripsi",
        Kind.TEXT,
        "What the product is; plain text, line breaks kept.",
        "Penjelasan produk; teks biasa, baris baru dipertahankan.",
        "Comfortable cotton t-shirt, available in multiple colors.",
        "Deskripsi Produk",
        "Keterangan",
        "Product description",
        max_length=10_000,
        editor=Editor.MULTILINE,
        grid_px=150,
        sheet_chars=60,
    ),
    _f(
        "sku",
        "SKU",
        "SKU",
        Kind.CODE,
        "Your stock keeping unit; unique in the store. Kept as text: leading zeros matter.",
        "Kode stok Anda; unik di toko. Disimpan sebagai teks: angka nol di depan penting.",
        "480166",
        "Kode SKU",
        "SKU Induk",
        "Kode Produk",
        "Kode Barang",
        "Product code",
        required=True,
        max_length=100,
    ),
    _f(
        "price",
        "Price",
        "Harga",
        Kind.PRICE,
        "Selling price in whole Rupiah.",
        "Harga jual dalam Rupiah bulat.",
        "Rp 200.000",
        "Harga (Rp)",
        "Harga Jual",
        "Harga Normal",
        "Price (Rp)",
        "Price (IDR)",
        "Selling price",
        required=True,
    ),
    _f(
        "specialPrice",
        "Special price",
        "Harga Coret",
        Kind.PRICE,
        "Discounted price in whole Rupiah, lower than the price. Empty: no discount.",
        "Harga diskon dalam Rupiah bulat, lebih rendah dari harga. Kosong: tanpa diskon.",
        "Rp 150.000",
        "Harga Diskon",
        "Harga Promo",
        "Discount price",
        "Sale price",
        "Harga Spesial",
    ),
    _f(
        "stock",
        "Stock",
        "Stok",
        Kind.COUNT,
        "Units available. Use either this or warehouse stock, not both.",
        "Jumlah tersedia. Isi ini atau stok gudang, jangan keduanya.",
        "900",
        "Stock qty",
        "Jumlah Stok",
        "Stok Produk",
        "Qty",
        "Quantity",
        "Kuantitas",
        # "Stok <word>" would otherwise read as the warehouse <word>:
        "Stock quantity",
        "Stok Tersedia",
        "Stock available",
        "Available stock",
        "Stok Barang",
        "Stok Total",
    ),
    _f(
        "warehouses",
        "Warehouses",
        "Gudang",
        Kind.WAREHOUSES,
        "Stock per warehouse as warehouse:stock (the warehouse's name or id), separated by ;"
        " — or one column per warehouse headed “Stok <warehouse-id>” or “Stok Gudang <name>”."
        " A name is matched to the store's own warehouses.",
        "Stok per gudang sebagai gudang:stok (nama atau ID gudang), dipisah ; — atau satu kolom"
        " per gudang berjudul “Stok <id-gudang>” atau “Stok Gudang <nama>”. Nama dicocokkan"
        " dengan gudang milik toko.",
        "2026012714314318226016:23; WH-2:5",
        "Warehouse",
        "Warehouse stock",
        "Stok Gudang",
        "Stok per Gudang",
        # "Stok WH-2", "Stok 2026012714314318226016", "Stok Gudang JKT", "Stok Gudang Jakarta
        # Pusat": a warehouse id has a digit, "-" or "_", a warehouse name follows the word
        # gudang/warehouse; so "Stok Awal" or "Stok Jakarta Pusat" is no warehouse column (a
        # guess the merchant would not see). A name is only ever sent as the clientId the
        # store's own list gives it (``warehouse_names``); before that list is known it is an
        # issue on its cells, never a clientId.
        parts=(
            PartPattern(
                r"(?:stok|stock)\s+(?:(?:gudang|warehouse)\s+|(?=[a-z_\-]*[0-9_\-]))"
                r"(?P<part>[a-z0-9_\-]+)(?<!gudang)(?<!warehouse)",
                spellings=("Stok {part}", "Stok Gudang {part}"),
            ),
            PartPattern(
                r"(?:stok|stock)\s+(?:gudang|warehouse)\s+(?P<part>[a-z0-9_\-]+(?:\s+[a-z0-9_\-]+)+)",
                spellings=("Stok Gudang {part}",),
            ),
        ),
    ),
    _f(
        "weight",
        "Weight (g)",
        "Berat (gram)",
        Kind.GRAMS,
        "Shipping weight in grams (or write kg, e.g. 1,5 kg).",
        "Berat kirim dalam gram (atau tulis kg, mis. 1,5 kg).",
        "250",
        "Weight",
        "Berat",
        "Berat (g)",
        "Berat (gr)",
        "Weight (gram)",
        "Berat Produk",
        required=True,
    ),
    _f(
        "dimensions",
        "Dimensions (cm)",
        "Dimensi (cm)",
        Kind.DIMENSIONS,
        "Length × width × height in cm, e.g. 12x12x10 — or three columns Panjang, Lebar, Tinggi."
        " All three or none.",
        "Panjang × lebar × tinggi dalam cm, mis. 12x12x10 — atau tiga kolom Panjang, Lebar,"
        " Tinggi. Ketiganya atau tidak sama sekali.",
        "12x12x10",
        "Dimensions",
        "Dimensi",
        "Ukuran",
        "Ukuran Paket",
        "Size (cm)",
        "PxLxT",
        parts=(
            PartPattern(r"(?:panjang|length|p)", "length", ("{part}",)),
            PartPattern(r"(?:lebar|width|l)", "width", ("{part}",)),
            PartPattern(r"(?:tinggi|height|t)", "height", ("{part}",)),
        ),
    ),
    _f(
        "minOrder",
        "Minimum order",
        "Min. Pembelian",
        Kind.COUNT,
        "Smallest quantity a buyer may order; at least 1. Left empty (or without this column):"
        " 1, the marketplace default.",
        "Jumlah terkecil yang boleh dibeli; minimal 1. Jika kosong (atau kolom ini tidak ada):"
        " 1, bawaan marketplace.",
        "1",
        "Min order",
        "Minimum Pembelian",
        "Min Pembelian",
        "Minimal Pembelian",
        "Min. Order",
        "Min Beli",
        default=1,  # API.md §4.1: minOrder is always sent, 1 when not given
        grid_px=100,
    ),
    _f(
        "categoryId",
        "Category ID",
        "Kategori ID",
        Kind.REFERENCE,
        "The Toco category: its name (Fashion Pria), its id (UUID) or both as “Name (id)”;"
        " or the whole path “Fashion Pria > Kaos > Kaos Oblong” with sub-category and type"
        " left empty.",
        "Kategori Toco: namanya (Fashion Pria), ID-nya (UUID), atau keduanya sebagai “Nama (ID)”;"
        " atau jalur lengkap “Fashion Pria > Kaos > Kaos Oblong” dengan sub kategori dan tipe"
        " dikosongkan.",
        "Fashion Pria",
        "ID Kategori",
        "Category",
        "Kategori",
        "Nama Kategori",
        "Category name",
        "Kategori Lengkap",
        "Jalur Kategori",
        "Category path",
        "Full category",
        required=True,
    ),
    _f(
        "subCategoryId",
        "Sub-category ID",
        "Sub Kategori ID",
        Kind.REFERENCE,
        "The Toco sub-category under the category: its name, its id (UUID) or “Name (id)”.",
        "Sub kategori Toco di bawah kategorinya: namanya, ID-nya (UUID), atau “Nama (ID)”.",
        "Kaos",
        "ID Sub Kategori",
        "Subcategory ID",
        "Sub Category ID",
        "Sub Kategori",
        "Subkategori ID",
        "Sub-category",
        "Subcategory",
        "Subkategori",
        "Nama Sub Kategori",
        required=True,
    ),
    _f(
        "typeId",
        "Type ID",
        "Tipe ID",
        Kind.REFERENCE,
        "The Toco product type under the sub-category: its name, its id (UUID) or “Name (id)”.",
        "Tipe produk Toco di bawah sub kategorinya: namanya, ID-nya (UUID), atau “Nama (ID)”.",
        "Kaos Oblong",
        "ID Tipe",
        "Type",
        "Tipe",
        "Jenis ID",
        "Tipe Produk",
        "Nama Tipe",
        "Product type",
        required=True,
    ),
    _f(
        "brandId",
        "Brand ID",
        "Merek ID",
        Kind.REFERENCE,
        "The Toco brand: its name, its id (UUID) or “Name (id)”; optional, but a named brand"
        " must exist on Toco.",
        "Merek Toco: namanya, ID-nya (UUID), atau “Nama (ID)”; opsional, tetapi merek yang"
        " ditulis harus ada di Toco.",
        "Uniqlo",
        "ID Merek",
        "Merek",
        "Brand",
        "Merk ID",
        "ID Merk",
        "Merk",
        "Nama Merek",
        "Brand name",
    ),
    _f(
        "condition",
        "Condition",
        "Kondisi",
        Kind.CONDITION,
        "NEW or USED (Baru or Bekas).",
        "Baru atau Bekas (NEW atau USED).",
        "Baru",
        "Kondisi Produk",
        "Product condition",
        required=True,
    ),
    _f(
        "photos",
        "Photos",
        "Foto",
        Kind.URLS,
        "Photo links (https://…), separated by ; or new lines — or columns Foto 1, Foto 2, …"
        " At least one.",
        "Tautan foto (https://…), dipisah ; atau baris baru — atau kolom Foto 1, Foto 2, …"
        " Minimal satu.",
        "https://example.com/photo-1.jpg",
        "Photo",
        "Foto Produk",
        "Gambar",
        "Images",
        "Image URL",
        "Photo URLs",
        "URL Foto",
        parts=(PartPattern(r"(?:foto|photo|gambar|image|img|url foto|foto produk)" + _NUM),),
        required=True,
    ),
    _f(
        "officialBanners",
        "Banners",
        "Banner",
        Kind.URLS,
        "Official banner links (https://…), separated by ; — optional.",
        "Tautan banner resmi (https://…), dipisah ; — opsional.",
        "https://example.com/banner.jpg",
        "Official banners",
        "Banner Resmi",
        "Banners",
        parts=(PartPattern(r"(?:banner|official banner)" + _NUM),),
    ),
    _f(
        "hashtags",
        "Hashtags",
        "Tagar",
        Kind.TAGS,
        "Search tags, separated by commas.",
        "Tagar pencarian, dipisah koma.",
        "uniqlo, tshirt, japan",
        "Hashtag",
        "Tag",
        "Tags",
        "Tagar Produk",
        "Kata Kunci",
        parts=(PartPattern(r"(?:hashtag|tagar|tag)" + _NUM),),
    ),
    _f(
        "isPreorder",
        "Pre-order",
        "Pre-order",
        Kind.YES_NO,
        "Ya when the product is made or ordered after purchase.",
        "Ya bila produk dibuat atau dipesan setelah dibeli.",
        "Tidak",
        "Preorder",
        "PO",
        "Is preorder",
        "Pre order",
    ),
    _f(
        "preorderPeriod",
        "Pre-order period (days)",
        "Lama Pre-order (hari)",
        Kind.DAYS,
        "Days until shipping for a pre-order; at least 1 when Pre-order is Ya.",
        "Hari hingga dikirim untuk pre-order; minimal 1 bila Pre-order Ya.",
        "0",
        "Preorder period",
        "Lama Pre-order",
        "Lama PO",
        "Lama PO (hari)",
        "Masa Pre-order",
        "Pre-order days",
        "Durasi Pre-order",
    ),
    _f(
        "isArchived",
        "Archived",
        "Diarsipkan",
        Kind.YES_NO,
        "Ya to upload the product hidden (archived).",
        "Ya untuk mengunggah produk tersembunyi (diarsipkan).",
        "Tidak",
        "Arsip",
        "Is archived",
        "Archive",
    ),
    _f(
        "insuranceRequired",
        "Insurance required",
        "Wajib Asuransi",
        Kind.YES_NO,
        "Ya when shipping insurance is required.",
        "Ya bila asuransi pengiriman wajib.",
        "Ya",
        "Asuransi",
        "Insurance",
    ),
    _f(
        "codEnabled",
        "COD",
        "COD",
        Kind.YES_NO,
        "Ya to allow cash on delivery.",
        "Ya untuk mengizinkan bayar di tempat.",
        "Tidak",
        "Cash on delivery",
        "Bayar di Tempat",
        "COD enabled",
    ),
    _f(
        "id",
        "Product ID",
        "ID Produk",
        Kind.CODE,
        "The marketplace's product id, filled in after upload; used to delete products.",
        "ID produk dari marketplace, terisi setelah diunggah; dipakai untuk menghapus produk.",
        "946b3ffa-5f9e-412e-acf4-eea306736e63",
        "Product Id",
        "ID Toco",
        "Toco ID",
        sent=False,
        sheet_chars=38,  # a UUID, whole (the export's and the results' column)
    ),
    _f(
        "action",
        "Action",
        "Aksi",
        Kind.ACTION,
        "Optional, for a sync: baru (create), ubah (update), hapus (delete) or lewati (skip)."
        " Without this column (or with the cell empty) the row is matched to the store's"
        " products: created when none matches, else updated.",
        "Opsional, untuk sinkron: baru, ubah, hapus atau lewati. Tanpa kolom ini (atau bila"
        " selnya kosong) baris dicocokkan dengan produk di toko: dibuat bila tidak ada yang"
        " cocok, selain itu diubah.",
        "ubah",
        "Tindakan",
        "Command",
        "Perintah",
        "Sync action",
        "Aksi Sinkron",
        sent=False,
    ),
)

_BY_KEY = {f.key: f for f in FIELDS}

#: The fields of the create payload, in the grid's and the template's order.
PRODUCT_FIELDS: tuple[Field, ...] = tuple(f for f in FIELDS if f.sent)
#: What a delete sheet needs: the product id, or a SKU to look it up.
DELETE_FIELDS: tuple[str, ...] = ("id", "sku")
#: The store's product id: never sent, filled in after upload (the results workbook's column).
PRODUCT_ID_FIELD: Field = _BY_KEY["id"]
#: The optional action column of a sync (create, update, delete, skip); never sent.
ACTION_FIELD: Field = _BY_KEY["action"]
#: The merchant's own id; the app makes one up for a row without it and writes it back.
EXTERNAL_ID_FIELD: Field = _BY_KEY["externalId"]


def field_by_key(key: str) -> Field:
    return _BY_KEY[key]


def label_of(key: str, lang: Lang = "en") -> str:
    found = _BY_KEY.get(key)
    return found.label(lang) if found else key
