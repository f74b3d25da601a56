"""Files of every kind a merchant meets, built by the tests: LibreOffice conversions, hand-made
packages (a workbook part elsewhere, ``\\`` in part names), a password-protected .xls, .ods and
.xlsx, and the formats we refuse (.xlsb, Numbers, Excel 2003 XML, HTML saved as .xls)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

from tests.cli.workbooks import product_workbook
from tests.sheets.cfb import encrypted_workbook_bytes

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
#: BIFF8 BOF record of the workbook globals: type 0x0809, length 16, version 0x0600, globals 5.
_GLOBALS_BOF = b"\x09\x08\x10\x00\x00\x06\x05\x00"


def products(path: Path, n: int = 3) -> Path:
    """A real .xlsx (openpyxl) of ``n`` ready products on one sheet ``Produk``."""
    return product_workbook(path, n, notes_sheet=False)


def convert(source: Path, ext: str, out_dir: Path) -> Path:
    """``source`` converted by LibreOffice, with a private profile (parallel runs never clash)."""
    assert SOFFICE is not None
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{out_dir / 'lo-profile'}",
            "--headless",
            "--convert-to",
            ext,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = out_dir / f"{source.stem}.{ext}"
    assert converted.exists(), f"LibreOffice did not write {converted}"
    return converted


def rebuilt(source: Path, target: Path, rename: dict[str, str], patch: dict[str, bytes]) -> Path:
    """A copy of the package with parts renamed (``rename``) and contents replaced (``patch``,
    by the new name); every name then written with ``\\`` if a rename says ``"\\\\"``."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for member in archive.infolist():
            name = rename.get(member.filename, member.filename)
            data = patch.get(name, archive.read(member))
            if rename.get("\\\\"):
                name = name.replace("/", "\\")
            out.writestr(name, data)
    return target


def workbook_elsewhere(source: Path, target: Path) -> Path:
    """The workbook part at ``book/main.xml``, named so by ``_rels/.rels`` and the content types;
    its relationships relative to its new folder, as a writer that chose that folder writes them."""
    with zipfile.ZipFile(source) as archive:
        rels = archive.read("xl/_rels/workbook.xml.rels")
        root_rels = archive.read("_rels/.rels")
        types = archive.read("[Content_Types].xml")
    rels = rels.replace(b'Target="/xl/', b'Target="../xl/')
    rels = rels.replace(b'Target="styles.xml"', b'Target="../xl/styles.xml"')
    rels = rels.replace(b'Target="theme/', b'Target="../xl/theme/')
    rels = rels.replace(b'Target="worksheets/', b'Target="../xl/worksheets/')
    return rebuilt(
        source,
        target,
        {
            "xl/workbook.xml": "book/main.xml",
            "xl/_rels/workbook.xml.rels": "book/_rels/main.xml.rels",
        },
        {
            "book/_rels/main.xml.rels": rels,
            "_rels/.rels": root_rels.replace(b"xl/workbook.xml", b"book/main.xml"),
            "[Content_Types].xml": types.replace(b"/xl/workbook.xml", b"/book/main.xml"),
        },
    )


def backslash_package(source: Path, target: Path) -> Path:
    """Every part name written with ``\\`` (as one HR system does)."""
    return rebuilt(source, target, {"\\\\": "yes"}, {})


def encrypted_xlsx(target: Path) -> Path:
    """What Excel writes for a workbook with a password: a CFB with EncryptionInfo and
    EncryptedPackage streams (LibreOffice 7.4 ignores a password given on the command line)."""
    target.write_bytes(encrypted_workbook_bytes())
    return target


def encrypted_xls(real_xls: Path, target: Path) -> Path:
    """A real .xls whose workbook globals start with FILEPASS, as Excel marks an encrypted one:
    the record after the BOF becomes a FILEPASS of the same length."""
    data = bytearray(real_xls.read_bytes())
    at = data.find(_GLOBALS_BOF)
    assert at > 0, "no BIFF8 workbook globals in the .xls"
    following = at + 4 + 16
    data[following : following + 2] = b"\x2f\x00"
    target.write_bytes(bytes(data))
    return target


def encrypted_ods(real_ods: Path, target: Path) -> Path:
    """A real .ods whose manifest declares its content encrypted, as LibreOffice writes it."""
    with zipfile.ZipFile(real_ods) as archive:
        manifest = archive.read("META-INF/manifest.xml")
    entry = b'manifest:full-path="content.xml"'
    assert entry in manifest
    manifest = manifest.replace(
        b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
        b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
        b'<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        b'manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry>',
    )
    assert b"encryption-data" in manifest
    return rebuilt(real_ods, target, {}, {"META-INF/manifest.xml": manifest})


def xlsb_like(target: Path) -> Path:
    """The parts of an Excel binary workbook: ``xl/workbook.bin`` named by the content types."""
    with zipfile.ZipFile(target, "w") as out:
        out.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/xl/workbook.bin" '
            'ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
        )
        out.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="xl/workbook.bin" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
        )
        out.writestr("xl/workbook.bin", b"\x83\x01\x00\x80\x01\x00")
    return target


def numbers_like(target: Path) -> Path:
    """An Apple Numbers document as one file: its ``Index/*.iwa`` archives in a zip."""
    with zipfile.ZipFile(target, "w") as out:
        out.writestr("Index/Document.iwa", b"\x00\x1d\x00\x00")
        out.writestr("Index/Tables/DataList.iwa", b"\x00\x08\x00\x00")
        out.writestr("Metadata/Properties.plist", b"bplist00")
    return target


SPREADSHEETML = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Produk"><Table>
  <Row><Cell><Data ss:Type="String">SKU</Data></Cell>
   <Cell><Data ss:Type="String">Nama Produk</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">K-1</Data></Cell>
   <Cell><Data ss:Type="String">Kaos</Data></Cell></Row>
 </Table></Worksheet>
</Workbook>
"""

HTML_TABLE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table border="1">
<tr><td>SKU</td><td>Nama Produk</td><td>Harga</td></tr>
<tr><td>K-1</td><td>Kaos</td><td>10000</td></tr>
</table></body></html>
"""
