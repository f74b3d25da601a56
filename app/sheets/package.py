"""What a ZIP package holds, by its own table of contents, and a readable copy of an odd one.

An Office package names its main part in two places: the root relationship (``_rels/.rels``,
type ``officeDocument``) and ``[Content_Types].xml`` (the part's content type). Excel puts the
workbook at ``xl/workbook.xml``, but the format does not require it, and some writers put it
elsewhere or write ``\\`` in part names (one HR system does). python-calamine looks for the
workbook only at the usual place; openpyxl follows the relationship but not a ``\\``. So such a
package is read from a *normalised copy* (``readable_copy``): ``\\`` become ``/`` and the
workbook part with its relationships moves to ``xl/workbook.xml``, targets made absolute.

The same table of contents tells the formats we do not read (.xlsb, Apple Numbers) from the ones
we do (.xlsx/.xlsm, .ods), so each gets its own message.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

CANONICAL_WORKBOOK = "xl/workbook.xml"
_TYPES = "[Content_Types].xml"
_ROOT_RELS = "_rels/.rels"
_OFFICE_DOCUMENT = "/officeDocument"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_MAX_INDEX_BYTES = 1 << 20  # a table of contents bigger than this is not one
#: Main-part content types: the workbooks we read, and the binary one we do not.
_WORKBOOK_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xlsx",
    "application/vnd.ms-excel.template.macroEnabled.main+xml": "xlsx",
    "application/vnd.ms-excel.sheet.binary.macroEnabled.main": "xlsb",
}
_TARGET = re.compile(rb'(\sTarget=")([^"]*)(")')


@dataclass(frozen=True, slots=True)
class PackageKind:
    kind: str | None  # "xlsx", "xlsb", "ods", "ods-encrypted", "numbers" or None (not ours)
    workbook_part: str | None = None  # "xlsx": the workbook part, with "/" separators
    canonical: bool = True  # "xlsx": readers find the workbook where they look

    @property
    def needs_copy(self) -> bool:
        return self.kind == "xlsx" and not self.canonical


def inspect(archive: zipfile.ZipFile) -> PackageKind:
    """What kind of package ``archive`` is, from its table of contents (no part is unpacked
    beyond the small index files)."""
    actual = {m.filename.replace("\\", "/"): m for m in archive.infolist()}
    slashes = any("\\" in m.filename for m in archive.infolist())
    if "mimetype" in actual and _read(archive, actual["mimetype"]).strip() == _ODS_MIME:
        manifest = actual.get("META-INF/manifest.xml")
        if manifest is not None and b"encryption-data" in _read(archive, manifest):
            return PackageKind("ods-encrypted")
        return PackageKind("ods")
    part = _office_document(archive, actual)
    types = _content_types(archive, actual)
    if part is None or part not in actual:
        part = next((p for p, t in types.items() if t in _WORKBOOK_TYPES and p in actual), None)
    if part is None:
        part = next((p for p in (CANONICAL_WORKBOOK, "xl/workbook.bin") if p in actual), None)
    if part is not None:
        content_type = types.get(part, "")
        kind = _WORKBOOK_TYPES.get(content_type)
        if kind is None and not content_type:  # no type declared: Excel's own part names
            kind = {"workbook.xml": "xlsx", "workbook.bin": "xlsb"}.get(posixpath.basename(part))
        if kind == "xlsx":
            return PackageKind("xlsx", part, canonical=part == CANONICAL_WORKBOOK and not slashes)
        if kind == "xlsb":
            return PackageKind("xlsb")
    if any(p.startswith("Index/") and p.endswith(".iwa") for p in actual) or "Index.zip" in actual:
        return PackageKind("numbers")
    return PackageKind(None)


def _read(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    if member.file_size > _MAX_INDEX_BYTES:
        return b""
    return archive.read(member)


def _xml(archive: zipfile.ZipFile, member: zipfile.ZipInfo | None) -> ElementTree.Element | None:
    if member is None:
        return None
    try:
        return ElementTree.fromstring(_read(archive, member) or b"<x/>")
    except ElementTree.ParseError:
        return None


def _office_document(archive: zipfile.ZipFile, actual: dict[str, zipfile.ZipInfo]) -> str | None:
    root = _xml(archive, actual.get(_ROOT_RELS))
    if root is None:
        return None
    for rel in root.iter(f"{_PKG_REL}Relationship"):
        # the relationship's type is the one attribute that ends with the type's name
        if any(value.endswith(_OFFICE_DOCUMENT) for value in rel.attrib.values()):
            target = rel.get("Target", "").replace("\\", "/")
            return posixpath.normpath(target.lstrip("/")) if target else None
    return None


def _content_types(archive: zipfile.ZipFile, actual: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
    """Part name (without the leading ``/``) → its content type, from the overrides."""
    root = _xml(archive, actual.get(_TYPES))
    if root is None:
        return {}
    found = {}
    for override in root.iter(f"{_CT}Override"):
        name = override.get("PartName", "").replace("\\", "/").lstrip("/")
        found[posixpath.normpath(name) if name else name] = override.get("ContentType", "")
    return found


@contextmanager
def readable_copy(path: Path, found: PackageKind) -> Iterator[Path]:
    """``path`` itself when readers can read it; else a normalised copy in a private temporary
    folder (same file name, so messages name the merchant's file), removed afterwards."""
    if not found.needs_copy or found.workbook_part is None:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="toco-package-") as folder:
        copy = Path(folder) / path.name
        _normalise(path, copy, found.workbook_part)
        yield copy


def _normalise(source: Path, target: Path, workbook: str) -> None:
    folder, base = posixpath.split(workbook)
    workbook_rels = posixpath.join(folder, "_rels", base + ".rels")
    moved = workbook != CANONICAL_WORKBOOK
    with (
        zipfile.ZipFile(source) as archive,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
    ):
        for member in archive.infolist():
            name = member.filename.replace("\\", "/")
            if member.is_dir():
                continue
            if moved and name in (CANONICAL_WORKBOOK, "xl/_rels/workbook.xml.rels"):
                continue  # a stray part where the workbook goes: the real one replaces it
            if name == workbook:
                name = CANONICAL_WORKBOOK
            elif name == workbook_rels:
                out.writestr("xl/_rels/workbook.xml.rels", _absolute_targets(archive, member))
                continue
            elif name in (_ROOT_RELS, _TYPES):
                data = archive.read(member).replace(b"\\", b"/")
                if moved:
                    data = data.replace(
                        f'"/{workbook}"'.encode(), f'"/{CANONICAL_WORKBOOK}"'.encode()
                    )
                    data = data.replace(
                        f'"{workbook}"'.encode(), f'"{CANONICAL_WORKBOOK}"'.encode()
                    )
                out.writestr(name, data)
                continue
            with archive.open(member) as stream, out.open(name, "w") as sink:
                shutil.copyfileobj(stream, sink, 1 << 20)


def _absolute_targets(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """The workbook's relationships with every internal target written from the package root,
    so they still point at the same parts after the workbook moved."""
    rels_folder = posixpath.dirname(member.filename.replace("\\", "/"))  # ".../_rels"
    folder = posixpath.dirname(rels_folder)  # the workbook's own folder

    def absolute(match: re.Match[bytes]) -> bytes:
        target = match.group(2).decode("utf-8", "replace").replace("\\", "/")
        if "://" in target or target.startswith("#"):
            return match.group(0)  # an external link, left as written
        if not target.startswith("/"):
            target = "/" + posixpath.normpath(posixpath.join(folder, target))
        return match.group(1) + target.encode() + match.group(3)

    return _TARGET.sub(absolute, archive.read(member))
