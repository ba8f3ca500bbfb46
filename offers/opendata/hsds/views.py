"""The HSDS 3.0 API (read-only): `/hsds/` and its lists and records, in the language asked
for with `?lang=` (de, en, ar). Lists are paginated exactly as the specification's
`Page`: total_items, total_pages, page_number, size, first_page, last_page, empty,
contents."""

import uuid

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.views import View

from integrationmap.infrastructure.caching import CachedPageMixin
from integrationmap.infrastructure.rate_limits import RateLimitedMixin
from offers.models import Location, Offer, Provider
from offers.opendata.hsds import documents

HSDS_PROFILE = "https://docs.openreferral.org/en/latest/hsds/"
HSDS_OPENAPI = (
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
)
MAX_PER_PAGE = 200


class ListQuery(forms.Form):
    lang = forms.ChoiceField(required=False, choices=settings.LANGUAGES)
    page = forms.IntegerField(required=False, min_value=1, max_value=10**6)
    per_page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PER_PAGE)
    full = forms.NullBooleanField(required=False, widget=forms.TextInput)

    def values(self) -> dict:
        data = self.cleaned_data
        return {"language": data["lang"] or settings.LANGUAGE_CODE,
                "page": data["page"] or 1, "per_page": data["per_page"] or 50,
                "full": bool(data["full"])}  # fmt: skip


def bad_request(form) -> JsonResponse:
    errors = {field: [str(e) for e in messages] for field, messages in form.errors.items()}
    return JsonResponse({"error": "invalid query", "fields": errors}, status=400)


def licence() -> dict:
    return {"licence": settings.DATA_LICENCE, "licence_url": settings.DATA_LICENCE_URL,
            "attribution": settings.DATA_ATTRIBUTION}  # fmt: skip


def api_root(request):
    return JsonResponse({"version": documents.VERSION, "profile": HSDS_PROFILE,
                         "openapi_url": HSDS_OPENAPI,
                         "languages": [code for code, _name in settings.LANGUAGES],
                         **licence()})  # fmt: skip


class HsdsResource(CachedPageMixin, RateLimitedMixin, View):
    """One kind of HSDS record: its paginated list (`/hsds/<kind>`) and each record by id
    (`/hsds/<kind>/<id>`)."""

    def objects(self):
        raise NotImplementedError

    def record(self, item) -> dict:
        raise NotImplementedError

    def find(self, wanted: uuid.UUID):
        return self.objects().filter(hsds_id=wanted).first()

    def get(self, request, id=None):
        form = ListQuery(request.GET)
        if not form.is_valid():
            return bad_request(form)
        self.query = form.values()
        if id is None:
            answer = self.page()
        else:
            found = self.one(id)
            if found is None:
                return JsonResponse({"error": "not found", "id": id}, status=404)
            answer = self.record(found)
        return JsonResponse(answer, json_dumps_params={"ensure_ascii": False})

    def one(self, id: str):
        try:
            return self.find(uuid.UUID(id))
        except ValueError:
            return None

    def page(self) -> dict:
        paginator = Paginator(self.objects(), self.query["per_page"])
        number = self.query["page"]
        items = paginator.page(number).object_list if number <= paginator.num_pages else []
        contents = [self.record(item) for item in items]
        return {
            "total_items": paginator.count,
            "total_pages": paginator.num_pages if paginator.count else 0,
            "page_number": number,
            "size": len(contents),
            "first_page": number == 1,
            "last_page": number >= paginator.num_pages,
            "empty": not contents,
            "contents": contents,
        }


class Services(HsdsResource):
    def objects(self):
        return documents.published_services()

    def record(self, offer):
        # A list holds services without their nested lists unless asked (?full=true).
        full = self.query["full"] or self.kwargs.get("id") is not None
        return documents.service(offer, self.query["language"], self.request, full=full)


class Organizations(HsdsResource):
    def objects(self):
        public = Offer.objects.public()
        return (Provider.objects.filter(offers__in=public).distinct().order_by("pk")
                .prefetch_related("contacts"))  # fmt: skip

    def record(self, provider):
        return documents.organization(provider, self.query["language"], self.request)


class ServiceAtLocations(HsdsResource):
    def objects(self):
        return (Location.objects.filter(offer__in=Offer.objects.public())
                .select_related("municipality", "offer").order_by("pk"))  # fmt: skip

    def record(self, place):
        return documents.service_at_location(place, str(place.offer.hsds_id),
                                             self.query["language"])  # fmt: skip


class Taxonomies(HsdsResource):
    def objects(self):
        return list(documents.TAXONOMIES)

    def find(self, wanted):
        return next(
            (s for s in documents.TAXONOMIES if documents.taxonomy(s)["id"] == str(wanted)), None
        )

    def record(self, slug):
        return documents.taxonomy(slug)


class TaxonomyTerms(HsdsResource):
    def objects(self):
        return documents.taxonomy_terms()

    def find(self, wanted):
        return next((t for t in self.objects() if self.record(t)["id"] == str(wanted)), None)

    def record(self, term):
        return documents.taxonomy_term(term, self.query["language"])
