"""Exports never break on what is stored, and never run it (core/exports.py): the
admin's CSV and XLSX downloads of registrations with a formula and control
characters stored (written by code, or before input was cleaned)."""

import io

from django.test import TestCase
from django.urls import reverse
from openpyxl import load_workbook

from agenda.factories import EventPageFactory, RegistrationFactory
from core.exports import spreadsheet_safe
from members.factories import SuperUserFactory


class TestSpreadsheetSafe(TestCase):
    def test_cells(self):
        self.assertEqual(spreadsheet_safe("=HYPERLINK(1)"), "'=HYPERLINK(1)")
        self.assertEqual(spreadsheet_safe("-2+3"), "'-2+3")
        self.assertEqual(spreadsheet_safe("Bea\x00\x07 de Boer"), "Bea de Boer")
        self.assertEqual(spreadsheet_safe("regel\nregel"), "regel\nregel")
        self.assertEqual(spreadsheet_safe(7), 7)


class TestRegistrationExports(TestCase):
    @classmethod
    def setUpTestData(cls):
        event = EventPageFactory(capacity=10)
        RegistrationFactory(
            event=event,
            name="=cmd|' /C calc'!A0",
            email="a@example.org",
            organisation="De\x0bLinde",
        )
        cls.superuser = SuperUserFactory()

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_xlsx_export_opens_and_shows_text(self):
        response = self.client.get(reverse("event_registration:index"), {"export": "xlsx"})
        self.assertEqual(response.status_code, 200)
        content = (
            b"".join(response.streaming_content)
            if getattr(response, "streaming", False)
            else response.content
        )
        sheet = load_workbook(io.BytesIO(content)).active
        values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
        self.assertIn("'=cmd|' /C calc'!A0", values)
        self.assertIn("DeLinde", values)

    def test_csv_export_defuses_formulas(self):
        response = self.client.get(reverse("event_registration:index"), {"export": "csv"})
        content = b"".join(response.streaming_content).decode()
        self.assertIn("'=cmd|", content)
        self.assertNotIn("\x0b", content)
