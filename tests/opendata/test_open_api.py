"""The site's own JSON API: the OpenAPI 3.1 document is valid, and real answers of every
endpoint it describes match its schemas, in every language."""

import datetime

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..factories import LocationFactory, OfferFactory, OpeningSlotFactory, category


@pytest.fixture
def api(client, db):
    document = client.get("/api/openapi.json").json()
    registry = Registry().with_resource("urn:api", Resource.from_contents(document, DRAFT202012))

    def problems(schema: str, answer) -> list[str]:
        reference = {"$ref": f"urn:api#/components/schemas/{schema}"}
        checker = FormatChecker()
        validator = Draft202012Validator(reference, registry=registry, format_checker=checker)
        return [
            f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(answer)
        ]

    return document, problems


@pytest.fixture
def offers(db):
    found = []
    for number in range(5):
        verified = None if number == 0 else datetime.date.today()
        offer = OfferFactory(title_de=f"Sprachkurs {number}", title_en=f"Language course {number}",
                             categories=[category()], last_verified=verified)  # fmt: skip
        LocationFactory(offer=offer, latitude=50.9 + number / 100)
        OpeningSlotFactory(offer=offer)
        found.append(offer)
    return found


def test_the_openapi_document_is_valid_and_names_every_endpoint(api):
    document, _problems = api
    validate(document)
    assert set(document["paths"]) == {
        "/{lang}/offers/list.json",
        "/{lang}/offers/offers.geojson",
        "/{lang}/offers/map.json",
    }
    assert document["servers"] == [{"url": "http://testserver"}]


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_the_offer_list_matches_its_schema(client, api, offers, language):
    _document, problems = api
    answer = client.get(f"/{language}/offers/list.json", {"per_page": 2, "page": 2}).json()
    assert problems("OfferList", answer) == []
    assert (answer["count"], answer["pages"], len(answer["results"])) == (5, 3, 2)
    searched = client.get(f"/{language}/offers/list.json", {"q": "Sprachkurs"}).json()
    assert searched["count"] == 5
    assert problems("OfferList", searched) == []
    first = client.get(f"/{language}/offers/list.json", {"per_page": 1}).json()["results"][0]
    assert first["url"].startswith(f"http://testserver/{language}/offers/{first['id']}/")


def test_places_as_geojson_match_their_schema(client, api, offers):
    _document, problems = api
    response = client.get("/de/offers/offers.geojson", {"bbox": "6.0,50.85,7.0,50.925"})
    assert response["Content-Type"] == "application/geo+json"
    answer = response.json()
    assert problems("FeatureCollection", answer) == []
    assert len(answer["features"]) == 3
    longitude, latitude = answer["features"][0]["geometry"]["coordinates"]
    assert (longitude, latitude) == (6.6397, 50.9)


def test_map_markers_and_clusters_match_their_schemas(client, api, offers, settings):
    _document, problems = api
    assert problems("Markers", client.get("/de/offers/map.json").json()) == []
    settings.MAP_MAX_MARKERS = 2
    clusters = client.get("/de/offers/map.json", {"bbox": "5,47,15,55", "zoom": "8"}).json()
    assert clusters["mode"] == "clusters"
    assert problems("Clusters", clusters) == []


def test_bad_paging_is_a_json_400_and_bad_filters_are_ignored(client, api, offers):
    _document, problems = api
    refused = client.get("/de/offers/list.json", {"per_page": "500"})
    assert refused.status_code == 400 and problems("Error", refused.json()) == []
    ignored = client.get("/de/offers/list.json", {"category": "nonsense", "open_now": "x"})
    assert ignored.status_code == 200


def query_parameters(document, path="/{lang}/offers/list.json"):
    parameters = document["paths"][path]["get"]["parameters"]
    return {p["name"]: p["schema"] for p in parameters if p["in"] == "query"}


def an_allowed_value(schema) -> str:
    if schema["type"] == "boolean":
        return "true"
    if "enum" in schema:
        return schema["enum"][-1]
    if "example" in schema:
        return schema["example"]
    return "50171" if "pattern" in schema else "Kurs"


@pytest.fixture
def places(db):
    """Towns, topics, groups and languages for the filters' choices."""
    from offers.models import Language

    offer = OfferFactory(categories=[category("sprachkurse")])
    offer.languages.add(Language.objects.get(code="ar"))
    LocationFactory(offer=offer, municipality__slug="kerpen", postcode="50171")


def test_the_document_names_exactly_the_finder_filters(api):
    from offers.public.filters import OfferFilter

    document, _problems = api
    for path in document["paths"]:
        names = set(query_parameters(document, path)) - {"page", "per_page", "bbox", "zoom"}
        # `ignore` (what the search should not read into its words) is read by the filter
        # itself, repeatable: tests/domain/test_query_words.py.
        assert names == {*OfferFilter.base_filters, "ignore"}, path


def test_every_value_the_document_allows_is_one_the_filter_takes(client, places):
    """And a value outside the documented ones is one the filter ignores: `near` takes a
    town's slug, not coordinates."""
    from offers.public.filters import OfferFilter

    document = client.get("/api/openapi.json").json()
    for name, schema in query_parameters(document).items():
        if name in ("page", "per_page", "ignore"):
            continue
        allowed = OfferFilter({name: an_allowed_value(schema)})
        assert allowed.is_valid(), (name, allowed.errors)
        assert name in allowed.valid_data, name
        if "enum" in schema:
            assert not OfferFilter({name: "50.87,6.69"}).is_valid(), name
        if "maxLength" in schema:
            too_long = OfferFilter({name: "x" * (schema["maxLength"] + 1)})
            assert not too_long.is_valid(), name
    near = query_parameters(document)["near"]
    assert near["enum"] == ["kerpen"] and near["type"] == "string"
