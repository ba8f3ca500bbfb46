"""The offer page's forms and formsets: a place on the map, opening hours that do not overlap,
and the invariants (offers.services.invariants) checked before anything is saved."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from offers.editorial.admin.widgets import CoordinateMapWidget
from offers.models import Location, OpeningSlot, check_slots_do_not_overlap
from offers.services import invariants


class LocationForm(forms.ModelForm):
    class Meta:
        model = Location
        fields = "__all__"  # noqa: DJ007  (the inline's `fields` decide what is shown)
        widgets = {"latitude": CoordinateMapWidget()}


def kept_forms(formset) -> list:
    """The forms whose rows remain after the save: filled in or saved, and not deleted."""
    return [
        form
        for form in formset.forms
        if form.has_changed() or form.instance.pk
        if not (formset.can_delete and formset._should_delete_form(form))
    ]


class CategoryFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        if not kept_forms(self):
            raise ValidationError(invariants.NO_CATEGORY)


class LocationFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        offer = self.instance
        if not kept_forms(self) and not (offer.available_online or offer.available_by_phone):
            raise ValidationError(invariants.NO_PLACE)


class OpeningSlotForm(forms.ModelForm):
    class Meta:
        model = OpeningSlot
        fields = ("weekday", "opens", "closes")
        widgets = {
            "opens": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "closes": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }


class OpeningSlotFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        slots = [
            form.instance
            for form in self.forms
            if form.is_valid() and form.cleaned_data
            if not (self.can_delete and self._should_delete_form(form))
        ]
        check_slots_do_not_overlap(slots)
