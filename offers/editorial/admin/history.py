"""An offer's history, compared: two saved versions side by side, field by field, in the
spreadsheet's column names (title_ar, location2_street …), so that an editor sees what
changed between them before restoring one — places, people, hours and categories included,
not only the offer's own fields."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from reversion.models import Version

from offers.editorial.spreadsheet import layout
from offers.models import (
    Category,
    ContactPerson,
    Language,
    Location,
    Municipality,
    Offer,
    OfferCategory,
    OpeningSlot,
    TargetGroup,
)


def _objects(version: Version, model) -> list:
    """The objects of `model` saved in the same revision as `version`, as they were."""
    content_type = ContentType.objects.get_for_model(model)
    return [
        other._object_version  # django-reversion's deserialised object (docs/architecture.md)
        for other in version.revision.version_set.filter(content_type=content_type)
    ]


def version_cells(version: Version) -> dict[str, str]:
    """The offer as the version kept it, as the cells of a spreadsheet row."""
    saved = version._object_version
    offer, m2m = saved.object, saved.m2m_data
    links = [item.object for item in _objects(version, OfferCategory)]
    categories = Category.objects.filter(pk__in=[link.category_id for link in links])
    cells = layout.offer_cells(
        offer,
        categories=categories,
        target_groups=TargetGroup.objects.filter(pk__in=m2m.get("target_groups", [])),
        spoken=Language.objects.filter(pk__in=m2m.get("languages", [])),
        slots=[item.object for item in _objects(version, OpeningSlot)],
    )
    places = sorted((item.object for item in _objects(version, Location)), key=lambda p: p.pk)
    towns = Municipality.objects.in_bulk({place.municipality_id for place in places})
    for place in places:
        place.municipality = towns.get(place.municipality_id)
    people = []
    for item in sorted(_objects(version, ContactPerson), key=lambda i: i.object.sort_order):
        spoken = Language.objects.filter(pk__in=item.m2m_data.get("languages", []))
        people.append((item.object, spoken))
    cells.update(layout.group_cells(places, people, 0, 0))
    return cells


def differences(older: Version, newer: Version) -> list[tuple[str, str, str]]:
    """(column, older value, newer value) for every column that differs."""
    before, after = version_cells(older), version_cells(newer)
    columns = [*before, *(column for column in after if column not in before)]
    return [
        (column, before.get(column, ""), after.get(column, ""))
        for column in columns
        if before.get(column, "") != after.get(column, "")
    ]


def compare_view(model_admin, request, object_id):
    """?a=<version>&b=<version>: the two versions of the offer, oldest first."""
    offer = model_admin.get_object(request, object_id)
    if offer is None or not model_admin.has_view_or_change_permission(request, offer):
        raise PermissionDenied
    versions = Version.objects.get_for_object(offer).select_related("revision__user")
    try:
        chosen = [int(request.GET.get(key, "")) for key in ("a", "b")]
    except ValueError:
        raise Http404(_("Choose two versions to compare.")) from None
    first, second = (get_object_or_404(versions, pk=pk) for pk in chosen)
    older, newer = sorted((first, second), key=lambda version: version.pk)
    return TemplateResponse(
        request,
        "admin/offers/offer/compare_versions.html",
        {
            **model_admin.admin_site.each_context(request),
            "opts": Offer._meta,
            "original": offer,
            "title": _("Two versions of “%(offer)s”") % {"offer": offer},
            "older": older,
            "newer": newer,
            "rows": differences(older, newer),
        },
    )
