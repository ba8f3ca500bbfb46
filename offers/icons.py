"""Which pictogram of the vendored sprite (static/vendor/lucide/icons.svg) stands for what."""

CATEGORY_ICONS = {
    "living": "house",
    "learning": "book-open",
    "working": "briefcase-business",
    "language": "messages-square",
    "counselling": "handshake",
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
