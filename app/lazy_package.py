"""A package that hands out its names when they are first asked for (PEP 562), so importing
it costs nothing until one is used: the window shows before the client, the jobs engine, the
photo checker and the readers are imported.

In a package's ``__init__``::

    __getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)

with ``_HOMES`` mapping each public name to the module that defines it (the names are also
imported under ``TYPE_CHECKING``, for mypy). A name is imported once and then kept in the
package like any other.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any


def lazy_names(
    package: str, homes: Mapping[str, str], names: Sequence[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The package's ``__getattr__`` and ``__dir__``."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        vars(sys.modules[package])[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *names})

    return __getattr__, __dir__
