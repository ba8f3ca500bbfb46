"""Which pictogram of the vendored sprite (static/vendor/lucide/icons.svg) stands for what."""

import functools

from django.conf import settings
from django.templatetags.static import static

CATEGORY_ICONS = {
    "living": "house",
    "learning": "book-open",
    "working": "briefcase-business",
    "language": "messages-square",
    "counselling": "handshake",
    "asylum": "shield-check",
    "child": "baby",
    "school": "school",
    "health": "heart-pulse",
    "housing": "key-round",
    "authority": "landmark",
    "job": "search",
    "training": "wrench",
    "certificate": "award",
    "leisure": "volleyball",
    "women": "venus",
    "youth": "user-round",
    "money": "coins",
    "family": "users",
}


def sprite_name(name: str) -> str:
    """A category's icon choice, or an interface icon's sprite name as it is."""
    return CATEGORY_ICONS.get(name, name)


def sprite_url() -> str:
    """The sprite's address. A page shows dozens of icons, and the (hashed) address is fixed
    per deployment; the settings it depends on are the key, for tests that change them."""
    storage = settings.STORAGES["staticfiles"]["BACKEND"]
    return _sprite_url(settings.STATIC_URL, settings.DEBUG, storage)


@functools.lru_cache(maxsize=8)
def _sprite_url(_static_url: str, _debug: bool, _storage: str) -> str:
    return static("vendor/lucide/icons.svg")
