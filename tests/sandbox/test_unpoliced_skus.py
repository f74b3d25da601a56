"""API.md states no catalogue-wide SKU rule: by default the sandbox does not police SKUs."""

from __future__ import annotations

from app.sandbox import RunningSandbox
from tests.sandbox.test_sandbox_http import BULK, call, products


def test_a_second_product_with_the_same_sku_is_created_like_an_unpoliced_store(
    sandbox: RunningSandbox,
) -> None:
    call(sandbox, "POST", BULK, {"products": products("U1")})
    other = products("U1")
    other[0]["externalId"] = "ext-other"
    data = call(sandbox, "POST", BULK, {"products": other}).json()["data"]
    assert data["errors"] == [] and len(data["acceptedRows"]) == 1
    assert sorted(p.external_id for p in sandbox.state.products()) == ["ext-U1", "ext-other"]
    # the look-up by SKU answers the first product that holds it
    found = call(sandbox, "GET", "/partner/stores/products/sku/U1").json()["data"]
    assert found["externalId"] == "ext-U1"
