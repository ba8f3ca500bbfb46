"""The translators' workflow: completeness per language, XLIFF 2.0 out and back in, machine
translation through DeepL or LibreTranslate (local servers speaking their formats), and the
note on machine-made texts until an editor checks them."""

import json
from xml.etree import ElementTree as ET

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from offers import services
from offers.editorial.translation_files import XliffError, export_xliff, import_xliff
from offers.external import machine_translation
from offers.external.xliff import NS
from offers.models import Offer
from tests.factories import OfferFactory
from tests.local_http import Routes, serve

pytestmark = pytest.mark.django_db
X = f"{{{NS}}}"


@pytest.fixture
def course():
    return OfferFactory(
        title_de="Deutschkurs am Abend",
        summary_de="Deutsch lernen nach der Arbeit.",
        description_de="Für Berufstätige.",
        eligibility_de="Offen für alle.",
    )


def fill_targets(document: bytes, texts: dict[str, str]) -> bytes:
    root = ET.fromstring(document)
    for unit in root.iter(f"{X}unit"):
        if unit.get("id") in texts:
            segment = unit.find(f"{X}segment")
            target = segment.find(f"{X}target")
            if target is None:
                target = ET.SubElement(segment, f"{X}target")
            target.text = texts[unit.get("id")]
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


class TestXliff:
    def test_the_export_is_xliff_2_with_german_source_and_english_reference(self, course):
        root = ET.fromstring(export_xliff(Offer.objects.filter(pk=course.pk), "uk"))
        assert (root.tag, root.get("version"), root.get("srcLang"), root.get("trgLang")) == (
            f"{X}xliff",
            "2.0",
            "de",
            "uk",
        )
        group = root.find(f"{X}file/{X}group")
        assert group.get("id") == f"offer-{course.pk}"
        version = group.find(f"{X}notes/{X}note[@category='source-version']").text
        assert version == course.source_digest
        unit = group.find(f"{X}unit[@name='title']")
        assert unit.get("id") == f"offer-{course.pk}-title"
        assert unit.find(f"{X}segment/{X}source").text == "Deutschkurs am Abend"
        assert unit.find(f"{X}notes/{X}note").text == course.title_en
        assert unit.find(f"{X}segment").get("state") == "initial"
        assert unit.find(f"{X}segment/{X}target") is None

    def test_translations_come_back_current_and_a_versioned_change(self, course, editor):
        document = export_xliff(Offer.objects.filter(pk=course.pk), "uk")
        filled = fill_targets(document, {
            f"offer-{course.pk}-title": "Курс німецької ввечері",
            f"offer-{course.pk}-summary": "Вивчайте німецьку після роботи.",
            f"offer-{course.pk}-description": "Для працюючих.",
        })  # fmt: skip
        result = import_xliff(filled, editor)
        assert (result.language, result.offers, result.texts, result.outdated) == ("uk", 1, 3, [])
        course.refresh_from_db()
        assert course.title_uk == "Курс німецької ввечері"
        assert course.translation_state("uk") == "complete"

    def test_a_translation_of_an_older_german_text_stays_outdated(self, course, editor):
        document = export_xliff(Offer.objects.filter(pk=course.pk), "ru")
        course.summary_de = "Deutsch lernen nach der Arbeit, zweimal pro Woche."
        course.save()
        filled = fill_targets(document, {
            f"offer-{course.pk}-title": "Курс немецкого вечером",
            f"offer-{course.pk}-summary": "Изучайте немецкий после работы.",
            f"offer-{course.pk}-description": "Для работающих.",
        })  # fmt: skip
        result = import_xliff(filled, editor)
        assert result.outdated == [course.pk]
        course.refresh_from_db()
        assert course.title_ru == "Курс немецкого вечером"
        assert course.translation_state("ru") == "outdated"

    def test_segments_split_by_a_translation_tool_are_joined(self, course, editor):
        document = export_xliff(Offer.objects.filter(pk=course.pk), "fr").decode()
        unit_id = f"offer-{course.pk}-description"
        start = document.index(f'<unit id="{unit_id}"')
        end = document.index("</unit>", start)
        split = (
            f'<unit id="{unit_id}" name="description"><segment><source>A.</source>'
            "<target>Pour les actifs.</target></segment><ignorable><source> </source>"
            "</ignorable><segment><source>B.</source><target>Le soir.</target></segment>"
        )
        import_xliff((document[:start] + split + document[end:]).encode(), editor)
        course.refresh_from_db()
        assert course.description_fr == "Pour les actifs. Le soir."

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (lambda d: d.replace('trgLang="uk"', 'trgLang="de"'), "not a language this site"),
            (lambda d: d.replace('srcLang="de"', 'srcLang="en"'), "source language must be German"),
            (lambda d: d.replace('version="2.0"', 'version="1.2"'), "not an XLIFF 2.0 document"),
            (lambda d: d.replace("-title", "-website"), "is not a text of offer"),
            (lambda d: d.replace("<target>Kurs", "<target><pc id='1'>Kurs</pc>"), "inline codes"),
            (lambda d: d.replace("<target>Kurs", "<target>" + "x" * 300), "at most 200"),
            (lambda d: d[:200], "not readable XML"),
            (
                lambda d: d.replace("<xliff", '<!DOCTYPE x [<!ENTITY e "boom">]><xliff', 1),
                "not allowed XML",
            ),
        ],
    )
    def test_a_bad_file_is_refused_whole_with_line_and_reason(
        self, course, editor, change, message
    ):
        other = OfferFactory()
        offers = Offer.objects.filter(pk__in=[course.pk, other.pk])
        document = fill_targets(export_xliff(offers, "uk"), {
            f"offer-{course.pk}-title": "Kurs",
            f"offer-{other.pk}-title": "Інший курс",
        }).decode()  # fmt: skip
        bad = change(document.replace("<?xml version='1.0' encoding='utf-8'?>\n", ""))
        with pytest.raises(XliffError) as refused:
            import_xliff(bad.encode(), editor)
        assert message in str(refused.value)
        assert str(refused.value).startswith(("Line ", "The file"))
        other.refresh_from_db()
        assert not other.title_uk  # nothing of the file was saved

    def test_an_offer_deleted_since_the_export_is_named(self, course, editor):
        document = fill_targets(export_xliff(Offer.objects.filter(pk=course.pk), "tr"),
                                {f"offer-{course.pk}-title": "Akşam Almanca"})  # fmt: skip
        pk = course.pk
        course.delete()
        with pytest.raises(XliffError, match=f"offer {pk} does not exist"):
            import_xliff(document, editor)

    def test_a_translator_imports_only_their_languages(self, course, editor):
        document = fill_targets(export_xliff(Offer.objects.filter(pk=course.pk), "fa"),
                                {f"offer-{course.pk}-title": "کلاس آلمانی عصرها"})  # fmt: skip
        with pytest.raises(XliffError, match="You may not import translations into “fa”"):
            import_xliff(document, editor, languages=["uk", "ti"])


