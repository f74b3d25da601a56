"""[sandbox] The names of the sandbox's reference tree and brands (API.md §6).

Written to read like a marketplace's own tree. One line per sub-category, ``Sub: type, type``.
Names repeat under different parents on purpose (``Aksesoris``, ``Lainnya``, ``Sepatu``), as
they do on a real marketplace; ``reference_tree.py`` turns this into ids.
"""

from __future__ import annotations

TREE: dict[str, str] = {
    "Fashion Pria": """
        Kaos: Kaos Oblong, Kaos Polo, Kaos Lengan Panjang, Kaos Raglan, Kaos Henley, Lainnya
        Atasan: Kaos Oblong, Kemeja Flanel, Sweater, Hoodie, Jaket Bomber, Lainnya
        Kemeja: Kemeja Formal, Kemeja Batik, Kemeja Kasual, Kemeja Koko, Kemeja Denim
        Celana: Celana Jeans, Celana Chino, Celana Pendek, Celana Jogger, Celana Kargo, Celana Bahan
        Sepatu: Sneakers, Sepatu Pantofel, Sepatu Boots, Sandal, Selop, Slip On
        Pakaian Dalam: Celana Dalam, Kaos Dalam, Boxer, Kaus Kaki
        Aksesoris: Topi, Ikat Pinggang, Dompet, Kacamata, Dasi, Lainnya
        Tas: Tas Selempang, Ransel, Tas Pinggang, Tas Kerja, Clutch
    """,
    "Fashion Wanita": """
        Atasan: Blus, Kaos, Tunik, Kemeja, Cardigan, Crop Top, Lainnya
        Dress: Dress Pesta, Dress Kasual, Maxi Dress, Mini Dress, Kaftan
        Bawahan: Rok, Celana Kulot, Celana Jeans, Legging, Celana Panjang
        Pakaian Muslim: Gamis, Hijab Segi Empat, Pashmina, Mukena, Khimar, Abaya
        Sepatu: Flat Shoes, Sepatu Hak Tinggi, Sneakers, Sandal, Wedges
        Tas: Tas Tangan, Tas Selempang, Tote Bag, Ransel, Dompet
        Aksesoris: Jam Tangan, Kalung, Anting, Gelang, Bros, Dompet, Lainnya
        Pakaian Dalam: Bra, Celana Dalam, Lingerie, Piyama, Kamisol
    """,
    "Elektronik": """
        Televisi: TV LED, Smart TV, Android TV, Bracket TV, Remote TV
        Audio: Speaker Bluetooth, Soundbar, Home Theater, Headphone, Earphone, Mikrofon
        Kamera: Kamera Mirrorless, Kamera DSLR, Action Camera, Lensa Kamera, Tripod, Drone
        Rumah Pintar: Lampu Pintar, CCTV, Bel Pintu Pintar, Stop Kontak Pintar, Sensor Gerak
        Aksesoris: Kabel HDMI, Baterai, Adaptor, Stabilizer, Lainnya
        Elektronik Dapur: Rice Cooker, Blender, Microwave, Air Fryer, Mixer, Dispenser
        Pendingin Ruangan: AC Split, AC Portable, Kipas Angin, Air Cooler, Air Purifier
    """,
    "Handphone & Tablet": """
        Handphone: Android, iPhone, Handphone Lipat, Feature Phone
        Tablet: Tablet Android, iPad, Tablet Anak, Tablet Grafis
        Aksesoris: Casing, Pelindung Layar, Tongsis, Ring Holder, Lainnya
        Charger & Kabel: Charger Dinding, Kabel Data, Wireless Charger, Charger Mobil
        Power Bank: Power Bank Fast Charging, Power Bank Magnetik, Power Bank Mini
        Wearable: Smartwatch, Smartband, Smart Ring
        Kartu Perdana: Kartu Perdana Data, Kartu Perdana Telepon, eSIM
    """,
    "Komputer & Laptop": """
        Laptop: Laptop Gaming, Laptop Bisnis, Ultrabook, Chromebook, MacBook
        Komponen Komputer: Prosesor, Motherboard, RAM, VGA Card, Power Supply, Casing PC
        Penyimpanan: SSD, Hard Disk Eksternal, Flashdisk, Kartu Memori, NAS
        Aksesoris: Mouse, Keyboard, Mousepad, Webcam, Cooling Pad, Lainnya
        Printer & Scanner: Printer Inkjet, Printer Laser, Scanner, Tinta Printer, Toner
        Jaringan: Router, Modem, Access Point, Kabel LAN, Switch Hub
        Monitor: Monitor Gaming, Monitor Kantor, Monitor Portable, Bracket Monitor
    """,
    "Rumah Tangga": """
        Dekorasi: Jam Dinding, Vas Bunga, Cermin, Lukisan, Tanaman Hias Artifisial, Wallpaper
        Kamar Tidur: Sprei, Bed Cover, Bantal, Guling, Selimut, Kasur
        Kamar Mandi: Handuk, Keset, Gantungan Baju, Tempat Sabun, Shower
        Kebersihan: Sapu, Pel Lantai, Tempat Sampah, Sabun Cuci, Pengharum Ruangan
        Furnitur: Kursi, Meja, Lemari, Rak Buku, Sofa, Rak Sepatu
        Penyimpanan Rumah: Kotak Penyimpanan, Gantungan, Rak Serbaguna, Keranjang
        Lampu: Lampu LED, Lampu Tidur, Lampu Gantung, Lampu Meja
        Aksesoris: Tirai, Karpet, Taplak Meja, Lainnya
    """,
    "Dapur": """
        Peralatan Masak: Wajan, Panci, Teflon, Dandang, Sutil, Pisau Dapur
        Peralatan Makan: Piring, Mangkok, Sendok Garpu, Sumpit, Gelas
        Penyimpanan Makanan: Toples, Kotak Makan, Botol Minum, Rak Bumbu, Tempat Beras
        Peralatan Baking: Loyang, Cetakan Kue, Mixer Tangan, Spatula, Timbangan Dapur
        Perlengkapan Kopi & Teh: Teko, Grinder Kopi, French Press, Saringan Teh, Cangkir
        Aksesoris: Celemek, Lap Dapur, Sarung Tangan Oven, Lainnya
    """,
    "Kecantikan": """
        Perawatan Wajah: Pembersih Wajah, Toner, Serum, Pelembap, Masker Wajah, Sunscreen
        Makeup Wajah: Foundation, Bedak, Cushion, Concealer, Blush On, Primer
        Makeup Mata: Maskara, Eyeliner, Eyeshadow, Pensil Alis, Bulu Mata Palsu
        Makeup Bibir: Lipstik, Lip Tint, Lip Balm, Lip Gloss, Lip Cream
        Perawatan Rambut: Sampo, Kondisioner, Vitamin Rambut, Pewarna Rambut, Hair Tonic
        Perawatan Tubuh: Sabun Mandi, Lotion, Body Scrub, Deodoran, Parfum
        Aksesoris: Kuas Makeup, Spons Makeup, Cermin Rias, Tas Kosmetik, Lainnya
    """,
    "Kesehatan": """
        Obat-obatan: Obat Flu, Obat Batuk, Obat Maag, Obat Sakit Kepala, Obat Herbal
        Vitamin & Suplemen: Multivitamin, Vitamin C, Minyak Ikan, Suplemen Herbal, Probiotik
        Alat Kesehatan: Tensimeter, Termometer, Oximeter, Alat Cek Gula Darah, Nebulizer
        Perawatan Gigi: Sikat Gigi, Pasta Gigi, Obat Kumur, Benang Gigi
        Masker & APD: Masker Medis, Masker Kain, Face Shield, Hand Sanitizer, Sarung Tangan Medis
        Lainnya: Koyo, Minyak Angin, Lainnya
    """,
    "Makanan & Minuman": """
        Makanan Ringan: Keripik, Kacang, Cokelat, Permen, Biskuit, Kerupuk
        Makanan Instan: Mi Instan, Bubur Instan, Sarden, Kornet, Sup Instan
        Bahan Pokok: Beras, Minyak Goreng, Gula, Tepung, Telur, Garam
        Bumbu Dapur: Kecap, Saus Sambal, Bumbu Instan, Penyedap Rasa, Rempah
        Minuman: Kopi, Teh, Susu, Air Mineral, Jus, Minuman Serbuk
        Makanan Beku: Nugget, Sosis, Bakso, Dimsum, Kentang Goreng Beku
        Kue & Roti: Roti Tawar, Kue Kering, Bolu, Brownies, Kue Basah
    """,
    "Ibu & Bayi": """
        Perlengkapan Makan Bayi: Botol Susu, Dot, Kursi Makan Bayi, Peralatan Makan Bayi
        Popok: Popok Sekali Pakai, Popok Kain, Celana Popok, Tisu Basah
        Pakaian Bayi: Baju Bayi, Jumper Bayi, Kaus Kaki Bayi, Topi Bayi, Bedong
        Perlengkapan Mandi Bayi: Sabun Bayi, Sampo Bayi, Minyak Telon, Bak Mandi Bayi
        Perlengkapan Ibu: Pompa ASI, Baju Menyusui, Bantal Menyusui, Kantong ASI
        Perlengkapan Tidur Bayi: Kasur Bayi, Kelambu, Ayunan Bayi, Box Bayi
        Stroller & Gendongan: Stroller, Gendongan Bayi, Car Seat, Baby Walker
    """,
    "Olahraga": """
        Pakaian Olahraga: Jersey, Jersey Sepeda, Kaos Olahraga, Celana Olahraga, Sport Bra
        Sepatu: Sepatu Lari, Sepatu Futsal, Sepatu Bola, Sepatu Basket, Sepatu Badminton
        Fitness: Dumbbell, Matras Yoga, Resistance Band, Skipping, Barbel
        Bersepeda: Sepeda Gunung, Sepeda Lipat, Helm Sepeda, Lampu Sepeda, Jersey Sepeda
        Olahraga Air: Kacamata Renang, Baju Renang, Pelampung, Topi Renang
        Raket & Bola: Raket Badminton, Kok, Bola Sepak, Bola Basket, Raket Tenis
        Outdoor & Camping: Tenda, Sleeping Bag, Carrier, Kompor Portable, Matras Camping
    """,
    "Otomotif": """
        Aksesoris Mobil: Sarung Jok, Karpet Mobil, Parfum Mobil, Holder HP Mobil, Kamera Mundur
        Aksesoris Motor: Helm, Jas Hujan, Sarung Motor, Box Motor, Spion
        Suku Cadang Mobil: Aki Mobil, Kampas Rem, Filter Udara, Busi, Wiper
        Suku Cadang Motor: Aki Motor, Ban Motor, Rantai Motor, Kampas Rem Motor, Busi Motor
        Oli & Cairan: Oli Mesin, Oli Gardan, Minyak Rem, Air Radiator
        Perawatan Kendaraan: Sampo Mobil, Lap Microfiber, Semir Ban, Wax Mobil, Lainnya
    """,
    "Mainan & Hobi": """
        Mainan Anak: Mainan Edukasi, Boneka, Mobil-mobilan, Puzzle, Balok Susun, Mainan Masak
        Figur & Koleksi: Action Figure, Diecast, Gundam, Trading Card
        Alat Musik: Gitar, Keyboard, Ukulele, Drum, Biola, Kalimba
        Hobi Kreatif: Cat Air, Kanvas, Benang Rajut, Manik-manik, Origami
        Permainan Papan: Catur, Monopoli, Kartu Remi, Ular Tangga, Halma
        Model Kit: Model Pesawat, Model Kapal, RC Mobil, Lainnya
    """,
    "Buku": """
        Buku Anak: Buku Cerita Anak, Buku Mewarnai, Buku Aktivitas, Buku Bantal
        Fiksi: Novel, Komik, Kumpulan Cerpen, Puisi
        Non Fiksi: Biografi, Buku Motivasi, Buku Sejarah, Buku Bisnis, Buku Masak
        Buku Pelajaran: Buku SD, Buku SMP, Buku SMA, Buku Persiapan Ujian, Kamus
        Buku Agama: Al-Quran, Buku Islami, Alkitab, Buku Doa
        Majalah: Majalah Anak, Majalah Gaya Hidup, Majalah Otomotif, Lainnya
    """,
    "Perawatan Hewan": """
        Makanan Kucing: Makanan Kering Kucing, Makanan Basah Kucing, Snack Kucing, Susu Kucing
        Makanan Anjing: Makanan Kering Anjing, Makanan Basah Anjing, Snack Anjing
        Perlengkapan Kucing: Pasir Kucing, Litter Box, Garukan Kucing, Kandang Kucing, Tas Kucing
        Perlengkapan Anjing: Kalung Anjing, Tali Anjing, Kandang Anjing, Mainan Anjing
        Ikan & Akuarium: Akuarium, Pakan Ikan, Filter Akuarium, Aerator, Dekorasi Akuarium
        Burung: Sangkar Burung, Pakan Burung, Vitamin Burung
        Aksesoris: Sisir Hewan, Sampo Hewan, Baju Hewan, Lainnya
    """,
    "Perlengkapan Pesta": """
        Dekorasi Pesta: Balon, Banner Ulang Tahun, Backdrop, Confetti, Lampu Tumblr
        Peralatan Pesta: Topi Ulang Tahun, Lilin Ulang Tahun, Piring Kertas, Gelas Plastik
        Suvenir: Souvenir Pernikahan, Goodie Bag, Hampers, Kartu Ucapan
        Kostum: Kostum Anak, Kostum Karakter, Topeng, Wig
        Kemasan Hadiah: Kertas Kado, Pita, Kotak Kado, Tas Kado, Lainnya
    """,
    "Perlengkapan Kantor & Sekolah": """
        Alat Tulis: Pulpen, Pensil, Penghapus, Spidol, Stabilo, Tip-Ex
        Kertas: Kertas HVS, Buku Tulis, Sticky Notes, Amplop, Kertas Foto
        Perlengkapan Kantor: Stapler, Map, Binder, Gunting, Lakban, Kalkulator
        Tas Sekolah: Ransel Sekolah, Tas Troli, Tempat Pensil, Tas Laptop
        Aksesoris: Papan Tulis, Meja Lipat, Lampu Belajar, Lainnya
    """,
    "Perlengkapan Ibadah": """
        Perlengkapan Sholat: Sajadah, Sarung, Peci, Tasbih, Mukena
        Busana Muslim Pria: Baju Koko, Gamis Pria, Celana Sirwal, Sorban
        Perlengkapan Haji & Umroh: Kain Ihram, Tas Paspor, Sabuk Haji, Buku Manasik
        Aksesoris: Rehal, Parfum Non Alkohol, Siwak, Lainnya
    """,
}

