"""The routing app: ways to an offer (route links, nearest stops) and its start-up checks."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoutingConfig(AppConfig):
    """Ways to an offer: route links and nearest public-transport stops."""

    name = "routing"
    verbose_name = _("Routing")

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
