<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../app/gui/actions.py" line="125" />
      <source>Coming with the upload feature.</source>
      <translation>Hadir bersama fitur unggah.</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="127" />
      <source>&amp;Open…</source>
      <translation>&amp;Buka…</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="127" />
      <source>Open a workbook (.xlsx, .xls, .ods, .csv)</source>
      <translation>Buka workbook (.xlsx, .xls, .ods, .csv)</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="128" />
      <source>&amp;Save results</source>
      <translation>&amp;Simpan hasil</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="129" />
      <source>Write status, messages and product ids into a copy of your workbook</source>
      <translation>Tulis status, pesan, dan ID produk ke salinan workbook Anda</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="131" />
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="132" />
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="133" />
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="134" />
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="135" />
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="136" />
      <source>&amp;Find and replace…</source>
      <translation>&amp;Cari dan ganti…</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="137" />
      <source>Fill &amp;down</source>
      <translation>Isi ke &amp;bawah</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="138" />
      <source>Copy the top cell of the selection into the cells below</source>
      <translation>Salin sel teratas pilihan ke sel-sel di bawahnya</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="139" />
      <source>&amp;Add row</source>
      <translation>&amp;Tambah baris</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="140" />
      <source>&amp;Remove added rows</source>
      <translation>&amp;Hapus baris tambahan</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="141" />
      <source>Remove selected rows that were added in the app</source>
      <translation>Hapus baris terpilih yang ditambahkan di aplikasi</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="142" />
      <source>&amp;Problems list</source>
      <translation>Daftar &amp;masalah</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="143" />
      <source>Show &amp;all fields</source>
      <translation>Tampilkan &amp;semua kolom</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="144" />
      <source>Also show the fields your workbook does not have</source>
      <translation>Tampilkan juga kolom yang tidak ada di workbook Anda</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="145" />
      <source>&amp;Upload selected…</source>
      <translation>&amp;Unggah yang dipilih…</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="146" />
      <source>&amp;Delete selected from the store…</source>
      <translation>&amp;Hapus yang dipilih dari toko…</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="147" />
      <source>&amp;Stores…</source>
      <translation>&amp;Toko…</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="148" />
      <source>&amp;History…</source>
      <translation>&amp;Riwayat…</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="149" />
      <source>&amp;About Toco Uploader</source>
      <translation>&amp;Tentang Toco Uploader</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="150" />
      <source>Clear the list</source>
      <translation>Kosongkan daftar</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="156" />
      <source>Open &amp;recent</source>
      <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="158" />
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="159" />
      <source>&amp;Edit</source>
      <translation>&amp;Ubah</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="160" />
      <source>S&amp;tore</source>
      <translation>&amp;Toko</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="161" />
      <source>&amp;View</source>
      <translation>&amp;Tampilan</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="162" />
      <source>&amp;Language</source>
      <translation>&amp;Bahasa</translation>
    </message>
    <message>
      <location filename="../../app/gui/actions.py" line="163" />
      <source>&amp;Help</source>
      <translation>Ban&amp;tuan</translation>
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
  </context>
  <context>
    <name>FindReplaceDialog</name>
    <message>
      <location filename="../../app/gui/find_replace.py" line="127" />
      <source>Find and replace</source>
      <translation>Cari dan ganti</translation>
    </message>
    <message>
      <location filename="../../app/gui/find_replace.py" line="128" />
      <source>Find:</source>
      <translation>Cari:</translation>
    </message>
    <message>
      <location filename="../../app/gui/find_replace.py" line="129" />
      <source>Replace with:</source>
      <translation>Ganti dengan:</translation>
    </message>
    <message>
      <location filename="../../app/gui/find_replace.py" line="130" />
      <source>Match case</source>
      <translation>Cocokkan huruf besar/kecil</translation>
    </message>
    <message>
      <location filename="../../app/gui/find_replace.py" line="131" />
      <source>Find next</source>
      <translation>Cari berikutnya</translation>
    </message>
    <message>
      <location filename="../../app/gui/find_replace.py" line="132" />
      <source>Replace</source>
      <translation>Ganti</translation>
    </message>
    <message>
      <location filename="../../app/gui/find_replace.py" line="133" />
      <source>Replace all</source>
      <translation>Ganti semua</translation>
    </message>
    <message>
      <location filename="../../app/gui/find_replace.py" line="134" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../app/gui/find_replace.py" line="147" />
      <source>Not found.</source>
      <translation>Tidak ditemukan.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/find_replace.py" line="158" />
      <source>%n cell(s) replaced.</source>
      <translation>
        <numerusform>%n sel diganti.</numerusform>
      </translation>
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
      <location filename="../../app/gui/find_replace.py" line="89" />
      <source>Replace all</source>
      <translation>Ganti semua</translation>
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
      <location filename="../../app/gui/main_window.py" line="125" />
      <source>Autosave failed: %1</source>
      <translation>Simpan otomatis gagal: %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="186" />
      <source>Open a workbook</source>
      <translation>Buka workbook</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="187" />
      <source>Workbooks (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
      <translation>Workbook (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/main_window.py" line="211" />
      <source>%n product row(s) loaded.</source>
      <translation>
        <numerusform>%n baris produk dimuat.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="218" />
      <source>Cannot open the workbook</source>
      <translation>Workbook tidak dapat dibuka</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="298" />
      <source>Rows from your workbook stay in the grid; delete them in the workbook itself.</source>
      <translation>Baris dari workbook Anda tetap di tabel; hapus langsung di workbook.</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="310" />
      <source>Saving results…</source>
      <translation>Menyimpan hasil…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="313" />
      <source>Results saved to %1</source>
      <translation>Hasil disimpan ke %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="318" />
      <source>Could not save the results</source>
      <translation>Hasil tidak dapat disimpan</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="324" />
      <source>About Toco Uploader</source>
      <translation>Tentang Toco Uploader</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="325" />
      <source>&lt;b&gt;Toco Uploader %1&lt;/b&gt;&lt;p&gt;Upload products from your Excel workbooks to the Toco marketplace, see every problem where it is, fix it and send again.&lt;/p&gt;</source>
      <translation>&lt;b&gt;Toco Uploader %1&lt;/b&gt;&lt;p&gt;Unggah produk dari workbook Excel Anda ke marketplace Toco, lihat setiap masalah tepat di selnya, perbaiki, lalu kirim lagi.&lt;/p&gt;</translation>
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
  </context>
  <context>
    <name>ProductGrid</name>
    <message>
      <location filename="../../app/gui/grid.py" line="188" />
      <source>Paste</source>
      <translation>Tempel</translation>
    </message>
    <message>
      <location filename="../../app/gui/grid.py" line="204" />
      <source>Fill down</source>
      <translation>Isi ke bawah</translation>
    </message>
    <message>
      <location filename="../../app/gui/grid.py" line="211" />
      <source>Clear cells</source>
      <translation>Kosongkan sel</translation>
    </message>
  </context>
  <context>
    <name>ProductModel</name>
    <message>
      <location filename="../../app/gui/model.py" line="164" />
      <source>Row in the workbook</source>
      <translation>Baris di workbook</translation>
    </message>
    <message>
      <location filename="../../app/gui/model.py" line="166" />
      <source>Row added in the app</source>
      <translation>Baris ditambahkan di aplikasi</translation>
    </message>
    <message>
      <location filename="../../app/gui/model.py" line="173" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/gui/model.py" line="177" />
      <source>What happens to the row: ready to send, has problems, or what the store answered</source>
      <translation>Keadaan baris: siap dikirim, bermasalah, atau jawaban dari toko</translation>
    </message>
    <message>
      <location filename="../../app/gui/model.py" line="180" />
      <source>Required.</source>
      <translation>Wajib diisi.</translation>
    </message>
    <message>
      <location filename="../../app/gui/model.py" line="287" />
      <source>Edit {0}</source>
      <translation>Ubah {0}</translation>
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
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/gui/opener.py" line="50" />
      <source>Restore your work?</source>
      <translation>Pulihkan pekerjaan Anda?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/opener.py" line="51" />
      <source>Your changes to %1 from %2 (%n row(s)) were kept. Restore them?</source>
      <translation>
        <numerusform>Perubahan Anda pada %1 dari %2 (%n baris) tersimpan. Pulihkan?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/gui/opener.py" line="53" />
      <source>No: open the workbook as it is and forget them.</source>
      <translation>Tidak: buka workbook apa adanya dan lupakan perubahan itu.</translation>
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
      <location filename="../../app/gui/opener.py" line="92" />
      <source>Could not open the workbook: %1</source>
      <translation>Workbook tidak dapat dibuka: %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/opener.py" line="99" />
      <source>Opening %1…</source>
      <translation>Membuka %1…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/opener.py" line="162" />
      <source>Checking %n row(s)…</source>
      <translation>
        <numerusform>Memeriksa %n baris…</numerusform>
      </translation>
    </message>
  </context>
</TS>
