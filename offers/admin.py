"""Django's admin discovery imports this module: the back office's admins live in
offers/editorial/admin/ (the offices of the routing app's route starts too)."""

from offers.editorial.admin import (  # noqa: F401  (each registers its admins)
    feedback,
    jobs,
    offer,
    offices,
    providers,
    users,
    vocabulary,
)
