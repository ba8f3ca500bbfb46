"""The public site's views, one module per part of the site."""

from .advisors import ContactDirectoryView, OfferTableExport, OfferTableView
from .feedback import ReportProblemView, SuggestOfferView, ThanksView
from .finder import HomeView, OfferListView
from .map import MarkersView, PopupView
from .offer import OfferDetailView, OfferPreviewView
from .pages import ManifestView, OfflineView, PrivacyView
from .shortlist import HandoutView, SharedListView, ShortlistView, short_list
from .site_files import robots_txt, service_worker
from .way import WayView

__all__ = [
    "ContactDirectoryView",
    "HandoutView",
    "HomeView",
    "ManifestView",
    "MarkersView",
    "OfferDetailView",
    "OfferListView",
    "OfferPreviewView",
    "OfferTableExport",
    "OfferTableView",
    "OfflineView",
    "PopupView",
    "PrivacyView",
    "ReportProblemView",
    "SharedListView",
    "ShortlistView",
    "SuggestOfferView",
    "ThanksView",
    "WayView",
    "robots_txt",
    "service_worker",
    "short_list",
]
