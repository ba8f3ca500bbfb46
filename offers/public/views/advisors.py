"""Views for advisors in a consultation: the filtered offers as a dense, sortable table (and
as CSV/XLSX), and the directory of contact persons by town and topic."""

import tablib
from django.db.models import Exists, F, OuterRef, Prefetch, Subquery
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import ListView

from integrationmap.infrastructure.caching import CachedPageMixin, remember
from integrationmap.infrastructure.rate_limits import RateLimitedMixin
from offers.external.spreadsheets import neutralise
from offers.models import ContactPerson, Language, Location, Offer
from offers.models.translated import translated_expression
from offers.public.cards import decorate
from offers.public.filters import OfferFilter, PersonSearchForm
from offers.public.views.finder import FinderMixin
from offers.selectors import listed_contact_people, people_prefetches

EXPORT_LIMIT = 10_000
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def first_town():
    towns = Location.objects.filter(offer=OuterRef("pk")).order_by("municipality__name")
    return Subquery(towns.values("municipality__name")[:1])


def sort_keys(language: str) -> dict:
    return {
        "title": translated_expression("title", language),
        "provider": translated_expression("name", language, prefix="provider__"),
        "town": first_town(),
        "cost": F("cost"),
        "verified": F("last_verified"),
    }


class OfferTableView(CachedPageMixin, RateLimitedMixin, FinderMixin, ListView):
    """The finder's results with the same filters, one line per offer."""

    template_name = "offers/table.html"
    paginate_by = 100
    with_map = False
    columns = ("title", "provider", "town", "cost", "verified")

    def sort(self) -> tuple[str, bool]:
        raw = self.request.GET.get("sort", "")
        key = raw.removeprefix("-")
        return (key, raw.startswith("-")) if key in self.columns else ("", False)

    def get_queryset(self):
        queryset = super().get_queryset()
        key, descending = self.sort()
        if key:
            expression = sort_keys(get_language())[key]
            ordered = (
                expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
            )
            queryset = queryset.order_by(ordered, "pk")
        phones = ContactPerson.objects.exclude(phone="").only("pk", "offer_id", "phone")
        return queryset.prefetch_related(Prefetch("contacts", queryset=phones))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        key, descending = self.sort()
        for offer in context["object_list"]:
            offer.phone = phone_of(offer)
        labels = {
            "title": _("Title"),
            "provider": _("Provider"),
            "town": _("Towns"),
            "categories": _("Categories"),
            "languages": _("Languages spoken there"),
            "cost": _("Cost"),
            "verified": _("Last verified"),
            "phone": _("Phone"),
        }
        context.update(
            labels=labels,
            sort_key=key,
            sort_descending=descending,
            # (column, label, the sort parameter its heading links to, or "" if none)
            table_columns=[
                (
                    column,
                    label,
                    (f"-{column}" if column == key and not descending else column)
                    if column in self.columns
                    else "",
                )
                for column, label in labels.items()
            ],
        )
        return context


def phone_of(offer) -> str:
    contacts = list(offer.contacts.all())
    return contacts[0].phone if contacts else offer.provider.phone


class OfferTableExport(OfferTableView):
    """The table's offers (filters and order) as CSV or XLSX, without paging."""

    page_cache = False  # large, rare, and with a date in its file name
    rate_limit = "export"

    def render_to_response(self, context, **kwargs):
        dataset = tablib.Dataset(
            headers=[
                _("Title"), _("Provider"), _("Towns"), _("Categories"),
                _("Languages spoken there"), _("Cost"), _("Last verified"), _("Phone"),
                _("Web address"),
            ]
        )  # fmt: skip
        for offer in context["object_list"]:
            dataset.append(
                [
                    neutralise(value)
                    for value in (
                        offer.translated("title").text,
                        offer.provider.translated("name").text,
                        ", ".join(offer.towns),
                        ", ".join(c.translated("name").text for c in offer.category_list),
                        ", ".join(lang.translated("name").text for lang in offer.languages.all()),
                        str(offer.get_cost_display()),
                        offer.last_verified.isoformat() if offer.last_verified else "",
                        offer.phone,
                        self.request.build_absolute_uri(offer.get_absolute_url()),
                    )
                ]
            )
        kind = self.kwargs["format"]
        if kind == "xlsx":
            response = HttpResponse(dataset.export("xlsx"), content_type=XLSX)
        else:
            response = HttpResponse(
                "\ufeff" + dataset.export("csv"), content_type="text/csv; charset=utf-8"
            )
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="offers-{stamp}.{kind}"'
        return response

    def paginate_queryset(self, queryset, page_size):
        return None, None, list(queryset[:EXPORT_LIMIT]), False

    def get_paginate_by(self, queryset):
        return None


class ContactDirectoryView(CachedPageMixin, RateLimitedMixin, ListView):
    """Contact persons of the public offers, by town and topic; the finder's filters apply
    to the offers, `person` to the people's names."""

    template_name = "offers/contacts.html"
    paginate_by = 60

    def get_queryset(self):
        self.filterset = OfferFilter(self.request.GET, queryset=Offer.objects.public())
        language = get_language()
        queryset = (
            self.filterset.qs.for_listing()
            .annotate(first_town=first_town())
            .order_by(
                F("first_town").asc(nulls_last=True), translated_expression("title", language), "pk"
            )
            .prefetch_related(*people_prefetches())
        )
        self.person = PersonSearchForm(self.request.GET).person_or_blank()
        wanted = self.request.GET.get("speaks", "")
        self.speaks = wanted if wanted in dict(contact_languages()) else ""
        people = ContactPerson.objects.all()
        if self.person:
            people = people.filter(name__icontains=self.person)
        if self.speaks:
            people = people.filter(languages__code=self.speaks)
        # Only offers with somebody to call: their own contact persons or their provider's.
        queryset = queryset.filter(
            Exists(people.filter(offer=OuterRef("pk")))
            | Exists(people.filter(provider=OuterRef("provider_id")))
        )
        return queryset

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        offers = list(context["object_list"])
        decorate(offers, origin=None, now=timezone.now())
        speaks = self.speaks
        # One row per person and town, with every offer they are the contact for: a
        # provider's contact person is listed once, not once per offer.
        rows: dict[tuple, dict] = {}
        for offer in offers:
            if self.person:
                needle = self.person.casefold()
                everybody = [*offer.contacts.all(), *offer.provider.contacts.all()]
                people = [p for p in everybody if needle in p.name.casefold()]
            else:
                people = listed_contact_people(offer)
            if speaks:
                people = [p for p in people if speaks in {lang.code for lang in p.languages.all()}]
            town = offer.towns[0] if offer.towns else ""
            for person in people:
                row = rows.setdefault(
                    (town, person.pk),
                    {"town": town, "person": person, "organisation": offer.provider, "offers": []},
                )
                row["offers"].append({"offer": offer, "topic": offer.main_category})
        context.update(
            entries=list(rows.values()),
            filterset=self.filterset,
            person=self.person,
            speaks=speaks,
            spoken_languages=contact_languages(),
        )
        return context


def contact_languages() -> list[tuple[str, str]]:
    """(code, name in the page language) of the languages some contact person speaks."""

    def build():
        spoken = Language.objects.filter(
            Exists(ContactPerson.languages.through.objects.filter(language=OuterRef("pk")))
        )
        return sorted(((lang.code, str(lang.name)) for lang in spoken), key=lambda pair: pair[1])

    return remember("contact_languages", build)
