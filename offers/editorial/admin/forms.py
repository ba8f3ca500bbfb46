from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from offers.editorial.admin.widgets import CoordinateMapWidget
from offers.models import Location, OpeningSlot, check_slots_do_not_overlap


class LocationForm(forms.ModelForm):
    class Meta:
        model = Location
        fields = "__all__"  # noqa: DJ007  (the inline's `fields` decide what is shown)
        widgets = {"latitude": CoordinateMapWidget()}


class LocationFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        offer = self.instance
        kept = [
            form
            for form in self.forms
            if form.has_changed() or form.instance.pk
            if not (self.can_delete and self._should_delete_form(form))
        ]
        if not kept and not (offer.available_online or offer.available_by_phone):
            raise ValidationError(
                _("Add at least one location, or mark the offer as available online or by phone.")
            )


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
