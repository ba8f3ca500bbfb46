from django.urls import path

from . import views

app_name = "offers"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("offers/", views.OfferListView.as_view(), name="list"),
    path("offers/map.geojson", views.MarkersView.as_view(), name="markers"),
    path("offers/<int:pk>/", views.OfferDetailView.as_view(), name="detail-short"),
    path("offers/<int:pk>/preview/", views.OfferPreviewView.as_view(), name="preview"),
    path("offers/<int:pk>/report/", views.ReportProblemView.as_view(), name="report"),
    path("offers/<int:pk>/<slug:slug>/", views.OfferDetailView.as_view(), name="detail"),
    path("offers/<int:pk>/popup.json", views.PopupView.as_view(), name="popup"),
    path("suggest/", views.SuggestOfferView.as_view(), name="suggest"),
    path("thanks/", views.ThanksView.as_view(), name="thanks"),
]
