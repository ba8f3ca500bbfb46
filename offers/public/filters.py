"""The finder's filters, shared by the map, the list and the marker endpoint. All state is in
the query string; a value that does not validate is ignored (never an error page)."""

import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import Avg, Exists, F, OuterRef, Subquery
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integrationmap.infrastructure.caching import remember
from offers.geo import Point, nearest_location_distance
from offers.models import (
    COURSE_LEVELS,
    Category,
    Cost,
    Language,
    Location,
    Municipality,
    Offer,
    OpeningSlot,
    TargetGroup,
)
from offers.models.places import postcode_validator
from offers.query_words import closest_topics, meaning_of
from offers.reference import category_ids, ids_of, topic_tree
from offers.search import (
    MAX_RANKED,
    AmongIds,
    for_groups,
    forgives_typos,
    in_topics,
    in_towns,
    normalise,
    ranked,
    search,
)

FILTER_FIELDS = (
    "category",
    "municipality",
    "target_group",
    "language",
    "free",
    "wheelchair",
    "open_now",
    "childcare",
    "level",
    "area",
)


def choice_label(field, value) -> str:
    """The label of a choice, also inside groups of choices."""
    for key, label in field.choices:
        if isinstance(label, list | tuple):
            for inner_key, inner_label in label:
                if inner_key == value:
                    return str(inner_label)
        elif key == value:
            return str(label)
    return str(value)


class AreaField(forms.CharField):
    """A part of the map, "west,south,east,north" in degrees ("search this area")."""

    example = "6.55,50.80,6.95,51.05"

    default_validators = [
        RegexValidator(
            r"^-?\d{1,3}(\.\d+)?(,-?\d{1,3}(\.\d+)?){3}$", _("This is not a part of the map.")
        )
    ]

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        try:
            west, south, east, north = (float(part) for part in value.split(","))
        except ValueError:
            raise forms.ValidationError(_("This is not a part of the map.")) from None
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            raise forms.ValidationError(_("This is not a part of the map."))
        return (west, south, east, north)


class AreaFilter(django_filters.Filter):
    field_class = AreaField


class CheckboxFilter(django_filters.BooleanFilter):
    """A checkbox: ticked filters, unticked (absent) does nothing."""

    field_class = forms.BooleanField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, widget=forms.CheckboxInput, **kwargs)


def category_choices():
    def build():
        return [
            (
                str(area.name),
                [(area.slug, _("All of “%(area)s”") % {"area": area.name})]
                + [(child.slug, str(child.name)) for child in area.children.all()],
            )
            for area in topic_tree()
        ]

    return remember("category_choices", build)


def municipality_choices():
    def build():
        return list(Municipality.objects.values_list("slug", "name"))

    return remember("municipality_choices", build, per_language=False)


def target_group_choices():
    def build():
        return [(group.slug, str(group.name)) for group in TargetGroup.objects.all()]

    return remember("target_group_choices", build)


def language_choices():
    """Languages spoken at some public offer, by name in the page language."""

    def build():
        used = Offer.languages.through.objects.filter(
            language=OuterRef("pk"), offer__in=Offer.objects.public()
        )
        languages = Language.objects.filter(Exists(used))
        return sorted(((lang.code, str(lang.name)) for lang in languages), key=lambda c: c[1])

    return remember("language_choices", build, per_day=True)


def _names_by_kind() -> dict[str, dict[int, tuple[str, str]]]:
    """Per kind: id → (slug, name in the page's language)."""

    def build():
        return {
            "category": {c.pk: (c.slug, str(c.name)) for c in Category.objects.all()},
            "target_group": {g.pk: (g.slug, str(g.name)) for g in TargetGroup.objects.all()},
            "town": {m.pk: (m.slug, m.name) for m in Municipality.objects.all()},
        }

    return remember("search_names", build)


class OfferFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_text", max_length=200, strip=True
    )
    category = django_filters.ChoiceFilter(
        label=_("Topic"), choices=category_choices, method="filter_category", empty_label=_("All")
    )
    municipality = django_filters.ChoiceFilter(
        label=_("Town"),
        choices=municipality_choices,
        method="filter_municipality",
        empty_label=_("All towns"),
    )
    target_group = django_filters.ChoiceFilter(
        label=_("For"),
        choices=target_group_choices,
        method="filter_target_group",
        empty_label=_("Everyone"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Language spoken there"),
        choices=language_choices,
        method="filter_language",
        empty_label=_("Any language"),
    )
    free = CheckboxFilter(label=_("Free of charge"), method="filter_free")
    wheelchair = CheckboxFilter(label=_("Wheelchair accessible"), method="filter_wheelchair")
    open_now = CheckboxFilter(label=_("Open now"), method="filter_open_now")
    childcare = CheckboxFilter(label=_("With childcare"), method="filter_childcare")
    level = django_filters.ChoiceFilter(
        label=_("Course level"),
        choices=[(level, level) for level in COURSE_LEVELS],
        method="filter_level",
        empty_label=_("Any level"),
    )
    area = AreaFilter(label=_("In the map area"), method="filter_area", max_length=100)
    near = django_filters.ChoiceFilter(
        label=_("Sort by distance from"),
        choices=municipality_choices,
        method="keep",
        empty_label=_("—"),
    )
    postcode = django_filters.CharFilter(
        label=_("or postcode"), method="keep", max_length=5, validators=[postcode_validator]
    )

    class Meta:
        model = Offer
        fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.label_suffix = ""
        for field in self.form.fields.values():
            if type(field.widget) is forms.Select:
                field.widget.template_name = "offers/widgets/select.html"
        self.with_typos = False

    @property
    def qs(self):
        """The filtered offers. A search that matches nothing is tried once more forgiving
        typos ("Deutschkrus"): only then, because comparing every title by similarity
        costs more than the rest of a search over a whole federal state."""
        if not hasattr(self, "_qs"):
            queryset = super().qs
            if self.valid_data.get("q") and forgives_typos() and not self.first_matches():
                self.with_typos = True
                del self._qs, self._first_matches
                queryset = super().qs
            return queryset
        return self._qs

    def filter_text(self, queryset, name, value):
        return search(
            queryset,
            value,
            with_typos=self.with_typos,
            meaning=self.meaning,
            part=getattr(self, "_search_part", "all"),
        )

    @property
    def meaning(self):
        """What the search words name (topics, target groups, towns), less what the reader
        dropped (`ignore=town:kerpen`): shown as chips."""
        if not hasattr(self, "_meaning"):
            query = self.valid_data.get("q", "")
            self._meaning = meaning_of(query, ignored=self.ignored) if query else None
        return self._meaning

    @property
    def ignored(self) -> frozenset:
        """`ignore` values of the address as (kind, id); unknown ones are left out."""
        getlist = getattr(self.data, "getlist", None)
        values = getlist("ignore") if getlist else []
        slugs = {
            kind: {slug: pk for pk, (slug, _name) in names.items()}
            for kind, names in _names_by_kind().items()
        }
        found = set()
        for value in values[:10]:
            kind, _sep, slug = str(value).partition(":")
            pk = slugs.get(kind, {}).get(slug)
            if pk is not None:
                found.add((kind, pk))
        return frozenset(found)

    def ways_on(self) -> dict:
        """For a search that found nothing: the closest topics, and the filters to drop with
        how many offers each would leave ("12 without 'Open now'")."""
        address = self._address()
        address.pop("page", None)
        topics = []
        query = self.valid_data.get("q", "")
        names = _names_by_kind()["category"]
        meaning = self.meaning
        candidates = (meaning.categories[:3] if meaning and meaning.categories else []) or (
            closest_topics(query) if query else []
        )
        for pk in candidates:
            slug, name = names.get(pk, (None, None))
            if slug:
                topics.append({"label": name, "url": f"?category={slug}"})
        dropping = []
        for name in self.active_filters:
            without = address.copy()
            without.pop(name, None)
            count = OfferFilter(without, queryset=self.queryset).qs.count()
            if count:
                dropping.append(
                    {"label": self.form.fields[name].label, "count": count,
                     "url": without.urlencode()}
                )  # fmt: skip
        if query:
            without = address.copy()
            without.pop("q", None)
            without.pop("ignore", None)
            count = OfferFilter(without, queryset=self.queryset).qs.count()
            if count and self.active_filters:
                dropping.append({"label": _("Search"), "count": count, "url": without.urlencode()})
        return {"topics": topics, "dropping": dropping}

    def _address(self) -> QueryDict:
        """The page's parameters, to change for a link."""
        if isinstance(self.data, QueryDict):
            return self.data.copy()
        address = QueryDict(mutable=True)
        for key, value in dict(self.data or {}).items():
            address.setlist(key, value if isinstance(value, list) else [value])
        return address

    def chips(self) -> list[dict]:
        """What the search understood, each with a link that makes it a filter (keep) and
        one that searches without it (drop)."""
        meaning = self.meaning
        if meaning is None or not meaning.named:
            return []
        names = _names_by_kind()
        field = {"category": "category", "target_group": "target_group", "town": "municipality"}
        chips = []
        for kind, pk in meaning.named:
            slug, label = names.get(kind, {}).get(pk, (None, None))
            if slug is None:
                continue
            keep = self._address()
            keep[field[kind]] = slug
            # The query without this chip's words (a filter now); the other chips stay.
            own = set(meaning.words_of.get((kind, pk), ()))
            keep["q"] = " ".join(
                typed
                for typed in self.valid_data["q"].split()
                if not own.issuperset(normalise(typed).split() or [None])
            )
            keep.pop("page", None)
            drop = self._address()
            drop.appendlist("ignore", f"{kind}:{slug}")
            drop.pop("page", None)
            chips.append(
                {"kind": kind, "label": label, "keep": keep.urlencode(), "drop": drop.urlencode()}
            )
        return chips

    # Filters are semi-joins on ids from the (cached) reference data: the database can hash
    # the matching links once instead of probing them for every offer (offers.search).
    def filter_category(self, queryset, name, value):
        return queryset.filter(in_topics(category_ids(value)))

    def filter_municipality(self, queryset, name, value):
        return queryset.filter(in_towns([ids_of(Municipality, value)]))

    def filter_target_group(self, queryset, name, value):
        return queryset.filter(for_groups([ids_of(TargetGroup, value)]))

    def filter_language(self, queryset, name, value):
        links = Offer.languages.through.objects.filter(language_id=ids_of(Language, value))
        return queryset.filter(pk__in=links.values("offer_id"))

    def filter_free(self, queryset, name, value):
        return queryset.filter(cost=Cost.FREE) if value else queryset

    def filter_wheelchair(self, queryset, name, value):
        if not value:
            return queryset
        accessible = Location.objects.filter(
            offer=OuterRef("pk"), wheelchair_access=Location.WheelchairAccess.YES
        )
        return queryset.filter(Exists(accessible))

    def filter_open_now(self, queryset, name, value):
        return queryset.open_at(timezone.now()) if value else queryset

    def filter_childcare(self, queryset, name, value):
        return queryset.filter(childcare=True) if value else queryset

    def filter_level(self, queryset, name, value):
        # Levels are two-character codes separated by spaces: one never contains another.
        return queryset.filter(levels__contains=value)

    def filter_area(self, queryset, name, value):
        west, south, east, north = value
        inside = Location.objects.filter(
            offer=OuterRef("pk"),
            latitude__range=(south, north),
            longitude__range=(west, east),
        )
        return queryset.filter(Exists(inside))

    def keep(self, queryset, name, value):
        return queryset  # origins only change the order (see `ordered`)

    # --- what the views need -------------------------------------------------------------

    @property
    def valid_data(self) -> dict:
        self.errors  # noqa: B018  (validates the form)
        return {k: v for k, v in self.form.cleaned_data.items() if v not in (None, "", False)}

    @property
    def active_filters(self) -> list[str]:
        return [name for name in FILTER_FIELDS if name in self.valid_data]

    @staticmethod
    def area_of(data) -> tuple | None:
        """The part of the map `area=` names, if valid."""
        try:
            return AreaField(required=False).clean(data.get("area", ""))
        except forms.ValidationError:
            return None

    def filter_chips(self) -> list[dict]:
        """Each filter chosen, as a chip with the link that drops it (one tap)."""
        address = self._address()
        address.pop("page", None)
        chips = []
        for name in self.active_filters:
            field = self.form.fields[name]
            value = self.valid_data[name]
            if isinstance(field, forms.ChoiceField):
                label = f"{field.label}: {choice_label(field, value)}"
            else:
                label = str(field.label)
            without = address.copy()
            without.pop(name, None)
            chips.append({"name": name, "label": label, "drop": without.urlencode()})
        return chips

    def quick_filters(self, language: str) -> list[dict]:
        """One-tap filters above the results: open now, free, with childcare, and — on a page
        not in German — "speaks <the page's language>"; each link sets or drops its filter."""
        address = self._address()
        address.pop("page", None)
        chosen = self.valid_data

        def toggle(name: str, value: str, label) -> dict:
            link = address.copy()
            on = str(chosen.get(name, "")) in (value, "True") and name in chosen
            if on:
                link.pop(name, None)
            else:
                link[name] = value
            return {"name": name, "label": label, "url": link.urlencode(), "on": on}

        quick = [
            toggle("open_now", "on", _("Open now")),
            toggle("free", "on", _("Free of charge")),
            toggle("childcare", "on", _("With childcare")),
        ]
        if language != "de" and language in dict(language_choices()):
            spoken = dict(language_choices())[language]
            quick.append(
                toggle("language", language, _("Speaks %(language)s") % {"language": spoken})
            )
        return quick

    def opening_soonest(self, now, limit: int = 8) -> list:
        """With "open now" chosen and nothing open: the offers (of the other choices) that
        open next — later today, else on the next day with hours — each with `opens_at`."""
        if not self.valid_data.get("open_now"):
            return []
        address = self._address()
        address.pop("open_now", None)
        others = OfferFilter(address, queryset=self.queryset).qs
        local = timezone.localtime(now)
        for ahead in range(8):  # 7: the same weekday next week
            weekday = (local.weekday() + ahead) % 7
            slots = OpeningSlot.objects.filter(offer=OuterRef("pk"), weekday=weekday)
            if ahead == 0:
                slots = slots.filter(opens__gt=local.time())
            first = slots.order_by("opens").values("opens")[:1]
            found = list(
                others.filter(Exists(slots))
                .annotate(opens_at=Subquery(first))
                .select_related("provider")
                .order_by("opens_at", "pk")[:limit]
            )
            if found:
                for offer in found:
                    offer.opens_on = None if ahead == 0 else weekday
                return found
        return []

    def topic_only(self) -> dict | None:
        """A search within a chosen topic: the topic's name and the link that searches all
        topics (a search for "B1" with "Health" chosen finds nothing, and should say why)."""
        if "q" not in self.valid_data or "category" not in self.valid_data:
            return None
        address = self._address()
        address.pop("page", None)
        address.pop("category", None)
        name = choice_label(self.form.fields["category"], self.valid_data["category"])
        return {"topic": name, "url": address.urlencode()}

    def topic_legend(self) -> list[dict]:
        """The map's legend, which is also the topic filter: each area and its topics with
        the link that chooses it (or, when chosen, drops it); the other choices are kept."""
        chosen = self.valid_data.get("category")
        address = self._address()
        address.pop("page", None)

        def link(slug: str) -> str:
            choosing = address.copy()
            if slug == chosen:
                choosing.pop("category", None)
            else:
                choosing["category"] = slug
            return choosing.urlencode()

        return [
            {
                "area": area,
                "url": link(area.slug),
                "chosen": area.slug == chosen,
                "topics": [
                    {"topic": topic, "url": link(topic.slug), "chosen": topic.slug == chosen}
                    for topic in area.children.all()
                ],
            }
            for area in topic_tree()
        ]

    @property
    def is_filtered(self) -> bool:
        return bool(self.active_filters) or "q" in self.valid_data

    @property
    def origin(self) -> Point | None:
        data = self.valid_data
        if "near" in data:
            town = Municipality.objects.filter(slug=data["near"]).first()
            return Point(town.latitude, town.longitude) if town else None
        if "postcode" in data:
            centre = Location.objects.filter(postcode=data["postcode"]).aggregate(
                latitude=Avg("latitude"), longitude=Avg("longitude")
            )
            if centre["latitude"] is not None:
                return Point(centre["latitude"], centre["longitude"])
            self.form.add_error("postcode", _("We know no offer with this postcode."))
        return None

    def ordered(self, language: str):
        """The filtered offers in the order to show: nearest first when an origin is given,
        else best search match first, else by title in the page language."""
        queryset = self.qs
        by_title = Offer.objects.title_in(language)
        origin = self.origin
        if origin is not None:
            queryset = queryset.annotate(distance=nearest_location_distance(origin))
            return queryset.order_by(F("distance").asc(nulls_last=True), by_title, "pk"), origin
        if "q" in self.valid_data and "search_rank" in queryset.query.annotations:
            # Ranking reads every match: the first MAX_RANKED found are ranked (the page
            # says so when there are more), by id, so that the search runs once.
            first = self.first_matches()[:MAX_RANKED]
            found = self.queryset.filter(AmongIds(first))  # matched once is enough
            queryset = ranked(
                found,
                self.valid_data["q"],
                with_typos=self.with_typos,
                meaning=self.meaning,
                language=language,
            )
            return queryset.order_by("-search_rank", by_title, "pk"), None
        return queryset.order_by(by_title, "pk"), None

    def first_matches(self) -> list[int]:
        """The ids of the first MAX_RANKED + 1 offers found (in no order). A broad word over
        a whole federal state ("Beratung": 80,000 offers) would otherwise take seconds to
        rank; a town or a topic narrows it down to all matches again."""
        if not hasattr(self, "_first_matches"):
            found = []
            meaning = self.meaning
            if meaning is not None and meaning.names_topic:
                # The named topic's offers are among those ranked, however many others a
                # short word matches ("kar" inside "Karte").
                named = self._search_part_only("named").values_list("pk", flat=True)
                found = list(named[: MAX_RANKED + 1])
            if len(found) <= MAX_RANKED:
                others = self._search_part_only("text").exclude(AmongIds(found))
                found += list(others.values_list("pk", flat=True)[: MAX_RANKED + 1 - len(found)])
            self._first_matches = found
        return self._first_matches

    def _search_part_only(self, part: str):
        """The filtered offers with only that part of the search (offers.search.search):
        each part alone can use its indexes."""
        self._search_part = part
        try:
            return self.filter_queryset(self.queryset.all()).order_by()
        finally:
            del self._search_part

    @property
    def more_than_ranked(self) -> bool:
        return len(getattr(self, "_first_matches", ())) > MAX_RANKED

    @property
    def known_count(self) -> int | None:
        """The number of results where a search counted them already (at most MAX_RANKED),
        so that the page need not count again."""
        matches = getattr(self, "_first_matches", None)
        return None if matches is None else min(len(matches), MAX_RANKED)


class PersonSearchForm(forms.Form):
    """The contact directory's name search; a value that does not validate is ignored."""

    person = forms.CharField(label=_("Name"), max_length=100, required=False)

    def person_or_blank(self) -> str:
        return self.cleaned_data["person"] if self.is_valid() else ""
