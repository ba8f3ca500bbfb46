"""The interface catalogues: complete, consistent, and compiled."""

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from integrationmap.management.commands.compile_translations import po_files

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")
CATALOGUES = list(po_files())


def placeholders(text: str) -> set[str]:
    return {a or b for a, b in PLACEHOLDER.findall(text)}


def read(path: Path):
    with path.open("rb") as po_file:
        return read_po(po_file)


def test_every_non_english_interface_language_has_a_catalogue():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert languages == {code for code, _name in settings.LANGUAGES} - {"en"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_every_message_is_translated_with_the_same_placeholders(path):
    catalog = read(path)
    assert catalog.num_plurals >= 1
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert "fuzzy" not in message.flags, f"fuzzy: {ids[0]!r}"
        assert all(strings), f"untranslated in {path.parts[-3]}: {ids[0]!r}"
        expected = placeholders(ids[-1])
        if len(strings) == 1:
            assert placeholders(strings[0]) == expected, f"{ids[0]!r} -> {strings[0]!r}"
        else:
            # A plural form for exactly one, two or no items ("عرض واحد") may leave out the
            # count, but no form may use a placeholder the code does not pass.
            for text in strings:
                assert placeholders(text) <= expected, f"{ids[0]!r} -> {text!r}"
            assert placeholders(strings[-1]) == expected, f"{ids[0]!r} -> {strings[-1]!r}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_compiled_catalogue_matches_the_po_file(path):
    mo_path = path.with_suffix(".mo")
    assert mo_path.exists(), "run `manage.py compile_translations` (make test does)"
    with mo_path.open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    for message in read(path):
        if message.id and not isinstance(message.id, tuple):
            found = (
                compiled.pgettext(message.context, message.id)
                if message.context
                else compiled.gettext(message.id)
            )
            assert found == message.string, "stale .mo file: run `manage.py compile_translations`"
