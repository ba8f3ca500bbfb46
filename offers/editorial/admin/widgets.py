"""A map to place a location, built on the Leaflet that django-leaflet ships.

django-leaflet's own form widget needs GeoDjango and GDAL; this one edits two plain float
fields. It renders the latitude input plus a map; the script finds the sibling longitude and
municipality inputs of the same form by their ids, so it also works in inline rows that the
admin adds on the page.
"""

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from offers.models import Municipality


class CoordinateMapWidget(forms.NumberInput):
    template_name = "offers/widgets/coordinate_map.html"

    def __init__(self, attrs=None):
        super().__init__(attrs={"step": "any", **(attrs or {})})

    @property
    def media(self):
        return forms.Media(
            css={"all": ("leaflet/leaflet.css", "offers/admin/coordinate-map.css")},
            js=(
                "leaflet/leaflet.js",
                forms.Script("offers/admin/coordinate-map.js", type="module"),
            ),
        )

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["map"] = {
            "tiles_url": settings.MAP_TILES_URL,
            "attribution": settings.MAP_TILES_ATTRIBUTION,
            "center": list(settings.MAP_DEFAULT_CENTER),
            "zoom": settings.MAP_DEFAULT_ZOOM,
            "geocode_url": reverse("admin:geocode"),
            "labels": {
                "searching": _("Searching…"),
                "found": _("Found: %(label)s"),
                "failed": _("The address search did not answer. Place the marker by hand."),
            },
            "municipality_centres": {
                str(pk): [lat, lon]
                for pk, lat, lon in Municipality.objects.values_list("pk", "latitude", "longitude")
            },
        }
        return context
