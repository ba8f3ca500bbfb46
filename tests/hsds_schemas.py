"""The HSDS tests need the official schemas (HSDS_SCHEMA_DIR, by default ../shared/hsds-3.0
beside the clone). Without them they are skipped with a reason, unless
REQUIRE_HSDS_SCHEMAS=1 (CI)."""

import os

import pytest

from offers.opendata.hsds.schemas import available, errors, folder

__all__ = ["errors", "require_schemas"]


def require_schemas():
    if available():
        return pytest.mark.hsds
    if os.environ.get("REQUIRE_HSDS_SCHEMAS") == "1":
        raise RuntimeError(f"REQUIRE_HSDS_SCHEMAS=1 but no HSDS schemas in {folder()}")
    return pytest.mark.skip(reason=f"no HSDS 3.0 schemas in {folder()}")
