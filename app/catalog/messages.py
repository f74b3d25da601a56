"""Every validation message and hint, in English and Bahasa Indonesia.

An Issue stores a message key and its parameters, never a rendered sentence, so the text follows
the language the merchant chose, also for issues found before the switch.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "id"]
LANGS: tuple[Lang, ...] = ("en", "id")

# key: (English, Indonesian). Parameters in {braces}.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("{label} is required.", "{label} wajib diisi."),
    "not_a_number": (
        "“{value}” is not a whole number.",
        "“{value}” bukan bilangan bulat.",
    ),
    "not_a_price": ("“{value}” is not a price in Rupiah.", "“{value}” bukan harga dalam Rupiah."),
    "fraction_of_rupiah": (
        "Prices are whole Rupiah; “{value}” has a fraction.",
        "Harga harus Rupiah bulat; “{value}” memiliki pecahan.",
    ),
    "date_not_allowed": (
        "This cell holds a date ({value}), not {kind}.",
        "Sel ini berisi tanggal ({value}), bukan {kind}.",
    ),
    "bool_not_allowed": (
        "This cell holds TRUE/FALSE, not {kind}.",
        "Sel ini berisi TRUE/FALSE, bukan {kind}.",
    ),
    "not_a_yes_no": ("“{value}” is not yes or no.", "“{value}” bukan Ya atau Tidak."),
    "not_a_condition": (
        "“{value}” is not a condition; use NEW or USED.",
        "“{value}” bukan kondisi; gunakan Baru atau Bekas.",
    ),
    "not_an_action": (
        "“{value}” is not an action; use baru, ubah, hapus or lewati (create, update, delete,"
        " skip).",
        "“{value}” bukan aksi; gunakan baru, ubah, hapus atau lewati.",
    ),
    # ---- routine sync: matching a row to the store's products, and the comparison (app/sync)
    "price_jump": (
        "{before} → {after}: {percent}, is that right?",
        "{before} → {after}: {percent}, sudah benar?",
    ),
    "sync_no_product_with_id": (
        "The store has no product with id {value}.",
        "Tidak ada produk dengan ID {value} di toko.",
    ),
    "sync_sku_twice_on_store": (
        "The store has {count} products with SKU {value}; write the product id to say which.",
        "Toko punya {count} produk dengan SKU {value}; tulis ID produk untuk memilih salah"
        " satunya.",
    ),
    "sync_external_id_twice_on_store": (
        "The store has {count} products with External ID {value}; write the product id to say"
        " which.",
        "Toko punya {count} produk dengan External ID {value}; tulis ID produk untuk memilih"
        " salah satunya.",
    ),
    "sync_sku_of_other_product": (
        "SKU {value} belongs to another product on the store ({other}), not to {product}.",
        "SKU {value} milik produk lain di toko ({other}), bukan milik {product}.",
    ),
    "sync_external_id_of_other_product": (
        "External ID {value} belongs to another product on the store ({other}), not to {product}.",
        "External ID {value} milik produk lain di toko ({other}), bukan milik {product}.",
    ),
    "sync_sku_renamed": (
        "The SKU on the store changes from {before} to {after}.",
        "SKU di toko berubah dari {before} menjadi {after}.",
    ),
    "sync_external_id_kept": (
        "The store knows this product as External ID {store}; an External ID cannot be"
        " changed, so the store keeps it.",
        "Toko mengenal produk ini dengan External ID {store}; External ID tidak bisa diubah,"
        " jadi tetap dipakai.",
    ),
    "sync_same_product_twice": (
        "Row {other} is the same store product ({product}); keep one row per product.",
        "Baris {other} adalah produk toko yang sama ({product}); cukup satu baris per produk.",
    ),
    "sync_update_no_match": (
        "ubah (update), but no product on the store has this row's product id, External ID or SKU.",
        "ubah, tetapi tidak ada produk di toko dengan ID produk, External ID atau SKU baris ini.",
    ),
    "sync_delete_no_match": (
        "hapus (delete), but no product on the store has this row's product id, External ID"
        " or SKU.",
        "hapus, tetapi tidak ada produk di toko dengan ID produk, External ID atau SKU baris ini.",
    ),
    "sync_create_exists": (
        "Already on the store (product {product}); write ubah (update) to change it.",
        "Sudah ada di toko (produk {product}); tulis ubah untuk mengubahnya.",
    ),
    "sync_conflict": (
        "Changed on the store since the export ({exported} → {store}) and in the sheet"
        " ({sheet}): choose which one wins.",
        "Diubah di toko sejak ekspor ({exported} → {store}) dan juga di sheet ({sheet}):"
        " pilih mana yang dipakai.",
    ),
    "not_a_uuid": ("“{value}” is not a valid id (UUID).", "“{value}” bukan ID yang valid (UUID)."),
    "number_lost_digits": (
        "The id {value} was stored as a number and Excel dropped digits.",
        "ID {value} tersimpan sebagai angka dan Excel menghapus sebagian digitnya.",
    ),
    "not_whole_id": ("“{value}” is not a valid code.", "“{value}” bukan kode yang valid."),
    "not_a_url": (
        "“{value}” is not a web address (http or https).",
        "“{value}” bukan alamat web (http atau https).",
    ),
    "excel_error": (
        "The cell shows the Excel error {value}.",
        "Sel menampilkan galat Excel {value}.",
    ),
    "formula_not_cached": (
        "This cell is the formula {formula}, whose result the file does not hold.",
        "Sel ini berisi rumus {formula}, tetapi hasilnya tidak tersimpan di file.",
    ),
    "formula_not_cached_unnamed": (
        "This cell is a formula whose result the file does not hold.",
        "Sel ini berisi rumus, tetapi hasilnya tidak tersimpan di file.",
    ),
    "hidden_row": (
        "Hidden in the workbook — not sent.",
        "Disembunyikan di workbook — tidak dikirim.",
    ),
    "too_long": (
        "{label} is {length} characters long; at most {limit} are allowed.",
        "{label} sepanjang {length} karakter; maksimal {limit}.",
    ),
    "bad_warehouse": (
        "“{value}” is not warehouse stock; write it as warehouse-id:stock.",
        "“{value}” bukan stok gudang; tulis sebagai id-gudang:stok.",
    ),
    "duplicate_warehouse": (
        "Warehouse {value} is listed twice.",
        "Gudang {value} tercantum dua kali.",
    ),
    "empty_warehouses": (
        "Warehouses are given but none has stock.",
        "Gudang diisi tetapi tidak ada stoknya.",
    ),
    "bad_dimensions": (
        "“{value}” is not length × width × height in cm.",
        "“{value}” bukan panjang × lebar × tinggi dalam cm.",
    ),
    "dimensions_incomplete": (
        "Give all three dimensions (length, width, height) or none.",
        "Isi ketiga dimensi (panjang, lebar, tinggi) atau kosongkan semuanya.",
    ),
    "must_be_positive": ("{label} must be more than 0.", "{label} harus lebih dari 0."),
    "must_not_be_negative": ("{label} cannot be negative.", "{label} tidak boleh negatif."),
    "min_order_at_least_one": (
        "Minimum order must be at least 1.",
        "Minimal pembelian paling sedikit 1.",
    ),
    "special_price_not_lower": (
        "The special price ({special}) must be lower than the price ({price}).",
        "Harga coret ({special}) harus lebih rendah dari harga ({price}).",
    ),
    "stock_and_warehouses": (
        "Give either stock or warehouse stock, not both.",
        "Isi stok atau stok gudang, jangan keduanya.",
    ),
    "stock_or_warehouses": (
        "Stock is required (a number, or stock per warehouse).",
        "Stok wajib diisi (angka, atau stok per gudang).",
    ),
    "preorder_period_needed": (
        "A pre-order needs a pre-order period of at least 1 day.",
        "Pre-order memerlukan lama pre-order minimal 1 hari.",
    ),
    "preorder_period_ignored": (
        "Pre-order period {value} is ignored because the product is not on pre-order.",
        "Lama pre-order {value} diabaikan karena produk tidak pre-order.",
    ),
    "at_least_one_photo": ("Add at least one photo.", "Tambahkan minimal satu foto."),
    "duplicate_in_sheet": (
        "{label} “{value}” is also used in row {other}.",
        "{label} “{value}” juga dipakai di baris {other}.",
    ),
    "external_id_generated": (
        "No external ID: one was generated; keep it so a re-upload is recognised.",
        "Tidak ada External ID: dibuatkan otomatis; simpan agar unggah ulang dikenali.",
    ),
    "server": ("{message}", "{message}"),
    "already_exists": (
        "Already on the store before this upload; this upload did not change it.",
        "Sudah ada di toko sebelum unggahan ini; unggahan ini tidak mengubahnya.",
    ),
    "no_product_id": (
        "No product id and no SKU to look it up: nothing to delete.",
        "Tidak ada ID produk maupun SKU untuk mencarinya: tidak ada yang dihapus.",
    ),
    # the store's own data: categories, brands, warehouses (issue 11)
    "categories_not_downloaded": (
        "The category list has not been downloaded yet — connect to the internet once, then"
        " check again.",
        "Daftar kategori belum diunduh — sambungkan ke internet sekali, lalu periksa lagi.",
    ),
    "category_path_too_long": (
        "“{value}” has more than three levels; write category > sub-category > type.",
        "“{value}” lebih dari tiga tingkat; tulis kategori > sub kategori > tipe.",
    ),
    "given_by_path_too": (
        "The category path “{path}” already gives the {kind}; clear this cell.",
        "Jalur kategori “{path}” sudah memuat {kind}; kosongkan sel ini.",
    ),
    "no_such_category": ("There is no category “{value}”.", "Tidak ada kategori “{value}”."),
    "no_such_category_suggest": (
        "There is no category “{value}” — did you mean “{closest}”?",
        "Tidak ada kategori “{value}” — maksud Anda “{closest}”?",
    ),
    "not_under_parent": (
        "There is no {kind} “{value}” under {parent}.",
        "Tidak ada {kind} “{value}” di {parent}.",
    ),
    "not_under_parent_suggest": (
        "There is no {kind} “{value}” under {parent} — did you mean “{closest}”?",
        "Tidak ada {kind} “{value}” di {parent} — maksud Anda “{closest}”?",
    ),
    "unknown_id": (
        "There is no {kind} with the id {value}.",
        "Tidak ada {kind} dengan ID {value}.",
    ),
    "id_not_under_parent": (
        "The id {value} is the {kind} “{name}” elsewhere in the list, not under {parent}.",
        "ID {value} adalah {kind} “{name}” di bagian lain daftar, bukan di {parent}.",
    ),
    "id_not_under_parent_suggest": (
        "The id {value} is the {kind} “{name}” elsewhere in the list, not under {parent} — did"
        " you mean “{closest}” under {parent}?",
        "ID {value} adalah {kind} “{name}” di bagian lain daftar, bukan di {parent} — maksud"
        " Anda “{closest}” di {parent}?",
    ),
    "no_such_brand": ("There is no brand “{value}” on Toco.", "Tidak ada merek “{value}” di Toco."),
    "no_such_brand_suggest": (
        "There is no brand “{value}” on Toco — did you mean “{closest}”?",
        "Tidak ada merek “{value}” di Toco — maksud Anda “{closest}”?",
    ),
    "brands_not_downloaded": (
        "The brand “{value}” has not been looked up on Toco yet — connect to the internet, then"
        " check again.",
        "Merek “{value}” belum dicari di Toco — sambungkan ke internet, lalu periksa lagi.",
    ),
    "warehouses_not_known": (
        "The store's warehouses are not known yet, so “{value}” cannot be matched to one —"
        " connect to the store, then check again.",
        "Gudang toko belum diketahui, jadi “{value}” belum bisa dicocokkan — sambungkan ke toko,"
        " lalu periksa lagi.",
    ),
    "store_has_no_warehouses": (
        "This store has no warehouses; give the stock as one number.",
        "Toko ini tidak punya gudang; isi stok sebagai satu angka.",
    ),
    "no_such_warehouse": (
        "The store has no warehouse “{value}”; its warehouses: {warehouses}.",
        "Toko tidak punya gudang “{value}”; gudangnya: {warehouses}.",
    ),
    "stock_to_every_warehouse": (
        "This stock is written to each of your {count} warehouses ({warehouses}).",
        "Stok ini dicatat di setiap gudang Anda ({count} gudang: {warehouses}).",
    ),
}

HINTS: dict[str, tuple[str, str]] = {
    "required": ("Fill in this cell.", "Isi sel ini."),
    "not_a_number": ("Type digits only, e.g. 250.", "Ketik angka saja, mis. 250."),
    "not_a_price": (
        "Type the price like 200000 or Rp 200.000.",
        "Ketik harga seperti 200000 atau Rp 200.000.",
    ),
    "fraction_of_rupiah": ("Round the price to whole Rupiah.", "Bulatkan harga ke Rupiah."),
    "date_not_allowed": (
        "Excel turned this into a date: format the column as Text and type it again.",
        "Excel mengubahnya menjadi tanggal: format kolom sebagai Teks lalu ketik ulang.",
    ),
    "bool_not_allowed": ("Type the value itself.", "Ketik nilainya langsung."),
    "not_a_yes_no": (
        "Use Ya/Tidak, Yes/No, TRUE/FALSE or 1/0.",
        "Gunakan Ya/Tidak, Yes/No, TRUE/FALSE atau 1/0.",
    ),
    "not_a_condition": ("Pick Baru (NEW) or Bekas (USED).", "Pilih Baru atau Bekas."),
    "not_a_uuid": (
        "Copy the id from Toco Seller Center, e.g. 2fde2994-28a8-4d09-a128-6d744b9e1323.",
        "Salin ID dari Toco Seller Center, mis. 2fde2994-28a8-4d09-a128-6d744b9e1323.",
    ),
    "number_lost_digits": (
        "Format the column as Text and paste the id again.",
        "Format kolom sebagai Teks lalu tempel ID lagi.",
    ),
    "not_whole_id": ("Type the code as text.", "Ketik kode sebagai teks."),
    "not_a_url": (
        "Use a full link starting with https://.",
        "Gunakan tautan lengkap yang diawali https://.",
    ),
    "excel_error": (
        "Fix the formula in the workbook, or type the value.",
        "Perbaiki rumus di workbook, atau ketik nilainya.",
    ),
    "formula_not_cached": (
        "Open the file in Excel or LibreOffice, save it, and open it again.",
        "Buka file di Excel atau LibreOffice, simpan, lalu buka lagi.",
    ),
    "formula_not_cached_unnamed": (
        "Open the file in Excel or LibreOffice, save it, and open it again.",
        "Buka file di Excel atau LibreOffice, simpan, lalu buka lagi.",
    ),
    "hidden_row": (
        "Unhide the row in the workbook, or import again with “Include hidden rows”.",
        "Tampilkan baris ini di workbook, atau impor lagi dengan “Sertakan baris tersembunyi”.",
    ),
    "too_long": ("Shorten the text.", "Persingkat teksnya."),
    "bad_warehouse": ("Example: WH-1:20; WH-2:5", "Contoh: WH-1:20; WH-2:5"),
    "duplicate_warehouse": (
        "Add the stock up in one entry.",
        "Gabungkan stoknya dalam satu entri.",
    ),
    "empty_warehouses": ("Add warehouse-id:stock pairs.", "Tambahkan pasangan id-gudang:stok."),
    "bad_dimensions": ("Example: 12x12x10", "Contoh: 12x12x10"),
    "dimensions_incomplete": ("Fill the missing dimension.", "Isi dimensi yang kosong."),
    "must_be_positive": ("Type a number above 0.", "Ketik angka di atas 0."),
    "must_not_be_negative": ("Type 0 or more.", "Ketik 0 atau lebih."),
    "min_order_at_least_one": ("Type 1 or more.", "Ketik 1 atau lebih."),
    "special_price_not_lower": (
        "Lower the special price, or clear it.",
        "Turunkan harga coret, atau kosongkan.",
    ),
    "stock_and_warehouses": (
        "Clear the stock cell or the warehouse stock.",
        "Kosongkan sel stok atau stok gudang.",
    ),
    "stock_or_warehouses": ("Type the stock, e.g. 10.", "Ketik stoknya, mis. 10."),
    "preorder_period_needed": ("Type the number of days, e.g. 7.", "Ketik jumlah hari, mis. 7."),
    "preorder_period_ignored": (
        "Set Pre-order to Ya, or clear the period.",
        "Atur Pre-order ke Ya, atau kosongkan lamanya.",
    ),
    "at_least_one_photo": (
        "Paste a photo link starting with https://.",
        "Tempel tautan foto yang diawali https://.",
    ),
    "duplicate_in_sheet": (
        "Each product needs its own value.",
        "Setiap produk perlu nilai sendiri.",
    ),
    "external_id_generated": (
        "Save the results so the id is kept.",
        "Simpan hasil agar ID tersimpan.",
    ),
    "already_exists": (
        "Nothing to do; to change it, use the store's edit tools.",
        "Tidak perlu apa-apa; untuk mengubahnya gunakan alat ubah di toko.",
    ),
    "no_product_id": ("Add the Product ID or the SKU.", "Tambahkan ID Produk atau SKU."),
    "categories_not_downloaded": (
        "Or type the ids (UUID) from Toco Seller Center.",
        "Atau ketik ID-nya (UUID) dari Toco Seller Center.",
    ),
    "category_path_too_long": (
        "Example: Fashion Pria > Kaos > Kaos Oblong",
        "Contoh: Fashion Pria > Kaos > Kaos Oblong",
    ),
    "given_by_path_too": (
        "Give the whole path in the category cell, or the three cells, not both.",
        "Isi jalur lengkap di sel kategori, atau tiga sel terpisah, jangan keduanya.",
    ),
    "no_such_category": (
        "Pick the name from the category list, or fix the spelling.",
        "Pilih nama dari daftar kategori, atau perbaiki ejaannya.",
    ),
    "no_such_category_suggest": (
        "Take the suggestion, or pick the name from the category list.",
        "Pakai sarannya, atau pilih nama dari daftar kategori.",
    ),
    "not_under_parent": (
        "Pick the name from the category list, or fix the spelling.",
        "Pilih nama dari daftar kategori, atau perbaiki ejaannya.",
    ),
    "not_under_parent_suggest": (
        "Take the suggestion, or pick the name from the category list.",
        "Pakai sarannya, atau pilih nama dari daftar kategori.",
    ),
    "unknown_id": (
        "Copy the id again, or write the name instead.",
        "Salin ID-nya lagi, atau tulis namanya saja.",
    ),
    "id_not_under_parent": (
        "Check the cells to the left: the chain must be category › sub-category › type.",
        "Periksa sel di sebelah kiri: urutannya harus kategori › sub kategori › tipe.",
    ),
    "id_not_under_parent_suggest": (
        "Take the suggestion, or pick the name from the category list.",
        "Pakai sarannya, atau pilih nama dari daftar kategori.",
    ),
    "no_such_brand": (
        "Pick a brand from the list, or leave the cell empty.",
        "Pilih merek dari daftar, atau kosongkan selnya.",
    ),
    "no_such_brand_suggest": (
        "Take the suggestion, pick a brand from the list, or leave the cell empty.",
        "Pakai sarannya, pilih merek dari daftar, atau kosongkan selnya.",
    ),
    "brands_not_downloaded": (
        "Or type the brand id (UUID), or leave the cell empty.",
        "Atau ketik ID merek (UUID), atau kosongkan selnya.",
    ),
    "warehouses_not_known": (
        "Or write the warehouse's id (clientId) instead of its name.",
        "Atau tulis ID gudang (clientId), bukan namanya.",
    ),
    "store_has_no_warehouses": (
        "Move the stock to the Stock column.",
        "Pindahkan stoknya ke kolom Stok.",
    ),
    "no_such_warehouse": (
        "Use one of the store's warehouse names or ids.",
        "Pakai salah satu nama atau ID gudang toko.",
    ),
    "stock_to_every_warehouse": (
        "To split it, give the stock per warehouse (columns “Stok <warehouse>”).",
        "Untuk membaginya, isi stok per gudang (kolom “Stok <gudang>”).",
    ),
}

# What kind of value a field wanted, for messages such as "a date, not a price".
KIND_WORDS: dict[str, tuple[str, str]] = {
    "text": ("text", "teks"),
    "code": ("a code", "kode"),
    "price": ("a price", "harga"),
    "number": ("a number", "angka"),
    "yes_no": ("yes or no", "ya atau tidak"),
    "condition": ("a condition", "kondisi"),
    "action": ("an action", "aksi"),
    "list": ("a list", "daftar"),
    "links": ("links", "tautan"),
    "warehouses": ("warehouse stock", "stok gudang"),
    "dimensions": ("dimensions", "dimensi"),
    "id": ("an id", "ID"),
    "category": ("category", "kategori"),
    "sub_category": ("sub-category", "sub kategori"),
    "type": ("type", "tipe"),
    "brand": ("brand", "merek"),
}


def render(
    table: dict[str, tuple[str, str]], key: str, params: dict[str, object], lang: Lang
) -> str:
    pair = table.get(key)
    if pair is None:
        return ""
    text = pair[1] if lang == "id" else pair[0]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
