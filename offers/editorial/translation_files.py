"""Texts of offers out to translators and back, as XLIFF 2.0 (ADR 22).

Export: one XLIFF document per target language; a `<group>` per offer carries the fingerprint
of the German text it was made from (`source-version` note), a `<unit>` per translated field
holds the German source, the English text as a reference note, and the current translation as
target (if there is one). Import: the whole document is checked first (language pair, offers,
fields, lengths); any problem refuses the whole file, named by line and unit; otherwise every
translation is saved in one transaction as a version. A translation made from an older German
text than today's is saved but stays marked outdated.
"""

from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

import reversion
from defusedxml.ElementTree import DefusedXMLParser
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from integrationmap.languages import offered as offered_languages
from offers.models import Offer

NS = "urn:oasis:names:tc:xliff:document:2.0"
Q = f"{{{NS}}}"
SOURCE_VERSION = "source-version"
MAX_BYTES = 20 * 1024 * 1024
ET.register_namespace("", NS)


def export_xliff(offers, language: str) -> bytes:
    """The texts of `offers` to translate into `language`, as an XLIFF 2.0 document."""
    root = ET.Element(f"{Q}xliff", {"version": "2.0", "srcLang": "de", "trgLang": language})
    document = ET.SubElement(root, f"{Q}file", {"id": "offers", "original": "offers"})
    notes = ET.SubElement(document, f"{Q}notes")
    ET.SubElement(notes, f"{Q}note", {"category": "instructions"}).text = _(
        "Short sentences and common words: many readers are still learning to read. "
        "Keep names of offices (Jobcenter, Ausländerbehörde) and add a short explanation."
    )
    for offer in offers.order_by("pk"):
        group = ET.SubElement(document, f"{Q}group", {"id": f"offer-{offer.pk}"})
        group_notes = ET.SubElement(group, f"{Q}notes")
        version = ET.SubElement(group_notes, f"{Q}note", {"category": SOURCE_VERSION})
        version.text = offer.source_digest
        for name in offer.translated_field_names():
            source = (getattr(offer, build_localized_fieldname(name, "de")) or "").strip()
            if not source:
                continue
            unit = ET.SubElement(
                group, f"{Q}unit", {"id": f"offer-{offer.pk}-{name}", "name": name}
            )
            english = (getattr(offer, build_localized_fieldname(name, "en")) or "").strip()
            if english and language != "en":
                unit_notes = ET.SubElement(unit, f"{Q}notes")
                reference = ET.SubElement(unit_notes, f"{Q}note", {"category": "reference-en"})
                reference.text = english
            current = (getattr(offer, build_localized_fieldname(name, language)) or "").strip()
            segment = ET.SubElement(unit, f"{Q}segment")
            segment.set("state", "translated" if current else "initial")
            ET.SubElement(segment, f"{Q}source").text = source
            if current:
                ET.SubElement(segment, f"{Q}target").text = current
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


class XliffError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


class _LineRecorder(ET.TreeBuilder):
    """Remembers the line each element starts on, so that problems name their line."""

    def __init__(self):
        super().__init__()
        self.parser = None
        self.lines = {}

    def start(self, tag, attrs):
        element = super().start(tag, attrs)
        self.lines[element] = self.parser.parser.CurrentLineNumber
        return element


def _parse(data: bytes):
    recorder = _LineRecorder()
    parser = DefusedXMLParser(target=recorder, forbid_dtd=True)
    recorder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as error:
        raise XliffError(
            [_("The file is not readable XML: %(error)s") % {"error": error}]
        ) from error
    except Exception as error:  # defusedxml refuses entities and DTDs
        raise XliffError(
            [_("The file is not allowed XML: %(error)s") % {"error": error}]
        ) from error
    return root, recorder.lines


def _target_text(segment_parent) -> tuple[str, bool]:
    """The translation of a unit: its segments' targets and the text between them, joined
    (translation tools may split a text into sentences); and whether it held inline codes."""
    parts, inline = [], False
    for child in segment_parent:
        if child.tag == f"{Q}segment":
            target = child.find(f"{Q}target")
            if target is not None:
                inline = inline or len(target) > 0
                parts.append("".join(target.itertext()))
            else:
                return "", inline
        elif child.tag == f"{Q}ignorable":
            source = child.find(f"{Q}source")
            parts.append("".join(source.itertext()) if source is not None else "")
    return "".join(parts).strip(), inline


