"""User accounts with their editorial scope (municipalities, translation languages)."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from offers.models import EditorScope


class EditorScopeForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("translation languages"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Translators change only the texts in these languages."),
    )

    class Meta:
        model = EditorScope
        fields = ("municipalities", "languages")
        widgets = {"municipalities": forms.CheckboxSelectMultiple}


class EditorScopeInline(admin.StackedInline):
    model = EditorScope
    form = EditorScopeForm
    can_delete = False
    verbose_name_plural = _("editorial scope (municipality editors and translators)")


admin.site.unregister(User)


@admin.register(User)
class EditorialUserAdmin(UserAdmin):
    inlines = (EditorScopeInline,)
    list_display = ("username", "email", "first_name", "last_name", "is_staff", "group_names")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("roles"))
    def group_names(self, user):
        return ", ".join(group.name for group in user.groups.all())
