"""XLIFF 2.0 (OASIS), the format translation agencies and their tools exchange: documents
written from groups of units, and read back with the line each element starts on, so that
every problem can name its line. Parsed with defusedxml: no entities, no DTDs. Knows nothing
of offers (offers/editorial/translation_files.py does)."""

from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from defusedxml.ElementTree import DefusedXMLParser
from django.utils.translation import gettext as _

NS = "urn:oasis:names:tc:xliff:document:2.0"
Q = f"{{{NS}}}"
ET.register_namespace("", NS)


class XliffError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class Unit:
    id: str
    name: str
    source: str
    target: str = ""
    notes: dict[str, str] = field(default_factory=dict)  # category -> text


@dataclass
class Group:
    id: str
    units: list[Unit]
    notes: dict[str, str] = field(default_factory=dict)


def _notes(parent, notes: dict[str, str]) -> None:
    if notes:
        element = ET.SubElement(parent, f"{Q}notes")
        for category, text in notes.items():
            ET.SubElement(element, f"{Q}note", {"category": category}).text = text


def write(groups, *, source: str, target: str, file_id: str, notes: dict[str, str]) -> bytes:
    """An XLIFF 2.0 document with one <file> of `groups`; a unit without a target is in state
    "initial", one with a target "translated"."""
    root = ET.Element(f"{Q}xliff", {"version": "2.0", "srcLang": source, "trgLang": target})
    document = ET.SubElement(root, f"{Q}file", {"id": file_id, "original": file_id})
    _notes(document, notes)
    for group in groups:
        group_element = ET.SubElement(document, f"{Q}group", {"id": group.id})
        _notes(group_element, group.notes)
        for unit in group.units:
            unit_element = ET.SubElement(
                group_element, f"{Q}unit", {"id": unit.id, "name": unit.name}
            )
            _notes(unit_element, unit.notes)
            segment = ET.SubElement(unit_element, f"{Q}segment")
            segment.set("state", "translated" if unit.target else "initial")
            ET.SubElement(segment, f"{Q}source").text = unit.source
            if unit.target:
                ET.SubElement(segment, f"{Q}target").text = unit.target
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


@dataclass
class ReadUnit:
    id: str
    name: str
    target: str  # the joined targets of its segments ("" if a segment has none)
    inline_codes: bool  # a target held inline markup (<mrk>, <pc> …)
    line: int | str


@dataclass
class ReadGroup:
    id: str
    notes: dict[str, str]
    units: list[ReadUnit]
    line: int | str


@dataclass
class ReadDocument:
    source: str
    target: str
    groups: list[ReadGroup]
    line: int | str


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


def _target_text(unit) -> tuple[str, bool]:
    """The translation of a unit: its segments' targets and the text between them, joined
    (translation tools may split a text into sentences); and whether it held inline codes."""
    parts, inline = [], False
    for child in unit:
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


def _read_notes(element) -> dict[str, str]:
    return {
        note.get("category", ""): (note.text or "").strip()
        for note in element.findall(f"{Q}notes/{Q}note")
    }


def line_message(line, message: str) -> str:
    return _("Line %(line)s: %(message)s") % {"line": line, "message": message}


def read(data: bytes) -> ReadDocument:
    """The document's language pair and its groups with their units (XliffError if it is not
    an XLIFF 2.0 document)."""
    root, lines = _parse(data)
    if root.tag != f"{Q}xliff" or root.get("version") != "2.0":
        raise XliffError(
            [line_message(lines.get(root, "?"), _("This is not an XLIFF 2.0 document."))]
        )
    groups = []
    for group in root.iter(f"{Q}group"):
        units = []
        for unit in group.iter(f"{Q}unit"):
            text, inline = _target_text(unit)
            units.append(
                ReadUnit(
                    unit.get("id", ""), unit.get("name", ""), text, inline, lines.get(unit, "?")
                )
            )
        groups.append(
            ReadGroup(group.get("id", ""), _read_notes(group), units, lines.get(group, "?"))
        )
    return ReadDocument(
        root.get("srcLang", ""), root.get("trgLang", ""), groups, lines.get(root, "?")
    )
