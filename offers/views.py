from django.views.generic import TemplateView

from .models import Category, Offer


class HomeView(TemplateView):
    template_name = "offers/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            areas=Category.objects.areas(), offer_count=Offer.objects.public().count(), **kwargs
        )
