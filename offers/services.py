"""Writes that change offers on an editor's behalf. Each change is validated with
full_clean() and recorded as a version (django-reversion) with the editor and a comment."""

import datetime
from dataclasses import dataclass, field

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from offers.external.machine_translation import TranslationServiceError, translate

from .models import Offer, OfferStatus


@dataclass
class BulkResult:
    changed: list[Offer] = field(default_factory=list)
    refused: list[tuple[Offer, str]] = field(default_factory=list)


def _save_each(offers, user, comment: str, change) -> BulkResult:
    result = BulkResult()
    for offer in offers:
        try:
            with transaction.atomic(), reversion.create_revision():
                change(offer)
                offer.full_clean()
                offer.save()
                reversion.set_user(user)
                reversion.set_comment(comment)
        except ValidationError as error:
            result.refused.append((offer, "; ".join(error.messages)))
        else:
            result.changed.append(offer)
    return result


def set_status(offers, status: OfferStatus, user) -> BulkResult:
    def change(offer):
        offer.status = status

    comment = _("Status set to “%(status)s”.") % {"status": OfferStatus(status).label}
    return _save_each(offers.exclude(status=status), user, comment, change)


def mark_verified(offers, user, day: datetime.date | None = None) -> BulkResult:
    day = day or timezone.localdate()

    def change(offer):
        offer.last_verified = day
        offer.verified_by = user

    comment = _("Marked as verified on %(day)s.") % {"day": day.isoformat()}
    return _save_each(offers, user, comment, change)


def confirm_translation(offers, language: str, user) -> BulkResult:
    """The translations into `language` still fit the German texts as they are now."""

    def change(offer):
        offer.confirm_translation(language)

    comment = _("Translation into %(language)s confirmed as current.") % {"language": language}
    return _save_each(offers.needing_translation_review(language), user, comment, change)


def record_deletion(offers, user) -> None:
    """A last version of each offer (with its places, people and hours) before it is
    deleted, so that "Recover deleted offers" in the admin can bring it back."""
    with reversion.create_revision():
        for offer in offers:
            reversion.add_to_revision(offer)
        reversion.set_user(user)
        reversion.set_comment(_("Deleted."))


@dataclass
class MachineTranslationResult(BulkResult):
    stopped: str = ""  # why the service stopped answering; the offers after it are untouched


def machine_translate(offers, language: str, user, service) -> MachineTranslationResult:
    """Fill the empty texts of `offers` in `language` from their German texts through the
    translation `service`. Texts people wrote are never replaced. What the service writes is
    marked machine-translated (shown with a note) until an editor checks it."""
    result = MachineTranslationResult()
    comment = _("Machine-translated into %(language)s by %(service)s; not yet checked.") % {
        "language": language,
        "service": service.name,
    }
    for offer in offers:
        fields = [
            name
            for name in offer.translated_field_names()
            if (getattr(offer, f"{name}_de", "") or "").strip()
            and not (getattr(offer, f"{name}_{language}", "") or "").strip()
        ]
        if not fields:
            continue
        try:
            texts = translate(service, [getattr(offer, f"{name}_de") for name in fields], "de",
                              language)  # fmt: skip
        except TranslationServiceError as error:
            result.stopped = str(error)
            break

        def change(offer, texts=texts, fields=fields):
            for name, text in zip(fields, texts, strict=True):
                setattr(offer, f"{name}_{language}", text)
            offer._written_by_machine = {language}

        saved = _save_each([offer], user, comment, change)
        result.changed += saved.changed
        result.refused += saved.refused
    return result
