"""Settings for the test suite (pytest-django). The database still comes from DATABASE_URL, so
the same suite runs on SQLite and on PostgreSQL."""

from .local import *

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests do not run collectstatic; the manifest storage would fail on missing entries.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}
# Serve static files from the finders: tests never run collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# No cache unless a test asks for one (tests/test_caching.py): on PostgreSQL the content
# version only rises when a transaction commits, and most tests never commit. Application
# processes that tests start with REDIS_URL (tests/test_scale_out.py) keep Redis.
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
