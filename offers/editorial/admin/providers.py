"""The provider admin: providers with their own contact persons, saved through the write path.
A municipality editor changes only providers whose offers all take place in their towns;
one shared with other towns is shown read-only, with a form to propose a change to the
editorial team."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from reversion.admin import VersionAdmin

from offers import services
from offers.editorial.admin.contacts import ContactInline
from offers.editorial.admin.side_by_side import SideBySideTranslationAdmin
from offers.models import Provider
from offers.roles import may_change_provider, scope_of


class ProviderContactInline(ContactInline):
    fk_name = "provider"


class ProposalForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("What should change?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=1800,
        help_text=gettext_lazy("E.g. “The phone number is now 02237 12-34.”"),
    )


@admin.register(Provider)
class ProviderAdmin(VersionAdmin, SideBySideTranslationAdmin):
    list_display = ("name", "phone", "email", "website", "offer_count", "updated")
    search_fields = ("name_de", "name_en", "name_ar", "slug", "email")
    prepopulated_fields = {"slug": ("name_de",)}
    readonly_fields = ("created", "updated")
    inlines = (ProviderContactInline,)
    change_form_template = "admin/offers/provider/change_form.html"

    def save_model(self, request, obj, form, change):
        # Its offers' search texts follow its name (the write path).
        services.save_provider(provider=obj, user=request.user)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n=Count("offers"))

    @admin.display(description=gettext_lazy("offers"), ordering="n")
    def offer_count(self, provider):
        return provider.n

    def _shared(self, request, provider) -> bool:
        """Whether the user may change providers but not this one (it has offers elsewhere)."""
        return (
            provider is not None
            and super().has_change_permission(request, provider)
            and not may_change_provider(scope_of(request.user), provider)
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self._shared(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._shared(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        provider = self.get_object(request, object_id)
        extra_context = {**(extra_context or {}), "shared": self._shared(request, provider)}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        propose = self.admin_site.admin_view(self.propose_view)
        return [
            path("<int:pk>/propose/", propose, name="offers_provider_propose"),
            *super().get_urls(),
        ]

    def propose_view(self, request, pk):
        provider = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self._shared(request, provider):
            raise PermissionDenied
        form = ProposalForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.propose_change(
                subject=_("Provider “%(name)s”") % {"name": provider},
                message=form.cleaned_data["message"],
                user=request.user,
                language=get_language() or "",
            )
            self.message_user(
                request,
                _("Your proposal was sent to the editorial team's queue."),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:offers_provider_change", args=[pk]))
        return TemplateResponse(
            request,
            "admin/offers/provider/propose.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Propose a change to “%(name)s”") % {"name": provider},
                "provider": provider,
                "form": form,
            },
        )
