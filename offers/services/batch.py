"""Work that a write leaves to its end: the nearest stops of the places it touched and the
revision it records. One write does it at once; a `WriteBatch` collects it over many writes
(an import of thousands of rows) and does it in bulk when the batch finishes."""

from django.db import transaction

from offers import versioning
from offers.models import Location
from routing.services import update_nearest_stops

from . import invariants


class WriteBatch:
    """Pass to several writes, then call `finish()` inside the same transaction. `history`:
    whether each offer gets a revision (a preview that is rolled back needs none)."""

    def __init__(self, *, user=None, history: bool = True):
        self.user = user
        self.history = history
        self.comments: dict[int, str] = {}
        self.places: set[int] = set()
        self.offers: list = []

    def add(self, offer, comment: str, places) -> None:
        self.comments[offer.pk] = comment
        self.places.update(place.pk for place in places)
        self.offers.append(offer)

    def finish(self) -> None:
        """The invariants of every offer written (ValidationError), their nearest stops and
        their versions."""
        if not transaction.get_connection().in_atomic_block:
            raise RuntimeError("finish a WriteBatch inside the transaction of its writes")
        if self.offers:
            invariants.check_saved_many(self.offers)
        if self.places:
            update_nearest_stops(Location.objects.filter(pk__in=self.places))
        if self.history and self.comments:
            versioning.record_versions(self.comments, self.user)
        self.comments, self.places, self.offers = {}, set(), []
