"""Spreadsheet exports that never break on what is stored, and never run it.

One rule for every export (the admin's CSV and XLSX downloads of our viewsets, the
attendee list of an event): a cell that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a leading apostrophe, so Excel and LibreOffice show it as text
instead of running it as a formula ("CSV injection"); characters an XLSX file cannot
hold (control characters, which openpyxl refuses with an error) are left out.
"""

import re

from wagtail.admin.views.generic import IndexView

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What openpyxl refuses in a cell (openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE).
XLSX_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def spreadsheet_safe(value):
    """`value` as a cell a spreadsheet shows as text; non-strings pass unchanged."""
    if not isinstance(value, str):
        return value
    value = XLSX_ILLEGAL.sub("", value)
    return "'" + value if value.startswith(FORMULA_START) else value


class SafeExportIndexView(IndexView):
    """Wagtail's listing with CSV/XLSX export, every text cell `spreadsheet_safe`."""

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))
