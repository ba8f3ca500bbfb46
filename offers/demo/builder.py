"""Builds the demo data set, written in bulk through the write path (offers.services.bulk).
The same seed and reference date always give the same data; nothing depends on database ids
or on the order rows come back in."""

import datetime
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from offers import services
from offers.models import (
    Category,
    ContactPerson,
    DemoDataset,
    Language,
    Location,
    Municipality,
    Offer,
    OfferStatus,
    Provider,
    SearchTerm,
    TargetGroup,
)
from offers.search import normalise

from .anchors import Anchor, load_anchors
from .catalogue import Kind
from .common import COST_NOTES, DIRECTIONS, FEES, LEVELS, NO_REGISTRATION, SPOKEN, STREETS
from .more_languages import SHARES, more_text
from .people import OFFICE_HOURS, ORIGIN_WEIGHTS, ORIGINS, ROLES
from .phrases_counselling import COUNSELLING
from .phrases_learning import LEARNING
from .phrases_living import LIVING
from .phrases_working import WORKING
from .providers import KINDS, ProviderKind
from .region import SPELLINGS, TOWNS, Town
from .schedules import APPOINTMENT_NOTE, APPOINTMENT_ONLY, NOTES, PATTERNS
from .text import T, ascii_slug

CATALOGUE: dict[str, tuple[Kind, ...]] = {**LEARNING, **COUNSELLING, **LIVING, **WORKING}
CHUNK = 2000
DEMO_NAMESPACE = uuid.UUID("6f1d3a52-5362-4e2b-9d3c-0a5b5e1c2d4f")
# Second categories that make sense for an offer of the first (women's course, youth job help…).
RELATED = {
    "sprachkurse": ("frauen", "arbeitssuche"),
    "kinderbetreuung": ("familienberatung",),
    "schule": ("jugend",),
    "asylberatung": ("migrationsberatung",),
    "migrationsberatung": ("wohnen", "behoerden"),
    "familienberatung": ("frauen",),
    "gesundheit": ("frauen", "familienberatung"),
    "frauen": ("gesundheit",),
    "jugend": ("ausbildung", "freizeit-und-sport"),
    "arbeitssuche": ("ausbildung",),
    "ausbildung": ("jugend",),
    "anerkennung": ("arbeitssuche",),
}


class DemoDataError(Exception):
    pass


@dataclass
class Site:
    """A building where a provider works."""

    town: Town
    street: str
    postcode: str
    latitude: float
    longitude: float
    place: T


@dataclass
class DemoProvider:
    kind: ProviderKind
    town: Town
    provider: Provider
    domain: str
    sites: list[Site] = field(default_factory=list)


