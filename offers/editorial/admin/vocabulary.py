"""Admins for the vocabulary offers refer to: categories, target groups, languages, towns."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from offers.models import Category, DemoDataset, Language, LinkCheck, Municipality, TargetGroup


@admin.register(Category)
class CategoryAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("name", "parent", "slug", "icon", "colour", "sort_order", "offer_count")
    list_filter = ("parent",)
    list_editable = ("sort_order",)
    search_fields = ("name_de", "name_en", "name_ar", "slug")
    prepopulated_fields = {"slug": ("name_de",)}
    ordering = ("sort_order", "slug")

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
    """Results of `manage.py check_links` (read-only)."""

    list_display = ("url", "ok", "status_code", "error", "checked")
    list_filter = ("ok",)
    search_fields = ("url",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