def deepl_server(fail=False):
    def translate(method, query, body):
        payload = json.loads(body)
        if fail:
            return 456, {}, {"message": "Quota exceeded"}, 0
        texts = [f"[{payload['target_lang']}] {text}" for text in payload["text"]]
        return 200, {}, {"translations": [{"detected_source_language": "DE", "text": t}
                                          for t in texts]}, 0  # fmt: skip

    return serve(Routes({"/v2/translate": translate}))


def libretranslate_server():
    def translate(method, query, body):
        payload = json.loads(body)
        return 200, {}, {"translatedText": [f"<{payload['target']}> {q}" for q in payload["q"]]}, 0

    return serve(Routes({"/translate": translate}))


def service(provider, url, key="", timeout=20):
    with override_settings(
        MACHINE_TRANSLATION_PROVIDER=provider,
        MACHINE_TRANSLATION_URL=url,
        MACHINE_TRANSLATION_KEY=key,
        MACHINE_TRANSLATION_TIMEOUT=timeout,
    ):
        return machine_translation.configured()


def translate(offer, language, editor, configured):
    return services.machine_translate(
        offers=Offer.objects.filter(pk=offer.pk),
        language=language,
        user=editor,
        service=configured,
    )


class TestMachineTranslation:
    def test_deepl_fills_only_empty_texts_and_marks_them(self, course, editor):
        course.title_uk = "Курс німецької (людський переклад)"
        course.save()
        server = deepl_server()
        result = translate(course, "uk", editor, service("deepl", server.base, "k-123"))
        assert (len(result.changed), result.refused, result.stopped) == (1, [], "")
        method, path, _query, headers, body = server.requests[0]
        assert (method, path) == ("POST", "/v2/translate")
        assert headers["Authorization"] == "DeepL-Auth-Key k-123"
        sent = json.loads(body)
        assert (sent["source_lang"], sent["target_lang"]) == ("DE", "UK")
        assert "Deutschkurs am Abend" not in sent["text"]  # a person's translation is kept
        course.refresh_from_db()
        assert course.title_uk == "Курс німецької (людський переклад)"
        assert course.summary_uk == "[UK] Deutsch lernen nach der Arbeit."
        assert course.is_machine_translated("uk")
        assert course.translation_state("uk") == "complete"
        server.shutdown()

    def test_libretranslate_speaks_its_own_codes(self, course, editor):
        server = libretranslate_server()
        translate(course, "kmr", editor, service("libretranslate", server.base))
        sent = json.loads(server.requests[0][4])
        assert (sent["source"], sent["target"], sent["format"]) == ("de", "ku", "text")
        assert "api_key" not in sent
        course.refresh_from_db()
        assert course.title_kmr == "<ku> Deutschkurs am Abend"
        server.shutdown()

    def test_a_refusing_service_stops_and_changes_nothing(self, course, editor):
        server = deepl_server(fail=True)
        result = translate(course, "fr", editor, service("deepl", server.base))
        assert result.changed == [] and "HTTP 456" in result.stopped and "Quota" in result.stopped
        course.refresh_from_db()
        assert not course.title_fr and not course.is_machine_translated("fr")
        server.shutdown()

    def test_an_unreachable_service_is_reported(self, course, editor):
        result = translate(course, "fr", editor, service("deepl", "http://127.0.0.1:9", timeout=2))
        assert "DeepL did not answer" in result.stopped

    def test_the_page_says_so_until_an_editor_checks_or_changes_it(self, course, editor, client):
        server = deepl_server()
        translate(course, "tr", editor, service("deepl", server.base))
        server.shutdown()
        url = f"/tr/offers/{course.pk}/{course.slug}/"
        note = "Bu sayfa bir makine tarafından çevrildi"
        assert note in client.get(url).content.decode()
        assert note not in client.get(f"/uk/offers/{course.pk}/{course.slug}/").content.decode()
        services.confirm_translation(
            offers=Offer.objects.filter(pk=course.pk), language="tr", user=editor
        )
        course.refresh_from_db()
        assert not course.is_machine_translated("tr")
        assert note not in client.get(url).content.decode()

    def test_an_editor_changing_the_text_makes_it_theirs(self, course, editor):
        course.machine_translated = ["ru"]
        course.title_ru = "Машинный перевод"
        course.save()
        course.refresh_from_db()
        assert course.is_machine_translated("ru") is False  # a person wrote it (save() saw it)
        course.machine_translated = ["ru"]
        course.save(update_fields=["machine_translated"])
        course = Offer.objects.get(pk=course.pk)
        course.title_ru = "Вечерний курс немецкого"
        course.save()
        assert not Offer.objects.get(pk=course.pk).is_machine_translated("ru")


