from . import offer, providers, reference  # noqa: F401  (registers the admins)
