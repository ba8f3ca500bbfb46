import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.utils import translation

from offers import starting_vocabulary
from offers.roles import EDITORS
from tests.isolation import live_requests, scaled


@pytest.fixture(autouse=True)
def english():
    """Messages in assertions are English; pages still follow their URL's language."""
    with translation.override("en"):
        yield


@pytest.fixture
def editor(db):
    """A member of the editorial team: staff, in the Editors group, not a superuser."""
    user = User.objects.create_user("redaktion", "redaktion@kreis.example", "sicheres-Passwort-42")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    """A test client logged in through the admin login form, as an editor would. Its
    browser asks for English, so assertions can name the admin's English messages."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": editor.username, "password": "sicheres-Passwort-42", "next": "/admin/"},
    )
    assert response.status_code == 302, "editor login failed"
    return client


def create_reference_data():
    starting_vocabulary.install(apps)


@pytest.fixture
def transactional_db(transactional_db):
    """Tests outside a transaction end only once the live server has answered every request
    they started: only then does pytest-django empty the database for the next test."""
    yield
    live_requests.wait_until_idle(scaled(60))


@pytest.fixture
def reference_data(transactional_db):
    """Tests outside a transaction (live server, schema changes) flush the database after
    each test, taking the migrations' reference data (categories, target groups, spoken
    languages, in every language) with it: put it back."""
    create_reference_data()


@pytest.fixture
def post_starting_jobs(django_capture_on_commit_callbacks):
    """`post(client, url, data)`: a POST whose background jobs run when its transaction
    commits (the test settings run jobs at once); returns the response."""

    def post(client, url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return post


def job_file(client, job_page: str, role: str = "result"):
    """The file a job made, downloaded from its page's address."""
    return client.get(f"{job_page.removesuffix('change/')}file/{role}/")


@pytest.fixture(scope="session")
def routing_engine(tmp_path_factory):
    """Valhalla serving the test network, once per test process."""
    from tests.routing.engine import Engine, build_data, require_tools

    require_tools()
    engine = Engine(build_data(tmp_path_factory.mktemp("routing")))
    yield engine
    engine.stop()


@pytest.fixture
def routes(routing_engine, settings):
    """Routes inside the app answered by the test engine."""
    settings.VALHALLA_URL = routing_engine.url
    return routing_engine
