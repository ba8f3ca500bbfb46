"""What every offer must have, whoever writes it: at least one category, and a place or a way
to take part without one (online, by phone).

The admin's formsets, the spreadsheet's rows and the write path ask here, so the rule and its
words exist once. The database cannot check a rule across tables in a CHECK constraint; the
write path checks it after the parts are written, inside the transaction, so nothing that
breaks it is ever committed (and on PostgreSQL a trigger from the initial migration checks it
again at commit).
"""

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from offers.models import Location, Offer, OfferCategory

NO_CATEGORY = _("Give at least one category.")
NO_PLACE = _("Add at least one location, or mark the offer as available online or by phone.")


def problems(*, categories: int, places: int, online: bool, by_phone: bool) -> list:
    """The messages for what an offer with these parts lacks (empty: nothing)."""
    found = []
    if not categories:
        found.append(NO_CATEGORY)
    if not places and not (online or by_phone):
        found.append(NO_PLACE)
    return found


def check_saved(offer) -> None:
    """Raise ValidationError if the offer as written now (its rows in this transaction) lacks
    a category or a place."""
    found = problems(
        categories=offer.category_links.count(),
        places=offer.locations.count(),
        online=offer.available_online,
        by_phone=offer.available_by_phone,
    )
    if found:
        raise ValidationError(found, code="incomplete")


def check_saved_many(offers) -> None:
    """`check_saved` for many offers at once (two queries): ValidationError naming each offer
    that lacks a category or a place."""
    found = Offer.objects.filter(pk__in=[offer.pk for offer in offers]).annotate(
        has_category=Exists(OfferCategory.objects.filter(offer=OuterRef("pk"))),
        has_place=Exists(Location.objects.filter(offer=OuterRef("pk"))),
    ).values_list("pk", "title_de", "has_category", "has_place", "available_online",
                  "available_by_phone")  # fmt: skip
    messages = []
    for _pk, title, has_category, has_place, online, by_phone in found:
        for problem in problems(
            categories=int(has_category), places=int(has_place), online=online, by_phone=by_phone
        ):
            messages.append(f"{title}: {problem}")
    if messages:
        raise ValidationError(messages, code="incomplete")
