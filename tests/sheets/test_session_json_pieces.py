"""The session's files are encoded a piece at a time (``compact_json``), so that no single
call of the C encoder holds the interpreter lock through a 10,000-row session, each piece by
orjson where it reads back the same (json where not: a NaN, a tuple, a key that is not text, a
huge number): the text reads back as the very value one ``json.dumps`` call's text does, for
any value a session holds and for any size of piece; and a session written and read back is
the session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.table import ProductTable
from app.sheets import session
from app.sheets.session import SessionMeta, SessionStore, compact_json, snapshot
from tests.jobs.rows import product_cells

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.lists(inner, max_size=6).map(tuple),
        st.dictionaries(st.text(max_size=5), inner, max_size=6),
        st.dictionaries(st.integers(0, 9), inner, max_size=3),  # keys json turns into text
    ),
    max_leaves=40,
)


def _plain(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _read_back(text: str) -> str:
    """The value a text reads back as, written as json writes it (a NaN stays NaN, so two
    texts that read back the same compare equal; orjson writes 1e-05 as 1e-5 or 0.00001)."""
    return _plain(json.loads(text))


@settings(max_examples=150, deadline=None)
@given(value=values, piece=st.integers(0, 3))
def test_the_text_reads_back_as_one_dumps_calls(value: Any, piece: int) -> None:
    old = session.PIECE_ENTRIES
    session.PIECE_ENTRIES = piece
    try:
        assert _read_back(compact_json(value)) == _read_back(_plain(value))
    finally:
        session.PIECE_ENTRIES = old


@pytest.mark.parametrize(
    "value",
    [
        {"rows": {"1": {"price": 1.5e-05, "stock": float("nan"), "w": float("inf")}}},
        {"rows": {"1": {"n": 2**70, "t": (1, "a"), "k": {3: "x"}, "s": "\ud800"}}},
        [{"a": [0.0001, 1e16, -0.0, 5e-324]}] * 70,
    ],
)
def test_what_orjson_writes_otherwise_reads_back_the_same(value: Any) -> None:
    assert _read_back(compact_json(value)) == _read_back(_plain(value))


def test_a_big_session_is_the_same_text_and_reads_back(tmp_path: Path) -> None:
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(300))])
    table.rows[4].cells["name"] = "Kain Tenun Ikat — 🧵 “asli”"
    meta = SessionMeta(str(tmp_path / "toko.xlsx"), "Produk", 1, [(0, "name", None)])
    data = snapshot(meta, table, table.rows, True)
    assert len(data["rows"]) > session.PIECE_ENTRIES  # encoded an entry at a time
    assert compact_json(data) == _plain(data)  # texts and whole numbers: the very text
    store = SessionStore(tmp_path / "sessions")
    path = store.save(meta.key, data)
    assert path.read_text("utf-8") == _plain(data)
    assert store.load(meta.key) == json.loads(_plain(data))


@pytest.mark.parametrize("rows", [1, 200])
def test_the_edit_logs_lines_are_one_dumps_calls(tmp_path: Path, rows: int) -> None:
    store = SessionStore(tmp_path / "sessions")
    entry = {
        "rows": {str(i): {"status": "live", "cells": {"name": f"Baju {i}"}} for i in range(rows)}
    }
    store.append("k", lambda: {"version": 1, "rows": {}}, entry)
    lines = store.log_for("k").read_text("utf-8").splitlines()
    assert lines[0] == _plain({"meta": {"version": 1, "rows": {}}})
    written = json.loads(lines[1])
    assert lines[1] == _plain(written) and written["rows"] == entry["rows"]


@pytest.mark.parametrize("wrapped", [False, True])
def test_no_piece_holds_more_than_one_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wrapped: bool
) -> None:
    """The session file, and the log's entry after rows were added (``{"full": ...}``): the
    encoder is called for one row at a time, never for all of them at once."""
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(300))])
    meta = SessionMeta(str(tmp_path / "toko.xlsx"), "Produk", 1, [(0, "name", None)])
    data: dict[str, Any] = snapshot(meta, table, table.rows, True)
    if wrapped:
        data = {"at": 1.5, "full": data}
    pieces: list[int] = []
    encode = session._encode

    def counted(value: Any) -> str:
        text = encode(value)
        pieces.append(len(text))
        return text

    monkeypatch.setattr(session, "_encode", counted)
    text = compact_json(data)
    assert _read_back(text) == _read_back(_plain(data))
    longest_row = max(len(_plain(r)) for r in (data["full"] if wrapped else data)["rows"].values())
    assert max(pieces) <= max(
        longest_row, len(_plain(data["order"] if not wrapped else data["full"]["order"]))
    )
