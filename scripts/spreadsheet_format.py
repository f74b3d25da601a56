"""Writes the README's generated sections from the field registry and the store's error table.

    .venv/bin/python scripts/spreadsheet_format.py           # rewrite them in README.md
    .venv/bin/python scripts/spreadsheet_format.py --check   # exit 1 when README.md is stale

Each section sits between ``<!-- BEGIN GENERATED: name -->`` and ``<!-- END GENERATED: name -->``
and is built only from ``app.catalog.guide`` (which reads ``app/catalog/fields.py``,
``kinds.py`` and ``codes.py``), the same source as the window's Help pages, so the README never
says something else than the app. ``tests/packaging/test_spreadsheet_format_doc.py`` runs the
check. Run this after adding or changing a field or an error code.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.catalog.fields import FIELDS  # noqa: E402
from app.catalog.guide import spreadsheet_format, store_errors  # noqa: E402
from app.catalog.messages import Lang  # noqa: E402

README = ROOT / "README.md"
BEGIN = "<!-- BEGIN GENERATED: {name} (scripts/spreadsheet_format.py; do not edit by hand) -->"
END = "<!-- END GENERATED: {name} -->"

_WORDS: dict[Lang, dict[str, str]] = {
    "en": {
        "column": "Column",
        "other": "Also read as",
        "needed": "Needed",
        "accepts": "What it takes",
        "example": "Example",
        "yes": "**required**",
        "no": "optional",
        "code": "Code",
        "means": "What it means",
        "do": "What to do",
        "intro": "The {count} columns the app reads, in the template's order; the header may"
        " be in English or Indonesian, in any order and any case. The API key (`price`) is"
        " read as a header too.",
    },
    "id": {
        "column": "Kolom",
        "other": "Juga dibaca dari",
        "needed": "Wajib?",
        "accepts": "Isi yang diterima",
        "example": "Contoh",
        "yes": "**wajib**",
        "no": "opsional",
        "code": "Kode",
        "means": "Artinya",
        "do": "Yang perlu dilakukan",
        "intro": "{count} kolom yang dibaca aplikasi, sesuai urutan template; judul kolom boleh"
        " dalam bahasa Indonesia atau Inggris, urutan dan huruf besar-kecil bebas. Kunci API"
        " (`price`) juga dibaca sebagai judul.",
    },
}


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no pipes, no line breaks, no HTML tags."""
    return (
        text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", " ")
    )


def _code(text: str) -> str:
    """A header or a value as code; a backtick inside would end it, so none is expected."""
    escaped = text.replace("|", "\\|")
    return f"`{escaped}`" if text else ""


def fields_table(lang: Lang) -> str:
    words = _WORDS[lang]
    other: Lang = "en" if lang == "id" else "id"
    by_key = {f.key: f for f in FIELDS}
    lines = [
        words["intro"].format(count=len(FIELDS)),
        "",
        f"| {words['column']} | {words['other']} | {words['needed']} | {words['accepts']}"
        f" | {words['example']} |",
        "|---|---|---|---|---|",
    ]
    for guide in spreadsheet_format(lang):
        field = by_key[guide.key]
        others = [field.label(other), *guide.other_headers]
        others = list(dict.fromkeys(h for h in others if h.casefold() != guide.label.casefold()))
        accepts = f"{_cell(guide.description)} {_cell(guide.forms)}"
        lines.append(
            f"| **{_cell(guide.label)}** (`{guide.key}`)"
            f" | {', '.join(_code(h) for h in others if h != guide.key)}"
            f" | {words['yes'] if guide.required else words['no']}"
            f" | {accepts} | {_code(guide.example)} |"
        )
    return "\n".join(lines)


def errors_table(lang: Lang) -> str:
    words = _WORDS[lang]
    lines = [f"| {words['code']} | {words['means']} | {words['do']} |", "|---|---|---|"]
    for guide in store_errors(lang):
        lines.append(
            f"| `{guide.code}` | {_cell(guide.meaning)} | {_cell(guide.what_to_do) or '—'} |"
        )
    return "\n".join(lines)


SECTIONS: dict[str, Callable[[], str]] = {
    "spreadsheet-format-en": lambda: fields_table("en"),
    "spreadsheet-format-id": lambda: fields_table("id"),
    "store-errors-en": lambda: errors_table("en"),
    "store-errors-id": lambda: errors_table("id"),
}


def regenerate(text: str) -> str:
    """``text`` with every generated section it holds rebuilt; a section it lacks is an error."""
    for name, build in SECTIONS.items():
        begin, end = BEGIN.format(name=name), END.format(name=name)
        pattern = re.compile(re.escape(begin) + r"\n.*?" + re.escape(end), re.DOTALL)
        if len(pattern.findall(text)) != 1:
            raise ValueError(f"README.md needs exactly one {begin} … {end}")
        text = pattern.sub(lambda _m, b=begin, e=end, n=build: f"{b}\n{n()}\n{e}", text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--readme", type=Path, default=README)
    args = parser.parse_args(argv)
    current = args.readme.read_text(encoding="utf-8")
    fresh = regenerate(current)
    if args.check:
        if fresh != current:
            print(f"{args.readme} is stale: run scripts/spreadsheet_format.py", file=sys.stderr)
            return 1
        return 0
    if fresh != current:
        args.readme.write_text(fresh, encoding="utf-8")
        print(f"rewrote the generated sections of {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
