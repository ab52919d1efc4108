"""`manage.py import_practices FILE`: validates every line, writes all or nothing."""

import json
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import TestCase

from practices.factories import get_practice_index
from practices.models import PracticePage
from taxonomy.factories import (
    AdviceFactory,
    AgeGroupFactory,
    AmbitionFactory,
    DomainFactory,
    EvidenceLevelFactory,
    ThemeFactory,
)
from taxonomy.models import Domain


def practice(n=1, **overrides):
    data = {
        "external_id": f"nji-{n}",
        "title": f"Samen rond het kind {n}",
        "summary": "School en jeugdhulp maken één plan met het gezin.",
        "problem": "Kinderen zaten thuis.\n\nNiemand had overzicht.",
        "approach": "Eén overleg per maand.",
        "results": "Sneller terug naar school.",
        "measurement": "Aantal thuiszitters per kwartaal.",
        "lessons": "Begin klein.",
        "domains": ["Onderwijs", "jeugd"],
        "themes": ["thuiszitters"],
        "age_groups": ["4-12"],
        "evidence_level": "Beschreven",
        "advices": [1, "2"],
        "ambitions": [3],
        "prevention_level": "selectief",
        "place": "Arnhem",
        "contact_email": "info@example.org",
    }
    data.update(overrides)
    return data


class ImportTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_practice_index()
        DomainFactory(slug="onderwijs")
        DomainFactory(slug="jeugd")
        ThemeFactory(name="thuiszitters")
        AgeGroupFactory(label="4-12")
        EvidenceLevelFactory(rank=2)  # "Beschreven" in the demo ladder
        for number in (1, 2):
            AdviceFactory(number=number)
        AmbitionFactory(number=3)

    def write_file(self, lines):
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - removed in cleanup
            "w", suffix=".jsonl", delete=False, encoding="utf-8"
        )
        self.addCleanup(Path(handle.name).unlink)
        for line in lines:
            handle.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
        handle.close()
        return handle.name

    def run_import(self, lines):
        out, err = StringIO(), StringIO()
        call_command("import_practices", self.write_file(lines), stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    def failing_import(self, lines):
        out, err = StringIO(), StringIO()
        with self.assertRaises(CommandError) as caught:
            call_command("import_practices", self.write_file(lines), stdout=out, stderr=err)
        return str(caught.exception), err.getvalue()


class TestImportPractices(ImportTestCase):
    def test_a_good_file_creates_published_practices_with_their_taxonomy(self):
        out, _err = self.run_import([practice(1), practice(2)])
        self.assertIn("2 nieuw, 0 bijgewerkt", out)
        page = PracticePage.objects.get(external_id="nji-1")
        self.assertTrue(page.live)
        self.assertEqual(page.get_parent().pk, self.index.pk)
        self.assertEqual(sorted(d.slug for d in page.domains.all()), ["jeugd", "onderwijs"])
        self.assertEqual([t.name for t in page.themes.all()], ["thuiszitters"])
        self.assertEqual([a.number for a in page.advices.order_by("number")], [1, 2])
        self.assertEqual(page.evidence_level.rank, 2)
        response = self.client.get(page.url)
        self.assertContains(response, "Niemand had overzicht.")
        self.assertContains(response, "Aantal thuiszitters per kwartaal.")

    def test_running_it_again_updates_and_never_duplicates(self):
        self.run_import([practice(1)])
        out, _err = self.run_import([practice(1, title="Nieuwe titel"), practice(2)])
        self.assertIn("1 nieuw, 1 bijgewerkt", out)
        self.assertEqual(PracticePage.objects.filter(external_id="nji-1").count(), 1)
        self.assertEqual(PracticePage.objects.get(external_id="nji-1").title, "Nieuwe titel")
        self.assertEqual(PracticePage.objects.count(), 2)

    def test_imported_practices_are_found_by_search_at_once(self):
        self.run_import([practice(1, title="Wijkteam in Zeewolde"), practice(2)])
        response = self.client.get("/zoeken/", {"q": "zeewolde"})
        self.assertContains(response, "Wijkteam in Zeewolde")
        self.run_import([practice(1, title="Wijkteam in Dronten")])
        response = self.client.get("/zoeken/", {"q": "dronten"})
        self.assertContains(response, "Wijkteam in Dronten")
        self.assertNotContains(self.client.get("/zoeken/", {"q": "zeewolde"}), "Wijkteam in")
        # The search index follows ordinary saves again after an import.
        page = PracticePage.objects.get(external_id="nji-2")
        page.title = "Schoolplein in Urk"
        page.save_revision().publish()
        self.assertContains(self.client.get("/zoeken/", {"q": "urk"}), "Schoolplein in Urk")

    def test_imported_practices_are_in_the_reference_index(self):
        from wagtail.models import ReferenceIndex

        self.run_import([practice(1)])
        page = PracticePage.objects.get(external_id="nji-1")
        references = ReferenceIndex.get_references_for_object(page)
        self.assertTrue(references.exists())

    def test_progress_is_shown_for_large_files(self):
        out = StringIO()
        path = self.write_file([practice(n) for n in range(1, 6)])
        call_command("import_practices", path, "--progress-every", "2", stdout=out)
        self.assertIn("gecontroleerd: 4", out.getvalue())
        self.assertIn("opgeslagen: 4", out.getvalue())

    def test_html_in_text_fields_is_escaped_on_output(self):
        self.run_import(
            [
                practice(
                    1,
                    summary='<script>alert("x")</script> samenvatting',
                    problem='<img src=x onerror="alert(1)"> probleem',
                    place="<b>Arnhem</b>",
                )
            ]
        )
        page = PracticePage.objects.get(external_id="nji-1")
        response = self.client.get(page.url)
        html = response.content.decode()
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("<img src=x", html)
        self.assertIn("&lt;script&gt;", html)
        self.assertIn("&lt;img src=x", html)

    def test_dry_run_writes_nothing(self):
        out = StringIO()
        call_command("import_practices", self.write_file([practice(1)]), "--dry-run", stdout=out)
        self.assertIn("niets opgeslagen", out.getvalue())
        self.assertFalse(PracticePage.objects.exists())


class TestImportRefusesBadInput(ImportTestCase):
    def assertRefused(self, lines, *expected):
        message, err = self.failing_import(lines)
        self.assertIn("Er is niets opgeslagen", message)
        for text in expected:
            self.assertIn(text, err)
        self.assertFalse(PracticePage.objects.exists(), "nothing may be written")
        return err

    def test_missing_fields(self):
        bad = practice(2)
        del bad["summary"]
        self.assertRefused(
            [practice(1), bad, practice(3, title="")],
            "Regel 2: het veld 'summary' ontbreekt of is leeg.",
            "Regel 3: het veld 'title' ontbreekt of is leeg.",
        )

    def test_unknown_taxonomy_names(self):
        self.assertRefused(
            [
                practice(1, domains=["Onderwijs", "Ruimtevaart"]),
                practice(2, themes=["bestaat niet"]),
                practice(3, evidence_level="Heel goed"),
                practice(4, advices=[99]),
                practice(5, age_groups=["30-40"]),
            ],
            "Regel 1: onbekend domein 'Ruimtevaart'.",
            "Regel 2: onbekend thema 'bestaat niet'.",
            "Regel 3: onbekend bewijsniveau 'Heel goed'.",
            "Regel 4: onbekend advies '99'.",
            "Regel 5: onbekend leeftijdsgroep '30-40'.",
        )

    def test_invalid_json(self):
        self.assertRefused(
            [practice(1), '{"external_id": "x", "title": ', "[1, 2]"],
            "Regel 2: geen geldige JSON",
            "Regel 3: elke regel moet één object zijn",
        )

    def test_a_line_of_one_megabyte(self):
        huge = practice(2, summary="a" * (1024 * 1024))
        self.assertRefused([practice(1), huge], "Regel 2: de regel is te lang")

    def test_wrong_types_and_values(self):
        self.assertRefused(
            [
                practice(1, domains="Onderwijs"),
                practice(2, prevention_level="soms"),
                practice(3, contact_email="geen-adres"),
                practice(4, summary=["lijst"]),
                practice(5, onbekend=1),
                practice(1),
            ],
            "Regel 1: het veld 'domains' moet een lijst met namen zijn.",
            "Regel 2: onbekend preventieniveau 'soms'",
            "Regel 3: 'geen-adres' is geen geldig e-mailadres.",
            "Regel 4: het veld 'summary' ontbreekt of is leeg.",
            "Regel 5: onbekende velden: onbekend.",
            "Regel 6: external_id 'nji-1' staat ook op regel 1.",
        )

    def test_bytes_that_are_not_utf8(self):
        path = self.write_file([practice(1)])
        with open(path, "ab") as handle:
            handle.write(b"\xff\xfe{}\n")
        err = StringIO()
        with self.assertRaises(CommandError):
            call_command("import_practices", path, stdout=StringIO(), stderr=err)
        self.assertIn("Regel 2: de tekst is geen UTF-8.", err.getvalue())
        self.assertFalse(PracticePage.objects.exists())

    def test_a_missing_file_is_a_clear_message(self):
        with self.assertRaisesMessage(CommandError, "Bestand niet gevonden"):
            call_command("import_practices", "/bestaat/niet.jsonl", stdout=StringIO())

    def test_an_empty_file(self):
        message, _err = self.failing_import(["", "  "])
        self.assertIn("geen praktijkvoorbeelden", message)

    def test_a_failure_during_writing_rolls_everything_back(self):
        from practices import importer

        records, problems = importer.validate([json.dumps(practice(1)), json.dumps(practice(2))])
        self.assertEqual(problems, [])
        # A term deleted between validating and writing: the second page cannot be saved.
        records[1].relations["domains"] = [Domain(name="Weg", slug="weg")]
        with self.assertRaises(ValueError):
            importer.write(records)
        self.assertFalse(PracticePage.objects.exists())
