"""The shape of the demo's phrase catalogue: kinds of offers per subcategory."""

from dataclasses import dataclass

from .text import T

EVERYONE = T(
    "Offen für alle, unabhängig vom Aufenthaltsstatus.",
    "Open to everyone, whatever their residence status.",
    "مفتوح للجميع بغض النظر عن وضع الإقامة.",
)


@dataclass(frozen=True)
class Kind:
    """One kind of offer, e.g. "integration course with childcare", with its phrases.

    Titles, summaries and details are alternatives; the generator picks one title, one
    summary and two details. Texts may use {town}, {level} and {fee}.
    """

    titles: tuple[T, ...]
    summaries: tuple[T, ...]
    details: tuple[T, ...]
    providers: tuple[str, ...]  # keys of providers.PROVIDER_KINDS that run such offers
    hours: str  # key of schedules.PATTERNS
    weight: int = 1
    cost: tuple[tuple[str, int], ...] = (("free", 1),)
    registration: T | None = None  # None: no registration needed
    eligibility: T = EVERYONE
    target_groups: tuple[str, ...] = ("alle",)
    online_share: float = 0.0  # share of such offers that are online or by phone only
