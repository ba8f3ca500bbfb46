"""Which models django-reversion versions. An offer's version includes its locations, contact
persons and opening hours, so restoring it restores the whole offer as the editor saw it."""

import json

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import router
from django.db.models import Prefetch
from django.utils import timezone
from reversion.models import Revision, Version

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

# Categories go through their own link model, which Django's serializer leaves out of the
# offer itself: follow the links so a version restores them too.
OFFER_FOLLOW = ("locations", "contacts", "opening_slots", "category_links")


def register_models():
    for model, follow in (
        (Offer, OFFER_FOLLOW),
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


def record_versions(comments: dict[int, str], user) -> None:
    """One revision per offer (with its places, people, hours and category links), for many
    offers at once: what django-reversion writes for each save, in a few bulk inserts (an
    import of thousands of rows would otherwise spend most of its time here)."""
    # The serializer reads many-to-many values from the prefetch cache when there is one.
    offers = list(
        Offer.objects.filter(pk__in=comments).prefetch_related(
            Prefetch("locations", queryset=Location.objects.select_related("municipality")),
            *(name for name in OFFER_FOLLOW if name != "locations"),
            "target_groups",
            "languages",
            "contacts__languages",
        )
    )
    now = timezone.now()
    revisions = Revision.objects.bulk_create(
        Revision(date_created=now, user=user, comment=comments[offer.pk]) for offer in offers
    )
    kept = []
    for revision, offer in zip(revisions, offers, strict=True):
        related = [item for name in OFFER_FOLLOW for item in getattr(offer, name).all()]
        for link in offer.category_links.all():
            link.offer = offer  # its name is the offer's: no query for it
        kept += [(revision, obj) for obj in (offer, *related)]
    dumped = serializers.serialize("python", [obj for _revision, obj in kept])
    Version.objects.bulk_create(
        (
            Version(
                revision=revision,
                object_id=str(obj.pk),
                content_type=ContentType.objects.get_for_model(obj),
                db=router.db_for_write(type(obj)),
                format="json",
                serialized_data=as_json(data),
                object_repr=str(obj),
            )
            for (revision, obj), data in zip(kept, dumped, strict=True)
        ),
        batch_size=2000,
    )


def as_json(dumped: dict) -> str:
    """The text Django's JSON serializer writes for one object, from what its Python
    serializer made of it: serialising thousands of objects in one call instead of one call
    each halves the time (tests/domain compares the two)."""
    return "[" + json.dumps(dumped, cls=DjangoJSONEncoder, ensure_ascii=False) + "]"
