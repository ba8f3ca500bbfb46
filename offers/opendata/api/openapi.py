"""The OpenAPI 3.1 description of the site's JSON API, served at /api/openapi.json. The
tests check real answers against the schemas below, so the document cannot drift from the
code."""

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator

from offers.public.filters import OfferFilter

MAX_PER_PAGE = 100

# What each of the finder's filters means to an API client. Which parameters there are, their
# types and the values they take come from the filters themselves (filter_parameters), so the
# document cannot promise what the site does not accept.
FILTER_DESCRIPTIONS = {
    "q": "Search words, in any of the site's languages (typos forgiven). Words that name a "
    "topic, a target group or a town (by their names or the search vocabulary, e.g. "
    '«پزشک», "Zahnarzt", "Kerpen") find that topic\'s offers first and narrow to that '
    "town; `ignore` turns such a reading off.",
    "category": "A topic or subtopic slug; a topic includes its subtopics.",
    "municipality": "Offers with a place in this town (its slug).",
    "target_group": "Offers for this target group (its slug).",
    "language": "Offers where this language is spoken (its code).",
    "free": "Only offers free of charge.",
    "wheelchair": "Only offers with a wheelchair-accessible place.",
    "open_now": "Only offers open at this moment.",
    "childcare": "Only offers with childcare while the parent takes part.",
    "level": "Language courses that teach this level (A1 … C2).",
    "area": "Only offers with a place in this part of the map: `west,south,east,north` in "
    'degrees (the map\'s "search this area").',
    "near": "Nearest first: the distance from this town's centre (its slug) to each offer's "
    "nearest place.",
    "postcode": "Nearest first, from the centre of the places with this German postcode "
    "(unless `near` is given).",
}
NUMBER = {"type": "number"}
TEXT = {"type": "string"}
LICENCE = {
    "licence": TEXT,
    "licence_url": {"type": "string", "format": "uri"},
    "attribution": TEXT,
}


def flat_choices(choices):
    """A choice field's values, groups (the topics' subtopics) opened up."""
    for value, label in choices:
        if isinstance(label, list | tuple):
            yield from flat_choices(label)
        elif value != "":
            yield value


def field_schema(field: forms.Field) -> dict:
    if isinstance(field, forms.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": list(flat_choices(field.choices))}
    schema = {"type": "string"}
    if getattr(field, "max_length", None):
        schema["maxLength"] = field.max_length
    for validator in field.validators:
        if isinstance(validator, RegexValidator) and not validator.inverse_match:
            schema["pattern"] = validator.regex.pattern
    if getattr(field, "example", None):
        schema["example"] = field.example
    return schema


IGNORE = {
    "name": "ignore",
    "in": "query",
    "description": "What the search should not read into its words: `category:<slug>`, "
    "`target_group:<slug>` or `town:<slug>` (repeatable); the words are then searched as "
    "text. Unknown values are ignored.",
    "schema": {"type": "array", "items": {"type": "string", "pattern": "^[a-z_]+:[a-z0-9-]+$"}},
    "style": "form",
    "explode": True,
}


def filter_parameters() -> list[dict]:
    """One query parameter per filter of the finder (offers.public.filters.OfferFilter), in
    its order; each takes one value. The allowed values are those of this moment's data (the
    towns, topics, target groups and languages). Then `ignore`, read by the filter itself."""
    fields = OfferFilter().form.fields
    return [
        *(
            {"name": name, "in": "query", "description": FILTER_DESCRIPTIONS[name],
             "schema": field_schema(field)}
            for name, field in fields.items()
        ),
        IGNORE,
    ]  # fmt: skip


def components() -> dict:
    place = {
        "type": "object",
        "required": ["street", "postcode", "town", "latitude", "longitude"],
        "properties": {"street": TEXT, "postcode": TEXT, "town": TEXT,
                       "latitude": {**NUMBER, "minimum": -90, "maximum": 90},
                       "longitude": {**NUMBER, "minimum": -180, "maximum": 180}},
        "additionalProperties": False,
    }  # fmt: skip
    offer = {
        "type": "object",
        "required": ["id", "hsds_id", "url", "title", "summary", "language", "provider",
                     "categories", "cost", "languages_spoken", "open_now", "last_verified",
                     "places"],
        "properties": {
            "id": {"type": "integer"},
            "hsds_id": {"type": "string", "format": "uuid"},
            "url": {"type": "string", "format": "uri"},
            "title": TEXT, "summary": TEXT,
            "language": {"type": "string", "description": "The language title and summary are "
                         "really in (it differs where a translation is missing)."},
            "provider": TEXT,
            "categories": {"type": "array", "items": {
                "type": "object", "required": ["slug", "name"],
                "properties": {"slug": TEXT, "name": TEXT}, "additionalProperties": False}},
            "cost": {"enum": ["free", "reduced", "fee"]},
            "languages_spoken": {"type": "array", "items": TEXT},
            "open_now": {"type": "boolean"},
            "last_verified": {"type": ["string", "null"], "format": "date"},
            "places": {"type": "array", "items": {"$ref": "#/components/schemas/Place"}},
        },
        "additionalProperties": False,
    }  # fmt: skip
    offer_list = {
        "type": "object",
        "required": ["count", "page", "per_page", "pages", "language", "results",
                     *LICENCE],
        "properties": {"count": {"type": "integer", "minimum": 0},
                       "page": {"type": "integer", "minimum": 1},
                       "per_page": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
                       "pages": {"type": "integer", "minimum": 0}, "language": TEXT,
                       **LICENCE,
                       "results": {"type": "array",
                                   "items": {"$ref": "#/components/schemas/Offer"}}},
        "additionalProperties": False,
    }  # fmt: skip
    feature_collection = {
        "type": "object",
        "required": ["type", "features", "truncated", *LICENCE],
        "properties": {
            "type": {"const": "FeatureCollection"},
            "truncated": {"type": "boolean"},
            **LICENCE,
            "features": {"type": "array", "items": {
                "type": "object", "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "geometry": {"type": "object", "required": ["type", "coordinates"],
                                 "properties": {"type": {"const": "Point"},
                                                "coordinates": {"type": "array",
                                                                "items": NUMBER,
                                                                "minItems": 2,
                                                                "maxItems": 2}}},
                    "properties": {"type": "object",
                                   "required": ["offer", "title", "town", "street", "url"],
                                   "properties": {"offer": {"type": "integer"},
                                                  "title": TEXT, "town": TEXT,
                                                  "street": TEXT,
                                                  "url": {"type": "string", "format": "uri"}}},
                }}},
        },
    }  # fmt: skip
    markers = {
        "type": "object",
        "required": ["mode", "categories", "towns", "markers"],
        "properties": {
            "mode": {"const": "markers"},
            "categories": {"type": "object", "additionalProperties": TEXT,
                           "description": "Category id → slug, for the markers' icons."},
            "towns": {"type": "object", "additionalProperties": TEXT},
            "truncated": {"type": "boolean"},
            "markers": {"type": "array", "description": "[location id, offer id, latitude, "
                        "longitude, title, main category id, town id]",
                        "items": {"type": "array", "minItems": 7, "maxItems": 7,
                                  "prefixItems": [{"type": "integer"}, {"type": "integer"},
                                                  NUMBER, NUMBER, TEXT,
                                                  {"type": ["integer", "null"]},
                                                  {"type": "integer"}]}},
        },
    }  # fmt: skip
    clusters = {
        "type": "object",
        "required": ["mode", "clusters"],
        "properties": {
            "mode": {"const": "clusters"},
            "clusters": {"type": "array", "description": "[latitude, longitude, count]",
                         "items": {"type": "array", "minItems": 3, "maxItems": 3,
                                   "prefixItems": [NUMBER, NUMBER,
                                                   {"type": "integer", "minimum": 1}]}},
        },
    }  # fmt: skip
    error = {"type": "object", "required": ["error"],
             "properties": {"error": TEXT, "fields": {"type": "object"}}}  # fmt: skip
    return {"schemas": {"Place": place, "Offer": offer, "OfferList": offer_list,
                        "FeatureCollection": feature_collection, "Markers": markers,
                        "Clusters": clusters, "Error": error}}  # fmt: skip


