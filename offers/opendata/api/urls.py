"""The site's own JSON API, under the language prefix like the pages it mirrors."""

from django.urls import path

from .views import OfferListJSON, OffersGeoJSON

app_name = "api"
urlpatterns = [
    path("offers/list.json", OfferListJSON.as_view(), name="list-json"),
    path("offers/offers.geojson", OffersGeoJSON.as_view(), name="geojson"),
]
