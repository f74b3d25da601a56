<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>Actions</name>
        <message>
            <source>C&amp;lear cells</source>
            <translation>Ko&amp;songkan sel</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>Save a new workbook in the app's own layout and open it</source>
            <translation>Simpan workbook baru dengan tata letak aplikasi lalu buka</translation>
        </message>
        <message>
            <source>&amp;New from template…</source>
            <translation>&amp;Baru dari templat…</translation>
        </message>
        <message>
            <source>How the store's secrets are kept on this computer</source>
            <translation>Cara rahasia toko disimpan di komputer ini</translation>
        </message>
        <message>
            <source>Where your &amp;secrets are kept</source>
            <translation>Tempat &amp;rahasia Anda disimpan</translation>
        </message>
        <message>
            <source>What each store error code means and what to do</source>
            <translation>Arti setiap kode kesalahan dari toko dan apa yang harus dilakukan</translation>
        </message>
        <message>
            <source>Store &amp;errors</source>
            <translation>&amp;Kesalahan dari toko</translation>
        </message>
        <message>
            <source>Every column the app reads, its headers and what you may write in it</source>
            <translation>Setiap kolom yang dibaca aplikasi, judulnya, dan apa yang boleh ditulis di dalamnya</translation>
        </message>
        <message>
            <source>&amp;Spreadsheet format</source>
            <translation>&amp;Format lembar kerja</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="129" />
            <source>Coming with the upload feature.</source>
            <translation>Hadir bersama fitur unggah.</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="131" />
            <source>&amp;Open…</source>
            <translation>&amp;Buka…</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="131" />
            <source>Open a workbook (.xlsx, .xls, .ods, .csv)</source>
            <translation>Buka workbook (.xlsx, .xls, .ods, .csv)</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="132" />
            <source>&amp;Save results</source>
            <translation>&amp;Simpan hasil</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="133" />
            <source>Write status, messages and product ids into a copy of your workbook</source>
            <translation>Tulis status, pesan, dan ID produk ke salinan workbook Anda</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="135" />
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="136" />
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="137" />
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="138" />
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="139" />
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="140" />
            <source>&amp;Find and replace…</source>
            <translation>&amp;Cari dan ganti…</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="141" />
            <source>Fill &amp;down</source>
            <translation>Isi ke &amp;bawah</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="142" />
            <source>Copy the top cell of the selection into the cells below</source>
            <translation>Salin sel teratas pilihan ke sel-sel di bawahnya</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="143" />
            <source>&amp;Add row</source>
            <translation>&amp;Tambah baris</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="144" />
            <source>&amp;Remove added rows</source>
            <translation>&amp;Hapus baris tambahan</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="145" />
            <source>Remove selected rows that were added in the app</source>
            <translation>Hapus baris terpilih yang ditambahkan di aplikasi</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="146" />
            <source>&amp;Problems list</source>
            <translation>Daftar &amp;masalah</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="147" />
            <source>Show &amp;all fields</source>
            <translation>Tampilkan &amp;semua kolom</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="148" />
            <source>Also show the fields your workbook does not have</source>
            <translation>Tampilkan juga kolom yang tidak ada di workbook Anda</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="149" />
            <source>Upload all &amp;ready…</source>
            <translation>Unggah semua yang &amp;siap…</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="150" />
            <source>Send every row without problems that was not sent yet</source>
            <translation>Kirim semua baris tanpa masalah yang belum dikirim</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="152" />
            <source>&amp;Upload selected…</source>
            <translation>&amp;Unggah yang dipilih…</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="153" />
            <source>Send the selected rows to the store</source>
            <translation>Kirim baris yang dipilih ke toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="154" />
            <source>Re&amp;try failed…</source>
            <translation>Kirim &amp;ulang yang gagal…</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="155" />
            <source>Send again only the rows that failed, were rejected or were edited since they were sent</source>
            <translation>Kirim ulang hanya baris yang gagal, ditolak, atau diubah sejak dikirim</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="159" />
            <source>Check &amp;pending rows</source>
            <translation>&amp;Periksa baris yang diproses</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="160" />
            <source>Ask the store again whether the rows still pending are live now</source>
            <translation>Tanyakan lagi ke toko apakah baris yang masih diproses sudah tayang</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="157" />
            <source>&amp;Delete selected from the store…</source>
            <translation>&amp;Hapus yang dipilih dari toko…</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="158" />
            <source>Delete the products of the selected rows from the store (by product id, or found by SKU)</source>
            <translation>Hapus produk dari baris yang dipilih dari toko (lewat ID produk, atau dicari lewat SKU)</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="160" />
            <source>&amp;Stores…</source>
            <translation>&amp;Toko…</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="161" />
            <source>&amp;History…</source>
            <translation>&amp;Riwayat…</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="162" />
            <source>&amp;About Toco Uploader</source>
            <translation>&amp;Tentang Toco Uploader</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="163" />
            <source>Clear the list</source>
            <translation>Kosongkan daftar</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="169" />
            <source>Open &amp;recent</source>
            <translation>Buka &amp;terakhir</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="171" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="172" />
            <source>&amp;Edit</source>
            <translation>&amp;Ubah</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="173" />
            <source>S&amp;tore</source>
            <translation>&amp;Toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="174" />
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="175" />
            <source>&amp;Language</source>
            <translation>&amp;Bahasa</translation>
        </message>
        <message>
            <location filename="../../app/gui/actions.py" line="176" />
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>Refresh &amp;categories</source>
            <translation>Perbarui &amp;kategori</translation>
        </message>
        <message>
            <source>Download the store's categories, brands and warehouses again</source>
            <translation>Unduh ulang kategori, merek, dan gudang toko</translation>
        </message>
        <message>
            <source>Do&amp;wnload products from store…</source>
            <translation>Un&amp;duh produk dari toko…</translation>
        </message>
        <message>
            <source>Save every product of the store in a new workbook and open it</source>
            <translation>Simpan semua produk toko di workbook baru lalu buka</translation>
        </message>
        <message>
            <source>C&amp;ompare with store</source>
            <translation>&amp;Bandingkan dengan toko</translation>
        </message>
        <message>
            <source>Mark in blue every cell whose value differs from the store's</source>
            <translation>Tandai biru setiap sel yang nilainya berbeda dengan di toko</translation>
        </message>
        <message>
            <source>Resolve co&amp;nflicts…</source>
            <translation>Selesaikan ko&amp;nflik…</translation>
        </message>
        <message>
            <source>Choose which value wins where the store and the sheet both changed</source>
            <translation>Pilih nilai yang dipakai bila toko dan sheet sama-sama mengubahnya</translation>
        </message>
        <message>
            <source>S&amp;ync with store…</source>
            <translation>S&amp;inkronkan dengan toko…</translation>
        </message>
        <message>
            <source>Send only what changed: new rows, prices, stock and other fields</source>
            <translation>Kirim hanya yang berubah: baris baru, harga, stok, dan kolom lain</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../app/gui/commands.py" line="58" />
            <source>Add row</source>
            <translation>Tambah baris</translation>
        </message>
        <message>
            <location filename="../../app/gui/commands.py" line="72" />
            <source>Remove rows</source>
            <translation>Hapus baris</translation>
        </message>
    </context>
    <context>
        <name>DeleteConfirmDialog</name>
        <message>
            <location filename="../../app/gui/send_dialogs.py" line="67" />
            <source>Delete products from the store</source>
            <translation>Hapus produk dari toko</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="68" />
            <source>Delete %n product(s) from %1? This cannot be undone.</source>
            <translation>
                <numerusform>Hapus %n produk dari %1? Tindakan ini tidak dapat dibatalkan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="70" />
            <source>%n of them shown live or pending here.</source>
            <translation>
                <numerusform>%n di antaranya tampil tayang atau diproses di sini.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="72" />
            <source>%n row(s) have no product id: they are looked up by SKU first.</source>
            <translation>
                <numerusform>%n baris tidak punya ID produk: dicari dulu lewat SKU.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="75" />
            <source>%n row(s) have neither a product id nor a SKU and are skipped.</source>
            <translation>
                <numerusform>%n baris tidak punya ID produk maupun SKU dan dilewati.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/send_dialogs.py" line="77" />
            <source>Store address: %1</source>
            <translation>Alamat toko: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_dialogs.py" line="81" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>DimensionsDialog</name>
        <message>
            <location filename="../../app/gui/editors.py" line="151" />
            <source>Dimensions (cm)</source>
            <translation>Dimensi (cm)</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="152" />
            <source>Fill all three, or leave all three empty.</source>
            <translation>Isi ketiganya, atau biarkan ketiganya kosong.</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="155" />
            <source>Length</source>
            <translation>Panjang</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="155" />
            <source>Width</source>
            <translation>Lebar</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="155" />
            <source>Height</source>
            <translation>Tinggi</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/gui/grid/filter_bar.py" line="1" />
            <source>Photo problems</source>
            <translation>Foto bermasalah</translation>
        </message>
        <message>
            <location filename="../../app/gui/filterbar.py" line="46" />
            <source>All rows</source>
            <translation>Semua baris</translation>
        </message>
        <message>
            <location filename="../../app/gui/filterbar.py" line="47" />
            <source>With problems</source>
            <translation>Bermasalah</translation>
        </message>
        <message>
            <location filename="../../app/gui/filterbar.py" line="48" />
            <source>Rejected by the store</source>
            <translation>Ditolak toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/filterbar.py" line="49" />
            <source>Not yet sent</source>
            <translation>Belum dikirim</translation>
        </message>
        <message>
            <location filename="../../app/gui/filterbar.py" line="52" />
            <source>Search name, SKU, any cell…</source>
            <translation>Cari nama, SKU, sel apa pun…</translation>
        </message>
        <message>
            <source>Changes only</source>
            <translation>Hanya yang berubah</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <location filename="../../app/gui/find_replace.py" line="128" />
            <source>Find and replace</source>
            <translation>Cari dan ganti</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="129" />
            <source>Find:</source>
            <translation>Cari:</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="130" />
            <source>Replace with:</source>
            <translation>Ganti dengan:</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="131" />
            <source>Match case</source>
            <translation>Cocokkan huruf besar/kecil</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="132" />
            <source>Find next</source>
            <translation>Cari berikutnya</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="133" />
            <source>Replace</source>
            <translation>Ganti</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="134" />
            <source>Replace all</source>
            <translation>Ganti semua</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="135" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="148" />
            <source>Not found.</source>
            <translation>Tidak ditemukan.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/find_replace.py" line="159" />
            <source>%n cell(s) replaced.</source>
            <translation>
                <numerusform>%n sel diganti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replaced.</source>
            <translation>Sudah diganti.</translation>
        </message>
        <message>
            <source>Replaced. No more matches.</source>
            <translation>Sudah diganti. Tidak ada lagi yang cocok.</translation>
        </message>
    </context>
    <context>
        <name>Finder</name>
        <message>
            <location filename="../../app/gui/find_replace.py" line="77" />
            <source>Replace</source>
            <translation>Ganti</translation>
        </message>
        <message>
            <location filename="../../app/gui/find_replace.py" line="90" />
            <source>Replace all</source>
            <translation>Ganti semua</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="99" />
            <source>Upload</source>
            <translation>Unggah</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="99" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="108" />
            <source>Request %1</source>
            <translation>Permintaan %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="118" />
            <source>Job %1 of this workbook did not finish (%2). Resume it to send what it had not sent yet; rows already answered are not sent again.</source>
            <translation>Pekerjaan %1 untuk workbook ini belum selesai (%2). Lanjutkan untuk mengirim yang belum terkirim; baris yang sudah dijawab tidak dikirim lagi.</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="157" />
            <source>Job %1: %2, %3</source>
            <translation>Pekerjaan %1: %2, %3</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="159" />
            <source>Started: %1</source>
            <translation>Dimulai: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="160" />
            <source>Workbook: %1 (sheet %2)</source>
            <translation>Workbook: %1 (sheet %2)</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="162" />
            <source>Store: %1 (%2)</source>
            <translation>Toko: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="164" />
            <source>Rows: %1</source>
            <translation>Baris: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="182" />
            <source>finished</source>
            <translation>selesai</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="182" />
            <source>cancelled</source>
            <translation>dibatalkan</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="183" />
            <source>stopped</source>
            <translation>terhenti</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="183" />
            <source>interrupted</source>
            <translation>terputus</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="184" />
            <source>not sent</source>
            <translation>belum dikirim</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="184" />
            <source>no answer</source>
            <translation>tanpa jawaban</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="185" />
            <source>answered</source>
            <translation>dijawab</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="188" />
            <source>Job history</source>
            <translation>Riwayat pekerjaan</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="189" />
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="189" />
            <source>Job</source>
            <translation>Pekerjaan</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="189" />
            <source>Workbook</source>
            <translation>Workbook</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="190" />
            <source>Rows</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="190" />
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="190" />
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="191" />
            <source>Copy details</source>
            <translation>Salin rincian</translation>
        </message>
        <message>
            <location filename="../../app/gui/history_dialog.py" line="192" />
            <source>Resume this job</source>
            <translation>Lanjutkan pekerjaan ini</translation>
        </message>
        <message>
            <source>request id %1</source>
            <translation>request id %1</translation>
        </message>
        <message>
            <source>batch id %1</source>
            <translation>batch id %1</translation>
        </message>
        <message>
            <source>Request %1: request id %2, batch id %3 (%4)</source>
            <translation>Permintaan %1: request id %2, batch id %3 (%4)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Pemeriksaan</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="88" />
            <source>Import “%1”</source>
            <translation>Impor “%1”</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="90" />
            <source>Check which column holds what. Columns marked “not sent” stay in your workbook but are not uploaded.</source>
            <translation>Periksa isi setiap kolom. Kolom bertanda “tidak dikirim” tetap ada di workbook Anda tetapi tidak diunggah.</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="95" />
            <source>Header row:</source>
            <translation>Baris judul kolom:</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="106" />
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="106" />
            <source>Header in your sheet</source>
            <translation>Judul di sheet Anda</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="106" />
            <source>Field</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="107" />
            <source>Match</source>
            <translation>Kecocokan</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="107" />
            <source>First value</source>
            <translation>Nilai pertama</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="116" />
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="127" />
            <source>— not sent —</source>
            <translation>— tidak dikirim —</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="141" />
            <source>length</source>
            <translation>panjang</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="141" />
            <source>width</source>
            <translation>lebar</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="142" />
            <source>height</source>
            <translation>tinggi</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/import_dialog.py" line="195" />
            <source>%1 field(s) matched · %2 column(s) not sent · %n row(s) below the header</source>
            <translation>
                <numerusform>%1 data cocok · %2 kolom tidak dikirim · %n baris di bawah judul</numerusform>
            </translation>
        </message>
        <message>
            <source>Column %1 is hidden in the workbook and was left out.</source>
            <translation>Kolom %1 disembunyikan di workbook dan tidak dipakai.</translation>
        </message>
        <message>
            <source>Columns %1 are hidden in the workbook and were left out.</source>
            <translation>Kolom %1 disembunyikan di workbook dan tidak dipakai.</translation>
        </message>
        <message numerus="yes">
            <source>Include hidden rows (%n row(s) hidden in the workbook)</source>
            <translation>
                <numerusform>Sertakan baris tersembunyi (%n baris disembunyikan di workbook)</numerusform>
            </translation>
        </message>
        <message>
            <source>Hidden rows are shown greyed and are not sent unless you include them.</source>
            <translation>Baris tersembunyi ditampilkan abu-abu dan tidak dikirim, kecuali Anda menyertakannya.</translation>
        </message>
        <message>
            <location filename="../../app/gui/workbook/import_dialog.py" line="120" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>ListDialog</name>
        <message>
            <location filename="../../app/gui/editors.py" line="49" />
            <source>One item per line. Double-click to change.</source>
            <translation>Satu item per baris. Klik dua kali untuk mengubah.</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="54" />
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="54" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="55" />
            <source>Up</source>
            <translation>Naik</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="56" />
            <source>Down</source>
            <translation>Turun</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The template could not be saved as %1: %2</source>
            <translation>Templat tidak dapat disimpan sebagai %1: %2</translation>
        </message>
        <message>
            <source>The template was not written</source>
            <translation>Templat tidak tersimpan</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Workbook Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>New workbook from the template</source>
            <translation>Workbook baru dari templat</translation>
        </message>
        <message>
            <source>Toco products.xlsx</source>
            <translation>Produk Toco.xlsx</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="133" />
            <source>Autosave failed: %1</source>
            <translation>Simpan otomatis gagal: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="195" />
            <source>Open a workbook</source>
            <translation>Buka workbook</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="196" />
            <source>Workbooks (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
            <translation>Workbook (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/main_window.py" line="220" />
            <source>%n product row(s) loaded.</source>
            <translation>
                <numerusform>%n baris produk dimuat.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="227" />
            <source>Cannot open the workbook</source>
            <translation>Workbook tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="307" />
            <source>Rows from your workbook stay in the grid; delete them in the workbook itself.</source>
            <translation>Baris dari workbook Anda tetap di tabel; hapus langsung di workbook.</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="319" />
            <source>Saving results…</source>
            <translation>Menyimpan hasil…</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="322" />
            <source>Results saved to %1</source>
            <translation>Hasil disimpan ke %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="327" />
            <source>Could not save the results</source>
            <translation>Hasil tidak dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="333" />
            <source>About Toco Uploader</source>
            <translation>Tentang Toco Uploader</translation>
        </message>
        <message>
            <location filename="../../app/gui/main_window.py" line="334" />
            <source>&lt;b&gt;Toco Uploader %1&lt;/b&gt;&lt;p&gt;Upload products from your Excel workbooks to the Toco marketplace, see every problem where it is, fix it and send again.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Toco Uploader %1&lt;/b&gt;&lt;p&gt;Unggah produk dari workbook Excel Anda ke marketplace Toco, lihat setiap masalah tepat di selnya, perbaiki, lalu kirim lagi.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_menu.py" line="72" />
            <source>A job of this workbook did not finish: resume it from Store → History.</source>
            <translation>Ada pekerjaan untuk workbook ini yang belum selesai: lanjutkan dari Toko → Riwayat.</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <location filename="../../app/gui/notices.py" line="26" />
            <source>Toco Uploader</source>
            <translation>Toco Uploader</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../app/gui/problems.py" line="55" />
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../app/gui/problems.py" line="56" />
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location filename="../../app/gui/problems.py" line="57" />
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <location filename="../../app/gui/problems.py" line="83" />
            <source>(whole row)</source>
            <translation>(seluruh baris)</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Perbaiki</translation>
        </message>
        <message>
            <source>Use “%1”</source>
            <translation>Pakai “%1”</translation>
        </message>
        <message>
            <source>Write “%1” into the cell (Edit → Undo takes it back)</source>
            <translation>Tulis “%1” ke sel ini (Edit → Urungkan untuk membatalkan)</translation>
        </message>
        <message>
            <source>Use suggestion</source>
            <translation>Pakai saran</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDock</name>
        <message numerus="yes">
            <location filename="../../app/gui/problems.py" line="135" />
            <source>Problems (%n)</source>
            <translation>
                <numerusform>Masalah (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n catatan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProductGrid</name>
        <message>
            <location filename="../../app/gui/grid.py" line="192" />
            <source>Paste</source>
            <translation>Tempel</translation>
        </message>
        <message>
            <location filename="../../app/gui/grid.py" line="208" />
            <source>Fill down</source>
            <translation>Isi ke bawah</translation>
        </message>
        <message>
            <location filename="../../app/gui/grid.py" line="215" />
            <source>Clear cells</source>
            <translation>Kosongkan sel</translation>
        </message>
        <message>
            <source>Choose brand</source>
            <translation>Pilih merek</translation>
        </message>
        <message>
            <source>Choose category</source>
            <translation>Pilih kategori</translation>
        </message>
    </context>
    <context>
        <name>ProductModel</name>
        <message>
            <location filename="../../app/gui/model.py" line="166" />
            <source>Row in the workbook</source>
            <extracomment>True while a job sends the rows: nothing may change them under it.</extracomment>
            <translation>Baris di workbook</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="168" />
            <source>Row added in the app</source>
            <translation>Baris ditambahkan di aplikasi</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="175" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="179" />
            <source>What happens to the row: ready to send, has problems, or what the store answered</source>
            <translation>Keadaan baris: siap dikirim, bermasalah, atau jawaban dari toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="182" />
            <source>Required.</source>
            <translation>Wajib diisi.</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="289" />
            <source>Edit {0}</source>
            <translation>Ubah {0}</translation>
        </message>
        <message>
            <source>Id: %1</source>
            <translation>ID: %1</translation>
        </message>
        <message>
            <source>hidden — not sent</source>
            <translation>tersembunyi — tidak dikirim</translation>
        </message>
        <message>
            <source>Default: %1 — the marketplace default</source>
            <translation>Bawaan: %1 — nilai bawaan marketplace</translation>
        </message>
        <message>
            <source>Empty: %1, the marketplace default.</source>
            <translation>Jika kosong: %1, nilai bawaan marketplace.</translation>
        </message>
    </context>
    <context>
        <name>ProductStatusBar</name>
        <message numerus="yes">
            <location filename="../../app/gui/statusbar.py" line="67" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n baris</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/statusbar.py" line="67" />
            <source>%n ready</source>
            <translation>
                <numerusform>%n siap</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/statusbar.py" line="68" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n bermasalah</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/statusbar.py" line="69" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n dipilih</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/statusbar.py" line="71" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n ditampilkan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="87" />
            <source>Starting…</source>
            <translation>Memulai…</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="92" />
            <source>Deleting from %1</source>
            <translation>Menghapus dari %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="94" />
            <source>Checking pending rows on %1</source>
            <translation>Memeriksa baris yang diproses di %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="93" />
            <source>Uploading to %1</source>
            <translation>Mengunggah ke %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/progress_panel.py" line="101" />
            <source>%1 of %n row(s)</source>
            <translation>
                <numerusform>%1 dari %n baris</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/progress_panel.py" line="104" />
            <source>Looking up %1 of %n SKU(s)</source>
            <translation>
                <numerusform>Mencari %1 dari %n SKU</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="108" />
            <source>%1 rows/s</source>
            <translation>%1 baris/detik</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/progress_panel.py" line="110" />
            <source>about %n second(s) left</source>
            <translation>
                <numerusform>sekitar %n detik lagi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="111" />
            <source>estimating the time left…</source>
            <translation>menghitung sisa waktu…</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="116" />
            <source>Cancelling after the requests already sent…</source>
            <translation>Membatalkan setelah permintaan yang sudah terkirim…</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="142" />
            <source>Stopped: %1</source>
            <translation>Terhenti: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="144" />
            <source>Cancelled: %1</source>
            <translation>Dibatalkan: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="146" />
            <source>Delete finished: %1</source>
            <translation>Penghapusan selesai: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="150" />
            <source>Checking pending rows: %1</source>
            <translation>Memeriksa baris yang diproses: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="152" />
            <source>Pending rows checked: %1</source>
            <translation>Baris yang diproses sudah diperiksa: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="148" />
            <source>Upload finished: %1</source>
            <translation>Unggahan selesai: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/progress_panel.py" line="157" />
            <source>Waiting for the store to confirm %n pending product(s)…</source>
            <translation>
                <numerusform>Menunggu toko mengonfirmasi %n produk yang diproses…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="166" />
            <source>Rows still pending can be checked again later with Store → Check pending rows.</source>
            <translation>Baris yang masih diproses dapat diperiksa lagi nanti lewat Toko → Periksa baris yang diproses.</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="160" />
            <source>Request ids: %1</source>
            <translation>ID permintaan: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="172" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="173" />
            <source>Copy ids for support</source>
            <translation>Salin ID untuk dukungan</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="174" />
            <source>Copy the request and batch ids of this job</source>
            <translation>Salin ID permintaan dan ID batch pekerjaan ini</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="175" />
            <source>Show rejected rows</source>
            <translation>Tampilkan baris yang ditolak</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="176" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../app/gui/progress_panel.py" line="152" />
            <source>Rows not sent are still ready; send them again or resume the job from Store → History.</source>
            <translation>Baris yang belum terkirim masih siap; kirim lagi atau lanjutkan pekerjaan dari Toko → Riwayat.</translation>
        </message>
        <message>
            <source>Request and batch ids copied: paste them into your message to support.</source>
            <translation>Request id dan batch id sudah disalin: tempelkan ke pesan Anda untuk tim dukungan.</translation>
        </message>
        <message>
            <source>Syncing with %1</source>
            <translation>Menyinkronkan dengan %1</translation>
        </message>
        <message>
            <source>Sync finished: %1</source>
            <translation>Sinkronisasi selesai: %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../app/gui/opener.py" line="53" />
            <source>Restore your work?</source>
            <translation>Pulihkan pekerjaan Anda?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/opener.py" line="54" />
            <source>Your changes to %1 from %2 (%n row(s)) were kept. Restore them?</source>
            <translation>
                <numerusform>Perubahan Anda pada %1 dari %2 (%n baris) tersimpan. Pulihkan?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/opener.py" line="56" />
            <source>No: open the workbook as it is and forget them.</source>
            <translation>Tidak: buka workbook apa adanya dan lupakan perubahan itu.</translation>
        </message>
    </context>
    <context>
        <name>SendFlow</name>
        <message>
            <location filename="../../app/gui/send_flow.py" line="90" />
            <source>Select the rows to upload first.</source>
            <translation>Pilih dulu baris yang akan diunggah.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="97" />
            <source>No row is ready to send: fix the red cells first.</source>
            <translation>Belum ada baris yang siap dikirim: perbaiki dulu sel yang merah.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="104" />
            <source>Nothing to send again: no row failed, was rejected or was edited since it was sent.</source>
            <translation>Tidak ada yang perlu dikirim ulang: tidak ada baris yang gagal, ditolak, atau diubah sejak dikirim.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="116" />
            <source>None of the chosen rows can be sent: %1 have problems, %2 are already on the store.</source>
            <translation>Tidak ada baris terpilih yang dapat dikirim: %1 bermasalah, %2 sudah ada di toko.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="132" />
            <source>Select the rows whose products should be deleted first.</source>
            <translation>Pilih dulu baris yang produknya akan dihapus.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="140" />
            <source>None of the selected rows has a product id or a SKU, so there is nothing to delete.</source>
            <translation>Tidak ada baris terpilih yang punya ID produk atau SKU, jadi tidak ada yang dihapus.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="163" />
            <location filename="../../app/gui/send_flow.py" line="316" />
            <source>The job cannot be resumed</source>
            <translation>Pekerjaan tidak dapat dilanjutkan</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="164" />
            <source>This delete job was not started from this window's rows.</source>
            <translation>Pekerjaan hapus ini tidak dimulai dari baris di jendela ini.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="182" />
            <source>Pending rows can be checked once the running job or the saving of results is over.</source>
            <translation>Baris yang diproses dapat diperiksa setelah pekerjaan yang berjalan atau penyimpanan hasil selesai.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="191" />
            <source>The pending rows are already being checked.</source>
            <translation>Baris yang diproses sedang diperiksa.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="192" />
            <source>No row is pending: there is nothing to check.</source>
            <translation>Tidak ada baris yang masih diproses: tidak ada yang perlu diperiksa.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="200" />
            <source>Choose your store in Store → Stores… first: pending rows are checked on the chosen store.</source>
            <translation>Pilih toko Anda di Toko → Toko… terlebih dahulu: baris yang diproses diperiksa di toko yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="304" />
            <source>No store chosen</source>
            <translation>Belum ada toko yang dipilih</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="305" />
            <source>Add your store and choose it in Store → Stores… first. To try the app without a store, start it with: toco-uploader --demo</source>
            <translation>Tambahkan toko Anda lalu pilih di Toko → Toko… terlebih dahulu. Untuk mencoba aplikasi tanpa toko, jalankan: toco-uploader --demo</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_flow.py" line="317" />
            <source>Job %1 was sent to %2 (%3), which is not one of your stores now.</source>
            <translation>Pekerjaan %1 dikirim ke %2 (%3), yang sekarang tidak ada di daftar toko Anda.</translation>
        </message>
        <message>
            <source>The chosen rows are hidden in the workbook and are not sent. To send them, open the workbook again and tick “Include hidden rows”.</source>
            <translation>Baris yang dipilih disembunyikan di workbook dan tidak dikirim. Untuk mengirimnya, buka lagi workbook-nya lalu centang “Sertakan baris tersembunyi”.</translation>
        </message>
        <message numerus="yes">
            <source>Already on the store: %n row(s) were not sent. This upload does not change products that are live; changing their price or stock will come with sync.</source>
            <translation>
                <numerusform>Sudah ada di toko: %n baris tidak dikirim. Unggahan ini tidak mengubah produk yang sudah tayang; mengubah harga atau stoknya akan bisa lewat sinkronisasi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to delete: %1 of the selected rows are already deleted and %2 have neither a product id nor a SKU.</source>
            <translation>Tidak ada yang dihapus: %1 baris yang dipilih sudah dihapus dan %2 baris tidak punya ID produk maupun SKU.</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected row(s) are already deleted: there is nothing to delete.</source>
            <translation>
                <numerusform>%n baris yang dipilih sudah dihapus: tidak ada yang perlu dihapus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected row(s) are not on the store, so there was nothing to delete. Their status is unchanged.</source>
            <translation>
                <numerusform>%n baris yang dipilih tidak ada di toko, jadi tidak ada yang dihapus. Statusnya tidak berubah.</numerusform>
            </translation>
        </message>
        <message>
            <source>Job %1 is part of a sync the journal no longer holds.</source>
            <translation>Pekerjaan %1 adalah bagian dari sinkronisasi yang sudah tidak ada di riwayat.</translation>
        </message>
    </context>
    <context>
        <name>SheetPicker</name>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="50" />
            <source>Choose a sheet</source>
            <translation>Pilih sheet</translation>
        </message>
        <message>
            <location filename="../../app/gui/import_dialog.py" line="52" />
            <source>This workbook has several sheets. Which one holds your products?</source>
            <translation>Workbook ini punya beberapa sheet. Sheet mana yang berisi produk Anda?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/import_dialog.py" line="56" />
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1 (%n baris)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../app/gui/model.py" line="58" />
            <source>ready</source>
            <extracomment>The status words as the grid shows them (lupdate collects them; they stay stable words).</extracomment>
            <translation>siap</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="59" />
            <source>invalid</source>
            <translation>tidak valid</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="60" />
            <source>pending</source>
            <translation>diproses</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="61" />
            <source>live</source>
            <translation>tayang</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>belum dikonfirmasi</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="62" />
            <source>exists</source>
            <translation>sudah ada</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="63" />
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="64" />
            <source>failed</source>
            <translation>gagal</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="65" />
            <source>skipped</source>
            <translation>dilewati</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="66" />
            <source>deleted</source>
            <translation>dihapus</translation>
        </message>
        <message>
            <location filename="../../app/gui/model.py" line="67" />
            <source>delete failed</source>
            <translation>gagal dihapus</translation>
        </message>
    </context>
    <context>
        <name>StoreForm</name>
        <message>
            <location filename="../../app/gui/store_form.py" line="60" />
            <source>Demo credentials, kept in memory</source>
            <translation>Kredensial demo, disimpan di memori</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="61" />
            <source>Saved in the system keyring; type to replace</source>
            <translation>Tersimpan di keyring sistem; ketik untuk mengganti</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="76" />
            <source>Kept only in the system keyring</source>
            <translation>Hanya disimpan di keyring sistem</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="94" />
            <source>partner client id</source>
            <translation>ID klien partner</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="95" />
            <source>store client id</source>
            <translation>ID klien toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="97" />
            <source>Enter the %1.</source>
            <translation>Isi %1.</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="107" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="107" />
            <source>Environment</source>
            <translation>Lingkungan</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="107" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="108" />
            <source>Partner client id</source>
            <translation>ID klien partner</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="108" />
            <source>Store client id</source>
            <translation>ID klien toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="109" />
            <source>Partner secret</source>
            <translation>Rahasia partner</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="109" />
            <source>Store token</source>
            <translation>Token toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="115" />
            <source>Production</source>
            <translation>Produksi</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="115" />
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_form.py" line="116" />
            <source>Custom address</source>
            <translation>Alamat khusus</translation>
        </message>
        <message>
            <source>A store with a custom address needs its base URL (ending in /api/v1).</source>
            <translation>Toko dengan alamat khusus perlu alamat dasarnya (berakhiran /api/v1).</translation>
        </message>
        <message>
            <source>The base URL must start with https:// (it is %1).</source>
            <translation>Alamat dasar harus diawali https:// (sekarang %1).</translation>
        </message>
        <message>
            <source>Give the store a name (without ':').</source>
            <translation>Beri nama tokonya (tanpa tanda ':').</translation>
        </message>
    </context>
    <context>
        <name>StoreWords</name>
        <message>
            <location filename="../../app/gui/store_words.py" line="40" />
            <source>Request id for support: %1</source>
            <translation>ID permintaan untuk dukungan: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="48" />
            <source>The store refused access</source>
            <translation>Toko menolak akses</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="54" />
            <source>The store did not accept the credentials</source>
            <translation>Toko tidak menerima kredensial</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="56" />
            <source>The store says this computer's clock is wrong. Check the date, time and time zone of this computer, then try again.</source>
            <translation>Menurut toko, jam komputer ini salah. Periksa tanggal, jam, dan zona waktu komputer ini, lalu coba lagi.</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores/words.py" line="70" />
            <source>The store's certificate could not be verified</source>
            <translation>Sertifikat toko tidak dapat diverifikasi</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores/words.py" line="72" />
            <source>This computer cannot be sure it is talking to the real store, so nothing was sent. Check the store address in Store → Stores…, and this computer's date and time.</source>
            <translation>Komputer ini tidak dapat memastikan bahwa ia terhubung ke toko yang asli, jadi tidak ada yang dikirim. Periksa alamat toko di Toko → Toko…, serta tanggal dan jam komputer ini.</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="65" />
            <source>The store could not be reached</source>
            <translation>Toko tidak dapat dihubungi</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="66" />
            <source>No answer came from the store. Check the internet connection and the store address, then try again. Rows already answered keep their results.</source>
            <translation>Tidak ada jawaban dari toko. Periksa koneksi internet dan alamat toko, lalu coba lagi. Baris yang sudah dijawab tetap menyimpan hasilnya.</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="71" />
            <source>The store address is not usable</source>
            <translation>Alamat toko tidak dapat dipakai</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="72" />
            <source>Check the store's address in Store → Stores… (it must start with https://).</source>
            <translation>Periksa alamat toko di Toko → Toko… (harus diawali https://).</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="76" />
            <source>The store is busy</source>
            <translation>Toko sedang sibuk</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="77" />
            <source>The store kept answering that it is busy or has a problem. Wait a few minutes and send again.</source>
            <translation>Toko terus menjawab bahwa sedang sibuk atau ada masalah. Tunggu beberapa menit lalu kirim lagi.</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="81" />
            <source>The store answered with an error</source>
            <translation>Toko menjawab dengan kesalahan</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="83" />
            <source>The system keyring cannot be used</source>
            <translation>Keyring sistem tidak dapat dipakai</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="84" />
            <source>The store secrets are kept only in the system keyring, never in a file, and the keyring did not answer. Unlock or install it, then try again.</source>
            <translation>Rahasia toko hanya disimpan di keyring sistem, tidak pernah di berkas, dan keyring tidak menjawab. Buka kunci atau pasang keyring, lalu coba lagi.</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="89" />
            <source>The store's secrets are missing</source>
            <translation>Rahasia toko tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="93" />
            <source>The store profiles cannot be read</source>
            <translation>Profil toko tidak dapat dibaca</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="95" />
            <source>The job cannot be resumed</source>
            <translation>Pekerjaan tidak dapat dilanjutkan</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="97" />
            <source>The job history cannot be used</source>
            <translation>Riwayat pekerjaan tidak dapat dipakai</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="99" />
            <source>Something went wrong</source>
            <translation>Terjadi masalah</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="100" />
            <source>The job stopped because of an unexpected problem; nothing in your workbook was changed. Details: %1</source>
            <translation>Pekerjaan berhenti karena masalah tak terduga; tidak ada yang diubah di workbook Anda. Rincian: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="108" />
            <source>Connected: the store accepted these credentials.</source>
            <translation>Terhubung: toko menerima kredensial ini.</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="49" />
            <source>The store did not accept the store client id or the store token (the token may have been revoked, or the store is blocked). Check them in Store → Stores.</source>
            <translation>Toko tidak menerima ID klien toko atau token toko (token mungkin sudah dicabut, atau toko diblokir). Periksa keduanya di Toko → Toko.</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="60" />
            <source>The store did not accept the request signature: check the partner client id and the partner secret in Store → Stores.</source>
            <translation>Toko tidak menerima tanda tangan permintaan: periksa ID klien partner dan rahasia partner di Toko → Toko.</translation>
        </message>
        <message>
            <location filename="../../app/gui/store_words.py" line="90" />
            <source>Enter the partner secret and the store token again in Store → Stores.</source>
            <translation>Isi lagi rahasia partner dan token toko di Toko → Toko.</translation>
        </message>
        <message>
            <source>The connection broke after the request was sent: the store may have received it.</source>
            <translation>Koneksi terputus setelah permintaan terkirim: mungkin toko sudah menerimanya.</translation>
        </message>
        <message>
            <source>The connection to the store could not be made.</source>
            <translation>Tidak bisa tersambung ke toko.</translation>
        </message>
    </context>
    <context>
        <name>StoresDialog</name>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="107" />
            <source> (demo, in memory)</source>
            <extracomment>[ours] the SKU a connection test asks for: no real product has it.</extracomment>
            <translation> (demo, di memori)</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="157" />
            <source>There is already a store named %1.</source>
            <translation>Sudah ada toko bernama %1.</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="162" />
            <source>Enter the partner secret and the store token.</source>
            <translation>Isi rahasia partner dan token toko.</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="178" />
            <source>Saved %1; its secrets are in the system keyring.</source>
            <translation>%1 disimpan; rahasianya ada di keyring sistem.</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="186" />
            <source>Remove store</source>
            <translation>Hapus toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="187" />
            <source>Remove the store %1 and its secrets from this computer?</source>
            <translation>Hapus toko %1 beserta rahasianya dari komputer ini?</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="210" />
            <source>Uploads now go to %1.</source>
            <translation>Unggahan sekarang dikirim ke %1.</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="245" />
            <source>Testing the connection…</source>
            <translation>Menguji koneksi…</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="260" />
            <source>Stores</source>
            <translation>Toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="261" />
            <source>Add store</source>
            <translation>Tambah toko</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="262" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="263" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="264" />
            <source>Test connection</source>
            <translation>Uji koneksi</translation>
        </message>
        <message>
            <location filename="../../app/gui/stores_dialog.py" line="265" />
            <source>Use this store</source>
            <translation>Pakai toko ini</translation>
        </message>
    </context>
    <context>
        <name>UploadConfirmDialog</name>
        <message>
            <location filename="../../app/gui/send_dialogs.py" line="39" />
            <source>Send again</source>
            <translation>Kirim ulang</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_dialogs.py" line="39" />
            <source>Upload products</source>
            <translation>Unggah produk</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="40" />
            <source>Send %n product row(s) to %1?</source>
            <translation>
                <numerusform>Kirim %n baris produk ke %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="44" />
            <source>%n row(s) skipped because of problems (fix the red cells first).</source>
            <translation>
                <numerusform>%n baris dilewati karena bermasalah (perbaiki dulu sel yang merah).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="47" />
            <source>%n row(s) already on the store, not sent again.</source>
            <translation>
                <numerusform>%n baris sudah ada di toko, tidak dikirim lagi.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/gui/send_dialogs.py" line="49" />
            <source>Store address: %1</source>
            <translation>Alamat toko: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/send_dialogs.py" line="54" />
            <source>Send</source>
            <translation>Kirim</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>WarehouseDialog</name>
        <message>
            <location filename="../../app/gui/editors.py" line="103" />
            <source>Warehouse stock</source>
            <translation>Stok gudang</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="104" />
            <source>The stock of this product in each of your warehouses.</source>
            <translation>Stok produk ini di setiap gudang Anda.</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="106" />
            <source>Warehouse id</source>
            <translation>ID gudang</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="106" />
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="110" />
            <source>Add warehouse</source>
            <translation>Tambah gudang</translation>
        </message>
        <message>
            <location filename="../../app/gui/editors.py" line="112" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../app/gui/welcome.py" line="43" />
            <source>Put your products on Toco</source>
            <translation>Pasang produk Anda di Toco</translation>
        </message>
        <message>
            <location filename="../../app/gui/welcome.py" line="44" />
            <source>Open the Excel workbook that lists your products, or drop it onto this window. Every cell is checked before anything is sent.</source>
            <translation>Buka workbook Excel berisi daftar produk Anda, atau seret ke jendela ini. Setiap sel diperiksa sebelum ada yang dikirim.</translation>
        </message>
        <message>
            <location filename="../../app/gui/welcome.py" line="47" />
            <source>Open a workbook…</source>
            <translation>Buka workbook…</translation>
        </message>
        <message>
            <location filename="../../app/gui/welcome.py" line="48" />
            <source>Try the sample workbook</source>
            <translation>Coba workbook contoh</translation>
        </message>
    </context>
    <context>
        <name>WorkbookOpener</name>
        <message>
            <location filename="../../app/gui/opener.py" line="110" />
            <source>Could not open the workbook: %1</source>
            <translation>Workbook tidak dapat dibuka: %1</translation>
        </message>
        <message>
            <location filename="../../app/gui/opener.py" line="117" />
            <source>Opening %1…</source>
            <translation>Membuka %1…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/opener.py" line="180" />
            <source>Checking %n row(s)…</source>
            <translation>
                <numerusform>Memeriksa %n baris…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Secrets are sent only to your store, to sign each request; the category list is fetched without them. Removing a store in Store → Stores… removes its secrets from the keyring.</source>
            <translation>Rahasia hanya dipakai untuk toko Anda, untuk menandatangani setiap permintaan; daftar kategori diambil tanpa rahasia. Menghapus toko di Toko → Toko… juga menghapus rahasianya dari keyring.</translation>
        </message>
        <message>
            <source>Keyring service: %1; entries: %2.</source>
            <translation>Layanan keyring: %1; entri: %2.</translation>
        </message>
        <message>
            <source>Each store has two secrets: the partner secret and the store token. They are kept only in your computer's own keyring (Windows Credential Manager, macOS Keychain, or the Secret Service on Linux), never in a file, a log, a workbook or the app's settings.</source>
            <translation>Setiap toko punya dua rahasia: partner secret dan store token. Keduanya hanya disimpan di keyring komputer Anda sendiri (Windows Credential Manager, macOS Keychain, atau Secret Service di Linux), tidak pernah di berkas, log, workbook, atau pengaturan aplikasi.</translation>
        </message>
        <message>
            <source>&lt;store&gt;</source>
            <translation>&lt;toko&gt;</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Yang harus dilakukan</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Artinya</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Connection problems</source>
            <translation>Masalah koneksi</translation>
        </message>
        <message>
            <source>When the store refuses something, the cell it names turns red and its tooltip gives the store's own words and code. What each code means:</source>
            <translation>Bila toko menolak sesuatu, sel yang disebutnya menjadi merah dan keterangannya memuat kata-kata serta kode dari toko. Arti setiap kode:</translation>
        </message>
        <message>
            <source>You write</source>
            <translation>Yang Anda tulis</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>Artinya</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Perlu</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>Contoh:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opsional</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Wajib</translation>
        </message>
        <message>
            <source>Each column of your sheet is matched to a field by its header. The header can be in Indonesian or English, or any of the other names listed; upper or lower case does not matter. Columns the app does not know are kept in your workbook and not sent.</source>
            <translation>Setiap kolom di lembar Anda dicocokkan dengan sebuah isian lewat judulnya. Judul boleh dalam bahasa Indonesia atau Inggris, atau salah satu nama lain yang tercantum; huruf besar atau kecil tidak berpengaruh. Kolom yang tidak dikenal aplikasi tetap ada di workbook Anda dan tidak dikirim.</translation>
        </message>
        <message>
            <source>Your secrets</source>
            <translation>Rahasia Anda</translation>
        </message>
        <message>
            <source>Store errors</source>
            <translation>Kesalahan dari toko</translation>
        </message>
        <message>
            <source>Spreadsheet format</source>
            <translation>Format lembar kerja</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Any other code is shown with the store's message on the cell or row it names. If you contact support, give them the request id from the row's tooltip or from the Store menu's History window.</source>
            <translation>Kode lain ditampilkan bersama pesan toko pada sel atau baris yang disebutnya. Bila menghubungi dukungan, berikan request id dari keterangan baris atau dari jendela Riwayat di menu Toko.</translation>
        </message>
    </context>
    <context>
        <name>BrandPicker</name>
        <message>
            <source>Choose the brand</source>
            <translation>Pilih merek</translation>
        </message>
        <message>
            <source>Type part of the brand's name</source>
            <translation>Ketik sebagian nama merek</translation>
        </message>
        <message numerus="yes">
            <source>%n brand(s)</source>
            <translation>
                <numerusform>%n merek</numerusform>
            </translation>
        </message>
        <message>
            <source>Searching the store…</source>
            <translation>Mencari di toko…</translation>
        </message>
        <message>
            <source>The store could not be searched; these are the brands found so far.</source>
            <translation>Toko tidak dapat dicari; ini merek yang sudah ditemukan sejauh ini.</translation>
        </message>
    </context>
    <context>
        <name>RowsChecker</name>
        <message>
            <location filename="../../app/gui/window/checking_rows.py" line="193" />
            <source>Checking rows against the store… %1 of %2</source>
            <translation>Memeriksa baris dengan data toko… %1 dari %2</translation>
        </message>
    </context>
    <context>
        <name>CategoryList</name>
        <message>
            <source>No store chosen: categories are checked for their form only</source>
            <translation>Belum ada toko dipilih: kategori hanya diperiksa bentuknya</translation>
        </message>
        <message>
            <source>No category list yet — connect to the internet once to download it</source>
            <translation>Belum ada daftar kategori — sambungkan ke internet sekali untuk mengunduhnya</translation>
        </message>
        <message>
            <source>No category list yet</source>
            <translation>Belum ada daftar kategori</translation>
        </message>
        <message numerus="yes">
            <source>Category list from %n day(s) ago — offline</source>
            <translation>
                <numerusform>Daftar kategori dari %n hari lalu — offline</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Category list from %n day(s) ago</source>
            <translation>
                <numerusform>Daftar kategori dari %n hari lalu</numerusform>
            </translation>
        </message>
        <message>
            <source>Downloading the store's category list…</source>
            <translation>Mengunduh daftar kategori toko…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Refresh categories</source>
            <translation>Perbarui kategori</translation>
        </message>
    </context>
    <context>
        <name>CategoryPicker</name>
        <message>
            <source>Choose the category</source>
            <translation>Pilih kategori</translation>
        </message>
        <message>
            <source>Type part of a name, e.g. “kaos ob”</source>
            <translation>Ketik sebagian nama, mis. “kaos ob”</translation>
        </message>
        <message numerus="yes">
            <source>%n type(s) in the store's category list.</source>
            <translation>
                <numerusform>%n tipe di daftar kategori toko.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) — Enter picks the highlighted one.</source>
            <translation>
                <numerusform>%n hasil — tekan Enter untuk memilih yang disorot.</numerusform>
            </translation>
        </message>
        <message>
            <source>No type matches “%1”.</source>
            <translation>Tidak ada tipe yang cocok dengan “%1”.</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <source>The store's category list has not been downloaded yet, so there is nothing to choose from: type the name or the id. Store → Refresh categories downloads it.</source>
            <translation>Daftar kategori toko belum diunduh, jadi belum ada pilihan: ketik nama atau ID-nya. Toko → Perbarui kategori akan mengunduhnya.</translation>
        </message>
        <message>
            <source>name or id</source>
            <translation>nama atau ID</translation>
        </message>
    </context>
    <context>
        <name>ResultsSaver</name>
        <message>
            <source>Save the results as</source>
            <translation>Simpan hasil sebagai</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Workbook Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>DeleteListModel</name>
        <message>
            <source>(found by SKU)</source>
            <translation>(dicari lewat SKU)</translation>
        </message>
    </context>
    <context>
        <name>LargeDeleteDialog</name>
        <message>
            <source>To delete them, type the number of products (%1):</source>
            <translation>Untuk menghapusnya, ketik jumlah produk yang akan dihapus (%1):</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan semua</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk semua</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan bawaan</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Cari di:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama file:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Jenis file:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder induk</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan daftar</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan rinci</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua file (*)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti nama</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan file &amp;tersembunyi</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folder &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Folder file</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Panel samping</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Tempat terakhir</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputer saya</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ke folder induk</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Ganti ke tampilan daftar</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Ganti ke tampilan rinci</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Daftar tempat dan penanda</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Cari di:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis file:</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal diubah</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Tidak diketahui</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>StoreBadge</name>
        <message>
            <source>Click to choose or set up the store (Store → Stores)</source>
            <translation>Klik untuk memilih atau mengatur toko (Toko → Toko)</translation>
        </message>
        <message>
            <source>No store chosen</source>
            <translation>Belum ada toko yang dipilih</translation>
        </message>
        <message>
            <source>demo — nothing goes to a real store</source>
            <translation>demo — tidak ada yang terkirim ke toko sungguhan</translation>
        </message>
        <message>
            <source>sandbox</source>
            <translation>sandbox</translation>
        </message>
        <message>
            <source>custom address</source>
            <translation>alamat khusus</translation>
        </message>
        <message>
            <source>Demo store</source>
            <translation>Toko demo</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>Toko: %1</translation>
        </message>
    </context>
    <context>
        <name>SkippedRowsBox</name>
        <message>
            <location filename="../../app/gui/workbook/skipped_rows.py" line="25" />
            <source>Rows under the header that are not products are not sent. Tick one to load it like any row:</source>
            <translation>Baris di bawah judul kolom yang bukan produk tidak dikirim. Centang salah satunya untuk memuatnya seperti baris biasa:</translation>
        </message>
        <message>
            <location filename="../../app/gui/workbook/skipped_rows.py" line="40" />
            <source>skipped: example row (“%1”)</source>
            <translation>dilewati: baris contoh (“%1”)</translation>
        </message>
        <message>
            <location filename="../../app/gui/workbook/skipped_rows.py" line="42" />
            <source>skipped: guidance row</source>
            <translation>dilewati: baris petunjuk</translation>
        </message>
        <message>
            <location filename="../../app/gui/workbook/skipped_rows.py" line="43" />
            <source>Row %1 — %2</source>
            <translation>Baris %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>PhotoCheckStatus</name>
        <message>
            <location filename="../../app/gui/window/photo_checker.py" line="1" />
            <source>Photos %1/%2</source>
            <translation>Foto %1/%2</translation>
        </message>
        <message>
            <location filename="../../app/gui/window/photo_checker.py" line="1" />
            <source>Checking every photo link in the background</source>
            <translation>Memeriksa semua tautan foto di latar belakang</translation>
        </message>
        <message>
            <location filename="../../app/gui/window/photo_checker.py" line="1" />
            <source>Stop checking photos</source>
            <translation>Hentikan pemeriksaan foto</translation>
        </message>
    </context>
    <context>
        <name>PhotoChecks</name>
        <message>
            <location filename="../../app/gui/window/photo_checker.py" line="1" />
            <source>Check &amp;photos in the background</source>
            <translation>Periksa &amp;foto di latar belakang</translation>
        </message>
        <message>
            <location filename="../../app/gui/window/photo_checker.py" line="1" />
            <source>Photos not checked: the demo's photo links are only examples</source>
            <translation>Foto tidak diperiksa: tautan foto di buku kerja demo hanya contoh</translation>
        </message>
        <message>
            <location filename="../../app/gui/window/photo_checker.py" line="1" />
            <source>Download every photo once and check it before anything is sent</source>
            <translation>Unduh setiap foto sekali dan periksa sebelum ada yang dikirim</translation>
        </message>
        <message>
            <location filename="../../app/gui/window/photo_checker.py" line="1" />
            <source>The photo check stopped: %1</source>
            <translation>Pemeriksaan foto berhenti: %1</translation>
        </message>
    </context>
    <context>
        <name>PhotoFix</name>
        <message>
            <location filename="../../app/gui/grid/photo_fix.py" line="1" />
            <source>Use the direct link</source>
            <translation>Pakai tautan langsung</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>store: %1 → sheet: %2</source>
            <translation>toko: %1 → sheet: %2</translation>
        </message>
        <message>
            <source>Conflict: the store changed this since the export (it was %1)</source>
            <translation>Konflik: toko sudah mengubahnya sejak diunduh (waktu itu %1)</translation>
        </message>
        <message>
            <source>You chose: the sheet's value is sent.</source>
            <translation>Pilihan Anda: nilai di sheet yang dikirim.</translation>
        </message>
        <message>
            <source>You chose: the store keeps its value.</source>
            <translation>Pilihan Anda: nilai di toko dibiarkan.</translation>
        </message>
        <message>
            <source>Nothing is sent for this row until you choose: Store → Resolve conflicts…</source>
            <translation>Baris ini tidak dikirim sebelum Anda memilih: Toko → Selesaikan konflik…</translation>
        </message>
        <message>
            <source>Not on the store yet: it will be created.</source>
            <translation>Belum ada di toko: akan dibuat.</translation>
        </message>
        <message>
            <source>Changes on the store: %1</source>
            <translation>Yang berubah di toko: %1</translation>
        </message>
        <message>
            <source>The same as on the store: nothing to send.</source>
            <translation>Sama dengan di toko: tidak ada yang dikirim.</translation>
        </message>
        <message>
            <source>Conflict in: %1</source>
            <translation>Konflik di: %1</translation>
        </message>
        <message>
            <source>To be deleted from the store (you will be asked first).</source>
            <translation>Akan dihapus dari toko (Anda ditanya dulu).</translation>
        </message>
        <message>
            <source>Skipped: the action column says so.</source>
            <translation>Dilewati, sesuai kolom Aksi.</translation>
        </message>
        <message>
            <source>Not compared: the row has problems.</source>
            <translation>Tidak dibandingkan: baris ini bermasalah.</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(tidak tercatat)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(kosong)</translation>
        </message>
    </context>
    <context>
        <name>CompareBar</name>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n akan dibuat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to update</source>
            <translation>
                <numerusform>%n akan diubah</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n tidak berubah</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n konflik</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n akan dihapus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with problems</source>
            <translation>
                <numerusform>%n bermasalah</numerusform>
            </translation>
        </message>
        <message>
            <source>Compared with %1:</source>
            <translation>Dibandingkan dengan %1:</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) edited since: compare again to see their changes</source>
            <translation>
                <numerusform>%n baris diubah sesudahnya: bandingkan lagi untuk melihat perubahannya</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolve conflicts…</source>
            <translation>Selesaikan konflik…</translation>
        </message>
        <message>
            <source>Sync with store…</source>
            <translation>Sinkronkan dengan toko…</translation>
        </message>
        <message>
            <source>Clear comparison</source>
            <translation>Hapus perbandingan</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Resolve conflicts</source>
            <translation>Selesaikan konflik</translation>
        </message>
        <message>
            <source>The store changed these fields since the workbook was downloaded, and the sheet changed them too. Choose per row which value wins; a row left undecided is not sent.</source>
            <translation>Toko sudah mengubah kolom-kolom ini sejak workbook diunduh, dan sheet juga mengubahnya. Pilih per baris nilai mana yang dipakai; baris yang belum diputuskan tidak dikirim.</translation>
        </message>
        <message>
            <source>Row / field</source>
            <translation>Baris / kolom</translation>
        </message>
        <message>
            <source>When downloaded</source>
            <translation>Saat diunduh</translation>
        </message>
        <message>
            <source>Store now</source>
            <translation>Di toko sekarang</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Di sheet</translation>
        </message>
        <message>
            <source>Who wins</source>
            <translation>Yang dipakai</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Putuskan nanti</translation>
        </message>
        <message>
            <source>The sheet wins</source>
            <translation>Pakai nilai sheet</translation>
        </message>
        <message>
            <source>The store wins</source>
            <translation>Pakai nilai toko</translation>
        </message>
        <message>
            <source>The sheet wins everywhere</source>
            <translation>Pakai nilai sheet untuk semua</translation>
        </message>
        <message>
            <source>The store wins everywhere</source>
            <translation>Pakai nilai toko untuk semua</translation>
        </message>
    </context>
    <context>
        <name>SyncConfirmDialog</name>
        <message>
            <source>Sync with store</source>
            <translation>Sinkronkan dengan toko</translation>
        </message>
        <message>
            <source>Send the changes to %1?</source>
            <translation>Kirim perubahan ke %1?</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinkronkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) to create</source>
            <translation>
                <numerusform>%n produk akan dibuat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) to update (only the changed fields are sent)</source>
            <translation>
                <numerusform>%n produk akan diubah (hanya kolom yang berubah yang dikirim)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) to delete — this cannot be undone</source>
            <translation>
                <numerusform>%n produk akan dihapus — tidak dapat dibatalkan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) left out: choose who wins in Store → Resolve conflicts…</source>
            <translation>
                <numerusform>%n konflik tidak dikirim: pilih nilai yang dipakai di Toko → Selesaikan konflik…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems, not sent</source>
            <translation>
                <numerusform>%n baris bermasalah, tidak dikirim</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged, nothing sent</source>
            <translation>
                <numerusform>%n tidak berubah, tidak ada yang dikirim</numerusform>
            </translation>
        </message>
        <message>
            <source>Store address: %1</source>
            <translation>Alamat toko: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncSender</name>
        <message>
            <source>Nothing to send: the sheet and the store are the same.</source>
            <translation>Tidak ada yang dikirim: sheet dan toko sudah sama.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing to send yet: %n conflict(s) wait for your choice in Store → Resolve conflicts…</source>
            <translation>
                <numerusform>Belum ada yang dikirim: %n konflik menunggu pilihan Anda di Toko → Selesaikan konflik…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… dan %n lagi</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Baris %1</translation>
        </message>
        <message>
            <source>new product</source>
            <translation>produk baru</translation>
        </message>
        <message>
            <source>deleted from the store</source>
            <translation>dihapus dari toko</translation>
        </message>
    </context>
    <context>
        <name>SyncMenu</name>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Compare with store</source>
            <translation>Bandingkan dengan toko</translation>
        </message>
        <message>
            <source>Downloading the store's product list…</source>
            <translation>Mengunduh daftar produk toko…</translation>
        </message>
        <message>
            <source>Downloading the store's product list… %1 of %2</source>
            <translation>Mengunduh daftar produk toko… %1 dari %2</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>No conflict to resolve: compare with the store first.</source>
            <translation>Tidak ada konflik untuk diselesaikan: bandingkan dengan toko dulu.</translation>
        </message>
        <message>
            <source>There is no conflict in this comparison.</source>
            <translation>Tidak ada konflik dalam perbandingan ini.</translation>
        </message>
        <message numerus="yes">
            <source>Compared with %1: %n product(s) on the store.</source>
            <translation>
                <numerusform>Dibandingkan dengan %1: %n produk di toko.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProductDownload</name>
        <message>
            <source>Download products from store</source>
            <translation>Unduh produk dari toko</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Workbook Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Downloading products… %1 of %2</source>
            <translation>Mengunduh produk… %1 dari %2</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Choose another file</source>
            <translation>Pilih file lain</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) downloaded to %1.</source>
            <translation>
                <numerusform>%n produk diunduh ke %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Downloading the products of %1…</source>
            <translation>Mengunduh produk %1…</translation>
        </message>
        <message>
            <source>%1 is the workbook open now: the download would replace it. Save the store's products under another name.</source>
            <translation>%1 adalah workbook yang sedang dibuka: unduhan akan menimpanya. Simpan produk toko dengan nama lain.</translation>
        </message>
    </context>
    <context>
        <name>StoreProducts</name>
        <message>
            <source>This workbook was downloaded from another store, so a change made on the store since cannot be told from a change in the sheet.</source>
            <translation>Workbook ini diunduh dari toko lain, jadi perubahan di toko sejak itu tidak bisa dibedakan dari perubahan di sheet.</translation>
        </message>
    </context>
    <context>
        <name>RowStream</name>
        <message>
            <location filename="../../app/gui/workbook/row_stream.py" line="82" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../app/gui/workbook/row_stream.py" line="83" />
            <source>Stop opening this workbook</source>
            <translation>Berhenti membuka workbook ini</translation>
        </message>
        <message>
            <location filename="../../app/gui/workbook/row_stream.py" line="87" />
            <source>Loading rows… %1 of %2 — editing and sending wait until all are in</source>
            <translation>Memuat baris… %1 dari %2 — mengubah dan mengirim menunggu semua baris masuk</translation>
        </message>
        <message>
            <location filename="../../app/gui/workbook/row_stream.py" line="90" />
            <source>Loading rows… %1 so far, reading the rest of the sheet — editing and sending wait until all are in</source>
            <translation>Memuat baris… %1 baris sudah tampil, sisa sheet masih dibaca — mengubah dan mengirim menunggu semua baris masuk</translation>
        </message>
    </context>
</TS>
