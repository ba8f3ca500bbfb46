"""The next step first (issue 19): the offer page opens with "Call", "Directions" and "Add to
my list", and says whether it is open — until when, or when it opens next; cards say "opens
at" on a closed morning; a popup carries the number to call."""

import datetime
import re
import zoneinfo
from unittest import mock

import pytest

from offers.models import OpeningSlot
from offers.selectors import opening_state, phone_to_call
from tests.factories import (
    ContactPersonFactory,
    LocationFactory,
    OfferFactory,
    OpeningSlotFactory,
)

pytestmark = pytest.mark.django_db
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
MONDAY_0830 = datetime.datetime(2026, 12, 7, 8, 30, tzinfo=BERLIN)


def slots(*spec):
    return [
        OpeningSlot(weekday=day, opens=datetime.time(a), closes=datetime.time(b))
        for day, a, b in spec
    ]


class TestOpeningState:
    def test_open_until(self):
        state = opening_state(slots((0, 8, 12)), MONDAY_0830)
        assert state.is_open and state.until == datetime.time(12)

    def test_closed_in_the_morning_opens_today(self):
        state = opening_state(slots((0, 9, 12), (2, 9, 12)), MONDAY_0830)
        assert not state.is_open
        assert (state.opens, state.opens_on) == (datetime.time(9), None)

    def test_after_closing_opens_on_the_next_open_day(self):
        evening = MONDAY_0830.replace(hour=18)
        state = opening_state(slots((0, 9, 12), (2, 14, 16)), evening)
        assert (state.opens, state.opens_on) == (datetime.time(14), 2)

    def test_a_week_round_to_the_same_weekday(self):
        evening = MONDAY_0830.replace(hour=18)
        state = opening_state(slots((0, 9, 12)), evening)
        assert (state.opens, state.opens_on) == (datetime.time(9), 0)

    def test_no_hours_no_state(self):
        assert opening_state([], MONDAY_0830) is None


def test_the_number_to_call_is_the_first_contact_persons_else_the_providers():
    offer = OfferFactory(provider__phone="02271 1000")
    assert phone_to_call(offer, []) == "02271 1000"
    person = ContactPersonFactory(offer=offer, phone="02271 2000")
    assert phone_to_call(offer, [person]) == "02271 2000"


@pytest.fixture
def offer_with_hours():
    offer = OfferFactory(title_de="Migrationsberatung Hürth", provider__phone="02233 123")
    LocationFactory(offer=offer)
    OpeningSlotFactory(offer=offer, weekday=0, opens=datetime.time(9), closes=datetime.time(12))
    return offer


def test_the_offer_page_opens_with_call_directions_and_keep(client, offer_with_hours):
    offer = offer_with_hours
    with mock.patch("django.utils.timezone.now", return_value=MONDAY_0830):
        html = client.get(f"/de/offers/{offer.pk}/{offer.slug}/").content.decode()
    steps = re.search(r'<p class="offer-actions next-steps">(.*?)</p>', html, re.S)[1]
    assert 'href="tel:02233123"' in steps and "Anrufen" in steps
    assert 'href="#way"' in steps and "Weg dorthin" in steps
    assert "Auf meine Liste" in steps
    assert html.index("next-steps") < html.index('id="about"')
    assert 'Jetzt geschlossen · öffnet heute um <bdi dir="ltr">09:00</bdi>' in html


def test_a_card_says_when_a_closed_offer_opens_today(client, offer_with_hours):
    with mock.patch("django.utils.timezone.now", return_value=MONDAY_0830):
        html = client.get("/de/offers/").content.decode()
    assert 'öffnet um <bdi dir="ltr">09:00</bdi>' in html


def test_a_popup_carries_the_number_to_call(client, offer_with_hours):
    data = client.get(f"/de/offers/{offer_with_hours.pk}/popup.json").json()
    assert data["phone"] == "02233 123"


def test_open_now_with_nothing_open_says_what_opens_next(client, offer_with_hours):
    with mock.patch("django.utils.timezone.now", return_value=MONDAY_0830):
        response = client.get("/de/offers/?open_now=on")
    soonest = response.context["opening_soonest"]
    assert [offer.pk for offer in soonest] == [offer_with_hours.pk]
    html = response.content.decode()
    assert "Opening next" in html or "Als Nächstes öffnen" in html
    assert 'heute um <bdi dir="ltr">09:00</bdi>' in html


def test_after_closing_time_the_next_day_with_hours(client, offer_with_hours):
    evening = MONDAY_0830.replace(hour=19)
    with mock.patch("django.utils.timezone.now", return_value=evening):
        soonest = client.get("/de/offers/?open_now=on").context["opening_soonest"]
    assert soonest[0].opens_on == 0 and soonest[0].opens_at == datetime.time(9)  # next Monday
