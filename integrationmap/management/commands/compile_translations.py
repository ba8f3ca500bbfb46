"""Compile locale/*/LC_MESSAGES/*.po into .mo files with Babel, so that no machine needs GNU
gettext to run or test the site (`compilemessages` would)."""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand


def po_files():
    for locale_dir in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))


def compile_po(po_path: Path) -> Path:
    mo_path = po_path.with_suffix(".mo")
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, abort_invalid=True)
    with mo_path.open("wb") as mo_file:
        write_mo(mo_file, catalog, use_fuzzy=False)
    return mo_path


class Command(BaseCommand):
    help = "Compile the project's .po translation files to .mo (pure Python, no gettext)."

    def handle(self, *args, **options):
        count = 0
        for po_path in po_files():
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            compile_po(po_path)
            count += 1
        self.stdout.write(f"Compiled {count} translation file(s).")
