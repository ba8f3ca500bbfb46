"""Start-up checks of the routing settings: a typo must not silently hide route links."""

from django.conf import settings
from django.core.checks import Error, register

from .providers import MODES, PROVIDERS


@register()
def check_routing_providers(app_configs, **kwargs):
    errors = []
    configured = getattr(settings, "ROUTING_PROVIDERS", {})
    for mode, keys in configured.items():
        if mode not in MODES:
            errors.append(
                Error(
                    f"ROUTING_PROVIDERS has an unknown travel mode “{mode}”.",
                    hint=f"Travel modes: {', '.join(MODES)}.",
                    id="routing.E001",
                )
            )
            continue
        for key in keys:
            provider = PROVIDERS.get(key)
            if provider is None:
                errors.append(
                    Error(
                        f"ROUTING_PROVIDERS[{mode!r}] names an unknown provider “{key}”.",
                        hint=f"Providers: {', '.join(sorted(PROVIDERS))}.",
                        id="routing.E002",
                    )
                )
            elif mode not in provider.modes:
                errors.append(
                    Error(
                        f"The provider “{key}” has no routes for the travel mode “{mode}”.",
                        hint=f"It serves: {', '.join(sorted(provider.modes))}.",
                        id="routing.E003",
                    )
                )
    return errors