@dataclass
class ImportResult:
    language: str
    offers: int = 0
    texts: int = 0
    outdated: list[int] = field(default_factory=list)  # made from an older German text


def import_xliff(data: bytes, user, languages=None) -> ImportResult:
    """Check the whole document, then save every translation in it, or nothing. `languages`:
    the target languages this user may import (None: any the site translates into)."""
    if len(data) > MAX_BYTES:
        raise XliffError([_("The file is larger than 20 MB.")])
    root, lines = _parse(data)

    def problem(element, message):
        return _("Line %(line)s: %(message)s") % {
            "line": lines.get(element, "?"),
            "message": message,
        }

    if root.tag != f"{Q}xliff" or root.get("version") != "2.0":
        raise XliffError([problem(root, _("This is not an XLIFF 2.0 document."))])
    target = root.get("trgLang", "")
    if root.get("srcLang") != "de":
        raise XliffError([problem(root, _('The source language must be German (srcLang="de").'))])
    if target not in offered_languages() or target == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
        raise XliffError(
            [
                problem(
                    root,
                    _("“%(code)s” is not a language this site translates into.") % {"code": target},
                )
            ]
        )
    if languages is not None and target not in languages:
        message = _("You may not import translations into “%(code)s”.") % {"code": target}
        raise XliffError([problem(root, message)])

    fields = Offer.translated_field_names()
    planned: dict[int, dict] = {}
    problems = []
    for group in root.iter(f"{Q}group"):
        identifier = group.get("id", "")
        if not identifier.startswith("offer-") or not identifier[6:].isdigit():
            problems.append(problem(group, _("unknown group “%(id)s”.") % {"id": identifier}))
            continue
        pk = int(identifier[6:])
        version = group.find(f"{Q}notes/{Q}note[@category='{SOURCE_VERSION}']")
        entry = planned.setdefault(pk, {"texts": {}, "version": "", "element": group})
        entry["version"] = (version.text or "").strip() if version is not None else ""
        for unit in group.iter(f"{Q}unit"):
            name = unit.get("name", "")
            if name not in fields or unit.get("id") != f"offer-{pk}-{name}":
                problems.append(
                    problem(
                        unit,
                        _("unit “%(id)s” is not a text of offer %(pk)s.")
                        % {"id": unit.get("id"), "pk": pk},
                    )
                )
                continue
            text, inline = _target_text(unit)
            if inline:
                problems.append(
                    problem(
                        unit,
                        _("unit “%(id)s”: inline codes are not supported; send plain text.")
                        % {"id": unit.get("id")},
                    )
                )
                continue
            if text:
                entry["texts"][name] = (text, unit)

    offers = Offer.objects.in_bulk(list(planned))
    for pk, entry in planned.items():
        if pk not in offers:
            problems.append(
                problem(entry["element"], _("offer %(pk)s does not exist (any more).") % {"pk": pk})
            )
            continue
        for name, (text, unit) in entry["texts"].items():
            limit = Offer._meta.get_field(build_localized_fieldname(name, target)).max_length
            if limit and len(text) > limit:
                problems.append(
                    problem(
                        unit,
                        _("unit “%(id)s”: %(length)s characters, at most %(limit)s allowed.")
                        % {"id": unit.get("id"), "length": len(text), "limit": limit},
                    )
                )
    if problems:
        raise XliffError(problems)

    result = ImportResult(target)
    with transaction.atomic(), reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(
            _("Translation into %(language)s imported from XLIFF.") % {"language": target}
        )
        for pk, entry in planned.items():
            if not entry["texts"]:
                continue
            offer = offers[pk]
            for name, (text, _unit) in entry["texts"].items():
                setattr(offer, build_localized_fieldname(name, target), text)
            try:
                offer.full_clean()
            except ValidationError as error:
                messages = "; ".join(error.messages)
                raise XliffError([problem(entry["element"], f"{pk}: {messages}")]) from error
            offer.save()  # a person's text: counts as made from today's German
            if entry["version"] == offer.source_digest:
                offer.confirm_translation(target)  # also checks a machine-made text
            else:
                offer.translation_sources = {**offer.translation_sources, target: entry["version"]}
                result.outdated.append(pk)
            offer.save()
            result.offers += 1
            result.texts += len(entry["texts"])
    return result
