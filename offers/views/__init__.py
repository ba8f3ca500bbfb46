from .advisors import ContactDirectoryView, OfferTableExport, OfferTableView
from .api import MarkersView, PopupView
from .detail import OfferDetailView, OfferPreviewView
from .feedback import ReportProblemView, SuggestOfferView, ThanksView
from .finder import HomeView, OfferListView
from .pages import PrivacyView
from .shortlist import HandoutView, ShortlistView, short_list

__all__ = [
    "ContactDirectoryView",
    "HandoutView",
    "HomeView",
    "MarkersView",
    "OfferDetailView",
    "OfferListView",
    "OfferPreviewView",
    "OfferTableExport",
    "OfferTableView",
    "PopupView",
    "PrivacyView",
    "ReportProblemView",
    "ShortlistView",
    "SuggestOfferView",
    "ThanksView",
    "short_list",
]
