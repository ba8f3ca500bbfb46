"""Run only by test_isolation.py (its name keeps it out of the normal run): a live-server
test that fails on purpose while the server still answers it inside a write transaction,
then the tests that must not notice."""

import time

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpResponse
from django.urls import path
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from integrationmap.urls import urlpatterns as site_urlpatterns

LEFTOVER = "written-after-its-test-ended"


def slow_write(request):
    """Holds the database's write lock, then writes a row, long after the client gave up."""
    with transaction.atomic():
        User.objects.filter(username="nobody").update(is_active=False)  # takes the lock
        time.sleep(2)
        User.objects.create(username=LEFTOVER)
    return HttpResponse("written")


urlpatterns = [path("isolation/slow-write/", slow_write), *site_urlpatterns]


@pytest.mark.browser
def test_fails_on_purpose_while_the_server_still_writes(open_page, live_server, settings):
    settings.ROOT_URLCONF = __name__
    page = open_page("/de/")
    try:
        page.goto(live_server.url + "/isolation/slow-write/", timeout=300)
    except PlaywrightTimeoutError:
        pytest.fail("the page did not answer in time (on purpose)")


@pytest.mark.django_db
def test_a_database_test_after_it_sees_none_of_its_writes():
    assert not User.objects.filter(username=LEFTOVER).exists()
    User.objects.create(username="mine")
    assert User.objects.count() == 1


@pytest.mark.browser
def test_a_browser_test_after_it_finds_the_demo_and_none_of_its_writes(open_page, demo):
    page = open_page("/de/offers/")
    expect(page.locator(".cards .card").first).to_be_visible()
    assert not User.objects.filter(username=LEFTOVER).exists()


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_after_it_writes_and_reads_back():
    User.objects.create(username="mine")
    assert list(User.objects.values_list("username", flat=True)) == ["mine"]
