"""The map widget's "Find the address" button asks here (staff only); the service itself
is offers.external.geocoder."""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.utils.translation import gettext as _

from offers.external.geocoder import GeocodingUnavailable, locate
from offers.models import Municipality
from offers.models.areas import in_service_area


def geocode_view(request):
    user = request.user
    if not (user.has_perm("offers.change_location") or user.has_perm("routing.change_office")):
        raise PermissionDenied
    street = request.GET.get("street", "")[:200]
    postcode = request.GET.get("postcode", "")[:10]
    town = request.GET.get("town", "")[:100]
    municipality = request.GET.get("municipality", "")
    if municipality.isdigit():
        found_town = Municipality.objects.filter(pk=int(municipality)).first()
        town = found_town.name if found_town else town
    if not street.strip() or not (postcode.strip() or town.strip()):
        return JsonResponse({"error": _("Fill in the street and the postcode or town first.")})
    try:
        found = locate(street, postcode, town)
    except GeocodingUnavailable as error:
        return JsonResponse({"error": str(error)})
    if found is None:
        return JsonResponse(
            {"error": _("This address was not found. Check it, or place the marker by hand.")}
        )
    inside = in_service_area(found.latitude, found.longitude)
    return JsonResponse(
        {
            "latitude": round(found.latitude, 6),
            "longitude": round(found.longitude, 6),
            "label": found.label,
            "warning": "" if inside else _("The address found lies outside the service area."),
        }
    )
