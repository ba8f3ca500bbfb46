"""Who may do what in the back office: every role against every admin view and action, so
that a later change cannot silently widen anyone's rights."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, User

from offers.models import EditorScope, Offer, OfferStatus
from offers.roles import EDITORS, MUNICIPALITY_EDITORS, REVIEWERS, TRANSLATORS
from tests.conftest import job_file
from tests.factories import LocationFactory, MunicipalityFactory, OfferFactory

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
