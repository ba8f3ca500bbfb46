"""Writing providers (with their own contact persons) and the towns offers take place in."""

import reversion
from django.db import transaction

from offers.models import ContactPerson, Language, Municipality, Offer, Provider

from .parts import replace_people


def save_provider(
    *,
    provider: Provider,
    user=None,
    comment: str = "",
    contacts: list[tuple[ContactPerson, list[Language]]] | None = None,
) -> Provider:
    """Create or change a provider and, if given, replace its own contact persons. Its
    offers are found by its names, so their search texts follow a change of name."""
    created = provider.pk is None
    names_before = None if created else _names(Provider.objects.get(pk=provider.pk))
    with transaction.atomic(), reversion.create_revision():
        provider.full_clean()
        provider.save()
        if contacts is not None:
            owned = provider.contacts.filter(offer=None)
            replace_people(owned, contacts, created=created, provider=provider, offer=None)
        if names_before is not None and names_before != _names(provider):
            refresh_search_texts(provider)
        if user is not None:
            reversion.set_user(user)
        if comment:
            reversion.set_comment(comment)
    return provider


def _names(provider: Provider) -> tuple:
    return tuple(
        getattr(provider, field.name)
        for field in Provider._meta.fields
        if field.name.startswith("name_")
    )


def refresh_search_texts(provider: Provider) -> None:
    offers = list(Offer.objects.filter(provider=provider).prefetch_related("locations"))
    for offer in offers:
        offer.provider = provider
        offer.refresh_search_fields()
    Offer.objects.bulk_update(offers, ["search_title", "search_text"], batch_size=500)


def save_municipality(*, municipality: Municipality) -> Municipality:
    municipality.full_clean()
    municipality.save()
    return municipality
