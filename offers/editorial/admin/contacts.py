"""Contact persons as inlines of offers and providers."""

from offers.editorial.admin.side_by_side import SideBySideStackedInline
from offers.models import ContactPerson


class ContactInline(SideBySideStackedInline):
    """Contact persons, edited on the page of the offer or provider they belong to."""

    model = ContactPerson
    fields = ("name", "role", "phone", "email", "languages", "office_hours", "sort_order")
    autocomplete_fields = ("languages",)
    extra = 0
