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
# No cache unless a test asks for one (tests/project/test_caching.py): on PostgreSQL the content
# version only rises when a transaction commits, and most tests never commit. Application
# processes that tests start with REDIS_URL (tests/project/test_scale_out.py) keep Redis.
# Jobs run at once, in the process that starts them, when its transaction commits. A test
# that watches a job's progress runs a real worker (tests/browser/test_jobs.py), which it
# starts with TASKS_BACKEND set to the database queue.
TASKS = {
    "default": {
        "BACKEND": env.str(
            "TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend"
        ),
        "QUEUES": ["default"],
    }
}

if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    import os
    import tempfile

    # A file, not Django's in-memory default: with an in-memory database the live server's
    # thread shares the test's one connection, so a request still running when its test
    # ends (a browser test that timed out) breaks that connection for every later test.
    # With a file each thread has its own connection (ADR 23). pytest-xdist workers add
    # their own suffix to the name.
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(tempfile.gettempdir(), f"integrationmap-test-{os.getpid()}.sqlite3")
    }
    # As in base.py, but a test database need not survive a power cut, and a loaded
    # machine may make a writer wait longer.
    DATABASES["default"]["OPTIONS"].update(
        {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;", "timeout": 30}
    )

# No routing engine unless a test starts one (tests/conftest.py, `routes`): port 9 (discard)
# refuses at once.
VALHALLA_URL = "http://127.0.0.1:9"
