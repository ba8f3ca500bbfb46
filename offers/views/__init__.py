from .api import MarkersView, PopupView
from .detail import OfferDetailView, OfferPreviewView
from .feedback import ReportProblemView, SuggestOfferView, ThanksView
from .finder import HomeView, OfferListView

__all__ = [
    "HomeView",
    "MarkersView",
    "OfferDetailView",
    "OfferListView",
    "OfferPreviewView",
    "PopupView",
    "ReportProblemView",
    "SuggestOfferView",
    "ThanksView",
]
