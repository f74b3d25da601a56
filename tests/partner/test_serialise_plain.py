"""A body written by orjson is json's body to the byte (issue 16).

``serialise_plain`` is what an upload's chunk goes out as: for plain JSON values (texts of any
characters, whole numbers, yes/no, None, lists and dicts of them) it must give the very bytes
``serialise`` gives — the bytes that are signed — and, for what orjson refuses (a whole number
beyond 64 bits, a lone surrogate, a key that is not text), json's own bytes or json's own error.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.partner.client import serialise, serialise_plain

plain = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**63), max_value=2**64 - 1),
        st.integers(),  # beyond 64 bits too
        st.text(),
        st.text(alphabet=st.characters(max_codepoint=0x9F)),  # control characters, DEL
        st.sampled_from(['"', "\\", "\u2028\u2029", "\ud800", "😀", "</script>", "\x7f"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


DEEP: list[Any] = []
_inner = DEEP
for _ in range(300):
    _inner.append([])
    _inner = _inner[0]


def outcome(write: Any, value: Any) -> Any:
    try:
        return write(value)
    except Exception as error:  # the same error type is what counts
        return type(error)


@settings(max_examples=400, deadline=None)
@given(value=plain)
def test_plain_values_give_jsons_bytes_or_its_error(value: Any) -> None:
    assert outcome(serialise_plain, value) == outcome(serialise, value)


@pytest.mark.parametrize(
    "value",
    [
        {"products": [{"name": "Kaos \u00a0“Oblong”\n\t", "price": 85_000, "specialPrice": None}]},
        {"n": 2**64},  # beyond orjson's numbers: json writes it
        {1: "a key that is a number"},  # json writes it as text, orjson refuses it
        {"s": "\udfff"},  # a lone surrogate: json's own error
        DEEP,  # deeper than orjson nests: json writes it
    ],
)
def test_what_orjson_refuses_goes_through_json(value: Any) -> None:
    assert outcome(serialise_plain, value) == outcome(serialise, value)
