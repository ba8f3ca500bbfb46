"""Demo offices for the Rhein-Erft-Kreis (invented addresses near real stops), so that an
advisor can try "start from my office" in the demo."""

import random

from offers.demo.anchors import load_anchors
from offers.demo.region import TOWNS
from routing.models import Office, OfficeKind
from routing.services import create_offices

DEMO_OFFICES = (
    ("Jobcenter Rhein-Erft, Standort Bergheim", OfficeKind.JOBCENTER, "Bergheim"),
    ("Jobcenter Rhein-Erft, Standort Kerpen", OfficeKind.JOBCENTER, "Kerpen"),
    ("Jobcenter Rhein-Erft, Standort Hürth", OfficeKind.JOBCENTER, "Hürth"),
    ("Jobcenter Rhein-Erft, Standort Frechen", OfficeKind.JOBCENTER, "Frechen"),
    ("Jobcenter Rhein-Erft, Standort Erftstadt", OfficeKind.JOBCENTER, "Erftstadt"),
    ("Integration Point Bergheim", OfficeKind.INTEGRATION_POINT, "Bergheim"),
    ("Integration Point Hürth", OfficeKind.INTEGRATION_POINT, "Hürth"),
    ("Kommunales Integrationszentrum Rhein-Erft-Kreis", OfficeKind.AUTHORITY, "Bergheim"),
)


def create_demo_offices(seed: int) -> int:
    """Creates the demo offices unless there are offices already (real ones stay untouched)."""
    if Office.objects.exists():
        return 0
    rng = random.Random(seed)
    towns = {town.name: town for town in TOWNS}
    anchors = load_anchors(TOWNS)
    offices = []
    for order, (name, kind, town_name) in enumerate(DEMO_OFFICES):
        town = towns[town_name]
        # The stop nearest the town centre: offices sit in the middle of town.
        anchor = min(
            anchors[town_name],
            key=lambda a: (a.latitude - town.latitude) ** 2 + (a.longitude - town.longitude) ** 2,
        )
        office = Office(
            name=name,
            kind=kind,
            street=f"{anchor.street or 'Hauptstraße'} {rng.randint(1, 60)}",
            postcode=town.postcodes[0],
            town=town_name,
            latitude=round(anchor.latitude + rng.uniform(-0.0008, 0.0008), 6),
            longitude=round(anchor.longitude + rng.uniform(-0.0012, 0.0012), 6),
            sort_order=order,
        )
        offices.append(office)
    return len(create_offices(offices=offices))