def json_answer(reference: str, description: str, media: str = "application/json") -> dict:
    return {
        "description": description,
        "content": {media: {"schema": {"$ref": f"#/components/schemas/{reference}"}}},
    }


def document(server: str) -> dict:
    language = {"name": "lang", "in": "path", "required": True,
                "description": "The language of texts and names.",
                "schema": {"enum": [code for code, _name in settings.LANGUAGES]}}  # fmt: skip
    filters = filter_parameters()
    bbox = {"name": "bbox", "in": "query", "description": "west,south,east,north in degrees",
            "schema": TEXT}  # fmt: skip
    paging = [
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "per_page", "in": "query",
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": 20}},
    ]  # fmt: skip
    bad = json_answer("Error", "A paging parameter is not valid.")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{settings.SITE_NAME}: offers API",
            "version": "1",
            "description": (
                "Published offers for refugees and immigrants, as the site's list and map "
                "show them. Filters that do not validate are ignored, as on the site. The "
                "Open Referral HSDS 3.0 API is at /hsds/ (its own specification). "
                f"Data licence: {settings.DATA_LICENCE} ({settings.DATA_LICENCE_URL})."
            ),
            "license": {"name": settings.DATA_LICENCE, "url": settings.DATA_LICENCE_URL},
        },
        "servers": [{"url": server}],
        "paths": {
            "/{lang}/offers/list.json": {"get": {
                "operationId": "listOffers", "summary": "Offers, filtered and paginated",
                "parameters": [language, *filters, *paging],
                "responses": {"200": json_answer("OfferList", "A page of offers."),
                              "400": bad}}},
            "/{lang}/offers/offers.geojson": {"get": {
                "operationId": "offerPlaces", "summary": "The offers' places as GeoJSON",
                "parameters": [language, *filters, bbox],
                "responses": {"200": json_answer("FeatureCollection", "Places as points.",
                                                 "application/geo+json")}}},
            "/{lang}/offers/map.json": {"get": {
                "operationId": "mapMarkers",
                "summary": "The finder map's markers, or clusters where there are too many",
                "parameters": [language, *filters, bbox,
                               {"name": "zoom", "in": "query",
                                "schema": {"type": "integer", "minimum": 0, "maximum": 22}}],
                "responses": {"200": {"description": "Markers or clusters.", "content": {
                    "application/json": {"schema": {"oneOf": [
                        {"$ref": "#/components/schemas/Markers"},
                        {"$ref": "#/components/schemas/Clusters"}]}}}}}}},
        },
        "components": components(),
    }  # fmt: skip
