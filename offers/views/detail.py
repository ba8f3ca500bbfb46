from django.db.models import Prefetch
from django.shortcuts import redirect
from django.utils import timezone
from django.views.generic import DetailView

from offers.cards import decorate
from offers.map_config import map_config
from offers.models import ContactPerson, Offer, OpeningSlot


class OfferDetailView(DetailView):
    template_name = "offers/detail.html"
    context_object_name = "offer"

    def get_queryset(self):
        contacts = ContactPerson.objects.prefetch_related("languages")
        return (
            Offer.objects.public()
            .for_listing()
            .prefetch_related(
                Prefetch("contacts", queryset=contacts),
                Prefetch("provider__contacts", queryset=contacts),
                "target_groups",
            )
        )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            return redirect(self.object.get_absolute_url(), permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        offer = self.object
        decorate([offer], origin=None, now=timezone.now())
        slots = list(offer.opening_slots.all())
        context.update(
            opening_days=[
                (label, [slot for slot in slots if slot.weekday == day])
                for day, label in OpeningSlot.Weekday.choices
                if any(slot.weekday == day for slot in slots)
            ],
            contacts=list(offer.contacts.all()) or list(offer.provider.contacts.all()),
            locations=list(offer.locations.all()),
            has_fallback=any(
                offer.translated(field).is_fallback for field in ("title", "summary", "description")
            ),
            map_config=map_config(),
        )
        return context
