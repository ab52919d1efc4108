"""Text as people type it, stored clean: every public form normalises Unicode (NFC) and
drops control characters and bidi overrides before it validates and saves."""

import unicodedata

from django.test import TestCase
from django.urls import reverse

from core.sanitize import clean_text
from mao_tafel.models import HelpRequest
from taxonomy.factories import DomainFactory
from tests.agenda.test_registrations import FormTokenMixin
from tests.mao_tafel.test_knock import knock_data

DECOMPOSED = unicodedata.normalize("NFD", "Café Noël")  # "e" + combining accent
RLO = "\u202e"  # right-to-left override


class TestCleanText(TestCase):
    def test_nfc_controls_and_bidi(self):
        self.assertEqual(clean_text(DECOMPOSED), "Café Noël")
        self.assertEqual(clean_text(f"ab\x00c\x07d{RLO}e\u2066f"), "abcdef")
        self.assertEqual(
            clean_text("regel 1\nregel 2\tmet tab\r\n"), "regel 1\nregel 2\tmet tab\r\n"
        )
        self.assertEqual(clean_text(""), "")
        self.assertIsNone(clean_text(None))


class TestPublicFormsStoreCleanText(FormTokenMixin, TestCase):
    def test_a_question_to_the_mao_tafel_is_stored_clean(self):
        data = knock_data(
            DomainFactory(slug="zorg"),
            question=f"Wie helpt {DECOMPOSED}?\x00\x1b[31m Leerling{RLO}gnil zit thuis.\n\nGraag!",
            name=f"Fatima{RLO} de Vries\x08",
        )
        response = self.post_form(reverse("mao_tafel:knock"), data)
        self.assertEqual(response.status_code, 302)
        stored = HelpRequest.objects.get()
        self.assertEqual(stored.name, "Fatima de Vries")
        self.assertEqual(
            stored.question, "Wie helpt Café Noël?[31m Leerlinggnil zit thuis.\n\nGraag!"
        )

    def test_a_name_of_only_control_characters_is_an_empty_required_field(self):
        data = knock_data(DomainFactory(slug="zorg"), question="\x00\x01\x02", name="Fatima")
        response = self.post_form(reverse("mao_tafel:knock"), data)
        self.assertEqual(response.status_code, 200)  # a Dutch error, what was typed kept
        self.assertFalse(HelpRequest.objects.exists())
        self.assertContains(response, 'value="Fatima"')