class DemoBuilder:
    def __init__(self, *, seed: int, offers: int, today: datetime.date, log=lambda _msg: None):
        if offers < len(CATALOGUE):
            raise DemoDataError(f"Ask for at least {len(CATALOGUE)} offers (one per category).")
        self.seed = seed
        self.offer_count = offers
        self.today = today
        self.log = log
        self.rng = random.Random(seed)
        self.translation_rng = random.Random(f"{seed}-languages")
        self.counts: dict[str, int] = defaultdict(int)
        self.serial = 0

    # --- set-up ----------------------------------------------------------------------------

    def build(self) -> dict[str, int]:
        with transaction.atomic():
            self.municipalities = self._upsert_municipalities()
            self.anchors = load_anchors(TOWNS)
            self._load_vocabulary()
            self._create_providers()
            for start in range(0, self.offer_count, CHUNK):
                self._create_offers(start, min(CHUNK, self.offer_count - start))
                self.log(f"  offers: {min(start + CHUNK, self.offer_count):,}/{self.offer_count:,}")
            DemoDataset.objects.update_or_create(
                pk=1, defaults={"seed": self.seed, "offer_count": self.offer_count}
            )
        return dict(self.counts)

    def _upsert_municipalities(self) -> dict[str, Municipality]:
        municipalities = {}
        for town in TOWNS:
            municipalities[town.name], _ = Municipality.objects.update_or_create(
                official_key=town.official_key,
                defaults={
                    "name": town.name,
                    "slug": town.slug,
                    "latitude": town.latitude,
                    "longitude": town.longitude,
                },
            )
        for town in TOWNS:
            municipality = municipalities[town.name]
            for language, spelled in SPELLINGS.get(town.name, {}).items():
                for text in filter(None, (part.strip() for part in spelled.split(","))):
                    if not municipality.search_terms.filter(folded=normalise(text)).exists():
                        SearchTerm.objects.create(
                            text=text, language=language, municipality=municipality
                        )
        self.counts["municipalities"] = len(municipalities)
        return municipalities

    def _load_vocabulary(self):
        self.categories = {c.slug: c for c in Category.objects.subcategories()}
        missing = sorted(set(CATALOGUE) - set(self.categories))
        if missing:
            raise DemoDataError(
                f"The demo needs these subcategories, which are missing: {', '.join(missing)}. "
                "Run `manage.py migrate` on a fresh database."
            )
        self.target_groups = {g.slug: g for g in TargetGroup.objects.all()}
        self.languages = {language.code: language for language in Language.objects.all()}
        needed = set(SPOKEN) | {"de"} | {code for o in ORIGINS.values() for code in o[3]}
        if missing := sorted(needed - set(self.languages)):
            raise DemoDataError(f"Spoken languages missing: {', '.join(missing)}.")

    # --- providers -------------------------------------------------------------------------

    def _create_providers(self):
        rng = self.rng
        self.providers_by_kind: dict[str, list[DemoProvider]] = defaultdict(list)
        demo_providers, slugs = [], set()
        for kind in KINDS:
            towns = [t for t in TOWNS if kind.towns is None or t.name in kind.towns]
            for town in towns:
                names = rng.sample(kind.names, kind.per_town) if kind.names else [None]
                for name in names:
                    label = kind.name.format(town=town.label, town_de=town.name, name=name or "")
                    slug = ascii_slug(label.de)[:190]
                    while slug in slugs:
                        slug = f"{slug}-{len(slugs)}"
                    slugs.add(slug)
                    domain = ascii_slug(f"{kind.key} {name.de if name else ''} {town.name}")
                    domain = domain.replace("_", "-") + ".example"
                    provider = Provider(
                        slug=slug,
                        **label.fields("name"),
                        **kind.description.format(town=town.label).fields("description"),
                        website=f"https://www.{domain}/",
                        phone=self._phone(),
                        email=f"{kind.email}@{domain}",
                    )
                    demo = DemoProvider(kind, town, provider, domain)
                    demo.sites = [self._site(town, kind.place)]
                    if kind.towns and len(kind.towns) == 1:  # district-wide: outreach offices
                        demo.sites += [self._site(t, kind.place) for t in rng.sample(TOWNS, 3)]
                    demo_providers.append(demo)
                    self.providers_by_kind[kind.key].append(demo)
        contacts = []
        for demo in demo_providers:
            if rng.random() < 0.4:
                contacts.append(self._contact(demo, rng.choice(sorted(CATALOGUE)), provider=True))
        services.create_providers(providers=[d.provider for d in demo_providers], contacts=contacts)
        self.counts["providers"] = len(demo_providers)
        self.counts["contact persons"] += len(contacts)

    def _site(self, town: Town, place: T) -> Site:
        anchor = self.rng.choice(self.anchors[town.name])
        latitude, longitude = self._near(anchor, 30, 150)
        return Site(
            town=town,
            street=f"{anchor.street or self.rng.choice(STREETS)} {self.rng.randint(1, 90)}",
            postcode=self.rng.choice(town.postcodes),
            latitude=latitude,
            longitude=longitude,
            place=place,
        )

    def _near(self, anchor: Anchor, min_metres: float, max_metres: float) -> tuple[float, float]:
        distance = self.rng.uniform(min_metres, max_metres)
        bearing = self.rng.uniform(-1, 1)
        north, east = distance * bearing, distance * (1 - abs(bearing))
        if self.rng.random() < 0.5:
            east = -east
        # One degree of latitude is 111.3 km; of longitude, 70 km at 51° north.
        return round(anchor.latitude + north / 111_300, 6), round(
            anchor.longitude + east / 70_000, 6
        )

    def _phone(self) -> str:
        # 0221 4710 000-999 is the range the Federal Network Agency keeps for fiction.
        return f"0221 4710-{self.rng.randint(0, 999):03d}"

    # --- offers ----------------------------------------------------------------------------

    def _pick_kind(self, index: int) -> tuple[str, Kind]:
        rng = self.rng
        slugs = sorted(CATALOGUE)
        if index < len(slugs):  # every category is used at least once
            slug = slugs[index]
        else:
            weights = [sum(kind.weight for kind in CATALOGUE[s]) for s in slugs]
            slug = rng.choices(slugs, weights)[0]
        kinds = CATALOGUE[slug]
        return slug, rng.choices(kinds, [kind.weight for kind in kinds])[0]

    def _pick_provider(self, kind: Kind) -> DemoProvider:
        candidates = [p for key in kind.providers for p in self.providers_by_kind[key]]
        if not candidates:
            raise DemoDataError(f"No demo provider for {kind.providers}")
        return self.rng.choices(candidates, [p.town.population for p in candidates])[0]

    def _create_offers(self, start: int, count: int):
        rng = self.rng
        planned = []
        for index in range(start, start + count):
            slug, kind = self._pick_kind(index)
            demo = self._pick_provider(kind)
            site = rng.choice(demo.sites)
            planned.append(self._offer(slug, kind, demo, site))
        # Contact persons after all offers of the chunk: the random sequence, and so the data
        # set, stays what it has been.
        new = [services.NewOffer(offer, self._parts(plan)) for offer, plan in planned]
        services.create_offers(new=new)
        self.counts["offers"] += len(new)
        self.counts["locations"] += sum(len(item.parts.locations) for item in new)
        self.counts["opening slots"] += sum(len(item.parts.slots) for item in new)
        self.counts["contact persons"] += sum(len(item.parts.contacts) for item in new)

    def _parts(self, plan: dict) -> services.OfferParts:
        return services.OfferParts(
            categories=[self.categories[slug] for slug in plan["categories"]],
            target_groups=[self.target_groups[slug] for slug in plan["target_groups"]],
            languages=[self.languages[code] for code in plan["languages"]],
            slots=list(plan["slots"]),
            locations=[Location(**values) for values in plan["locations"]],
            contacts=[
                self._contact(plan["demo"], plan["category"]) for _ in range(plan["contacts"])
            ],
        )

    def _offer(self, slug: str, kind: Kind, demo: DemoProvider, site: Site):
        rng = self.rng
        values = {"town": site.town.label, "town_de": site.town.name, "level": rng.choice(LEVELS)}
        title_template = rng.choice(kind.titles)
        # Derived from the texts, without drawing from rng: the same seed, the same offers.
        levels = values["level"] if "{level}" in title_template.de else ""
        title = title_template.format(**values)
        cost = rng.choices([c for c, _w in kind.cost], [w for _c, w in kind.cost])[0]
        appointment_only = rng.random() < APPOINTMENT_ONLY.get(kind.hours, 0)
        slots = [] if appointment_only else rng.choice(PATTERNS[kind.hours])
        hours_note = APPOINTMENT_NOTE if appointment_only else rng.choice(NOTES[kind.hours])
        online_only = rng.random() < kind.online_share
        valid_from, valid_until = self._validity(kind)
        self.serial += 1
        offer = Offer(
            # Reproducible: the same seed gives the same ids (without touching the rng).
            external_id=str(uuid.uuid5(DEMO_NAMESPACE, f"{self.seed}-{self.serial}")),
            slug=slugify(title.de)[:200],
            **title.fields("title"),
            **(summary_template := rng.choice(kind.summaries)).format(**values).fields("summary"),
            **T.sentences(*(details := rng.sample(kind.details, 2)))
            .format(**values)
            .fields("description"),
            provider=demo.provider,
            cost=cost,
            **rng.choice(COST_NOTES[cost]).format(fee=rng.choice(FEES)).fields("cost_note"),
            registration_required=kind.registration is not None,
            **(kind.registration or NO_REGISTRATION).fields("registration_note"),
            **kind.eligibility.fields("eligibility"),
            by_appointment_only=appointment_only,
            **hours_note.fields("opening_hours_note"),
            available_online=online_only or rng.random() < 0.08,
            available_by_phone=online_only or (kind.hours == "counselling" and rng.random() < 0.3),
            website=f"https://www.{demo.domain}/angebote/{slugify(title.de)[:60]}/"
            if rng.random() < 0.4
            else "",
            valid_from=valid_from,
            valid_until=valid_until,
            levels=levels,
            status=rng.choices(
                [OfferStatus.PUBLISHED, OfferStatus.DRAFT, OfferStatus.ARCHIVED], [96, 3, 1]
            )[0],
            last_verified=None
            if rng.random() < 0.08
            else self.today - datetime.timedelta(days=rng.randint(0, 540)),
        )
        offer.childcare = any(
            "Kinderbetreuung" in text.de for text in (title_template, summary_template, *details)
        )
        self._translate_more(
            offer,
            values,
            {
                "title": [title_template],
                "summary": [summary_template],
                "description": details,
                "eligibility": [kind.eligibility],
                "registration_note": [kind.registration] if kind.registration else [],
            },
        )
        categories = [slug]
        if slug in RELATED and rng.random() < 0.12:
            categories.append(rng.choice(RELATED[slug]))
        plan = {
            "categories": categories,
            "target_groups": kind.target_groups,
            "languages": self._spoken_languages(),
            "slots": slots,
            "locations": [] if online_only else self._locations(demo, site),
            "contacts": rng.choices([0, 1, 2], [15, 65, 20])[0],
            "category": slug,
            "demo": demo,
        }
        return offer, plan

    def _translate_more(self, offer: Offer, values: dict, templates: dict[str, list[T]]):
        """Texts in the languages after de/en/ar, where the offer's phrases exist in them (see
        more_languages); a separate random stream, so that the rest of the data set does not
        change with these shares."""
        for language, share in SHARES.items():
            if self.translation_rng.random() >= share:
                continue
            texts = {name: more_text(parts, language, values) for name, parts in templates.items()}
            if not (texts["title"] and texts["summary"]):
                continue
            for name, text in texts.items():
                if text:
                    setattr(offer, f"{name}_{language}", text)

    def _validity(self, kind: Kind):
        rng, today = self.rng, self.today
        if kind.hours.startswith("course") and rng.random() < 0.6:
            start = today - datetime.timedelta(days=rng.randint(0, 120))
            return start, today + datetime.timedelta(days=rng.randint(30, 300))
        if rng.random() < 0.02:  # expired: stays in the back office, gone from public pages
            return None, today - datetime.timedelta(days=rng.randint(1, 60))
        return None, None

    def _spoken_languages(self) -> list[str]:
        codes = ["de"]
        pool = dict(SPOKEN)
        for _ in range(self.rng.choices([0, 1, 2, 3, 4], [20, 30, 25, 15, 10])[0]):
            code = self.rng.choices(list(pool), list(pool.values()))[0]
            codes.append(code)
            del pool[code]
        return codes

    def _locations(self, demo: DemoProvider, site: Site) -> list[dict]:
        rng = self.rng
        places = [site]
        if rng.random() < 0.3:  # not in the provider's own building but somewhere in town
            town = site.town
            anchor = rng.choice(self.anchors[town.name])
            street = f"{anchor.street or rng.choice(STREETS)} {rng.randint(1, 90)}"
            places = [Site(town, street, rng.choice(town.postcodes), *self._near(anchor, 60, 250),
                           site.place)]  # fmt: skip
        if rng.random() < 0.08:
            places.append(self._site(rng.choice(TOWNS), demo.kind.place))
        locations = []
        for place in places:
            directions, access = rng.choice(DIRECTIONS)
            locations.append(
                {
                    "municipality": self.municipalities[place.town.name],
                    **place.place.fields("name"),
                    "street": place.street,
                    "postcode": place.postcode,
                    "latitude": place.latitude,
                    "longitude": place.longitude,
                    "wheelchair_access": access,
                    **directions.fields("directions"),
                }
            )
        return locations

    # --- people ----------------------------------------------------------------------------

    def _contact(self, demo: DemoProvider, category: str, provider=False):
        """A contact person (of the offer it is given to, or of the provider) and the
        languages they speak."""
        rng = self.rng
        origin = rng.choices(list(ORIGIN_WEIGHTS), list(ORIGIN_WEIGHTS.values()))[0]
        women, men, families, extra_languages = ORIGINS[origin]
        is_woman = category == "frauen" or rng.random() < 0.65
        first = rng.choice(women if is_woman else men)
        last = rng.choice(families)
        role = ROLES[category][0 if is_woman else 1]
        languages = ["de", *rng.sample(extra_languages, rng.randint(1, 2))]
        contact = ContactPerson(
            provider=demo.provider if provider else None,
            name=f"{first} {last}",
            **role.fields("role"),
            phone=self._phone(),
            email=f"{ascii_slug(first)}.{ascii_slug(last)}@{demo.domain}",
            **rng.choice(OFFICE_HOURS).fields("office_hours"),
        )
        return contact, [self.languages[code] for code in languages]
