"""The public site's pages, under the language prefix (`/de/…`, `/ar/…`)."""

from django.urls import path, re_path

from . import views

app_name = "offers"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("offers/", views.OfferListView.as_view(), name="list"),
    path("offers/map.json", views.MarkersView.as_view(), name="markers"),
    path("offers/table/", views.OfferTableView.as_view(), name="table"),
    re_path(
        r"^offers/table\.(?P<format>csv|xlsx)$",
        views.OfferTableExport.as_view(),
        name="table-export",
    ),
    path("contacts/", views.ContactDirectoryView.as_view(), name="contacts"),
    path("offers/<int:pk>/", views.OfferDetailView.as_view(), name="detail-short"),
    path("offers/<int:pk>/preview/", views.OfferPreviewView.as_view(), name="preview"),
    path("offers/<int:pk>/report/", views.ReportProblemView.as_view(), name="report"),
    path("offers/<int:pk>/<slug:slug>/", views.OfferDetailView.as_view(), name="detail"),
    path("offers/<int:pk>/popup.json", views.PopupView.as_view(), name="popup"),
    path("offers/<int:pk>/way/<int:location>/", views.WayView.as_view(), name="way"),
    path("suggest/", views.SuggestOfferView.as_view(), name="suggest"),
    path("list/", views.ShortlistView.as_view(), name="shortlist"),
    path("list/handout/", views.HandoutView.as_view(), name="handout"),
    path("list/for-you/", views.SharedListView.as_view(), name="shared-list"),
    path("thanks/", views.ThanksView.as_view(), name="thanks"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("offline/", views.OfflineView.as_view(), name="offline"),
    path("manifest.webmanifest", views.ManifestView.as_view(), name="manifest"),
]
