"""Bulk changes of many offers as background jobs (issue 16): they run in chunks with each
offer's version kept, take back what they did when they fail, and can be undone; deleting
thousands asks first without one form field per offer."""

import datetime
import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from offers.editorial import bulk
from offers.models import Job, JobChange, JobKind, JobStatus, Offer, OfferStatus
from tests.factories import LocationFactory, OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts():
    offers = [OfferFactory(status=OfferStatus.DRAFT, title_de=f"Entwurf {n}") for n in range(7)]
    for offer in offers:
        LocationFactory(offer=offer)
    return offers


@pytest.fixture
def small_batches(monkeypatch):
    """A job beyond 3 offers, 2 offers per transaction: a few offers behave as thousands."""
    monkeypatch.setattr(bulk, "IN_REQUEST", 3)
    monkeypatch.setattr(bulk, "CHUNK", 2)


def act(post, client, action, offers, **extra):
    return post(
        client,
        "/admin/offers/offer/",
        {"action": action, "_selected_action": [o.pk for o in offers], "index": 0, **extra},
    )


def test_a_few_offers_change_at_once(editor_client, drafts, small_batches, post_starting_jobs):
    response = act(post_starting_jobs, editor_client, "publish", drafts[:2])
    assert response.status_code == 302 and response["Location"] == "/admin/offers/offer/"
    assert Offer.objects.filter(status=OfferStatus.PUBLISHED).count() == 2
    assert not Job.objects.exists()


def test_many_offers_change_in_a_job_that_can_be_undone(
    editor_client, drafts, small_batches, post_starting_jobs
):
    response = act(post_starting_jobs, editor_client, "publish", drafts)
    job = Job.objects.get(kind=JobKind.BULK_ACTION)
    assert response["Location"] == f"/admin/offers/job/{job.pk}/change/"
    assert job.status == JobStatus.DONE and job.report["done"] == 7
    assert Offer.objects.filter(status=OfferStatus.PUBLISHED).count() == 7
    page = editor_client.get(response["Location"]).content.decode()
    assert "7 offers published." in page and "Undo this change" in page
    post_starting_jobs(editor_client, f"/admin/offers/job/{job.pk}/undo/", {})
    assert Offer.objects.filter(status=OfferStatus.DRAFT).count() == 7
    undo = Job.objects.get(kind=JobKind.UNDO)
    assert undo.report["restored"] == 7


def test_a_failing_job_takes_back_what_it_did(
    editor_client, drafts, small_batches, post_starting_jobs, monkeypatch
):
    calls = []
    real = bulk.CHANGES["publish"]

    def failing(offers, user, language):
        calls.append(1)
        if len(calls) == 3:  # the third chunk of two
            raise RuntimeError("the database went away")
        return real.change(offers, user, language)

    monkeypatch.setitem(bulk.CHANGES, "publish", bulk.Change(failing, real.done, "publish"))
    act(post_starting_jobs, editor_client, "publish", drafts)
    job = Job.objects.get(kind=JobKind.BULK_ACTION)
    assert job.status == JobStatus.FAILED and "taken back" in job.error
    assert job.report["taken_back"] == 4
    assert not Offer.objects.filter(status=OfferStatus.PUBLISHED).exists()


def test_deleting_thousands_asks_first_without_a_field_per_offer(
    editor_client, drafts, small_batches, post_starting_jobs, settings
):
    # Few allowed fields: Django's own delete action failed here (TooManyFieldsSent).
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 6
    asked = editor_client.post(
        "/admin/offers/offer/",
        {"action": "delete_offers", "select_across": "1", "index": 0,
         "_selected_action": [drafts[0].pk]},
    )  # fmt: skip
    page = asked.content.decode()
    assert "Delete 7 offers?" in page and page.count('name="_selected_action"') == 0
    response = post_starting_jobs(
        editor_client,
        "/admin/offers/offer/",
        {"action": "delete_offers", "select_across": "1", "index": 0, "post": "yes",
         "_selected_action": [drafts[0].pk]},
    )  # fmt: skip
    job = Job.objects.get(kind=JobKind.BULK_ACTION)
    assert response["Location"] == f"/admin/offers/job/{job.pk}/change/"
    assert not Offer.objects.exists()
    post_starting_jobs(editor_client, f"/admin/offers/job/{job.pk}/undo/", {})
    assert Offer.objects.count() == 7
    assert all(offer.locations.count() == 1 for offer in Offer.objects.all())


