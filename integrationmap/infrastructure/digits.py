"""Digits as the public site shows them in each language (`settings.LANGUAGE_DIGITS`): Latin
0–9 unless a language is set to Persian ۰–۹ ("arabext") or Arabic-Indic ٠–٩ ("arab").

Numbers reach a page from many places (counts, distances, times, dates, translations), so
the finished HTML page is converted in one place, its text only: never attributes (links,
`tel:` numbers, form values), scripts and data blocks, styles, form fields, or anything
marked `translate="no"` (names, streets and house numbers as written on the door). Page
scripts format their numbers with the same numbering system (finder_config `digits`)."""

from html.parser import HTMLParser

from django.conf import settings
from django.utils.translation import get_language

DIGIT_SETS = {"arabext": "۰۱۲۳۴۵۶۷۸۹", "arab": "٠١٢٣٤٥٦٧٨٩"}
NUMBERING_SYSTEMS = ("latn", *DIGIT_SETS)
# Elements whose text is never converted; void elements never hold text.
SKIPPED = frozenset({"script", "style", "textarea", "code", "pre", "svg"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})  # fmt: skip


def numbering_system(language: str | None = None) -> str:
    return settings.LANGUAGE_DIGITS.get(language or get_language() or "", "latn")


class _DigitRewriter(HTMLParser):
    def __init__(self, table):
        super().__init__(convert_charrefs=False)
        self.table = table
        self.out = []
        self.skipping = []  # tags of open elements whose text stays as it is

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in VOID:
            return
        if self.skipping or tag in SKIPPED or ("translate", "no") in attrs:
            self.skipping.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        elif tag in self.skipping:  # a missing end tag inside: close up to this one
            while self.skipping and self.skipping.pop() != tag:
                pass

    def handle_data(self, data):
        self.out.append(data if self.skipping else data.translate(self.table))

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def with_digits(html: str, system: str) -> str:
    """`html` with the digits of its text in `system`."""
    digits = DIGIT_SETS.get(system)
    if digits is None:
        return html
    rewriter = _DigitRewriter(str.maketrans("0123456789", digits))
    rewriter.feed(html)
    rewriter.close()
    return "".join(rewriter.out)


class DigitsMiddleware:
    """Converts the digits of public HTML pages in languages set to other digits than
    Latin; does nothing (and costs nothing) for the others."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        system = numbering_system()
        if (
            system == "latn"
            or response.streaming
            or not response.get("Content-Type", "").startswith("text/html")
            or request.path.startswith(f"/{settings.ADMIN_URL}")
        ):
            return response
        response.content = with_digits(response.content.decode(response.charset), system)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
