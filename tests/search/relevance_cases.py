"""Dutch queries over the demo content (`seed_demo`) and the pages each must find in its first 10.

Judged by a person, not read off a backend's output: the pages a teacher, a youth
care worker or a parent would expect. Some queries use one domain's word for a page
written in another domain's words (casusoverleg, beroepsgeheim, gezinsplan).
"""

CASES = [
    (
        "thuiszitters",
        [
            "Thuiszitters",
            "Thuiszittersoverleg met leerplicht en jeugdhulp in Enschede",
            "Route bij dreigend thuiszitten",
            "Verzuimspreekuur met de jeugdarts in Oss",
        ],
    ),
    (
        "verzuim",
        [
            "Verzuimspreekuur met de jeugdarts in Oss",
            "Verzuimspreekuur met de jeugdarts in Heerlen",
            "Thuiszitters",
        ],
    ),
    ("thuiszitten", ["Route bij dreigend thuiszitten", "Thuiszitters"]),
    (
        "leerplicht",
        [
            "Thuiszittersoverleg met leerplicht en jeugdhulp in Enschede",
            "Vrijstellingen artikel 5a",
        ],
    ),
    ("jeugdarts", ["Verzuimspreekuur met de jeugdarts in Oss", "De rol van de jeugdarts"]),
    (
        "warme overdracht",
        [
            "Warme overdracht in de praktijk",
            "Warme overdracht van kinderopvang naar basisschool in Goes",
        ],
    ),
    (
        "kinderopvang",
        [
            "Gezinscoach op de kinderopvang in Almelo",
            "Warme overdracht van kinderopvang naar basisschool in Lelystad",
        ],
    ),
    ("ouderkamer", ["Ouderkamer op school in Groningen", "Ouderkamer op school in Vlissingen"]),
    (
        "ervaringsdeskundige ouders",
        [
            "Ervaringsdeskundige ouders in het ondersteuningsteam in Lelystad",
            "Ervaringsdeskundigheid organiseren",
        ],
    ),
    ("passend onderwijs", ["Ouderplatform passend onderwijs in Gouda"]),
    (
        "zorg in onderwijstijd",
        ["Zorg in onderwijstijd", "Onderwijs-zorgarrangement zonder schotten"],
    ),
    (
        "netwerkregie",
        ["Netwerkregie in de gemeente", "Wat is netwerkregie?", "Masterclass Netwerkregie"],
    ),
    (
        "lokale educatieve agenda",
        [
            "Voorbeelden van een lokale educatieve agenda",
            "Lokale educatieve agenda voor onderwijs en jeugd in Vlissingen",
        ],
    ),
    ("buurtsportcoach", ["Buurtsportcoach op het schoolplein in Amersfoort"]),
    ("logopedie", ["Peutergroep met logopedie en jeugdverpleegkundige in Almelo"]),
    (
        "mentale gezondheid",
        ["Mentale gezondheid in de klas in Almere", "Wachtlijsten in de jeugd-ggz"],
    ),
    ("overstap mbo", ["Overstapbegeleiding 18-/18+ in het mbo in Venlo"]),
    ("doorbraakoverleg", ["Doorbraakoverleg met een budget voor maatwerk in Middelburg"]),
    (
        "casusoverleg",
        [
            "Doorbraakoverleg met een budget voor maatwerk in Helmond",
            "Ervaringsdeskundige ouders in het ondersteuningsteam in Venlo",
        ],
    ),
    ("gezinscoach", ["Gezinscoach op de kinderopvang in Gouda"]),
    ("huisarts", ["Korte lijnen tussen school en huisartsenpraktijk in Helmond"]),
    (
        "jeugdprofessional",
        ["Jeugdprofessional in de klas", "Jeugdprofessional in de school in Arnhem"],
    ),
    ("gezinsplan", ["Eén plan per gezin", "Eén gezin, één plan in Middelburg"]),
    ("beroepsgeheim", ["Gegevens delen tussen school en wijkteam", "Privacy en toestemming"]),
    ("wachtlijsten ggz", ["Wachtlijsten in de jeugd-ggz"]),
    ("leerlingenvervoer", ["Leerlingenvervoer bij maatwerk"]),
    ("vrijstelling", ["Vrijstellingen artikel 5a"]),
    ("Twente", ["Twente"]),
    (
        "dialoogavond",
        ["Dialoogavond ouders en professionals", "Terugblik: dialoogavond ouders en professionals"],
    ),
    ("masterclass", ["Masterclass Netwerkregie", "Masterclass Inclusief onderwijs"]),
    ("convenant", ["Voorbeeldconvenant onderwijs en jeugdhulp"]),
    ("ontwikkelkansen", ["Monitor ontwikkelkansen per wijk in Zaanstad"]),
    ("huiswerkbegeleiding", ["Sport en huiswerkbegeleiding na school in Emmen"]),
    (
        "scholing leerkrachten",
        ["Samen leren: scholing voor leerkrachten en jeugdprofessionals in Assen"],
    ),
    ("speciaal onderwijs", ["Speciaal en regulier onder één dak in Haarlem"]),
]


def recall_at_10(search):
    """[(query, recall, missing titles)] for `search(query) -> list of titles`."""
    rows = []
    for query, expected in CASES:
        found = search(query)[:10]
        missing = [title for title in expected if title not in found]
        rows.append((query, 1 - len(missing) / len(expected), missing))
    return rows


def report(label, rows):
    mean = sum(recall for _q, recall, _m in rows) / len(rows)
    lines = [
        f"# recall@10 on the demo content: {label}",
        "",
        f"{len(rows)} queries, mean recall@10 = {mean:.3f}",
        "",
        "| query | recall@10 | missing from the first 10 |",
        "|---|---|---|",
    ]
    lines += [f"| {q} | {r:.2f} | {'; '.join(m)} |" for q, r, m in rows]
    return mean, "\n".join(lines) + "\n"
