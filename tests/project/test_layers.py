"""The import contracts (pyproject.toml, checked by `lint-imports` in `make lint`) cover the
whole of `offers`: a module added at its top level is either an audience, the write path,
an outside service, or part of the domain core that the first contract keeps free of them.
Without this, a new top-level module would escape every contract unnoticed."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Packages that are not imported by the domain and need no contract of their own.
NOT_CODE = {"offers.migrations", "offers.management", "offers.apps", "offers.admin"}


def contracts():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return config["tool"]["importlinter"]["contracts"]


def top_level_modules(package: str) -> set[str]:
    folder = ROOT / package
    names = {path.stem for path in folder.glob("*.py") if path.stem != "__init__"}
    names |= {path.parent.name for path in folder.glob("*/__init__.py")}
    return {f"{package}.{name}" for name in names}


def test_every_top_level_module_of_offers_is_under_a_contract():
    (domain,) = [c for c in contracts() if c["name"].startswith("The domain core")]
    audiences_and_services = set(domain["forbidden_modules"]) - {"routing"}
    covered = set(domain["source_modules"]) | audiences_and_services | NOT_CODE
    assert top_level_modules("offers") - covered == set()
    # …and the contract names nothing that has gone.
    assert covered - top_level_modules("offers") == set()


def test_every_audience_and_service_has_a_contract_of_its_own():
    sources = {module for c in contracts() for module in c["source_modules"]}
    (domain,) = [c for c in contracts() if c["name"].startswith("The domain core")]
    outside = set(domain["forbidden_modules"]) - {"routing", "offers.demo"}
    assert outside <= sources
