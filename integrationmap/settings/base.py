"""Settings shared by every environment.

Everything that differs between machines comes from environment variables (read with
django-environ); the defaults here are safe for a local run. `local`, `test` and `production`
import this module and change only what they must.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from integrationmap import languages
from integrationmap.infrastructure.tiles import tile_origin

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that its fields exist when admins load.
    "modeltranslation",
    "offers.editorial.apps.EditorialAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.forms",
    "django_filters",
    "import_export",
    "leaflet",
    "reversion",
    "axes",
    "csp",
    "integrationmap",
    "offers",
    "routing",
]

MIDDLEWARE = [
    "integrationmap.infrastructure.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache, so that pages from the cache get the headers too.
    "integrationmap.infrastructure.http_security.SecurityHeadersMiddleware",
    "integrationmap.infrastructure.http_security.ContentSecurityPolicyMiddleware",
    "integrationmap.infrastructure.content_version.ContentVersionMiddleware",
    # Compresses pages and JSON (Django adds random bytes against BREACH; public pages carry
    # no secrets). Static files are precompressed by whitenoise.
    "integrationmap.infrastructure.compression.CompressionMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages from the cache, before sessions, views and templates (ADR 15).
    "integrationmap.infrastructure.caching.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "integrationmap.urls"
WSGI_APPLICATION = "integrationmap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "offers.public.context_processors.site",
            ],
            # The public pages' helpers (translated fields with their language, pictograms,
            # numbers): {% load pages %}.
            "libraries": {"pages": "offers.public.templatetags"},
        },
    },
]

# Widgets render through TEMPLATES, so project templates can define widget templates.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# No variable set: an SQLite file in the project. Production: DATABASE_URL=postgres://...
DATABASE_URL = env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# A check of a kept connection costs a round trip per request, as much as serving a cached
# page; without it a connection broken by a database restart fails one request per worker.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = env.bool("CONN_HEALTH_CHECKS", default=True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The just-in-time compiler costs tens of milliseconds per query and pays off only for
    # analytical queries, which this site does not run.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    # pg_trgm only sees Arabic and Cyrillic trigrams in a UTF-8 ctype database.
    DATABASES["default"].setdefault("TEST", {}).update({"TEMPLATE": "template0", "CHARSET": "UTF8"})

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Caches ---------------------------------------------------------------------------------
# Without REDIS_URL: memory of this one process (one instance). With it (several instances):
# Redis holds the page cache and the sessions, so any instance can answer any request.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    # Sessions read from Redis and kept in the database too: a Redis restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env.int("LOCAL_CACHE_ENTRIES", default=2000)},
        }
    }
# Keys hold the content version (ADR 15), so these only bound memory, never correctness.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60 * 60)
REFERENCE_CACHE_SECONDS = env.int("REFERENCE_CACHE_SECONDS", default=24 * 60 * 60)

# --- Security ---------------------------------------------------------------------------------
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

# --- Languages ------------------------------------------------------------------------------
# Content columns exist for every language in integrationmap/languages.py; a deployment offers
# those named in SITE_LANGUAGES (default: all). Adding a language to the software: README,
# "Adding a language" (an entry in languages.py, `makemigrations offers`, a catalogue).
languages.register()
LANGUAGE_CODE = languages.SOURCE_LANGUAGE
_SITE_LANGUAGES = languages.site_languages(
    env.list("SITE_LANGUAGES", default=[language.code for language in languages.CONTENT_LANGUAGES])
)
LANGUAGES = [(language.code, _(language.name)) for language in _SITE_LANGUAGES]
LANGUAGES_BIDI = languages.bidi_codes()
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Berlin")
USE_TZ = True

# German is the editors' source language: every translated field is required in German.
MODELTRANSLATION_DEFAULT_LANGUAGE = languages.SOURCE_LANGUAGE
MODELTRANSLATION_LANGUAGES = tuple(language.code for language in languages.CONTENT_LANGUAGES)
# A missing translation falls back along a chain after the requested language itself, always
# ending in German: FALLBACK_LANGUAGES for every language, FALLBACK_CHAINS per language
# ("uk:ru,en,de; ps:fa,en,de", as some districts choose).
MODELTRANSLATION_FALLBACK_LANGUAGES = languages.fallback_chains(
    env.list("FALLBACK_LANGUAGES", default=["en", "de"]),
    env.str("FALLBACK_CHAINS", default=""),
    [code for code, _name in LANGUAGES],
)
# The tabbed admin would load jQuery UI from Google's CDN: use the vendored copy instead.
# (modeltranslation reads this un-prefixed setting name.)
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "integrationmap.infrastructure.static_files.StaticFilesStorage"},
}

# --- Map --------------------------------------------------------------------------------------
MAP_TILES_URL = env.str("MAP_TILES_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = env.str(
    "MAP_TILES_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
# Where the map opens when nothing else is known: the Rhein-Erft-Kreis by default.
MAP_DEFAULT_CENTER = tuple(env.list("MAP_DEFAULT_CENTER", cast=float, default=[50.90, 6.74]))
MAP_DEFAULT_ZOOM = env.int("MAP_DEFAULT_ZOOM", default=11)
# Up to this many markers the map gets them all and clusters them in the browser (a
# district); beyond, the database counts clusters for the part of the map in view.
MAP_MAX_MARKERS = env.int("MAP_MAX_MARKERS", default=3000)
# Close up (a few streets) markers are always sent, but never more than this.
MAP_HARD_MAX_MARKERS = env.int("MAP_HARD_MAX_MARKERS", default=10000)
# Locations must lie inside this box (south, west, north, east); the default is Germany, which
# catches swapped latitude/longitude. A district deployment may narrow it.
SERVICE_AREA_BOUNDS = tuple(
    env.list("SERVICE_AREA_BOUNDS", cast=float, default=[47.2, 5.8, 55.1, 15.1])
)
# Content Security Policy (django-csp): scripts, styles, fonts and data only from the site,
# images also from the tile server. The back office adds inline scripts and styles
# (integrationmap/security.py, ADR 17).
MAP_TILES_ORIGIN = tile_origin(MAP_TILES_URL)
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
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": MAP_DEFAULT_CENTER,
    "DEFAULT_ZOOM": MAP_DEFAULT_ZOOM,
    "TILES": [("OpenStreetMap", MAP_TILES_URL, {"attribution": MAP_TILES_ATTRIBUTION})],
    "RESET_VIEW": False,
}

# --- Routing --------------------------------------------------------------------------------
# Route planners per travel mode, first one shown as the button, the others as alternatives;
# an empty list hides the mode. Providers: osm-osrm, osm-graphhopper, osm-valhalla (bicycle,
# car, foot), transitous, db (public transport), google (all four), geo (the phone's map app).
ROUTING_PROVIDERS = {
    "transit": env.list("ROUTING_TRANSIT_PROVIDERS", default=["transitous", "db"]),
    "bicycle": env.list("ROUTING_BICYCLE_PROVIDERS", default=["osm-osrm"]),
    "car": env.list("ROUTING_CAR_PROVIDERS", default=["osm-osrm"]),
    "foot": env.list("ROUTING_FOOT_PROVIDERS", default=["osm-osrm"]),
    "app": env.list("ROUTING_APP_PROVIDERS", default=["geo"]),
}
# The MOTIS web interface public-transport links open (Transitous by default).
ROUTING_MOTIS_URL = env.str("ROUTING_MOTIS_URL", default="https://api.transitous.org/")
# Nearest stops shown per location, and how far (straight line, metres) a stop may be.
NEAREST_STOPS_COUNT = env.int("NEAREST_STOPS_COUNT", default=3)
NEAREST_STOPS_MAX_DISTANCE = env.int("NEAREST_STOPS_MAX_DISTANCE", default=3000)
# Walking estimates: streets are longer than the straight line; a calm pace suits children,
# older people and people carrying things.
WALKING_SPEED_KMH = env.float("WALKING_SPEED_KMH", default=4.0)
WALKING_DETOUR_FACTOR = env.float("WALKING_DETOUR_FACTOR", default=1.25)

# --- Open data ------------------------------------------------------------------------------
# The site's public address, for links in files that commands write (e.g. the HSDS export).
SITE_URL = env.str("SITE_URL", default="")
# Where the offers are, for HSDS addresses (ISO 3166-1 alpha-2 country).
HSDS_STATE_PROVINCE = env.str("HSDS_STATE_PROVINCE", default="Nordrhein-Westfalen")
HSDS_COUNTRY = env.str("HSDS_COUNTRY", default="DE")
# The official HSDS 3.0 JSON schemas (not shipped; see README "Open data"): the import checks
# documents against them.
HSDS_SCHEMA_DIR = env.path("HSDS_SCHEMA_DIR", default=BASE_DIR.parent / "shared" / "hsds-3.0")
# The licence of the directory's data, shown in exports and the API.
DATA_LICENCE = env.str("DATA_LICENCE", default="CC BY 4.0")
DATA_LICENCE_URL = env.str(
    "DATA_LICENCE_URL", default="https://creativecommons.org/licenses/by/4.0/"
)
DATA_ATTRIBUTION = env.str("DATA_ATTRIBUTION", default="Integrationskarte Rhein-Erft-Kreis")

# --- Editorial ------------------------------------------------------------------------------
# Exporting offers needs the permission to view them (django-import-export).
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
SITE_NAME = env.str("SITE_NAME", default="Integrationskarte Rhein-Erft-Kreis")
# Named on the privacy page: who runs the site, and whom to ask about personal data.
# A deployment sets both (README, "Deployment").
SITE_OPERATOR = env.str("SITE_OPERATOR", default="")
PRIVACY_CONTACT = env.str("PRIVACY_CONTACT", default="")
# Visitors' reports and suggestions: who gets an e-mail (default: the Editors group, and
# for a report the municipality editors of its towns), and how many per connection and hour.
FEEDBACK_EMAILS = env.list("FEEDBACK_EMAILS", default=[])
FEEDBACK_PER_HOUR = env.int("FEEDBACK_PER_HOUR", default=5)
# Requests per visitor (address) and minute to pages that search, draw markers or export;
# 0 turns a limit off. Pages from the page cache do not count (integrationmap/ratelimits.py).
RATE_LIMITS = {
    "search": env.int("RATE_LIMIT_SEARCH", default=120),
    "export": env.int("RATE_LIMIT_EXPORT", default=20),
}
# Reverse proxies in front of the site that add X-Forwarded-For (docker-compose: 1).
NUM_PROXIES = env.int("NUM_PROXIES", default=0)
# Coordinates from addresses (geopy, Nominatim API): the service, how the site introduces
# itself (the usage policy asks for a real contact), and the politeness rules.
GEOCODER_URL = env.str("GEOCODER_URL", default="https://nominatim.openstreetmap.org")
GEOCODER_USER_AGENT = env.str(
    "GEOCODER_USER_AGENT", default="Integrationskarte (editorial back office of a public body)"
)
GEOCODER_TIMEOUT = env.float("GEOCODER_TIMEOUT", default=5)
GEOCODER_MIN_DELAY = env.float("GEOCODER_MIN_DELAY", default=1.0)
GEOCODER_COUNTRY_CODES = env.str("GEOCODER_COUNTRY_CODES", default="de")
# check_links: how the link checker introduces itself, and its pause between two requests
# to the same host (seconds).
LINK_CHECK_USER_AGENT = env.str(
    "LINK_CHECK_USER_AGENT",
    default="Integrationskarte-Linkcheck/1.0 (checks links of a public service directory)",
)
LINK_CHECK_DELAY = env.float("LINK_CHECK_DELAY", default=1.0)
# Offers not verified for longer than this are flagged as outdated in the admin.
VERIFICATION_INTERVAL_MONTHS = env.int("VERIFICATION_INTERVAL_MONTHS", default=12)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# --- Machine translation (optional) ----------------------------------------------------------
# "deepl" (MACHINE_TRANSLATION_URL https://api-free.deepl.com or https://api.deepl.com) or
# "libretranslate" (the server's URL); the key from the service. Empty: no machine translation.
MACHINE_TRANSLATION_PROVIDER = env.str("MACHINE_TRANSLATION_PROVIDER", default="")
MACHINE_TRANSLATION_URL = env.str("MACHINE_TRANSLATION_URL", default="")
MACHINE_TRANSLATION_KEY = env.str("MACHINE_TRANSLATION_KEY", default="")
MACHINE_TRANSLATION_TIMEOUT = env.float("MACHINE_TRANSLATION_TIMEOUT", default=20)
if MACHINE_TRANSLATION_PROVIDER not in ("", "deepl", "libretranslate"):
    raise ImproperlyConfigured("MACHINE_TRANSLATION_PROVIDER must be deepl or libretranslate")
if MACHINE_TRANSLATION_PROVIDER and not MACHINE_TRANSLATION_URL:
    raise ImproperlyConfigured("MACHINE_TRANSLATION_URL is needed with a provider")
