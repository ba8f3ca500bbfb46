"""How static files are stored for production: hashed names, precompressed (whitenoise), and
the site's ES modules' `import … from "./dom.js"` rewritten to the hashed names too, so a
module never loads a stale copy of another after a release."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    support_js_module_import_aggregation = True
