"""Open Referral HSDS 3.0: the API and the export validate against the official schemas,
in every language, and ids stay the same from one export to the next."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from offers.models import Language, Offer, TargetGroup
from offers.opendata.hsds import documents

from ..factories import (
    ContactPersonFactory,
    LocationFactory,
    OfferFactory,
    OpeningSlotFactory,
    ProviderFactory,
    category,
)
from ..hsds_schemas import errors, require_schemas

pytestmark = require_schemas()
LANGUAGES = ("de", "en", "ar")


@pytest.fixture
def offers(db):
    provider = ProviderFactory(website="https://traeger.example/", description_de="Ein Verein.")
    ContactPersonFactory(offer=None, provider=provider, name="Zentrale")
    full = OfferFactory(provider=provider, cost="free", cost_note_de="Fahrtkosten erstattet",
                        registration_note_de="Anmeldung per Telefon", eligibility_de="Ab 18",
                        opening_hours_note_de="Nicht in den Ferien",
                        website="https://kurs.example/", valid_until=datetime.date(2027, 7, 31),
                        categories=[category("sprachkurse"),
                                    category("migrationsberatung")])  # fmt: skip
    full.languages.set(Language.objects.filter(code__in=["ar", "uk", "fa"]))
    full.target_groups.set(TargetGroup.objects.all()[:2])
    LocationFactory(offer=full, directions_de="Bus 920 bis Rathaus", wheelchair_access="yes")
    LocationFactory(offer=full, name_de="")
    ContactPersonFactory(offer=full, role_ar="مستشارة")
    OpeningSlotFactory(offer=full, weekday=0)
    OpeningSlotFactory(offer=full, weekday=3, opens=datetime.time(14), closes=datetime.time(17))
    bare = OfferFactory(cost="fee", title_en="", title_ar="", description_de="")
    OfferFactory(status="draft")
    return full, bare


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_service_validates_in_each_language(client, offers, language):
    for offer in offers:
        response = client.get(f"/hsds/services/{offer.hsds_id}", {"lang": language})
        assert response.status_code == 200
        document = response.json()
        assert errors("compiled/service.json", document) == []
    full = client.get(f"/hsds/services/{offers[0].hsds_id}", {"lang": language}).json()
    assert len(full["service_at_locations"]) == 2
    assert {s["byday"] for s in full["schedules"]} == {"MO", "TH"}
    assert {lang["code"] for lang in full["languages"]} == {"ar", "uk", "fa"}
    assert full["cost_options"][0]["amount"] == 0
    assert sorted(a["link_type"] for a in full["attributes"]) == [
        "delivery_method",
        "eligibility",
        "eligibility",
        "service_type",
        "service_type",
    ]
    assert [
        a["taxonomy_term"]["code"]
        for a in full["attributes"]
        if a["link_type"] == "delivery_method"
    ] == ["phone"]
    assert full["organization"]["id"] == str(offers[0].provider.hsds_id)


def test_a_service_is_in_the_language_asked_for_with_the_sites_fallback(client, offers):
    full, bare = offers
    arabic = client.get(f"/hsds/services/{full.hsds_id}", {"lang": "ar"}).json()
    assert arabic["name"] == full.title_ar
    assert arabic["url"] == "https://kurs.example/"
    fallback = client.get(f"/hsds/services/{bare.hsds_id}", {"lang": "ar"}).json()
    assert fallback["name"] == bare.title_de
    assert fallback["url"].endswith(f"/ar/offers/{bare.pk}/{bare.slug}/")


def test_lists_are_paginated_as_the_specification_says(client, offers):
    first = client.get("/hsds/services", {"per_page": 1}).json()
    assert errors("page", first) == []
    assert (first["total_items"], first["total_pages"], first["size"]) == (2, 2, 1)
    assert first["first_page"] and not first["last_page"] and not first["empty"]
    for item in first["contents"]:
        assert errors("compiled/service_list.json", item) == []
    second = client.get("/hsds/services", {"per_page": 1, "page": 2}).json()
    assert second["last_page"] and not second["first_page"]
    beyond = client.get("/hsds/services", {"per_page": 1, "page": 9}).json()
    assert beyond["empty"] and beyond["contents"] == []
    full = client.get("/hsds/services", {"full": "true", "lang": "ar"}).json()
    for item in full["contents"]:
        assert errors("compiled/service.json", item) == []
    assert "draft" not in json.dumps(full)


@pytest.mark.parametrize(
    "path, schema",
    [
        ("/hsds/organizations", "compiled/organization.json"),
        ("/hsds/service_at_locations", "compiled/service_at_location.json"),
        ("/hsds/taxonomies", "taxonomy.json"),
        ("/hsds/taxonomy_terms", "taxonomy_term.json"),
    ],
)
def test_other_lists_and_their_records_validate(client, offers, path, schema):
    for language in LANGUAGES:
        page = client.get(path, {"lang": language, "per_page": 200}).json()
        assert errors("page", page) == [] and page["total_items"] > 0
        for item in page["contents"]:
            assert errors(schema, item) == []
        one = client.get(f"{path}/{page['contents'][-1]['id']}", {"lang": language})
        assert one.status_code == 200 and one.json() == page["contents"][-1]


def test_the_schemas_catch_a_broken_record(client, offers):
    document = client.get(f"/hsds/services/{offers[0].hsds_id}").json()
    document["status"] = "open"
    document["service_at_locations"][0]["location"]["latitude"] = "north"
    del document["name"]
    found = errors("compiled/service.json", document)
    assert len(found) == 3, found


def test_bad_queries_and_unknown_ids_get_json_errors(client, offers):
    assert client.get("/hsds/services", {"lang": "xx"}).status_code == 400
    assert client.get("/hsds/services", {"per_page": "100000"}).status_code == 400
    missing = client.get("/hsds/services/00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404 and missing.json()["error"] == "not found"
    assert client.get("/hsds/services/not-a-uuid").status_code == 404
    draft = Offer.objects.get(status="draft")
    assert client.get(f"/hsds/services/{draft.hsds_id}").status_code == 404


def test_the_api_root_names_version_and_licence(client, db):
    root = client.get("/hsds/").json()
    assert root["version"] == "3.0"
    assert root["licence"] == "CC BY 4.0" and root["attribution"]
    assert root["openapi_url"].startswith("https://")


def test_ids_are_the_same_in_every_export(offers):
    first = documents.dataset("de")
    again = documents.dataset("de")
    first.pop("generated"), again.pop("generated")
    assert first == again
    arabic = documents.dataset("ar")
    ids = lambda d: [s["id"] for s in d["services"]]  # noqa: E731
    assert ids(arabic) == ids(first)


@pytest.mark.slow
def test_the_export_of_the_whole_demo_district_validates(db, tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    out = tmp_path / "hsds.json"
    call_command("export_hsds", str(out), "--lang", "ar", stderr=io.StringIO())
    document = json.loads(out.read_text())
    assert len(document["services"]) == Offer.objects.public().count() > 2000
    for service in document["services"]:
        assert errors("compiled/service.json", service) == [], service["id"]
    for term in document["taxonomy_terms"]:
        assert errors("taxonomy_term.json", term) == []


# --- import ---------------------------------------------------------------------------------


def wipe_offers():
    from offers.models import Municipality, Provider

    Offer.objects.all().delete()
    Provider.objects.all().delete()
    Municipality.objects.all().delete()


def without_time(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "generated"}


@pytest.mark.slow
def test_export_import_into_an_empty_database_and_export_again_gives_the_same_documents(db):
    from offers.opendata.hsds.importer import import_document

    call_command("load_demo", "--offers", "40", stdout=io.StringIO())
    exported = {language: documents.dataset(language) for language in LANGUAGES}
    assert len(exported["de"]["services"]) > 30
    wipe_offers()
    for language in LANGUAGES:
        import_document(json.loads(json.dumps(exported[language])))
    assert set(Offer.objects.values_list("status", flat=True)) == {"draft"}, "for review"
    Offer.objects.update(status="published")  # the editors' review
    for language in LANGUAGES:
        assert without_time(documents.dataset(language)) == without_time(exported[language])


def test_a_second_import_updates_the_offers_it_made(offers):
    from offers.opendata.hsds.importer import import_document

    document = documents.dataset("en")
    wipe_offers()
    first = import_document(json.loads(json.dumps(document)))
    assert (first.created, first.updated) == (2, 0)
    assert len(first.towns_created) == 2  # each location factory makes its own town
    document["services"][0]["name"] = "German course, evenings"
    document["services"][0]["service_at_locations"] = document["services"][0][
        "service_at_locations"][:1]  # fmt: skip
    second = import_document(json.loads(json.dumps(document)))
    assert (second.created, second.updated) == (0, 2)
    updated = Offer.objects.get(hsds_id=document["services"][0]["id"])
    assert updated.title_en == "German course, evenings"
    assert updated.title_de == offers[0].title_en, "German, required, filled from English"
    assert updated.locations.count() == 1
    assert Offer.objects.count() == 2


def test_an_invalid_document_is_refused_with_its_schema_errors_and_nothing_is_imported(offers):
    from offers.opendata.hsds.importer import ImportRefused, import_document

    document = documents.dataset("de")
    before = Offer.objects.count()
    document["services"][1]["status"] = "open"
    del document["services"][0]["name"]
    with pytest.raises(ImportRefused) as refused:
        import_document(document)
    problems = "\n".join(refused.value.problems)
    assert f"service 1 ({document['services'][0]['id']})" in problems
    assert "'name' is a required property" in problems
    assert "status: 'open' is not one of" in problems
    assert Offer.objects.count() == before


@pytest.mark.parametrize(
    "field, value, message",
    [("postal_code", "ABC", "German postcode"), ("latitude", 40.4, "outside the service area")],
)
def test_a_service_breaking_this_sites_rules_refuses_the_whole_document(
    offers, field, value, message
):
    from offers.opendata.hsds.importer import ImportRefused, import_document

    document = documents.dataset("de")
    wipe_offers()
    place = document["services"][0]["service_at_locations"][0]["location"]
    if field == "latitude":  # Madrid
        place["latitude"] = value
    else:
        place["addresses"][0][field] = value
    with pytest.raises(ImportRefused) as refused:
        import_document(document)
    assert message in "\n".join(refused.value.problems)
    assert Offer.objects.count() == 0, "the valid second service was not imported either"


def test_the_import_command_reports_what_it_did(offers, tmp_path):
    document = documents.dataset("ar")
    wipe_offers()
    path = tmp_path / "hsds.json"
    path.write_text(json.dumps(document))
    out = io.StringIO()
    call_command("import_hsds", str(path), stdout=out)
    assert "2 offers created as drafts, 0 updated" in out.getvalue()
    imported = Offer.objects.get(hsds_id=document["services"][0]["id"])
    assert imported.title_ar == document["services"][0]["name"]
    path.write_text(json.dumps({"services": [{"id": "x"}]}))
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_hsds", str(path), "--lang", "de")


def test_the_written_file_is_the_document(offers, tmp_path):
    path = tmp_path / "hsds.json"
    call_command("export_hsds", str(path), "--lang", "en", stderr=io.StringIO())
    written = json.loads(path.read_text())
    assert without_time(written) == without_time(documents.dataset("en"))
