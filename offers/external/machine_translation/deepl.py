"""The DeepL API (https://developers.deepl.com/docs/api-reference/translate): `POST
/v2/translate` with the key in an `Authorization: DeepL-Auth-Key …` header."""

from .http import post

# Codes DeepL uses where they differ from ours.
CODES = {"en": "EN-GB"}


def translate(service, texts: list[str], source: str, target: str):
    """The translated texts in order, or what the answer holds instead (checked by the
    caller)."""
    answer = post(
        service,
        "/v2/translate",
        {
            "text": texts,
            "source_lang": source.upper(),
            "target_lang": CODES.get(target, target.upper()),
        },
        {"Authorization": f"DeepL-Auth-Key {service.key}"},
    )
    return [item.get("text") for item in answer.get("translations") or []]
