"""Tab-separated text as Excel puts on the clipboard, both ways. No Qt here.

Excel quotes a cell that holds a tab, a line break or a double quote (doubling the quotes);
rows end with CR LF and the last row usually too.
"""

from __future__ import annotations


def _quote(text: str) -> str:
    if any(c in text for c in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def to_tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(_quote(c) for c in row) + "\r\n" for row in rows)


def from_tsv(text: str) -> list[list[str]]:
    """Parse clipboard text into rows of cells (a trailing line break adds no empty row)."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    quoted_start = True
    while i < n:
        c = text[i]
        if c == '"' and quoted_start and not cell:
            end = i + 1
            buf: list[str] = []
            while end < n:
                if text[end] == '"':
                    if end + 1 < n and text[end + 1] == '"':
                        buf.append('"')
                        end += 2
                        continue
                    break
                buf.append(text[end])
                end += 1
            if end < n and (end + 1 == n or text[end + 1] in "\t\r\n"):
                cell.extend(buf)
                i = end + 1
                quoted_start = False
                continue
            cell.append(c)  # a lone quote: literal text
            i += 1
            quoted_start = False
            continue
        if c == "\t":
            row.append("".join(cell))
            cell, quoted_start = [], True
        elif c in "\r\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell, quoted_start = [], [], True
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
        else:
            cell.append(c)
            quoted_start = False
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows
