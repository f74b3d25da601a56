"""What the export tests share: the demo store with its two warehouses over real HTTP, a
merchant's workbook naming categories, brands and warehouses, and a store filled directly."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.credentials import Credentials
from app.partner import PartnerClient
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from app.sandbox.state import DEMO_WAREHOUSES
from tests.catalog.seed_rows import SEED_PAYLOAD

STORE = DEMO_CREDENTIALS.store_client_id
FASHION = "2fde2994-28a8-4d09-a128-6d744b9e1323"
KAOS = "0e882586-c506-4792-a831-02767a68dae2"
KAOS_OBLONG = "d86db295-41c3-423d-a2c2-a59724f38316"
UNIQLO = "addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea"
SURABAYA = "2026012714314318226016"

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
    "Kategori",
    "Sub Kategori",
    "Tipe",
    "Merek",
    "Kondisi",
    "Foto 1",
    "Foto 2",
    "Foto 3",
    "Tagar",
    "Deskripsi",
]


def credentials(sandbox: RunningSandbox) -> Credentials:
    return Credentials(
        sandbox.base_url,
        DEMO_CREDENTIALS.partner_client_id,
        DEMO_CREDENTIALS.partner_secret,
        STORE,
        DEMO_CREDENTIALS.store_token,
    )


@pytest.fixture
def store(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> RunningSandbox:
    """The demo store (two warehouses) named by the TOCO_* variables."""
    values = credentials(sandbox)
    monkeypatch.setenv("TOCO_BASE_URL", values.base_url)
    monkeypatch.setenv("TOCO_PARTNER_CLIENT_ID", values.partner_client_id)
    monkeypatch.setenv("TOCO_PARTNER_SECRET", values.partner_secret)
    monkeypatch.setenv("TOCO_STORE_CLIENT_ID", values.store_client_id)
    monkeypatch.setenv("TOCO_STORE_TOKEN", values.store_token)
    sandbox.state.warehouses[STORE] = [dict(w) for w in DEMO_WAREHOUSES]
    return sandbox


@pytest.fixture
def client(store: RunningSandbox) -> Iterator[PartnerClient]:
    with PartnerClient(credentials(store)) as made:
        yield made


def merchant_row(k: int) -> dict[str, Any]:
    """Product k as a merchant writes it: names, warehouses by name, three photos."""
    return {
        "Nama Produk": f"Kaos Polos {k} & Co",
        "SKU": f"KP-{k:03d}",
        "Harga": f"Rp {85 + k}.000",
        "Harga Coret": 79000 if k % 2 == 0 else None,
        "Stok Gudang Jakarta": 5 + k,
        "Stok Gudang Surabaya": 0 if k % 3 == 0 else 2 * k,
        "Berat (gram)": 200 + k,
        "Panjang": 30,
        "Lebar": 20 + k,
        "Tinggi": 2,
        "Kategori": "Fashion Pria",
        "Sub Kategori": "Kaos",
        "Tipe": "Kaos Oblong",
        "Merek": "Uniqlo" if k % 2 == 0 else None,
        "Kondisi": "Baru" if k % 4 else "Bekas",
        "Foto 1": f"https://cdn.example.com/{k}/depan.jpg",
        "Foto 2": f"https://cdn.example.com/{k}/belakang.jpg?w=800&h=600",
        "Foto 3": f"https://cdn.example.com/{k}/detail.jpg" if k % 2 else None,
        "Tagar": "kaos, polos, pria",
        "Deskripsi": f"Kaos katun.\nUkuran {k}: pas badan." if k % 2 else None,
    }


def merchant_workbook(path: Path, n: int) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Produk"
    sheet.append(HEADERS)
    for k in range(n):
        row = merchant_row(k)
        sheet.append([row[h] for h in HEADERS])
    book.save(path)
    return path


def fill_store(sandbox: RunningSandbox, n: int) -> None:
    """``n`` products straight into the sandbox's catalogue (the seed's two, alternately)."""
    for k in range(n):
        product = copy.deepcopy(SEED_PAYLOAD["products"][k % 2])
        product.update(externalId=f"ext-{k:05d}", sku=f"BIG-{k:05d}", name=f"Produk {k}")
        sandbox.state.add_product(product)
