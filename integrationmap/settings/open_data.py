"""Open data: the site's address in exported files, HSDS addresses and schemas, the data's
licence."""

from .environment import BASE_DIR, env

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
