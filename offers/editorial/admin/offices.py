"""Admins of the routing app: offices routes may start from (edited by editors), and the
public-transport stops (replaced only by import_gtfs, so read-only here)."""

from django import forms
from django.contrib import admin
from reversion.admin import VersionAdmin

from offers.editorial.admin.widgets import CoordinateMapWidget
from routing.models import Office, Stop, TransitFeed


class OfficeForm(forms.ModelForm):
    class Meta:
        model = Office
        fields = "__all__"  # noqa: DJ007  (the admin's fieldsets decide what is shown)
        widgets = {"latitude": CoordinateMapWidget()}


@admin.register(Office)
class OfficeAdmin(VersionAdmin):
    form = OfficeForm
    list_display = ("name", "kind", "town", "active", "sort_order")
    list_editable = ("active", "sort_order")
    list_filter = ("kind", "active", "town")
    search_fields = ("name", "street", "town")
    fields = (
        "name",
        "kind",
        "street",
        "postcode",
        "town",
        "latitude",
        "longitude",
        "active",
        "sort_order",
    )


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Stop)
class StopAdmin(ReadOnlyAdmin):
    list_display = ("name", "stop_id", "station", "products", "latitude", "longitude")
    search_fields = ("name", "stop_id", "station")
    show_full_result_count = False


@admin.register(TransitFeed)
class TransitFeedAdmin(ReadOnlyAdmin):
    list_display = ("attribution", "licence", "source", "stop_count", "imported")
