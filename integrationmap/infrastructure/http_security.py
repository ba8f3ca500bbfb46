"""Who is asking, and the headers that protect every answer (ADR 17).

- `client_ip()`: the visitor's address behind `NUM_PROXIES` reverse proxies; the one place
  that reads X-Forwarded-For (login lockout, rate limits, feedback fingerprints).
- `masked_ip()`: an address with its host part cut off, for anything written to a log.
- `SecurityHeadersMiddleware`: Permissions-Policy, and the back office's referrer policy.
- `ContentSecurityPolicyMiddleware`: django-csp's policy; the back office (Django's admin,
  django-leaflet's widget, modeltranslation's tabs) also needs inline scripts and styles.
"""

import ipaddress

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings


def client_ip(request) -> str:
    """The visitor's address; behind `NUM_PROXIES` reverse proxies, the one the nearest
    proxy saw (that proxy appends it to X-Forwarded-For, so a client cannot forge it)."""
    proxies = settings.NUM_PROXIES
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if proxies and len(forwarded) >= proxies and forwarded[-proxies]:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def masked_ip(address: str) -> str:
    """IPv4 without its last byte, IPv6 without its last 80 bits: enough to see a network,
    not a person."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "unknown"
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False).network_address)


def client_description(username, ip_address, user_agent, path_info, request) -> str:
    """How django-axes names a client in its log lines: no full address."""
    return f"username={username!r}, network={masked_ip(ip_address or '')}, path={path_info!r}"


def in_back_office(request) -> bool:
    return request.path_info.startswith("/" + settings.ADMIN_URL)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if in_back_office(request):
            response["Referrer-Policy"] = settings.ADMIN_REFERRER_POLICY
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if in_back_office(request) and not report_only:
            parts.update = {
                **(parts.update or {}),
                "script-src": [UNSAFE_INLINE],
                "style-src": [UNSAFE_INLINE],
            }
        return parts
