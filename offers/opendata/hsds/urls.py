"""The Open Referral HSDS 3.0 API: `/hsds/`, its lists and records (language by `?lang=`)."""

from django.urls import path

from . import views as hsds

app_name = "hsds"
urlpatterns = [path("", hsds.api_root, name="root")]
for kind, one, view in (
    ("services", "service", hsds.Services),
    ("organizations", "organization", hsds.Organizations),
    ("service_at_locations", "service_at_location", hsds.ServiceAtLocations),
    ("taxonomies", "taxonomy", hsds.Taxonomies),
    ("taxonomy_terms", "taxonomy_term", hsds.TaxonomyTerms),
):
    urlpatterns += [
        path(kind, view.as_view(), name=kind),
        path(f"{kind}/<str:id>", view.as_view(), name=one),
    ]
