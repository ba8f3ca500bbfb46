"""Texts of offers out to translators and back, as XLIFF 2.0 files (ADR 22; the format itself
is offers/external/xliff.py).

Export: one document per target language; a group per offer carries the fingerprint of the
German text it was made from (`source-version` note), a unit per translated field holds the
German source, the English text as a reference note, and the current translation as target
(if there is one). Import: the whole document is checked first (language pair, offers, fields,
lengths); any problem refuses the whole file, named by line and unit; otherwise every
translation is saved through the write path, one revision per offer, all in one transaction.
A translation made from an older German text than today's is saved but stays marked outdated.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from modeltranslation.utils import build_localized_fieldname

from integrationmap.languages import offered as offered_languages
from offers import jobs, services
from offers.editorial import changesets
from offers.external import xliff
from offers.external.xliff import XliffError, line_message
from offers.models import ChangeAction, JobFileRole, Offer

SOURCE_VERSION = "source-version"
MAX_BYTES = 20 * 1024 * 1024
CHUNK = 250

__all__ = ["ImportResult", "XliffError", "export_xliff", "import_xliff"]


def _text(offer, name: str, language: str) -> str:
    return (getattr(offer, build_localized_fieldname(name, language)) or "").strip()


def export_xliff(offers, language: str) -> bytes:
    """The texts of `offers` to translate into `language`, as an XLIFF 2.0 document."""
    groups = []
    for offer in offers.order_by("pk"):
        units = []
        for name in offer.translated_field_names():
            source = _text(offer, name, "de")
            if not source:
                continue
            english = _text(offer, name, "en")
            units.append(
                xliff.Unit(
                    id=f"offer-{offer.pk}-{name}",
                    name=name,
                    source=source,
                    target=_text(offer, name, language),
                    notes={"reference-en": english} if english and language != "en" else {},
                )
            )
        groups.append(
            xliff.Group(f"offer-{offer.pk}", units, notes={SOURCE_VERSION: offer.source_digest})
        )
    instructions = _(
        "Short sentences and common words: many readers are still learning to read. "
        "Keep names of offices (Jobcenter, Ausländerbehörde) and add a short explanation."
    )
    return xliff.write(
        groups,
        source="de",
        target=language,
        file_id="offers",
        notes={"instructions": instructions},
    )


@dataclass
class ImportResult:
    language: str
    offers: int = 0
    texts: int = 0
    outdated: list[int] = field(default_factory=list)  # made from an older German text


def _check_language_pair(document, languages) -> str:
    target = document.target
    if document.source != "de":
        raise XliffError(
            [line_message(document.line, _('The source language must be German (srcLang="de").'))]
        )
    if target not in offered_languages() or target == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
        message = _("“%(code)s” is not a language this site translates into.") % {"code": target}
        raise XliffError([line_message(document.line, message)])
    if languages is not None and target not in languages:
        message = _("You may not import translations into “%(code)s”.") % {"code": target}
        raise XliffError([line_message(document.line, message)])
    return target


def _plan(document, target: str) -> tuple[dict[int, dict], list[str]]:
    """{offer id: {"texts": {field: text}, "version": …, "line": …}} and the problems."""
    fields = Offer.translated_field_names()
    planned: dict[int, dict] = {}
    problems = []
    for group in document.groups:
        if not group.id.startswith("offer-") or not group.id[6:].isdigit():
            problems.append(
                line_message(group.line, _("unknown group “%(id)s”.") % {"id": group.id})
            )
            continue
        pk = int(group.id[6:])
        entry = planned.setdefault(pk, {"texts": {}, "version": "", "line": group.line})
        entry["version"] = group.notes.get(SOURCE_VERSION, "")
        for unit in group.units:
            if unit.name not in fields or unit.id != f"offer-{pk}-{unit.name}":
                problems.append(
                    line_message(
                        unit.line,
                        _("unit “%(id)s” is not a text of offer %(pk)s.")
                        % {"id": unit.id, "pk": pk},
                    )
                )
            elif unit.inline_codes:
                problems.append(
                    line_message(
                        unit.line,
                        _("unit “%(id)s”: inline codes are not supported; send plain text.")
                        % {"id": unit.id},
                    )
                )
            elif unit.target:
                limit = Offer._meta.get_field(build_localized_fieldname(unit.name, target))
                if limit.max_length and len(unit.target) > limit.max_length:
                    problems.append(
                        line_message(
                            unit.line,
                            _("unit “%(id)s”: %(length)s characters, at most %(limit)s allowed.")
                            % {
                                "id": unit.id,
                                "length": len(unit.target),
                                "limit": limit.max_length,
                            },
                        )
                    )
                else:
                    entry["texts"][unit.name] = unit.target
    return planned, problems


def check_xliff(data: bytes, languages=None):
    """(target language, planned texts per offer, the offers) of a document, every part of it
    checked; XliffError with every problem (named by line) if anything is wrong."""
    if len(data) > MAX_BYTES:
        raise XliffError([_("The file is larger than 20 MB.")])
    document = xliff.read(data)
    target = _check_language_pair(document, languages)
    planned, problems = _plan(document, target)
    offers = Offer.objects.in_bulk(list(planned))
    problems += [
        line_message(entry["line"], _("offer %(pk)s does not exist (any more).") % {"pk": pk})
        for pk, entry in planned.items()
        if pk not in offers
    ]
    if problems:
        raise XliffError(problems)
    return target, {pk: entry for pk, entry in planned.items() if entry["texts"]}, offers


def _save(result: ImportResult, pk, entry, offer, *, user, comment, batch) -> None:
    # Made from today's German text: current (and, if a service had made it, now checked by
    # a person); from an older one, or from none named: still outdated.
    made_from = entry["version"]
    try:
        services.save_translation(
            offer=offer,
            language=result.language,
            texts=entry["texts"],
            made_from=made_from,
            user=user,
            comment=comment,
            batch=batch,
        )
    except ValidationError as error:
        messages = "; ".join(error.messages)
        raise XliffError([line_message(entry["line"], f"{pk}: {messages}")]) from error
    if made_from != offer.german_digest():
        result.outdated.append(pk)
    result.offers += 1
    result.texts += len(entry["texts"])


def _comment(target: str) -> str:
    return _("Translation into %(language)s imported from XLIFF.") % {"language": target}


def import_xliff(data: bytes, user, languages=None) -> ImportResult:
    """Check the whole document, then save every translation in it, or nothing, in one
    transaction. `languages`: the target languages this user may import (None: any the site
    translates into)."""
    target, planned, offers = check_xliff(data, languages)
    result = ImportResult(target)
    with transaction.atomic():
        batch = services.WriteBatch(user=user)
        for pk, entry in planned.items():
            _save(result, pk, entry, offers[pk], user=user, comment=_comment(target), batch=batch)
        batch.finish()
    return result


def import_work(job, progress) -> dict:
    """The work of a translation-import job (ADR 27): the document checked whole, then saved a
    chunk of offers per transaction, each offer's version before kept, so that the job can be
    undone — and is taken back if it fails or is cancelled."""
    name, data = jobs.read_file(job, JobFileRole.UPLOAD)
    languages = job.parameters.get("languages")
    try:
        target, planned, offers = check_xliff(data, languages)
    except XliffError as error:
        raise jobs.JobFailed(
            _("Nothing was imported: correct the file and upload it again."),
            {
                "problems": [str(p) for p in error.problems[:500]],
                "problem_count": len(error.problems),
            },
        ) from error
    result = ImportResult(target)
    pks = list(planned)
    progress.step(gettext_noop("Saving the translations"), len(pks))
    user, comment = job.created_by, _comment(target)
    try:
        for start in range(0, len(pks), CHUNK):
            part = pks[start : start + CHUNK]
            with transaction.atomic():
                before = changesets.versions_now(
                    [offers[pk] for pk in part],
                    comment=_("Before the translation import %(file)s.") % {"file": name},
                    user=user,
                )
                batch = services.WriteBatch(user=user)
                for pk in part:
                    _save(
                        result, pk, planned[pk], offers[pk], user=user, comment=comment, batch=batch
                    )
                batch.finish()
                changesets.record(
                    job,
                    [(ChangeAction.CHANGED, offers[pk], before.get(pk), None) for pk in part],
                )
            progress.advance(start + len(part))
    except BaseException as stop:
        taken_back = changesets.undo(job, user=user, comment=_("Translation import taken back."))
        report = {"taken_back": taken_back["restored"]}
        if isinstance(stop, XliffError):
            stop = _refused(stop)
        jobs.end_after_taking_back(stop, report)
    return {
        "language": target,
        "offers": result.offers,
        "texts": result.texts,
        "outdated": result.outdated[:500],
    }


def _refused(error: XliffError) -> jobs.JobFailed:
    return jobs.JobFailed(
        _("Nothing was imported: correct the file and upload it again."),
        {"problems": [str(p) for p in error.problems[:500]], "problem_count": len(error.problems)},
    )
