"""Visitors tell the editors: a problem with an offer's information, or a new offer."""

from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from offers import services
from offers.models import Offer
from offers.public.feedback import (
    OfferSuggestionForm,
    ProblemReportForm,
    client_fingerprint,
    notify_editors,
    too_many,
)


class FeedbackFormView(FormView):
    def form_valid(self, form):
        if too_many(self.request):
            form.add_error(
                None,
                _(
                    "Many messages came from your connection in the last hour. "
                    "Please try again later."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        message = form.save(commit=False)
        self.prepare(message)
        services.receive_feedback(
            message=message, language=get_language(), client=client_fingerprint(self.request)
        )
        notify_editors(self.request, message)
        return redirect("offers:thanks")

    def prepare(self, message):
        pass


class ReportProblemView(FeedbackFormView):
    template_name = "offers/report_problem.html"
    form_class = ProblemReportForm

    def dispatch(self, request, *args, **kwargs):
        self.offer = get_object_or_404(Offer.objects.public(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def prepare(self, message):
        message.offer = self.offer
        message.offer_title = str(self.offer.title_de)[:200]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "offer": self.offer}


class SuggestOfferView(FeedbackFormView):
    template_name = "offers/suggest_offer.html"
    form_class = OfferSuggestionForm


class ThanksView(TemplateView):
    template_name = "offers/thanks.html"
