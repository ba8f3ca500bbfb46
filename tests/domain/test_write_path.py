"""The one write path for offers (offers/services): every writer keeps the invariants that
the admin form and the spreadsheet check, whatever way an offer comes in."""

import json

import pytest

from offers import services
from offers.models import Offer, OfferStatus
from offers.opendata.hsds import documents
from offers.opendata.hsds.importer import ImportRefused, import_document

from ..factories import LocationFactory, OfferFactory
from ..hsds_schemas import require_schemas


@pytest.mark.xfail(strict=True, reason="defect (issue 15): bulk publishing skips the invariants")
@pytest.mark.django_db
def test_bulk_publishing_refuses_an_offer_without_category_or_place(editor):
    # As an importer that did not check could leave it.
    draft = OfferFactory(status=OfferStatus.DRAFT, categories=[])
    result = services.set_status(Offer.objects.filter(pk=draft.pk), OfferStatus.PUBLISHED, editor)
    assert result.changed == []
    [(offer, reason)] = result.refused
    assert offer == draft
    assert "category" in reason and "place" in reason
    draft.refresh_from_db()
    assert draft.status == OfferStatus.DRAFT


@pytest.mark.xfail(strict=True, reason="defect (issue 15): the HSDS import skips the invariants")
@require_schemas()
@pytest.mark.django_db
def test_an_hsds_service_without_category_or_place_is_refused(editor):
    offer = OfferFactory()
    LocationFactory(offer=offer)
    document = json.loads(json.dumps(documents.dataset("de")))
    Offer.objects.all().delete()
    [service] = document["services"]
    service["attributes"] = [a for a in service["attributes"] if a["link_type"] != "service_type"]
    service["service_at_locations"] = []
    with pytest.raises(ImportRefused) as refused:
        import_document(document, user=editor)
    problems = "\n".join(refused.value.problems)
    assert f"service 1 ({service['id']})" in problems
    assert "category" in problems and "place" in problems
    assert not Offer.objects.exists()
