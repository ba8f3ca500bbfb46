"""Bulk changes of the offer list as background jobs (ADR 27): a change of more than
`IN_REQUEST` offers (publish, archive, "still current", translation confirmed or made by a
machine, delete) runs in a worker, a chunk of offers per transaction, with each offer's
version before kept (offers/editorial/changesets.py). A job that fails or is cancelled takes
back what it did; a finished one can be undone like an import.

The changes themselves are the write path's (offers.services); `CHANGES` names them, so that
a job (which keeps only names and ids) can find them again."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from offers import jobs, services
from offers.editorial import changesets
from offers.external import machine_translation
from offers.models import ChangeAction, Job, Offer, OfferStatus

# Up to this many offers a bulk change runs in the request itself.
IN_REQUEST = 100
CHUNK = 100


@dataclass(frozen=True)
class Change:
    """A bulk change: `change(offers, user, language)` returns the write path's BulkResult;
    `done(n)` says what was done, in the reader's language; `permission`, the admin action
    permission it needs (also to undo it)."""

    change: Callable
    done: Callable[[int], str]
    permission: str = "change"


def _published(n):
    return ngettext("%(n)d offer published.", "%(n)d offers published.", n) % {"n": n}


def _archived(n):
    return ngettext("%(n)d offer archived.", "%(n)d offers archived.", n) % {"n": n}


def _verified(n):
    return ngettext(
        "%(n)d offer marked as verified today.", "%(n)d offers marked as verified today.", n
    ) % {"n": n}


def _confirmed(n):
    return ngettext(
        "%(n)d translation marked as current.", "%(n)d translations marked as current.", n
    ) % {"n": n}


def _machine_translated(n):
    return ngettext(
        "%(n)d offer machine-translated; the texts are marked as not yet checked.",
        "%(n)d offers machine-translated; the texts are marked as not yet checked.",
        n,
    ) % {"n": n}


def _deleted(n):
    return ngettext("%(n)d offer deleted.", "%(n)d offers deleted.", n) % {"n": n}


def _delete(offers, user, language):
    deleted = list(offers)
    services.delete_offers(offers=deleted, user=user)
    return services.BulkResult(changed=deleted)


def _machine(offers, user, language):
    service = machine_translation.configured()
    if service is None:
        raise jobs.JobFailed(_("No translation service is configured."))
    return services.machine_translate(offers=offers, language=language, user=user, service=service)


CHANGES = {
    "publish": Change(
        lambda offers, user, language: services.set_status(
            offers=offers, status=OfferStatus.PUBLISHED, user=user
        ),
        _published,
        "publish",
    ),
    "archive": Change(
        lambda offers, user, language: services.set_status(
            offers=offers, status=OfferStatus.ARCHIVED, user=user
        ),
        _archived,
        "publish",
    ),
    "mark_verified_today": Change(
        lambda offers, user, language: services.mark_verified(offers=offers, user=user), _verified
    ),
    "confirm_translation": Change(
        lambda offers, user, language: services.confirm_translation(
            offers=offers, language=language, user=user
        ),
        _confirmed,
        "translate",
    ),
    "machine_translate": Change(_machine, _machine_translated, "translate"),
    "delete": Change(_delete, _deleted, "delete"),
}


def work(job: Job, progress) -> dict:
    """The work of a bulk-change job: parameters name the change, its language and the
    offers (fixed when the editor chose them)."""
    parameters = job.parameters
    name, language = parameters["change"], parameters.get("language", "")
    change = CHANGES[name]
    ids = parameters["offers"]
    done, refused = 0, []
    progress.step(gettext_noop("Changing the offers"), len(ids))
    comment = _("Before a bulk change: %(job)s.") % {"job": job.title}
    try:
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            with transaction.atomic():
                offers = list(Offer.objects.select_for_update().filter(pk__in=part))
                before = changesets.versions_now(offers, comment=comment, user=job.created_by)
                result = change.change(Offer.objects.filter(pk__in=part), job.created_by, language)
                # The offers the write path saved, with their new version numbers.
                action = ChangeAction.DELETED if name == "delete" else ChangeAction.CHANGED
                changesets.record(
                    job, [(action, offer, before.get(offer.pk), None) for offer in result.changed]
                )
            done += len(result.changed)
            refused += [
                {"offer": str(offer), "reason": str(reason)} for offer, reason in result.refused
            ]
            if getattr(result, "stopped", ""):
                raise jobs.JobFailed(
                    _("The translation service stopped: %(reason)s") % {"reason": result.stopped}
                )
            progress.advance(start + len(part))
    except BaseException as stop:
        taken_back = changesets.undo(
            job,
            user=job.created_by,
            comment=_("Bulk change taken back: %(job)s.") % {"job": job.title},
        )
        report = {"done": 0, "refused": refused[:500], "taken_back": taken_back["restored"]}
        jobs.end_after_taking_back(stop, report)
    return {"done": done, "refused": refused[:500], "refused_count": len(refused)}
