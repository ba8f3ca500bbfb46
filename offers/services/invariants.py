"""What every offer must have, whoever writes it: at least one category, and a place or a way
to take part without one (online, by phone).

The admin's formsets, the spreadsheet's rows and the write path ask here, so the rule and its
words exist once. The database cannot check a rule across tables in a CHECK constraint; the
write path checks it after the parts are written, inside the transaction, so nothing that
breaks it is ever committed (and on PostgreSQL a trigger from the initial migration checks it
again at commit).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

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
