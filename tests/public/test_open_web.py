"""What search engines and link previews read: sitemap.xml with every published offer in
every language, robots.txt, canonical addresses, Open Graph and schema.org JSON-LD."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

from offers.models import Language

from ..factories import (
    ContactPersonFactory,
    LocationFactory,
    OfferFactory,
    OpeningSlotFactory,
    ProviderFactory,
)

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def offer(db):
    offer = OfferFactory(provider=ProviderFactory(website="https://traeger.example/"),
                         cost="free")  # fmt: skip
    LocationFactory(offer=offer)
    ContactPersonFactory(offer=offer)
    OpeningSlotFactory(offer=offer, weekday=2, opens=datetime.time(9), closes=datetime.time(12))
    offer.languages.set(Language.objects.filter(code__in=["ar", "tr"]))
    return offer


def test_the_sitemap_lists_every_published_offer_in_every_language(client, offer):
    draft = OfferFactory(status="draft")
    index = ET.fromstring(client.get("/sitemap.xml").content)
    parts = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert parts == ["http://testserver/sitemap-pages.xml", "http://testserver/sitemap-offers.xml"]
    offers = ET.fromstring(client.get("/sitemap-offers.xml").content)
    urls = {u.find("s:loc", NS).text: u for u in offers.findall("s:url", NS)}
    languages = {code for code, _name in settings.LANGUAGES}
    assert len(languages) == 11
    for language in languages:
        address = f"http://testserver/{language}/offers/{offer.pk}/{offer.slug}/"
        assert address in urls
        alternates = {a.get("hreflang"): a.get("href")
                      for a in urls[address].findall("x:link", NS)}  # fmt: skip
        assert set(alternates) == languages
    assert not [u for u in urls if f"/offers/{draft.pk}/" in u]
    pages = client.get("/sitemap-pages.xml").content.decode()
    assert "http://testserver/ar/privacy/" in pages


def test_robots_txt_keeps_crawlers_out_of_the_back_office_and_forms(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Disallow: /*/suggest/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_offer_pages_have_a_canonical_address_and_a_link_preview(client, offer):
    html = client.get(f"/ar/offers/{offer.pk}/{offer.slug}/?start=&list=1").content.decode()
    canonical = f"http://testserver/ar/offers/{offer.pk}/{offer.slug}/"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:title" content="{offer.title_ar}">' in html
    assert '<meta property="og:locale" content="ar">' in html
    image = "http://testserver/static/site/app-icon-512.png"
    assert f'<meta property="og:image" content="{image}">' in html
    listing = client.get("/de/offers/?q=kurs").content.decode()
    assert '<link rel="canonical" href="http://testserver/de/offers/">' in listing


def json_ld(html: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_offer_pages_describe_the_service_in_schema_org_terms(client, offer):
    data = json_ld(client.get(f"/en/offers/{offer.pk}/{offer.slug}/").content.decode())
    assert data["@context"] == "https://schema.org" and data["@type"] == "Service"
    assert data["name"] == offer.title_en
    assert data["provider"] == {"@type": "Organization", "name": offer.provider.name_en,
                                "url": "https://traeger.example/", "telephone": "02271 83-0",
                                "email": "info@traeger.example"}  # fmt: skip
    assert data["areaServed"][0]["@type"] == "AdministrativeArea"
    assert {lang["alternateName"] for lang in data["availableLanguage"]} == {"ar", "tr"}
    assert data["isAccessibleForFree"] is True
    [channel] = data["availableChannel"]
    place = channel["serviceLocation"]
    assert place["@type"] == "Place"
    assert place["address"]["@type"] == "PostalAddress" and place["address"]["postalCode"]
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 50.9553, "longitude": 6.6397}
    [hours] = place["openingHoursSpecification"]
    assert hours == {"@type": "OpeningHoursSpecification",
                     "dayOfWeek": "https://schema.org/Wednesday", "opens": "09:00",
                     "closes": "12:00"}  # fmt: skip


def test_hostile_text_cannot_end_the_json_ld_block(client, offer):
    offer.title_de = "</script><script>alert(1)</script> & <b>"
    offer.save()
    html = client.get(f"/de/offers/{offer.pk}/{offer.slug}/").content.decode()
    assert json_ld(html)["name"] == offer.title_de
    assert "</script><script>alert(1)" not in html
