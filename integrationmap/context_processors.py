from django.conf import settings
from django.utils.functional import SimpleLazyObject

from offers.models import DemoDataset


def site(request):
    """Site-wide template values. `is_demo_data` costs a query only where a template uses it."""
    return {
        "site_name": settings.SITE_NAME,
        "is_demo_data": SimpleLazyObject(DemoDataset.is_present),
    }
