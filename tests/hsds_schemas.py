"""The official HSDS 3.0 JSON schemas, read from ../shared/hsds-3.0 (HSDS_SCHEMAS elsewhere),
never copied into this repository. Without them the HSDS tests are skipped with a reason,
unless REQUIRE_HSDS_SCHEMAS=1 (CI)."""

import json
import os
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path(os.environ.get("HSDS_SCHEMAS", ROOT.parent / "shared" / "hsds-3.0"))
AVAILABLE = (FOLDER / "compiled" / "service.json").exists()


def require_schemas():
    if AVAILABLE:
        return pytest.mark.hsds
    if os.environ.get("REQUIRE_HSDS_SCHEMAS") == "1":
        raise RuntimeError(f"REQUIRE_HSDS_SCHEMAS=1 but no HSDS schemas in {FOLDER}")
    return pytest.mark.skip(reason=f"no HSDS 3.0 schemas in {FOLDER}")


@cache
def registry() -> Registry:
    """Every schema under its file name, as their `$ref`s name them ("phone.json")."""
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text()), DRAFT202012))
        for path in FOLDER.glob("*.json")
    ]
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    """`name`: "compiled/service.json", "taxonomy_term.json", "page" (the API's Page)."""
    if name == "page":
        schema = json.loads((FOLDER / "openapi.json").read_text())["components"]["schemas"]["Page"]
    else:
        schema = json.loads((FOLDER / name).read_text())
    return Draft202012Validator(schema, registry=registry(), format_checker=FormatChecker())


def errors(name: str, document) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"
        for error in validator(name).iter_errors(document)
    ]
