"""``--json`` goes out through orjson: the very text ``json.dump(indent=2)`` wrote before."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest

from app.cli.output import write_json

SAMPLE: dict[str, Any] = {
    "summary": {"ready": 2, "invalid": 1},
    "rows": [
        {
            "row": 2,
            "status": "invalid",
            "externalId": None,
            "sku": "TK-000001",
            "issues": [
                {
                    "field": "price",
                    "column": "Harga",
                    "level": "error",
                    "code": None,
                    "message": "Harga harus bilangan bulat; “85.000,50” ada pecahannya — “Kaos”",
                }
            ],
        },
        {"row": 3, "status": "ready", "issues": []},
    ],
    "skipped": [],
    "nested": {"empty": {}, "list": [1, 2.5, True, False, None, '\t\n\\"é😀']},
}


def as_before(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_the_text_is_what_json_dump_wrote() -> None:
    out = io.StringIO()  # no buffer: text written
    write_json(SAMPLE, out)
    assert out.getvalue() == as_before(SAMPLE)


def test_bytes_go_to_the_buffer_as_utf8() -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    out.write("before\n")
    write_json(SAMPLE, out)
    assert raw.getvalue().decode("utf-8") == "before\n" + as_before(SAMPLE)


def test_an_int_beyond_64_bits_still_written() -> None:
    out = io.StringIO()
    write_json({"n": 2**70}, out)
    assert json.loads(out.getvalue()) == {"n": 2**70}


def test_validate_json_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    write_json({"a": "Ya"}, sys.stdout)
    assert capsys.readouterr().out == '{\n  "a": "Ya"\n}\n'
