"""Settings shared by every environment: Django itself (apps, middleware, templates, the
database, caches, languages, static files, logging), with each topic's own settings from a
module of its own: security, maps, routes, open_data, editorial.

Everything that differs between machines comes from environment variables (environment.py);
the defaults are safe for a local run. `local`, `test` and `production` import this module
and change only what they must.
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from integrationmap import languages

from .editorial import *
from .environment import *
from .maps import *
from .open_data import *
from .routes import *
from .security import *

DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# The site's name in titles, e-mails and exports.
SITE_NAME = env.str("SITE_NAME", default="Integrationskarte Rhein-Erft-Kreis")
# Named on the privacy page: who runs the site, and whom to ask about personal data.
# A deployment sets both (README, "Deployment").
SITE_OPERATOR = env.str("SITE_OPERATOR", default="")
PRIVACY_CONTACT = env.str("PRIVACY_CONTACT", default="")

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
    "leaflet",
    "reversion",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
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
    # Inside the page cache: a cached page keeps its converted digits.
    "integrationmap.infrastructure.digits.DigitsMiddleware",
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
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the job worker share the file: readers never wait for a writer
    # (WAL), writers take the lock when their transaction begins (no deadlock upgrading a read
    # lock) and wait for a busy database instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("SQLITE_TIMEOUT", default=20),
        }
    )
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
# The digits each language's pages show (integrationmap.infrastructure.digits): Latin 0–9
# unless set, e.g. "fa=arabext" (Persian ۰–۹) or "ar=arab" (Arabic-Indic ٠–٩). One page
# always shows one kind. Latin by default: phone numbers, times and house numbers are Latin
# on every sign and letter the readers meet here.
LANGUAGE_DIGITS = dict(
    entry.split("=", 1) for entry in env.list("LANGUAGE_DIGITS", default=[]) if "=" in entry
)
for _code, _system in LANGUAGE_DIGITS.items():
    if _system not in ("latn", "arabext", "arab"):
        raise ImproperlyConfigured(
            f"LANGUAGE_DIGITS: {_code}={_system}; use latn, arabext (Persian) or arab."
        )

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

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Its retry warnings quote the address asked for: a route's typed start (where a person
        # lives, perhaps) must not reach the logs (privacy page, issue 18).
        "urllib3": {"level": "ERROR"},
    },
}
