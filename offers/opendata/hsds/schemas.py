"""The official HSDS 3.0 JSON schemas, from the folder HSDS_SCHEMA_DIR names (the
specification's `schema/` folder of branch 3.0; this project does not ship them). The
import needs them to refuse invalid documents; the tests validate every export with them."""

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012


class SchemasMissing(Exception):
    pass


def folder() -> Path:
    return Path(settings.HSDS_SCHEMA_DIR)


def available() -> bool:
    return (folder() / "compiled" / "service.json").exists()


@cache
def _registry(where: Path) -> Registry:
    """Every schema under its file name, as their `$ref`s name them ("phone.json")."""
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text()), DRAFT202012))
        for path in where.glob("*.json")
    ]
    return Registry().with_resources(resources)


@cache
def _validator(where: Path, name: str) -> Draft202012Validator:
    if name == "page":  # the API's list envelope, from the specification's OpenAPI file
        openapi = json.loads((where / "openapi.json").read_text())
        schema = openapi["components"]["schemas"]["Page"]
    else:
        schema = json.loads((where / name).read_text())
    return Draft202012Validator(schema, registry=_registry(where), format_checker=FormatChecker())


def errors(name: str, document) -> list[str]:
    """`name`: "compiled/service.json", "taxonomy_term.json", … or "page"."""
    if not available():
        raise SchemasMissing(
            f"The HSDS 3.0 schemas are not in {folder()}: set HSDS_SCHEMA_DIR to a copy of the "
            "specification's schema folder (github.com/openreferral/specification, branch 3.0)."
        )
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(document)'}: {error.message[:300]}"
        for error in _validator(folder(), name).iter_errors(document)
    ]
