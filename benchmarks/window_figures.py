"""The window benchmarks' figures: one printed line and one JSON line each (figure, baseline
of the same run, ratio), so runs can be compared."""

from __future__ import annotations

import json
import platform
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float
    unit: str  # "s" or "MB"
    baseline: float | None  # the same run's reference, None when there is none
    baseline_name: str
    rows: int

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    def line(self) -> str:
        shown = f"{self.value * 1000:.1f} ms" if self.unit == "s" else f"{self.value:.0f} MB"
        text = f"{self.name}: {shown} ({self.rows} rows)"
        if self.baseline is not None:
            base = (
                f"{self.baseline * 1000:.1f} ms" if self.unit == "s" else f"{self.baseline:.0f} MB"
            )
            text += f"; baseline {self.baseline_name} {base}; ratio {self.ratio:.2f}×"
        return text

    def json(self) -> str:
        return json.dumps(
            {
                "figure": self.name,
                "value": round(self.value, 6),
                "unit": self.unit,
                "baseline": None if self.baseline is None else round(self.baseline, 6),
                "baseline_name": self.baseline_name or None,
                "ratio": None if self.ratio is None else round(self.ratio, 3),
                "rows": self.rows,
                "machine": platform.node(),
                "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            },
            ensure_ascii=False,
        )


def report(figures: list[Figure], json_path: Path | None = None) -> None:
    """Print each figure and its JSON line; append the JSON lines to ``json_path`` too."""
    for figure in figures:
        print(figure.line())
    lines = [figure.json() for figure in figures]
    for line in lines:
        print(line)
    if json_path is not None:
        with json_path.open("a", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
