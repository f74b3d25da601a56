"""Remembered column mappings, per header signature, in the user's config directory.

The next workbook with the same headers opens with the mapping the merchant chose last time.
The file is JSON, written atomically (``app.atomic_files``); a damaged or
missing file is treated as an empty memory, never as an error.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import platformdirs

from app.catalog.fields import field_by_key
from app.private_files import write_private_text
from app.sheets import limits
from app.sheets.mapping import ColumnBinding, ColumnMap, header_signature

FILE_NAME = "column-maps.json"
_VERSION = 1


def default_path() -> Path:
    return platformdirs.user_config_path(limits.APP_NAME) / FILE_NAME


class MappingMemory:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != _VERSION:
            return {}
        maps = data.get("maps")
        if not isinstance(maps, dict):
            return {}
        return {k: v for k, v in maps.items() if isinstance(v, dict)}

    def remember(self, colmap: ColumnMap) -> None:
        maps = self._load()
        maps[colmap.signature] = {
            "headers": colmap.headers,
            "columns": [
                {"index": b.index, "field": b.field, "part": b.part}
                for b in colmap.bindings
                if b.field is not None
            ],
            "saved": time.time(),
        }
        if len(maps) > limits.MAPPING_MEMORY_SIZE:
            newest = sorted(maps.items(), key=lambda kv: _saved(kv[1]), reverse=True)
            maps = dict(newest[: limits.MAPPING_MEMORY_SIZE])
        self._write({"version": _VERSION, "maps": maps})

    def recall(self, headers: list[str]) -> ColumnMap | None:
        entry = self._load().get(header_signature(headers))
        if entry is None:
            return None
        bindings = [ColumnBinding(i, h, None) for i, h in enumerate(headers)]
        columns = entry.get("columns")
        for column in columns if isinstance(columns, list) else []:
            try:
                index, field, part = int(column["index"]), column["field"], column.get("part")
                field_by_key(field)
            except (KeyError, TypeError, ValueError):
                continue  # a field that no longer exists
            if 0 <= index < len(bindings):
                bindings[index] = ColumnBinding(
                    index,
                    headers[index],
                    field,
                    None if part is None else str(part),
                    1.0,
                    "remembered",
                )
        return ColumnMap(bindings)

    def forget(self, headers: list[str]) -> None:
        maps = self._load()
        if maps.pop(header_signature(headers), None) is not None:
            self._write({"version": _VERSION, "maps": maps})

    def _write(self, data: dict[str, Any]) -> None:
        write_private_text(self.path, json.dumps(data, ensure_ascii=False, indent=1))


def _saved(entry: dict[str, Any]) -> float:
    saved = entry.get("saved")
    return float(saved) if isinstance(saved, int | float) and not isinstance(saved, bool) else 0.0
