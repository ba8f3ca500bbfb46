"""Who may do what in the back office: every role against every admin view and action, so
that a later change cannot silently widen anyone's rights."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, User
from reversion.models import Version

from offers import services
from offers.models import (
    EditorScope,
    Job,
    JobKind,
    JobStatus,
    Offer,
    OfferStatus,
    ProblemReport,
    Provider,
)
from offers.roles import EDITORS, MUNICIPALITY_EDITORS, REVIEWERS, TRANSLATORS
from tests.admin_forms import changeform_data
from tests.conftest import job_file
from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory, ProviderFactory

pytestmark = pytest.mark.django_db
PASSWORD = "ein-sicheres-Passwort-42"
ROLES = ("editor", "reviewer", "municipality", "translator", "staff", "anonymous")


@pytest.fixture
def towns():
    return (
        MunicipalityFactory(name="Kerpen", slug="kerpen", official_key="05362032"),
        MunicipalityFactory(name="Bergheim", slug="bergheim", official_key="05362008"),
    )


@pytest.fixture
def offers(towns):
    kerpen, bergheim = towns
    own = OfferFactory(
        title_de="In Kerpen", title_ar="في كيربن", status=OfferStatus.DRAFT, last_verified=None
    )
    LocationFactory(offer=own, municipality=kerpen)
    other = OfferFactory(title_de="In Bergheim", status=OfferStatus.DRAFT, last_verified=None)
    LocationFactory(offer=other, municipality=bergheim)
    return own, other


def make_user(role, towns):
    if role == "anonymous":
        return None
    user = User.objects.create_user(role, f"{role}@kreis.example", PASSWORD, is_staff=True)
    group = {
        "editor": EDITORS,
        "reviewer": REVIEWERS,
        "municipality": MUNICIPALITY_EDITORS,
        "translator": TRANSLATORS,
    }.get(role)
    if group:
        user.groups.add(Group.objects.get(name=group))
    scope = EditorScope.objects.create(user=user, languages=["ar"] if role == "translator" else [])
    if role == "municipality":
        scope.municipalities.set([towns[0]])
    return user


@pytest.fixture
def login(client, towns):
    def login(role):
        user = make_user(role, towns)
        if user is not None:
            client.force_login(user)
        return client

    return login


def action(name, *offers):
    return {"action": name, "_selected_action": [o.pk for o in offers], "index": 0}


# view -> (method, path, data) built from the two offers (own = Kerpen, other = Bergheim)
VIEWS = {
    "list": lambda own, other: ("get", "/admin/offers/offer/", None),
    "change own": lambda own, other: ("get", f"/admin/offers/offer/{own.pk}/change/", None),
    "change other": lambda own, other: ("get", f"/admin/offers/offer/{other.pk}/change/", None),
    "add": lambda own, other: ("get", "/admin/offers/offer/add/", None),
    "delete own": lambda own, other: ("get", f"/admin/offers/offer/{own.pk}/delete/", None),
    "history own": lambda own, other: ("get", f"/admin/offers/offer/{own.pk}/history/", None),
    "import": lambda own, other: ("get", "/admin/offers/offer/import/", None),
    "export": lambda own, other: ("post", "/admin/offers/offer/export/", {"format": "xlsx"}),
    "jobs": lambda own, other: ("get", "/admin/offers/job/", None),
    "verify own": lambda own, other: ("post", f"/admin/offers/offer/{own.pk}/verify/", {}),
    "verify other": lambda own, other: ("post", f"/admin/offers/offer/{other.pk}/verify/", {}),
    "preview own": lambda own, other: ("get", f"/de/offers/{own.pk}/preview/", None),
    "preview other": lambda own, other: ("get", f"/de/offers/{other.pk}/preview/", None),
    "reports": lambda own, other: ("get", "/admin/offers/problemreport/", None),
    "suggestions": lambda own, other: ("get", "/admin/offers/offersuggestion/", None),
    "users": lambda own, other: ("get", "/admin/auth/user/", None),
    "offices": lambda own, other: ("get", "/admin/routing/office/", None),
    "start page": lambda own, other: ("get", "/admin/", None),
}
OK, FORBIDDEN, LOGIN, GONE = 200, 403, 302, 404
# GONE for the admin: another town's offer "does not exist" for a municipality editor
# (the admin redirects to its start page); for the preview it is a 404.
EXPECTED = {
    #                editor     reviewer   municip.   translator staff      anonymous
    "list":         (OK,        OK,        OK,        OK,        FORBIDDEN, LOGIN),
    "change own":   (OK,        OK,        OK,        OK,        FORBIDDEN, LOGIN),
    "change other": (OK,        OK,        LOGIN,     OK,        FORBIDDEN, LOGIN),
    "add":          (OK,        FORBIDDEN, OK,        FORBIDDEN, FORBIDDEN, LOGIN),
    "delete own":   (OK,        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
    "history own":  (OK,        OK,        OK,        OK,        FORBIDDEN, LOGIN),
    "import":       (OK,        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
    "export":       (LOGIN,     LOGIN,     LOGIN,     LOGIN,     FORBIDDEN, LOGIN),
    "jobs":         (OK,        OK,        OK,        OK,        FORBIDDEN, LOGIN),
    "verify own":   (LOGIN,     LOGIN,     LOGIN,     FORBIDDEN, FORBIDDEN, LOGIN),
    "verify other": (LOGIN,     LOGIN,     GONE,      FORBIDDEN, FORBIDDEN, LOGIN),
    "preview own":  (OK,        OK,        OK,        OK,        LOGIN,     LOGIN),
    "preview other":(OK,        OK,        GONE,      OK,        LOGIN,     LOGIN),
    "reports":      (OK,        OK,        OK,        FORBIDDEN, FORBIDDEN, LOGIN),
    "suggestions":  (OK,        OK,        FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
    "users":        (FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
    "offices":      (OK,        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN),
    "start page":   (OK,        OK,        OK,        OK,        OK,        LOGIN),
}  # fmt: skip


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("role", ROLES)
def test_role_and_view_matrix(login, offers, role, view):
    method, path, data = VIEWS[view](*offers)
    client = login(role)
    response = getattr(client, method)(path, data) if data is not None else client.get(path)
    expected = EXPECTED[view][ROLES.index(role)]
    assert response.status_code == expected, (role, view, response.status_code)
    if view == "change other" and role == "municipality":
        assert response["Location"] == "/admin/"  # "does not exist" for them


ACTIONS = {
    # action -> roles whose use of it changes the offer
    "publish": {"editor", "reviewer"},
    "archive": {"editor", "reviewer"},
    "mark_verified_today": {"editor", "reviewer", "municipality"},
    "confirm_translation_ar": {"editor", "reviewer", "municipality", "translator"},
}


@pytest.mark.parametrize("name", list(ACTIONS))
@pytest.mark.parametrize("role", ["editor", "reviewer", "municipality", "translator"])
def test_role_and_action_matrix(login, offers, role, name):
    own, other = offers
    own.title_de = "In Kerpen, neu"  # makes the Arabic translation outdated
    own.save()
    before = {o.pk: (o.status, o.last_verified, dict(o.translation_sources)) for o in offers}
    login(role).post("/admin/offers/offer/", action(name, own, other))
    after = {
        o.pk: (o.status, o.last_verified, dict(o.translation_sources))
        for o in Offer.objects.filter(pk__in=[own.pk, other.pk])
    }
    changed = after[own.pk] != before[own.pk]
    assert changed == (role in ACTIONS[name]), (role, name)
    if role == "municipality":
        assert after[other.pk] == before[other.pk], "another town's offer was changed"


def test_municipality_editor_sees_and_exports_only_their_towns(login, offers, post_starting_jobs):
    client = login("municipality")
    listed = client.get("/admin/offers/offer/").context["cl"].result_list
    assert [o.title_de for o in listed] == ["In Kerpen"]
    started = post_starting_jobs(client, "/admin/offers/offer/export/", {"format": "xlsx"})
    book = openpyxl.load_workbook(io.BytesIO(job_file(client, started["Location"]).content))
    titles = [row[6] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert titles == ["In Kerpen"]


def test_municipality_editor_can_only_place_offers_in_their_towns(login, offers, towns):
    form = login("municipality").get("/admin/offers/offer/add/").context["inline_admin_formsets"]
    places = next(f for f in form if f.formset.prefix == "locations")
    choices = list(places.formset.forms[0].fields["municipality"].queryset)
    assert choices == [towns[0]]


def test_new_offers_of_users_who_cannot_publish_stay_drafts(login, offers):
    page = login("municipality").get(f"/admin/offers/offer/{offers[0].pk}/change/")
    assert "status" not in page.context["adminform"].form.fields


def test_translator_changes_only_their_language(login, offers):
    own, _other = offers
    client = login("translator")
    page = client.get(f"/admin/offers/offer/{own.pk}/change/")
    fields = page.context["adminform"].form.fields
    assert "title_ar" in fields and "summary_ar" in fields
    assert "title_de" not in fields and "title_en" not in fields and "cost" not in fields
    assert page.context["inline_admin_formsets"] == []


# --- providers, history, jobs (issue 16) ------------------------------------------------------


@pytest.fixture
def providers(offers, towns):
    """A provider whose offers are all in Kerpen, and one also in Bergheim (the Agentur für
    Arbeit of the issue)."""
    own, other = offers
    local = ProviderFactory(name_de="Kerpener Tafel", phone="02237 1")
    shared = ProviderFactory(name_de="Agentur für Arbeit Bergheim", phone="02271 1")
    Offer.objects.filter(pk=own.pk).update(provider=local)
    Offer.objects.filter(pk=other.pk).update(provider=shared)
    also_kerpen = OfferFactory(provider=shared, title_de="Beratung in Kerpen")
    LocationFactory(offer=also_kerpen, municipality=towns[0])
    return local, shared


def provider_form(client, provider, **changes):
    page = client.get(f"/admin/offers/provider/{provider.pk}/change/")
    data = changeform_data(page)
    data.update(changes)
    return client.post(f"/admin/offers/provider/{provider.pk}/change/", data)


# role -> (may change the local provider, may change the shared one)
PROVIDER_RIGHTS = {
    "editor": (True, True),
    "reviewer": (True, True),
    "municipality": (True, False),
    "translator": (False, False),
    "staff": (False, False),
}


@pytest.mark.parametrize("role", list(PROVIDER_RIGHTS))
def test_role_and_provider_matrix(login, providers, role):
    client = login(role)
    for provider, allowed in zip(providers, PROVIDER_RIGHTS[role], strict=True):
        before = Provider.objects.get(pk=provider.pk).phone
        page = client.get(f"/admin/offers/provider/{provider.pk}/change/")
        if page.status_code == 200:
            provider_form(client, provider, phone="0221 999")
        changed = Provider.objects.get(pk=provider.pk).phone != before
        assert changed == allowed, (role, provider.name_de)


def test_a_municipality_editor_proposes_a_change_to_a_shared_provider(login, providers):
    _local, shared = providers
    client = login("municipality")
    page = client.get(f"/admin/offers/provider/{shared.pk}/change/").content.decode()
    assert f'href="/admin/offers/provider/{shared.pk}/propose/"' in page
    response = client.post(
        f"/admin/offers/provider/{shared.pk}/propose/", {"message": "Neue Nummer: 02271 2"}
    )
    assert response.status_code == 302
    report = ProblemReport.objects.get()
    assert "Agentur für Arbeit Bergheim" in report.offer_title
    assert "Neue Nummer" in report.message and "municipality" in report.message
    assert Provider.objects.get(pk=shared.pk).phone == "02271 1"


@pytest.fixture
def history(offers, editor_user):
    """The Kerpen offer saved twice through the write path: two versions."""
    own, _other = offers
    for title in ("In Kerpen", "In Kerpen (neu)"):
        own.title_de = title
        services.save_offer(offer=own, user=editor_user)
    first = Version.objects.get_for_object(own).order_by("pk").first()
    return own, first


@pytest.fixture
def editor_user(towns):
    return make_user("editor-2", towns)


def revert(client, offer, version):
    url = f"/admin/offers/offer/{offer.pk}/history/{version.pk}/"
    page = client.get(url)
    if page.status_code != 200:
        return page.status_code
    return client.post(url, changeform_data(page)).status_code


# role -> status of the history page, and whether the revert takes effect
HISTORY_RIGHTS = {
    "editor": (OK, True),
    "reviewer": (OK, True),
    "municipality": (OK, True),
    "translator": (OK, False),
    "staff": (FORBIDDEN, False),
}


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("editor", True), ("reviewer", False), ("municipality", False), ("translator", False)],
)
def test_role_and_recovery_matrix(login, offers, role, allowed, towns):
    own, _other = offers
    services.delete_offers(offers=[own], user=make_user("editor-4", towns))
    deleted = Version.objects.get_deleted(Offer).get()
    client = login(role)
    listed = client.get("/admin/offers/offer/recover/")
    assert (listed.status_code == OK) == allowed, role
    page = client.get(f"/admin/offers/offer/recover/{deleted.pk}/")
    if page.status_code == OK:
        client.post(f"/admin/offers/offer/recover/{deleted.pk}/", changeform_data(page))
    assert Offer.objects.filter(pk=own.pk).exists() == allowed, role


@pytest.mark.parametrize("role", list(HISTORY_RIGHTS))
def test_role_and_history_matrix(login, history, role):
    own, first = history
    client = login(role)
    shown, reverts = HISTORY_RIGHTS[role]
    assert client.get(f"/admin/offers/offer/{own.pk}/history/").status_code == shown
    revert(client, own, first)
    own.refresh_from_db()
    assert (own.title_de == "In Kerpen") == reverts, role


@pytest.mark.parametrize("role", ROLES)
def test_role_and_import_job_matrix(login, offers, role, post_starting_jobs, towns):
    """Jobs and their undo: each role sees its own jobs; only who may import undoes."""
    editor = make_user("editor-3", towns)
    imported = Job.objects.create(
        kind=JobKind.IMPORT_APPLY, status=JobStatus.DONE, title="x.csv", created_by=editor
    )
    client = login(role)
    page = client.get(f"/admin/offers/job/{imported.pk}/change/")
    expected_page = {
        "editor": OK, "reviewer": OK, "municipality": GONE, "translator": GONE,
        "staff": FORBIDDEN, "anonymous": LOGIN,
    }[role]  # fmt: skip
    assert page.status_code == expected_page, role
    post_starting_jobs(client, f"/admin/offers/job/{imported.pk}/undo/", {})
    undone = Job.objects.filter(parent=imported, kind=JobKind.UNDO).exists()
    assert undone == (role == "editor"), role
