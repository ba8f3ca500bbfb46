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


class WayForm(forms.Form):
    """The route form of a location's way page: how, from where, when. A GET form (it works
    without JavaScript); the visitor's own position comes only by POST from the page's
    script, for that one answer (routing.engines: never stored or logged)."""

    mode = forms.ChoiceField(
        label=_("How"),
        choices=[
            ("transit", _("By bus and train")),
            ("bicycle", _("By bicycle")),
            ("foot", _("On foot")),
            ("car", _("By car")),
        ],
        required=False,
        widget=forms.RadioSelect,
    )
    start = forms.CharField(
        label=_("From (a stop, a street and town)"), max_length=200, required=False
    )
    office = forms.TypedChoiceField(
        label=_("or from an office"), required=False, coerce=int, empty_value=None
    )
    leave = forms.ChoiceField(
        label=_("When"),
        choices=[("now", _("Leave now")), ("at", _("Leave at")), ("by", _("Arrive by"))],
        required=False,
    )
    time = forms.TimeField(
        label=_("Time"),
        required=False,
        widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"}),
    )
    latitude = forms.FloatField(
        required=False, min_value=-90, max_value=90, widget=forms.HiddenInput
    )
    longitude = forms.FloatField(
        required=False, min_value=-180, max_value=180, widget=forms.HiddenInput
    )

    def __init__(self, data=None, **kwargs):
        self.offices = active_offices()
        super().__init__(data, **kwargs)
        self.fields["office"].choices = [
            ("", "—"),
            *((pk, office.name) for pk, office in self.offices.items()),
        ]

    @property
    def travel_mode(self) -> str:
        return (self.cleaned_data.get("mode") if self.is_valid() else "") or "transit"
