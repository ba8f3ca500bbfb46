"""Which models django-reversion versions. An offer's version includes its locations, contact
persons and opening hours, so restoring it restores the whole offer as the editor saw it."""

import reversion

from .models import (
    Category,
    ContactPerson,
    Location,
    Municipality,
    Offer,
    OfferCategory,
    OpeningSlot,
    Provider,
)


def register_models():
    for model, follow in (
        # Categories go through their own link model, which Django's serializer leaves out
        # of the offer itself: follow the links so a version restores them too.
        (Offer, ("locations", "contacts", "opening_slots", "category_links")),
        (OfferCategory, ()),
        (Location, ()),
        (ContactPerson, ()),
        (OpeningSlot, ()),
        (Provider, ("contacts",)),
        (Category, ()),
        (Municipality, ()),
    ):
        if not reversion.is_registered(model):
            reversion.register(model, follow=follow)
