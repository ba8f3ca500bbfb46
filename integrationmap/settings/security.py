"""Security: headers, the back office's address, sessions, the login lockout, passwords, the
Content Security Policy (ADR 17) and rate limits."""

from csp.constants import NONE, SELF

from .environment import env
from .maps import MAP_TILES_ORIGIN

# Headers that every environment sends (production adds HTTPS, HSTS and secure cookies).
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Public pages tell other sites nothing about what a visitor read; map tiles get the origin
# from an attribute on their images (OpenStreetMap refuses tiles without a Referer), and the
# back office sends the origin across sites, which its map widget needs.
SECURE_REFERRER_POLICY = "same-origin"
ADMIN_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Browser features: the position only for the site itself ("near me", "start from here").
PERMISSIONS_POLICY = (
    "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()"
)
# The back office's address. Another prefix (ADMIN_URL=redaktion-x7/) keeps scanners that try
# /admin/ away; it is no protection by itself.
ADMIN_URL = env.str("ADMIN_URL", default="admin/").strip("/") + "/"
# Editors' sessions end after a working day and when the browser closes.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env.bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", default=True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# The form cookie (only set where a form is shown) ends with the browser session.
CSRF_COOKIE_AGE = None

# Login: django-axes locks a user name out from one address after repeated failures.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("LOGIN_COOLOFF_HOURS", default=1.0)
# Several editors of one town hall share one address: a colleague's typos lock out only the
# user name they typed, and only from that address.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "integrationmap.infrastructure.http_security.client_ip"
AXES_CLIENT_STR_CALLABLE = "integrationmap.infrastructure.http_security.client_description"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# Successful logins are not recorded with their address (privacy); failures are, for the lockout.
AXES_DISABLE_ACCESS_LOG = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content Security Policy (django-csp): scripts, styles, fonts and data only from the site,
# images also from the tile server. The back office adds inline scripts and styles
# (integrationmap/infrastructure/http_security.py, ADR 17).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", MAP_TILES_ORIGIN],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Anonymous requests per address and minute to pages that search, draw the map's markers or
# export; 0 turns a limit off. Pages from the page cache do not count, signed-in users are
# never limited (integrationmap/infrastructure/rate_limits.py). The defaults are twice what
# forty advisors behind one address sent in their busiest minute (scripts/office_load.py).
RATE_LIMITS = {
    "search": env.int("RATE_LIMIT_SEARCH", default=700),
    "map": env.int("RATE_LIMIT_MAP", default=1000),
    "export": env.int("RATE_LIMIT_EXPORT", default=40),
    # Routes drawn inside the app ask the routing engine (issue 18).
    "route": env.int("RATE_LIMIT_ROUTE", default=120),
}
# Reverse proxies in front of the site that add X-Forwarded-For (docker-compose: 1).
NUM_PROXIES = env.int("NUM_PROXIES", default=0)
