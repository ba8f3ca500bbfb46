"""Stable HSDS ids. Offers, providers, locations and contact persons keep their own UUID
(`hsds_id`, taken over from the source on import); records HSDS has but this application
keeps inside another one (a location's address, an offer's schedule) get a UUID derived
from their owner's, so they are the same in every export."""

import uuid

# Fixed for this application: changing it would change every derived id.
NAMESPACE = uuid.UUID("6f1d8a52-93c4-4b8e-a7d5-0c6f3e2b9a41")


def derived(owner: uuid.UUID | str, part: str) -> str:
    return str(uuid.uuid5(uuid.UUID(str(owner)), part))


def of_vocabulary(kind: str, slug: str) -> str:
    """Taxonomies and their terms: the same in every database (slugs are reference data)."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{slug}"))
