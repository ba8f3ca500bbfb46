from .api import MarkersView, PopupView
from .detail import OfferDetailView
from .finder import HomeView, OfferListView

__all__ = ["HomeView", "MarkersView", "OfferDetailView", "OfferListView", "PopupView"]
