"""Admins for the vocabulary offers refer to: categories, target groups, languages, towns."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from offers import jobs, services
from offers.editorial import tasks
from offers.models import (
    Category,
    DemoDataset,
    JobKind,
    Language,
    LinkCheck,
    Municipality,
    SearchTerm,
    TargetGroup,
)
from offers.search import normalise


class SearchTermInline(admin.TabularInline):
    """A topic's search terms on its page, in every language."""

    model = SearchTerm
    fields = ("text", "language", "checked")
    extra = 1
    ordering = ("language", "folded")


@admin.register(Category)
class CategoryAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("name", "parent", "slug", "icon", "colour", "sort_order", "offer_count")
    list_filter = ("parent",)
    list_editable = ("sort_order",)
    search_fields = ("name_de", "name_en", "name_ar", "slug")
    prepopulated_fields = {"slug": ("name_de",)}
    ordering = ("sort_order", "slug")
    inlines = (SearchTermInline,)

    def get_queryset(self, request):
        return (
            super().get_queryset(request).select_related("parent").annotate(n=Count("offer_links"))
        )

    @admin.display(description=_("offers"), ordering="n")
    def offer_count(self, category):
        return category.n


@admin.register(TargetGroup)
class TargetGroupAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "sort_order")
    list_editable = ("sort_order",)
    search_fields = ("name_de", "name_en", "name_ar")
    prepopulated_fields = {"slug": ("name_de",)}


@admin.register(Language)
class LanguageAdmin(TabbedTranslationAdmin):
    list_display = ("code", "name", "native_name", "sort_order")
    list_editable = ("sort_order",)
    search_fields = ("code", "name_de", "name_en", "name_ar", "native_name")


@admin.register(Municipality)
class MunicipalityAdmin(VersionAdmin):
    list_display = ("name", "official_key", "latitude", "longitude")
    search_fields = ("name", "official_key")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(DemoDataset)
class DemoDatasetAdmin(admin.ModelAdmin):
    list_display = ("__str__", "loaded")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(LinkCheck)
class LinkCheckAdmin(admin.ModelAdmin):
    """Results of the link check (read-only): nightly `manage.py check_links`, or a job an
    editor starts from this list."""

    list_display = ("url", "ok", "status_code", "error", "checked")
    list_filter = ("ok",)
    search_fields = ("url",)
    change_list_template = "admin/offers/linkcheck/change_list.html"

    def get_urls(self):
        start = self.admin_site.admin_view(require_POST(self.start_view))
        return [path("check/", start, name="offers_linkcheck_start"), *super().get_urls()]

    def start_view(self, request):
        if not request.user.has_perm("offers.change_offer"):
            raise PermissionDenied
        job = jobs.start(
            task=tasks.check_links,
            kind=JobKind.LINK_CHECK,
            title=gettext("All web addresses"),
            user=request.user,
        )
        return redirect(job)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SearchTerm)
class SearchTermAdmin(admin.ModelAdmin):
    """The words people type for topics, target groups and towns (offers/query_words.py)."""

    list_display = ("text", "language", "category", "target_group", "municipality", "checked")
    list_filter = ("checked", "language", "category", "target_group", "municipality")
    search_fields = ("text", "folded")
    list_select_related = ("category", "target_group", "municipality")
    fields = ("text", "language", "category", "target_group", "municipality", "checked")
    actions = ("mark_checked",)

    def get_search_results(self, request, queryset, search_term):
        # The folded form finds «پزشك» for «پزشک» and "Aerztin" for "Ärztin".
        found, duplicates = super().get_search_results(request, queryset, search_term)
        if search_term:
            found |= queryset.filter(folded__contains=normalise(search_term))
        return found, duplicates

    def get_urls(self):
        add = self.admin_site.admin_view(require_POST(self.add_unfound_view))
        return [
            path("add-unfound/", add, name="offers_searchterm_add_unfound"),
            *super().get_urls(),
        ]

    def add_unfound_view(self, request):
        """From the start page: a word people looked for becomes a topic's search term."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        category = Category.objects.filter(pk=request.POST.get("category") or None).first()
        query = request.POST.get("query", "")[:100]
        language = request.POST.get("language", "")[:8]
        if category is None or not query.strip():
            self.message_user(request, gettext("Choose a topic for the word."), messages.ERROR)
            return redirect("admin:index")
        try:
            services.add_search_term(query=query, language=language, category=category)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            self.message_user(
                request,
                gettext("“%(word)s” now finds the offers of “%(topic)s”.")
                % {"word": query, "topic": category},
                messages.SUCCESS,
            )
        return redirect("admin:index")

    @admin.action(description=_("Mark the chosen search terms as checked"))
    def mark_checked(self, request, queryset):
        count = queryset.update(checked=True)
        self.message_user(
            request,
            ngettext(
                "%(count)d search term is marked as checked.",
                "%(count)d search terms are marked as checked.",
                count,
            )
            % {"count": count},
        )
