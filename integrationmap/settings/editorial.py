"""The back office and the services it calls: exports, visitors' feedback, geocoding, the
link checker, the review cycle, machine translation (optional)."""

from django.core.exceptions import ImproperlyConfigured

from .environment import env

# Background jobs (ADR 27): imports, exports, bulk actions and link checks run in a worker
# (`manage.py db_worker`; `make run` starts one, docker-compose runs the `worker` service),
# with the queue kept in the database. Tests run each job at once (settings/test.py).
TASKS = {
    "default": {
        "BACKEND": env.str("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# A running job whose progress has not moved for this long has lost its worker (seconds).
JOB_STALLED_AFTER = env.int("JOB_STALLED_AFTER", default=300)
# `manage.py prune_jobs` deletes finished jobs older than this (an import older than that can
# no longer be undone from its page).
JOB_KEEP_DAYS = env.int("JOB_KEEP_DAYS", default=90)
# Searches that found nothing are counted per day and kept this long (the start page shows
# them to extend the search vocabulary).
UNFOUND_SEARCH_KEEP_DAYS = env.int("UNFOUND_SEARCH_KEEP_DAYS", default=90)

# Spreadsheet imports: the most rows one file may have, and the most an XLSX file may unpack
# to (bytes; a larger one is refused as a possible "zip bomb").
IMPORT_MAX_ROWS = env.int("IMPORT_MAX_ROWS", default=50_000)
XLSX_MAX_UNPACKED = env.int("XLSX_MAX_UNPACKED", default=2**30)
# Upload limit of an import file (bytes).
IMPORT_MAX_UPLOAD = env.int("IMPORT_MAX_UPLOAD", default=20 * 2**20)

# Visitors' reports and suggestions: who gets an e-mail (default: the Editors group, and
# for a report the municipality editors of its towns), and how many per connection and hour.
FEEDBACK_EMAILS = env.list("FEEDBACK_EMAILS", default=[])
FEEDBACK_PER_HOUR = env.int("FEEDBACK_PER_HOUR", default=5)
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
