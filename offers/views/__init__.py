from .advisors import ContactDirectoryView, OfferTableExport, OfferTableView
from .api import MarkersView, PopupView
from .detail import OfferDetailView, OfferPreviewView
from .feedback import ReportProblemView, SuggestOfferView, ThanksView
from .finder import HomeView, OfferListView
from .open_api import OfferListJSON, OffersGeoJSON, openapi_document
from .pages import ManifestView, OfflineView, PrivacyView
from .shortlist import HandoutView, ShortlistView, short_list

__all__ = [
    "ContactDirectoryView",
    "HandoutView",
    "HomeView",
    "ManifestView",
    "MarkersView",
    "OfferDetailView",
    "OfferListJSON",
    "OfferListView",
    "OfferPreviewView",
    "OfferTableExport",
    "OfferTableView",
    "OffersGeoJSON",
    "OfflineView",
    "PopupView",
    "PrivacyView",
    "ReportProblemView",
    "ShortlistView",
    "SuggestOfferView",
    "ThanksView",
    "openapi_document",
    "short_list",
]
