"""Does a text seem to hold personal data of a child or a family? (issue 15, item 8)

Before a member publishes a post, `findings(text)` looks for what should not be on the
platform: a citizen service number (nine digits that pass the eleven-test), a date of
birth next to a name, a Dutch address (a street with a house number, or a postcode
such as 1234 AB). It only warns: the writer edits the text or confirms it is fine.
The check errs on the side of a warning; it never stores or logs what it found.
"""

import re

from django.utils.translation import gettext_lazy as _

BSN = "bsn"
BIRTH_DATE = "birth_date"
ADDRESS = "address"

DESCRIPTIONS = {
    BSN: _("een burgerservicenummer (BSN)"),
    BIRTH_DATE: _("een geboortedatum bij een naam"),
    ADDRESS: _("een adres"),
}

# Nine digits, also written in groups (123 456 782, 1234.56.782), not inside a longer number.
_NINE_DIGITS = re.compile(r"(?<![\d.,-])(\d(?:[ .-]?\d){8})(?![\d]|[.,-]\d)")

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE = (
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)\d{{2}}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}})"
)
_BIRTH_WORDS = r"(?:geboren|geb\.|geboortedatum|geboortedag|verjaardag|jarig)"
# A birth word near a date, either way round.
_BIRTH_NEAR_DATE = re.compile(
    rf"{_BIRTH_WORDS}[^\n]{{0,40}}?{_DATE}|{_DATE}[^\n]{{0,25}}?{_BIRTH_WORDS}",
    re.IGNORECASE,
)
# A name right before a date: "Sanne 12-03-2015", "Sanne (12-03-2015)", "Sanne, 3 mei 2016".
_NOT_NAMES = (
    "Op|Per|Vanaf|Tot|Sinds|Voor|Na|Om|Tussen|In|Rond|Uiterlijk|Datum|Deadline|Vandaag"
    "|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Bijeenkomst|Overleg"
)
_NAME_THEN_DATE = re.compile(
    rf"\b(?!(?:{_NOT_NAMES})\b)[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?\s*[(,]?\s*{_DATE}"
)
_STREET_SUFFIXES = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|park|markt"
    "|plantsoen|boulevard|erf|wal|baan|dam|veld|ring|oord|lei"
)
_STREET_AND_NUMBER = re.compile(
    rf"\b[A-Za-zà-ÿ'-]*(?:{_STREET_SUFFIXES})\s+\d{{1,5}}(?:\s?[a-zA-Z]\b|-\d+)?\b",
    re.IGNORECASE,
)
# A postcode in capitals (SA, SD and SS are not issued); "2024 en" is not a postcode.
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")


def passes_eleven_test(digits):
    """The BSN's check: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not 0)."""
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def has_bsn(text):
    for match in _NINE_DIGITS.finditer(text):
        if passes_eleven_test(re.sub(r"\D", "", match.group(1))):
            return True
    return False


def has_birth_date(text):
    return bool(_BIRTH_NEAR_DATE.search(text) or _NAME_THEN_DATE.search(text))


def has_address(text):
    return bool(_STREET_AND_NUMBER.search(text) or _POSTCODE.search(text))


def findings(text):
    """The kinds of personal data `text` seems to hold, in a fixed order: a list of
    `BSN`, `BIRTH_DATE`, `ADDRESS` (empty when none)."""
    if not text:
        return []
    checks = ((BSN, has_bsn), (BIRTH_DATE, has_birth_date), (ADDRESS, has_address))
    return [kind for kind, check in checks if check(text)]


def describe(kinds):
    """'een adres', 'een BSN en een adres': the findings in Dutch, for a message."""
    names = [str(DESCRIPTIONS[kind]) for kind in kinds]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " " + str(_("en")) + " " + names[-1]
