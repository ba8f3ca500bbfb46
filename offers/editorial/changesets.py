"""What a job changed, so that it can be undone (ADR 27). Before a job writes an offer it
keeps the offer's version as it is (`versions_now`); after it wrote, it records a JobChange
per offer. `undo` puts every offer back: offers the job created are deleted (recoverable from
the history), offers it changed or deleted get their version before back. Offers changed by
someone after the job are left as they are and named — a job never overwrites later work.

Imports and bulk changes use it to undo on request, and to take back what they wrote when
they fail or are cancelled halfway (they write in short transactions, so that the site and
other editors never wait long)."""

import re

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from reversion.models import Version

from offers import jobs, services, versioning
from offers.models import ChangeAction, Job, JobChange, JobStatus, Offer

# Offers put back per transaction.
CHUNK = 250
SHOWN = 500


def versions_now(offers, *, comment: str, user) -> dict[int, Version]:
    """A version of each offer as it is now: its newest saved version if that is current,
    else a new one (offers written around the write path, such as the demo's)."""
    if not offers:
        return {}
    numbers = {offer.pk: offer.lock_version for offer in offers}

    def newest_of(pks):
        found: dict[int, Version] = {}
        for version in (
            Version.objects.get_for_model(Offer)
            .filter(object_id__in=[str(pk) for pk in pks])
            .order_by("object_id", "-pk")
        ):
            found.setdefault(int(version.object_id), version)
        return found

    newest = newest_of(numbers)
    stale = [
        pk
        for pk, number in numbers.items()
        if pk not in newest or kept_number(newest[pk]) != number
    ]
    if stale:
        versioning.record_versions(dict.fromkeys(stale, comment), user)
        newest.update(newest_of(stale))
    return newest


LOCK_VERSION = re.compile(r'"lock_version": (\d+)')


def kept_number(version: Version) -> int | None:
    """The offer's version number a saved version holds, read from its JSON without
    parsing all of it (an offer's version is a few kilobytes; thousands are checked)."""
    found = LOCK_VERSION.search(version.serialized_data)
    return int(found.group(1)) if found else None


def record(job: Job, changes) -> None:
    """`changes`: (action, offer, version before, sheet row or None) of one transaction."""
    JobChange.objects.bulk_create(
        JobChange(
            job=job,
            offer_pk=offer.pk,
            external_id=offer.external_id,
            action=action,
            sheet_row=row,
            version_before=before,
            lock_version_after=None if action == ChangeAction.DELETED else offer.lock_version,
        )
        for action, offer, before, row in changes
    )


def undo(job: Job, *, user, comment: str, progress=None) -> dict:
    """Put back every offer `job` changed (see the module's text); returns the report."""
    changes = list(JobChange.objects.filter(job=job).select_related("version_before__revision"))
    if progress:
        progress.step(gettext_noop("Undoing the changes"), len(changes))
    restored, left = 0, []
    for start in range(0, len(changes), CHUNK):
        chunk = changes[start : start + CHUNK]
        with transaction.atomic():
            current = dict(
                Offer.objects.select_for_update()
                .filter(pk__in=[change.offer_pk for change in chunk])
                .values_list("pk", "lock_version")
            )
            to_delete, to_restore = [], []
            for change in chunk:
                exists = change.offer_pk in current
                if change.action == ChangeAction.DELETED:
                    if exists:
                        left.append(_left(change, _("it exists again: left as it is")))
                    elif change.version_before is None:
                        left.append(_left(change, _("its last version is gone")))
                    else:
                        to_restore.append(change.version_before)
                elif not exists:
                    left.append(_left(change, _("deleted after the job")))
                elif current[change.offer_pk] != change.lock_version_after:
                    left.append(_left(change, _("changed after the job: left as it is")))
                elif change.action == ChangeAction.CREATED:
                    to_delete.append(change.offer_pk)
                elif change.version_before is None:
                    left.append(_left(change, _("its version before the job is gone")))
                else:
                    to_restore.append(change.version_before)
            if to_delete:
                services.delete_offers(
                    offers=Offer.objects.filter(pk__in=to_delete), user=user, comment=comment
                )
            if to_restore:
                services.restore_versions(versions=to_restore, user=user, comment=comment)
            restored += len(to_delete) + len(to_restore)
        if progress:
            progress.advance(start + len(chunk))
    return {"restored": restored, "left": left[:SHOWN], "left_count": len(left)}


def _left(change: JobChange, why: str) -> dict:
    return {
        "row": change.sheet_row,
        "external_id": change.external_id,
        "offer": change.offer_pk,
        "reason": str(why),
    }


def undo_job(job: Job, progress) -> dict:
    """The work of an undo job: undo its parent (a finished import or bulk change)."""
    undone = job.parent
    taking_back = undone is not None and undone.parameters.get("abandoned")
    if undone is None or (undone.status != JobStatus.DONE and not taking_back):
        raise jobs.JobFailed(_("Only a finished job can be undone."))
    if undone.children.filter(kind=job.kind, status=JobStatus.DONE).exclude(pk=job.pk).exists():
        raise jobs.JobFailed(_("This job has already been undone."))
    comment = _("Undone: %(job)s.") % {"job": undone}
    return undo(undone, user=job.created_by, comment=comment, progress=progress)
