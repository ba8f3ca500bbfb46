"""Which models django-reversion versions. An offer's version includes its locations, contact
persons and opening hours, so restoring it restores the whole offer as the editor saw it."""

import json

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.python import Serializer as PythonSerializer
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
    offers = list(
        Offer.objects.filter(pk__in=comments).prefetch_related(
            Prefetch("locations", queryset=Location.objects.select_related("municipality")),
            *(name for name in OFFER_FOLLOW if name != "locations"),
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
    contacts = [obj.pk for _revision, obj in kept if isinstance(obj, ContactPerson)]
    serializer = ChosenValuesSerializer(
        {
            (Offer, "target_groups"): chosen(Offer, "target_groups", list(comments)),
            (Offer, "languages"): chosen(Offer, "languages", list(comments)),
            (ContactPerson, "languages"): chosen(ContactPerson, "languages", contacts),
        }
    )
    dumped = serializer.serialize([obj for _revision, obj in kept])
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


class ChosenValuesSerializer(PythonSerializer):
    """Django's Python serializer, given the many-to-many values of many objects read before
    in one query per field (`chosen`): Django's own builds a queryset for every object and
    field even when the values are prefetched, and loads each chosen row as a model object —
    most of the time of the versions of an import went there."""

    def __init__(self, values: dict[tuple[type, str], dict[int, list]]):
        super().__init__()
        self.values = values

    def handle_m2m_field(self, obj, field):
        known = self.values.get((type(obj), field.name))
        if known is None:
            super().handle_m2m_field(obj, field)
        else:
            self._current[field.name] = known.get(obj.pk, [])


def chosen(model, name: str, pks) -> dict[int, list]:
    """The pks a many-to-many field holds for each of `pks`, in the order Django's
    serializer writes them (the related model's ordering)."""
    field = model._meta.get_field(name)
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    ordering = [
        f"-{target}__{key[1:]}" if key.startswith("-") else f"{target}__{key}"
        for key in field.related_model._meta.ordering
    ]
    values: dict[int, list] = {}
    rows = (
        field.remote_field.through.objects.filter(**{f"{source}__in": pks})
        .order_by(*ordering, f"{target}_id")
        .values_list(f"{source}_id", f"{target}_id")
    )
    for owner, value in rows:
        values.setdefault(owner, []).append(value)
    return values
