"""The provider admin: providers with their own contact persons, saved through the write path."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from offers import services
from offers.editorial.admin.contacts import ContactInline
from offers.models import Provider


class ProviderContactInline(ContactInline):
    fk_name = "provider"


@admin.register(Provider)
class ProviderAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("name", "phone", "email", "website", "offer_count", "updated")
    search_fields = ("name_de", "name_en", "name_ar", "slug", "email")
    prepopulated_fields = {"slug": ("name_de",)}
    readonly_fields = ("created", "updated")
    inlines = (ProviderContactInline,)

    def save_model(self, request, obj, form, change):
        # Its offers' search texts follow its name (the write path).
        services.save_provider(provider=obj, user=request.user)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n=Count("offers"))

    @admin.display(description=_("offers"), ordering="n")
    def offer_count(self, provider):
        return provider.n
