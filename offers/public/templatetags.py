"""Template helpers for the public pages: honest translations, pictograms, languages, numbers."""

import json
import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from integrationmap.languages import CONTENT_LANGUAGES, SOURCE_LANGUAGE
from offers.public.icons import sprite_name, sprite_url
from offers.public.structured_data import offer_json_ld

register = template.Library()


def _wrap(text, language, tag, fallback_note):
    """Text in another language than the page's gets its own lang and dir, so that screen
    readers switch voice, plus a short note when asked for."""
    info = get_language_info(language)
    direction = "rtl" if info["bidi"] else "ltr"
    note = ""
    if fallback_note:
        note = format_html(
            ' <span class="fallback-note" lang="{}">({})</span>',
            get_language(),
            _("not yet translated"),
        )
    return format_html(
        '<{} lang="{}" dir="{}">{}</{}>{}', tag, language, direction, text, tag, note
    )


@register.simple_tag
def tr(obj, field_name, note=False):
    """A translated field inline, e.g. {% tr offer "title" %}; marked when it falls back."""
    value = obj.translated(field_name)
    if not value.is_fallback:
        return value.text
    return _wrap(value.text, value.language, "span", note)


@register.simple_tag
def door_name(obj, field_name="name"):
    """A provider's or a place's name as written on the door (in German, the source
    language), with the page language's own translation beside it where one exists — never
    instead of it: the reader has to find the sign."""
    original = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE), None)
    original = original or getattr(obj, field_name, "") or ""
    html = format_html('<bdi class="door-name" lang="{}" translate="no">{}</bdi>',
                       SOURCE_LANGUAGE, original)  # fmt: skip
    if get_language() != SOURCE_LANGUAGE:
        value = obj.translated(field_name)
        if not value.is_fallback and value.text and value.text != original:
            html += format_html(' <span class="name-translation">({})</span>', value.text)
    return html


@register.filter
def text_of(obj, field_name):
    """A translated field as plain text (for <title> and attributes)."""
    return obj.translated(field_name).text


@register.simple_tag
def tr_block(obj, field_name, note=True):
    """A translated long text as paragraphs, marked when it falls back."""
    value = obj.translated(field_name)
    # linebreaks() escapes the text itself (autoescape=True) before adding <p> and <br>.
    paragraphs = mark_safe(linebreaks(value.text, autoescape=True))
    if not value.is_fallback:
        return paragraphs
    return _wrap(paragraphs, value.language, "div", note)


@register.simple_tag
def icon(name, label=""):
    """A pictogram from the vendored sprite; decorative unless a label is given."""
    href = f"{sprite_url()}#{sprite_name(name)}"
    if label:
        return format_html(
            '<svg class="icon" role="img" aria-label="{}"><use href="{}"></use></svg>', label, href
        )
    return format_html(
        '<svg class="icon" aria-hidden="true" focusable="false"><use href="{}"></use></svg>', href
    )


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every site language (same path and filters)."""
    request = context["request"]
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "bidi": info["bidi"],
                "url": translate_url(request.get_full_path(), code),
                "absolute_url": request.build_absolute_uri(
                    translate_url(request.get_full_path(), code)
                ),
                "current": code == current,
            }
        )
    return links


@register.filter
def machine_translated_here(offer) -> bool:
    """The offer's texts in the page's language came from a translation service and no editor
    has checked them yet."""
    return offer.is_machine_translated(get_language())


@register.simple_tag
def speech_tags():
    """{language: BCP 47 tag of speech-synthesis voices} as JSON, for read-aloud.js."""
    return json.dumps({language.code: language.speech for language in CONTENT_LANGUAGES})


@register.filter
def bdi(value):
    """Text of unknown direction (names, sources) isolated inside a sentence, so that Latin
    text keeps its order in an Arabic sentence and the other way round."""
    return format_html("<bdi>{}</bdi>", value)


@register.filter
def tel_href(phone: str) -> str:
    """'0221 4710-123' -> 'tel:02214710123' (digits and a leading +)."""
    digits = re.sub(r"[^\d+]", "", phone or "")
    return f"tel:{digits[:1]}{digits[1:].replace('+', '')}"


@register.filter
def km(distance) -> str:
    if distance is None:
        return ""
    if distance < 1:
        return _("%(metres)s m") % {"metres": number_format(round(distance * 1000, -1), 0)}
    rounded = round(float(distance), 1)
    decimals = 0 if rounded.is_integer() else 1
    return _("%(km)s km") % {"km": number_format(rounded, decimals)}


@register.filter
def hhmm(value) -> str:
    return value.strftime("%H:%M") if value else ""


# Lists in Arabic script take the Arabic comma.
LIST_SEPARATORS = {"ar": "، ", "fa": "، ", "ps": "، "}


def list_separator() -> str:
    return LIST_SEPARATORS.get(get_language() or "", ", ")


@register.simple_tag
def list_sep() -> str:
    """The separator of a list's items in the page's language: ", " or the Arabic "، "."""
    return list_separator()


@register.filter
def joined(items) -> str:
    """Items as one text, separated as the page's language separates a list."""
    return list_separator().join(str(item) for item in items)


@register.filter
def joined_bdi(items):
    """Items each isolated (<bdi>: a German town name inside an Arabic line keeps its own
    direction), separated as the page's language separates a list."""
    return format_html_join(list_separator(), "<bdi>{}</bdi>", ((item,) for item in items))


@register.filter
def weekday_name(number) -> str:
    """0 → "Monday", in the page's language."""
    from offers.models import OpeningSlot

    return str(OpeningSlot.Weekday(number).label) if number is not None else ""


# What json_script escapes, so that no text can close the script element.
JSON_IN_HTML = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def structured_data(context, offer):
    """schema.org JSON-LD (a data block: not run as a script, so the CSP allows it)."""
    request = context["request"]
    data = offer_json_ld(offer, request.build_absolute_uri(offer.get_absolute_url()))
    text = json.dumps(data, ensure_ascii=False).translate(JSON_IN_HTML)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')
