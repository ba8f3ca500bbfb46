"""Editorial roles as auth groups (kept in step with the models after every `migrate`), and
each user's scope: which offers they may see and which texts they may change.

- Editors: everything editorial, including import, publishing and the feedback queue.
- Municipality editors: offers with a place in their own municipalities (EditorScope), as
  drafts; they cannot publish or delete.
- Translators: the translated texts of offers, in their own languages (EditorScope) only.
- Reviewers: check and publish offers.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, Q

from integrationmap.languages import offered as offered_languages
from offers.models import Location, Offer

EDITORS = "Editors"
MUNICIPALITY_EDITORS = "Municipality editors"
TRANSLATORS = "Translators"
REVIEWERS = "Reviewers"

ALL = ("view", "add", "change", "delete")
OFFER_PARTS = ("offercategory", "location", "contactperson", "openingslot")
VOCABULARY = ("category", "targetgroup", "language", "municipality", "searchterm")

# Group -> {(app, model): actions (or extra codenames)}.
ROLES = {
    EDITORS: {
        ("offers", "offer"): (*ALL, "publish_offer", "import_offer"),
        **{("offers", model): ALL for model in (*OFFER_PARTS, "provider", *VOCABULARY)},
        ("offers", "problemreport"): ALL,
        ("offers", "offersuggestion"): ALL,
        ("offers", "linkcheck"): ("view",),
        ("offers", "demodataset"): ("view",),
        ("offers", "job"): ("view", "view_all_jobs"),
        ("routing", "office"): ALL,
        ("routing", "stop"): ("view",),
        ("routing", "transitfeed"): ("view",),
    },
    MUNICIPALITY_EDITORS: {
        ("offers", "offer"): ("view", "add", "change"),
        **{("offers", model): ALL for model in OFFER_PARTS},
        ("offers", "provider"): ("view", "add", "change"),
        **{("offers", model): ("view",) for model in VOCABULARY},
        ("offers", "problemreport"): ("view", "change"),
        ("offers", "job"): ("view",),
    },
    TRANSLATORS: {
        ("offers", "offer"): ("view", "change"),
        **{("offers", model): ("view",) for model in (*OFFER_PARTS, "provider", *VOCABULARY)},
        ("offers", "job"): ("view",),
    },
    REVIEWERS: {
        ("offers", "offer"): ("view", "change", "publish_offer"),
        **{("offers", model): ("view", "add", "change") for model in OFFER_PARTS},
        ("offers", "provider"): ("view", "change"),
        **{("offers", model): ("view",) for model in VOCABULARY},
        ("offers", "problemreport"): ("view", "change"),
        ("offers", "offersuggestion"): ("view", "change"),
        ("offers", "linkcheck"): ("view",),
        ("offers", "job"): ("view", "view_all_jobs"),
    },
}


def role_permissions(role: str):
    condition = Q(pk__in=[])
    for (app_label, model), actions in ROLES[role].items():
        codenames = [a if "_" in a else f"{a}_{model}" for a in actions]
        condition |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=codenames,
        )
    return Permission.objects.filter(condition)


def ensure_roles(**_kwargs):
    """Create or update the role groups (idempotent; connected to post_migrate). Rights
    removed from a role here are removed from its group too."""
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.set(role_permissions(role))


@dataclass(frozen=True)
class Scope:
    """What a user may reach: None means no limit."""

    municipalities: frozenset[int] | None = None
    languages: tuple[str, ...] | None = None

    @property
    def limited_to_towns(self) -> bool:
        return self.municipalities is not None


def may_change_provider(scope: Scope, provider) -> bool:
    """A municipality editor changes a provider only while every offer of it takes place in
    their towns alone (a provider without offers too); a provider it shares with other towns
    (or with offers online only) belongs to the editorial team."""
    if not scope.limited_to_towns or provider.pk is None:
        return True
    offers = Offer.objects.filter(provider=provider)
    elsewhere = Location.objects.filter(offer__in=offers).exclude(
        municipality__in=scope.municipalities
    )
    placeless = offers.exclude(Exists(Location.objects.filter(offer=OuterRef("pk"))))
    return not elsewhere.exists() and not placeless.exists()


def scope_of(user) -> Scope:
    """Superusers, editors and reviewers work on everything; municipality editors on their
    towns; translators on their languages (none assigned = nothing)."""
    cached = getattr(user, "_editorial_scope", None)
    if cached is not None:
        return cached
    groups = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
    scope = Scope()
    if not (user.is_superuser or groups & {EDITORS, REVIEWERS}):
        record = getattr(user, "editor_scope", None) if user.is_authenticated else None
        if MUNICIPALITY_EDITORS in groups:
            towns = record.municipalities.values_list("pk", flat=True) if record else []
            scope = Scope(municipalities=frozenset(towns))
        if TRANSLATORS in groups and MUNICIPALITY_EDITORS not in groups:
            codes = tuple(
                code for code in (record.languages if record else []) if code in offered_languages()
            )
            scope = Scope(languages=codes)
    user._editorial_scope = scope
    return scope