def test_an_undo_leaves_offers_edited_since_alone(
    editor_client, drafts, small_batches, post_starting_jobs
):
    act(post_starting_jobs, editor_client, "archive", drafts)
    job = Job.objects.get(kind=JobKind.BULK_ACTION)
    edited = Offer.objects.get(pk=drafts[0].pk)
    edited.title_de = "Später geändert"
    edited.save()
    post_starting_jobs(editor_client, f"/admin/offers/job/{job.pk}/undo/", {})
    undo = Job.objects.get(kind=JobKind.UNDO)
    assert undo.report["restored"] == 6 and undo.report["left_count"] == 1
    assert Offer.objects.get(pk=edited.pk).status == OfferStatus.ARCHIVED
    page = editor_client.get(f"/admin/offers/job/{undo.pk}/change/").content.decode()
    assert "changed after the job" in page


def test_only_who_may_do_the_change_undoes_it(client, drafts, small_batches, post_starting_jobs):
    owner = User.objects.create_superuser("chefin", "c@kreis.example", "x")
    client.force_login(owner)
    act(post_starting_jobs, client, "publish", drafts)
    job = Job.objects.get(kind=JobKind.BULK_ACTION)
    reader = User.objects.create_user("leser", is_staff=True)
    reader.user_permissions.add(*bulk_permissions("view_offer", "view_job", "view_all_jobs"))
    client.force_login(reader)
    assert client.get(f"/admin/offers/job/{job.pk}/change/").status_code == 200
    assert client.post(f"/admin/offers/job/{job.pk}/undo/", {}).status_code == 403


def bulk_permissions(*codenames):
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename__in=codenames)


def test_a_job_whose_worker_died_is_ended_and_taken_back(
    editor_client, editor, drafts, small_batches, post_starting_jobs, settings
):
    """A worker killed halfway leaves a running job whose heartbeat stops; the editor ends it
    and what it wrote is taken back."""
    act(post_starting_jobs, editor_client, "publish", drafts)
    job = Job.objects.get(kind=JobKind.BULK_ACTION)
    # As a killed worker leaves it: running, half written, silent for ten minutes.
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.RUNNING, heartbeat=job.heartbeat - datetime.timedelta(minutes=10)
    )
    page = editor_client.get(f"/admin/offers/job/{job.pk}/change/").content.decode()
    assert "End it and take back what it wrote" in page
    response = post_starting_jobs(editor_client, f"/admin/offers/job/{job.pk}/abandon/", {})
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED and "worker stopped" in job.error
    undo = Job.objects.get(kind=JobKind.UNDO, parent=job)
    assert response["Location"] == f"/admin/offers/job/{undo.pk}/change/"
    assert undo.status == JobStatus.DONE
    assert not Offer.objects.filter(status=OfferStatus.PUBLISHED).exists()


def test_a_job_that_still_moves_cannot_be_ended(
    editor_client, drafts, small_batches, post_starting_jobs
):
    act(post_starting_jobs, editor_client, "publish", drafts)
    job = Job.objects.get(kind=JobKind.BULK_ACTION)
    Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING)
    assert editor_client.post(f"/admin/offers/job/{job.pk}/abandon/", {}).status_code == 403


def test_old_finished_jobs_are_pruned_with_their_changes(
    editor_client, drafts, small_batches, post_starting_jobs
):
    act(post_starting_jobs, editor_client, "publish", drafts)
    job = Job.objects.get(kind=JobKind.BULK_ACTION)
    running = Job.objects.create(kind=JobKind.EXPORT, title="x", status=JobStatus.RUNNING)
    Job.objects.filter(pk__in=[job.pk, running.pk]).update(
        finished=job.finished - datetime.timedelta(days=91)
    )
    call_command("prune_jobs", stdout=io.StringIO())
    assert list(Job.objects.all()) == [running]
    assert not JobChange.objects.exists()
