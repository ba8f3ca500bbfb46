"""Pages that name static files, with the production storage (hashed names from a manifest):
the suite otherwise serves static files as they are, where a name missing from the manifest
cannot show. Issue 16 found `/sw.js` answering 500 under production settings."""

import io

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def production_static(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "integrationmap.infrastructure.static_files.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", "--noinput", verbosity=0, stdout=io.StringIO())


@pytest.mark.parametrize("path", ["/sw.js", "/de/", "/de/offers/", "/de/offers/table.csv"])
def test_pages_that_name_static_files_answer_with_the_production_storage(
    client, production_static, path
):
    response = client.get(path)
    assert response.status_code == 200, path


def test_the_service_worker_keeps_the_hashed_files(client, production_static):
    body = client.get("/sw.js").content.decode()
    assert '"staticUrl": "/static/"' in body
    assert "/static/site/site." in body and ".css" in body
    assert '"/static/site/site.css"' not in body  # the hashed name, not the plain one
