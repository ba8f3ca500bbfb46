from . import feedback, offer, providers, reference, users  # noqa: F401  (registers the admins)
