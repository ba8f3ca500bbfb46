from django import forms
from django.utils.translation import gettext_lazy as _

from integrationmap.infrastructure.caching import remember

from .models import Office
from .way import office_place


def active_offices() -> dict[int, Office]:
    def build():
        return {office.pk: office for office in Office.objects.active()}

    return remember("offices", build, per_language=False)


class OriginForm(forms.Form):
    """Where routes start: nothing (the planner asks) or an advisor's office. The visitor's
    own position never comes here: the browser fills it into the links (routes.js)."""

    start = forms.TypedChoiceField(
        label=_("Start from an office"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, data=None, **kwargs):
        self.offices = active_offices()
        super().__init__(data, **kwargs)
        self.fields["start"].choices = [
            ("", _("No start: the route planner asks")),
            *((pk, office.name) for pk, office in self.offices.items()),
        ]

    @property
    def office(self) -> Office | None:
        if not self.is_bound or not self.is_valid():
            return None
        return self.offices.get(self.cleaned_data["start"])

    def origin(self):
        return office_place(self.office) if self.office else None