class TestTranslationsPage:
    def test_completeness_export_and_import_in_the_back_office(
        self, editor_client, course, post_starting_jobs
    ):
        OfferFactory(every_language=True)
        url = reverse("admin:offers_offer_translations")
        page = editor_client.get(url).content.decode()
        assert "Ukrainian" in page and "Tigrinya" in page and "50 %" in page
        exported = editor_client.post(url, {"export": "1", "language": "ti", "which": "missing"})
        assert exported["Content-Type"].startswith("application/xliff+xml")
        assert f'id="offer-{course.pk}"' in exported.content.decode()
        filled = fill_targets(exported.content, {f"offer-{course.pk}-title": "ኮርስ ጀርመንኛ ምሸት"})
        upload = SimpleUploadedFile("t.xlf", filled)
        started = post_starting_jobs(editor_client, url, {"import": "1", "file": upload})
        job_page = started["Location"]
        assert "1 text of 1 offer imported." in editor_client.get(job_page).content.decode()
        course.refresh_from_db()
        assert course.title_ti == "ኮርስ ጀርመንኛ ምሸት"
        # A translation import is undone like any other job.
        post_starting_jobs(editor_client, f"{job_page.removesuffix('change/')}undo/", {})
        course.refresh_from_db()
        assert course.title_ti != "ኮርስ ጀርመንኛ ምሸት"

    def test_a_refused_file_names_every_problem_and_saves_nothing(
        self, editor_client, course, post_starting_jobs
    ):
        url = reverse("admin:offers_offer_translations")
        exported = editor_client.post(url, {"export": "1", "language": "ti", "which": "missing"})
        broken = exported.content.replace(f'id="offer-{course.pk}"'.encode(), b'id="offer-999999"')
        upload = SimpleUploadedFile("t.xlf", broken)
        started = post_starting_jobs(editor_client, url, {"import": "1", "file": upload})
        page = editor_client.get(started["Location"]).content.decode()
        assert "Nothing was imported" in page and "999999" in page

    def test_the_start_page_shows_completeness_per_language(self, editor_client, course):
        page = editor_client.get(reverse("admin:index")).content.decode()
        assert 'id="translations-title"' in page and "Kurmanji" in page
