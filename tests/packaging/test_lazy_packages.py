"""The packages whose names are imported when first asked for (PEP 562) still hand out every
name they list, the very objects of the modules they live in, and refuse a name they lack."""

from __future__ import annotations

import importlib

import pytest

LAZY = ("app.jobs", "app.partner", "app.photos", "app.profiles", "app.sheets")


@pytest.mark.parametrize("package", LAZY)
def test_every_listed_name_resolves_to_its_modules_object(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        value = getattr(module, name)
        home = importlib.import_module(module._HOMES[name])
        assert value is getattr(home, name), f"{package}.{name}"
    assert set(module._HOMES) == set(module.__all__)
    assert set(module.__all__) <= set(dir(module))


@pytest.mark.parametrize("package", LAZY)
def test_an_unknown_name_is_an_attribute_error(package: str) -> None:
    module = importlib.import_module(package)
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        module.Nothing  # noqa: B018
    with pytest.raises(ImportError):
        exec(f"from {package} import Nothing", {})
