from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.photos.photo_server import PhotoServer, running


@pytest.fixture
def photo_server() -> Iterator[PhotoServer]:
    with running() as server:
        yield server
