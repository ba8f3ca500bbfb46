"""schema.org JSON-LD for an offer page: a Service with its provider, the towns it serves,
its places (address, coordinates, opening hours) and the languages spoken there, so that
search engines and assistants can read what the page says."""

from django.conf import settings

SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def compact(record: dict) -> dict:
    return {key: value for key, value in record.items() if value not in (None, "", [], {})}


def opening_hours(offer) -> list[dict]:
    return [
        {"@type": "OpeningHoursSpecification",
         "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[slot.weekday]}",
         "opens": slot.opens.strftime("%H:%M"), "closes": slot.closes.strftime("%H:%M")}
        for slot in sorted(offer.opening_slots.all(), key=lambda s: (s.weekday, s.opens))
    ]  # fmt: skip


def place(location, hours) -> dict:
    return compact({
        "@type": "Place",
        "name": location.translated("name").text or location.street,
        "address": {"@type": "PostalAddress", "streetAddress": location.street,
                    "postalCode": location.postcode,
                    "addressLocality": location.municipality.name,
                    "addressRegion": settings.HSDS_STATE_PROVINCE,
                    "addressCountry": settings.HSDS_COUNTRY},
        "geo": {"@type": "GeoCoordinates", "latitude": float(location.latitude),
                "longitude": float(location.longitude)},
        "openingHoursSpecification": hours,
    })  # fmt: skip


def offer_json_ld(offer, page_url: str) -> dict:
    provider = offer.provider
    hours = opening_hours(offer)
    locations = list(offer.locations.all())
    return compact({
        "@context": "https://schema.org",
        "@type": "Service",
        "@id": page_url,
        "url": page_url,
        "name": offer.translated("title").text,
        "description": offer.translated("summary").text,
        "serviceType": [c.translated("name").text for c in offer.category_list],
        "provider": compact({"@type": "Organization", "name": provider.translated("name").text,
                             "url": provider.website, "telephone": provider.phone,
                             "email": provider.email}),
        "areaServed": [{"@type": "AdministrativeArea", "name": name}
                       for name in sorted({p.municipality.name for p in locations})],
        "availableLanguage": [{"@type": "Language", "name": lang.translated("name").text,
                               "alternateName": lang.code} for lang in offer.languages.all()],
        "isAccessibleForFree": offer.cost == "free",
        "hoursAvailable": hours,
        "availableChannel": [{"@type": "ServiceChannel", "serviceUrl": offer.website or page_url,
                              "serviceLocation": place(location, hours)}
                             for location in locations],
    })  # fmt: skip