#: Types listed under a second sub-category of the same category, with the same id:
#: (category, sub-category where it is also listed, type) → the sub-category that owns its id.
SHARED_TYPES: dict[tuple[str, str, str], str] = {
    ("Fashion Pria", "Atasan", "Kaos Oblong"): "Kaos",
    ("Fashion Wanita", "Aksesoris", "Dompet"): "Tas",
    ("Olahraga", "Bersepeda", "Jersey Sepeda"): "Pakaian Olahraga",
}

BRANDS: tuple[str, ...] = tuple(
    name.strip()
    for name in """
    Uniqlo, Erigo, Eiger, Consina, Rei, Arei, 3Second, Roughneck 1991, Thanksinsomnia,
    Screamous, Brodo, Compass, Ventela, Patrobas, Aerostreet, Piero, Specs, Ortuseight, Mills,
    League, Nike, Adidas, Puma, Reebok, New Balance, Asics, Skechers, Converse, Vans, Fila, H&M,
    Zara, Mango, Cotton On, Giordano, Executive, The Executive, Hammer, Minimal, Cardinal, Lea,
    Levi's, Wrangler, Lee, Lois, Edwin, Osella, Jobb, Elizabeth, Buccheri, Zoya, Rabbani,
    Elzatta, Wardah Hijab, Hijup, Ria Miranda, Dian Pelangi, Shafira, Tuneeca, Nibras, Wardah,
    Emina, Make Over, Somethinc, Scarlett, Avoskin, Npure, Azarine, Skintific, Hanasui, Pixy,
    Viva, Sariayu, Mustika Ratu, Martha Tilaar, Inez, Purbasari, Implora, Madame Gie, Rollover
    Reaction, Maybelline, L'Oreal, Garnier, Ponds, Nivea, Vaseline, Olay, Cetaphil, The Body
    Shop, Innisfree, Laneige, Cosrx, Some By Mi, Bioderma, La Roche-Posay, Biore, Senka, Hada
    Labo, Safi, Citra, Lifebuoy, Dove, Lux, Pantene, Sunsilk, Clear, Head & Shoulders, Makarizo,
    Tresemme, Rexona, Pepsodent, Formula, Close Up, Sensodyne, Oral-B, Listerine, Enzim,
    Ciptadent, Zwitsal, My Baby, Cussons Kids, Johnson's, Sweety, MamyPoko, Merries, Pampers,
    Huggies, Goon, Makuku, Pigeon, Tommee Tippee, Dr. Brown's, Philips Avent, Medela, Spectra,
    Baby Safe, Cocolatte, Joie, Chicco, Kiddy, Samsung, Apple, Xiaomi, Oppo, Vivo, Realme,
    Infinix, Tecno, Itel, Advan, Asus, Acer, Lenovo, HP, Dell, MSI, Axioo, Huawei, Honor, Nokia,
    Sony, LG, Sharp, Panasonic, Toshiba, Polytron, Changhong, TCL, Coocaa, Aqua, Miyako, Cosmos,
    Maspion, Sanken, Philips, Kirin, Yong Ma, Oxone, Denpoo, Modena, Anker, Baseus, Ugreen,
    Vivan, Robot, Hippo, Aukey, Belkin, Logitech, Rexus, Fantech, Razer, SteelSeries, HyperX,
    Corsair, Kingston, SanDisk, Seagate, Western Digital, Toshiba Storage, TP-Link, D-Link,
    Tenda, Mikrotik, Ubiquiti, Canon, Epson, Brother, Fujifilm, Nikon, GoPro, DJI, Xiaomi Yi,
    JBL, Sennheiser, Audio-Technica, Edifier, Simbadda, Advance, Krisbow, Lock & Lock,
    Tupperware, Claris, Lion Star, Maspion Houseware, Kris, Informa, Ace Hardware, Ikea,
    Olympic, Indomie, Mie Sedaap, Sarimi, Supermi, Pop Mie, Chitato, Qtela, Lays, Taro, Piattos,
    SilverQueen, Cadbury, Beng-Beng, Chocolatos, Tango, Oreo, Roma, Khong Guan, Nissin, Hatari,
    Kapal Api, ABC, Good Day, Torabika, Luwak White Koffie, Indocafe, Nescafe, Kopi Kenangan,
    Janji Jiwa, Sariwangi, Teh Pucuk Harum, Teh Botol Sosro, Frestea, Ultra Milk, Indomilk,
    Frisian Flag, Bear Brand, Dancow, Lactogen, SGM, Aqua Danone, Le Minerale, Cleo, Ades,
    Pocari Sweat, Mizone, Yakult, Cimory, Greenfields, Diamond, Bimoli, Filma, Sania, Tropical,
    Rose Brand, Gulaku, Segitiga Biru, Bogasari, Sasa, Ajinomoto, Bango, Sedaap, Indofood,
    Royco, Masako, Kobe, Sajiku, Fiesta, So Good, Champ, Whiskas, Me-O, Royal Canin, Pro Plan,
    Bolt, Kitchen Flavor, Pedigree, Equilibrio, Tetra, Takari, Honda, Yamaha, Suzuki, Kawasaki,
    Toyota, Daihatsu, Mitsubishi, Shell, Castrol, Federal Oil, Pertamina Enduro, Motul, Bosch,
    Denso, GS Astra, Yuasa, Aspira, FDR, IRC, Michelin, Polygon, United Bike, Thrill, Pacific,
    Element, Brompton, Li-Ning, Yonex, Victor, Mikasa, Molten, Spalding, Kettler, Kenko, Tokai,
    Faber-Castell, Joyko, Kenko Stationery, Standard, Snowman, Sinar Dunia, Kiky, Bantex, Deli,
    Sidu, Paperline, Gramedia, Mizan, Erlangga, Elex Media, Lego, Hot Wheels, Tamiya, Bandai,
    Fisher-Price, Barbie, Mattel, Hasbro, Yamaha Music, Cort, Al-Mahira, Al-Hijaz, Bani Batuta,
    Sajadah Turki, Hikmah, Habbatussauda, Tolak Angin, Antangin, Sido Muncul, Kalbe, Enervon-C,
    Blackmores, Nature's Plus, Holisticare, Imboost, Sakatonik, Onemed, Omron, Microlife, Sensi,
    Bodrex, Panadol, Promag, Mylanta, Vicks, Komix, Woods, Insto, Betadine, Hansaplast
""".replace("\n", " ").split(",")
    if name.strip()
)
