from .api import MarkersView, PopupView
from .detail import OfferDetailView, OfferPreviewView
from .finder import HomeView, OfferListView

__all__ = [
    "HomeView",
    "MarkersView",
    "OfferDetailView",
    "OfferListView",
    "OfferPreviewView",
    "PopupView",
]
