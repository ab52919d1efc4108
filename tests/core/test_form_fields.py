"""The shared include of public forms (templates/includes/form_fields.html), rendered
with errors: the summary links to each field, the fields say they are invalid and are
described by their messages. The browser tests cover the real forms; this covers a group
of radio buttons with an error, which none of the public forms can produce today."""

from bs4 import BeautifulSoup
from django import forms
from django.template.loader import render_to_string
from django.test import SimpleTestCase


class ExampleForm(forms.Form):
    name = forms.CharField(label="Naam", help_text="Zoals je aangesproken wilt worden.")
    kind = forms.ChoiceField(
        label="Wat wil je?",
        choices=[("vraag", "Een vraag"), ("hulp", "Hulp")],
        widget=forms.RadioSelect,
    )
    agree = forms.BooleanField(label="Akkoord")
    note = forms.CharField(label="Opmerking", required=False)


class TestFormFieldsInclude(SimpleTestCase):
    def render(self, data):
        html = render_to_string("includes/form_fields.html", {"form": ExampleForm(data)})
        return BeautifulSoup(html, "html.parser")

    def test_summary_links_to_every_invalid_field_including_the_first_radio_button(self):
        soup = self.render({"note": "blijft staan"})
        summary = soup.select_one(".form-errors[role=alert]")
        hrefs = [a["href"] for a in summary.select("a")]
        self.assertEqual(hrefs, ["#id_name", "#id_kind_0", "#id_agree"])
        for href in hrefs:
            self.assertIsNotNone(soup.find(id=href[1:]), href)

    def test_invalid_fields_are_marked_and_described_by_their_messages(self):
        soup = self.render({"note": "blijft staan"})
        name = soup.find(id="id_name")
        self.assertEqual(name["aria-invalid"], "true")
        self.assertEqual(name["aria-describedby"], "id_name_helptext id_name_error")
        self.assertIn("verplicht", soup.find(id="id_name_error").get_text())
        fieldset = soup.find(id="id_kind_0").find_parent("fieldset")
        self.assertEqual(fieldset["aria-describedby"], "id_kind_error")
        self.assertEqual(fieldset.legend.get_text(strip=True), "Wat wil je?")
        for radio in fieldset.select("input[type=radio]"):
            self.assertEqual(radio["aria-invalid"], "true")
        self.assertEqual(soup.find(id="id_agree")["aria-describedby"], "id_agree_error")
        self.assertEqual(soup.find(id="id_note")["value"], "blijft staan")
        self.assertFalse(soup.find(id="id_note").has_attr("aria-invalid"))

    def test_a_valid_or_unsent_form_has_no_summary_and_marks_optional_fields(self):
        soup = self.render(None)
        self.assertIsNone(soup.select_one(".form-errors"))
        self.assertIsNone(soup.find(attrs={"aria-invalid": True}))
        note_label = soup.find("label", attrs={"for": "id_note"}).get_text(" ", strip=True)
        self.assertEqual(note_label, "Opmerking (optioneel)")
