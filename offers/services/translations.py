"""Writing translations of offers: a translator's or a service's texts in one language, and
"the translation still fits the German text". Each goes through `save_offer`."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from offers.external.machine_translation import Service, TranslationServiceError, translate
from offers.models import Offer

from .batch import WriteBatch
from .offers import BulkResult, change_each, save_offer


def save_translation(
    *,
    offer: Offer,
    language: str,
    texts: dict[str, str],
    made_from: str,
    by_machine: bool = False,
    user=None,
    comment: str = "",
    batch: WriteBatch | None = None,
) -> Offer:
    """Save the offer's `texts` ({field: text}) in `language` (see `set_translation`)."""
    set_translation(offer, language, texts, made_from=made_from, by_machine=by_machine)
    return save_offer(offer=offer, user=user, comment=comment, batch=batch)


def set_translation(
    offer: Offer, language: str, texts: dict[str, str], *, made_from: str, by_machine: bool
) -> None:
    """Put `texts` into the offer (not yet saved). `made_from`: the fingerprint of the German
    text they translate (older than today's: the translation stays marked outdated);
    `by_machine`: a translation service wrote them (shown as unchecked until checked)."""
    for name, text in texts.items():
        setattr(offer, build_localized_fieldname(name, language), text)
    offer.record_translation(language, made_from=made_from, by_machine=by_machine)


def confirm_translation(*, offers, language: str, user) -> BulkResult:
    """The translations into `language` still fit the German texts as they are now (and, where
    a service made them, an editor has checked them)."""
    comment = _("Translation into %(language)s confirmed as current.") % {"language": language}
    return change_each(
        offers.needing_translation_review(language),
        user=user,
        comment=comment,
        change=lambda offer: offer.confirm_translation(language),
    )


@dataclass
class MachineTranslationResult(BulkResult):
    stopped: str = ""  # why the service stopped answering; the offers after it are untouched


def machine_translate(*, offers, language: str, user, service: Service) -> MachineTranslationResult:
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
            texts = translate(
                service, [getattr(offer, f"{name}_de") for name in fields], "de", language
            )
        except TranslationServiceError as error:
            result.stopped = str(error)
            break
        made = dict(zip(fields, texts, strict=True))
        saved = change_each(
            [offer],
            user=user,
            comment=comment,
            change=lambda offer, made=made: set_translation(
                offer, language, made, made_from=offer.german_digest(), by_machine=True
            ),
        )
        result.changed += saved.changed
        result.refused += saved.refused
    return result
