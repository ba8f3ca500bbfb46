"""Translated texts edited side by side: each translated field is one line with the German
text and one chosen target language beside it (as translation tools show them), instead of
one tab per field and language. The inputs say their language and direction (`lang`, `dir`),
so Arabic, Farsi and Pashto are written right to left."""

from django.utils.text import capfirst
from django.utils.translation import get_language_info
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from modeltranslation.utils import build_localized_fieldname

from integrationmap.languages import SOURCE_LANGUAGE, bidi_codes
from offers.editorial.admin.translations import target_languages

# The target language comes from the link the editor chose (?lang=), is kept for their next
# forms in the session, and travels with the form it was shown in: a save builds the same
# fields as the page showed, even if another tab chose another language meanwhile (a field
# missing from the posted data would otherwise be saved as empty).
PARAMETER = "lang"
FORM_FIELD = "_editing_language"
SESSION_KEY = "editing_language"
DEFAULT = "en"


def editing_language(request) -> str | None:
    """The target language of this request's forms; None when the user has none."""
    cached = getattr(request, "_editing_language", False)
    if cached is not False:
        return cached
    choices = target_languages(request.user)
    candidates = [request.GET.get(PARAMETER), request.session.get(SESSION_KEY)]
    if request.method == "POST":
        candidates.insert(0, request.POST.get(FORM_FIELD))
    chosen = next((code for code in candidates if code in choices), None)
    if chosen is None and choices:
        chosen = DEFAULT if DEFAULT in choices else choices[0]
    if request.GET.get(PARAMETER) == chosen and chosen is not None:
        request.session[SESSION_KEY] = chosen
    request._editing_language = chosen
    return chosen


def language_links(request, states=None) -> list[dict]:
    """The target languages as links that keep the page's other parameters, each with the
    offer's translation state when one is given ({code: (state, label)})."""
    current = editing_language(request)
    links = []
    for code in target_languages(request.user):
        query = request.GET.copy()
        query[PARAMETER] = code
        state, label = (states or {}).get(code, ("", ""))
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_translated"],
                "url": f"?{query.urlencode()}",
                "current": code == current,
                "state": state,
                "state_label": label,
            }
        )
    return links


class SideBySideFields:
    """Mixin for modeltranslation's admins and inlines (before them in the bases)."""

    def _localized_to_original(self) -> dict[str, str]:
        return {
            localized.name: original
            for original, localized_fields in self.trans_opts.all_fields.items()
            for localized in localized_fields
        }

    def _side_by_side(self, names, target: str | None) -> list:
        """Each translated field (named as such or by one of its language columns) becomes
        one line: German, then the target language; other names stay as they are."""
        originals = self._localized_to_original()
        lines, done = [], set()
        for name in names:
            if not isinstance(name, str):  # a line of several fields, kept as declared
                lines.append(name)
                continue
            original = name if name in self.trans_opts.all_fields else originals.get(name)
            if original is None:
                lines.append(name)
                continue
            if original in done:
                continue
            done.add(original)
            line = [build_localized_fieldname(original, SOURCE_LANGUAGE)]
            if target is not None:
                line.append(build_localized_fieldname(original, target))
            lines.append(tuple(line) if len(line) > 1 else line[0])
        return lines

    def _declared_lines(self, request, obj):
        if self.fieldsets:
            return [(name, dict(options)) for name, options in self.fieldsets]
        if self.fields:
            return [(None, {"fields": list(self.fields)})]
        return [(None, {"fields": self._all_field_names(request, obj)})]

    def get_fieldsets(self, request, obj=None):
        target = editing_language(request)
        fieldsets = []
        for name, options in self._declared_lines(request, obj):
            classes = tuple(options.get("classes", ()))
            fields = self._side_by_side(options["fields"], target)
            if any(isinstance(line, tuple) for line in fields):
                classes += ("side-by-side",)
            fieldsets.append((name, {**options, "fields": fields, "classes": classes}))
        return fieldsets

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        language = getattr(db_field, "language", None)
        if field is not None and language is not None:
            original = db_field.translated_field
            field.label = "{} ({})".format(
                capfirst(original.verbose_name), get_language_info(language)["name_translated"]
            )
            if language != SOURCE_LANGUAGE:
                field.help_text = ""  # the German field beside it says how to write the text
            widget = self._get_widget_from_field(field)
            widget.attrs["lang"] = language
            widget.attrs["dir"] = "rtl" if language in bidi_codes() else "ltr"
        return field


class SideBySideTranslationAdmin(SideBySideFields, TranslationAdmin):
    """A model admin whose translated fields show German and the chosen target language."""

    def _all_field_names(self, request, obj):
        form = self.get_form(request, obj, fields=None)
        return [*form.base_fields, *self.get_readonly_fields(request, obj)]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = {
            "editing_language": editing_language(request),
            "editing_language_field": FORM_FIELD,
            "language_links": language_links(request, self.translation_states(request, object_id)),
            **(extra_context or {}),
        }
        return super().changeform_view(request, object_id, form_url, extra_context)

    def translation_states(self, request, object_id) -> dict:
        """Per target language (state, label) for the object being changed; none by default."""
        return {}


class SideBySideStackedInline(SideBySideFields, TranslationStackedInline):
    def _all_field_names(self, request, obj):
        form = self.get_formset(request, obj, fields=None).form
        return [*form.base_fields, *self.get_readonly_fields(request, obj)]
