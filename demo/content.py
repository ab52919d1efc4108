"""The words of the demo site, taken from or written after the network's texts in `seeds/`.

Bodies are lists of blocks in a small notation the builder turns into StreamField data:
("heading", text), ("paragraph", html), ("quote", quote, attribution),
("document", document_key, title), ("image", image_key, caption).
"""

# key -> title, palette, style
IMAGES = {
    "cirkels-zeegroen": ("Decoratief: cirkels in zeegroen", "zeegroen", "cirkels"),
    "golven-zand": ("Decoratief: golven in zandtinten", "zand", "golven"),
    "blokken-hemelsblauw": ("Decoratief: blokken in hemelsblauw", "hemelsblauw", "blokken"),
    "cirkels-salie": ("Decoratief: cirkels in saliegroen", "salie", "cirkels"),
    "golven-terracotta": ("Decoratief: golven in terracotta", "terracotta", "golven"),
    "blokken-lavendel": ("Decoratief: blokken in lavendel", "lavendel", "blokken"),
    "golven-zeegroen": ("Decoratief: golven in zeegroen", "zeegroen", "golven"),
    "cirkels-hemelsblauw": ("Decoratief: cirkels in hemelsblauw", "hemelsblauw", "cirkels"),
}

# key -> title, filename, paragraphs of the generated PDF
DOCUMENTS = {
    "advies-vrijblijvendheid": (
        "Adviesrapport De vrijblijvendheid voorbij (samenvatting)",
        "de-vrijblijvendheid-voorbij-samenvatting.pdf",
        [
            "De vrijblijvendheid voorbij is het adviesrapport over het vervolg van Met Andere "
            "Ogen. De praktijk wil doorpakken en de interprofessionele en inclusieve "
            "samenwerking verstevigen, om zo het verschil te maken voor en met veel meer "
            "kinderen en ouders.",
            "Méér focus op de lokale praktijk waar onderwijs, zorg en jeugd samenwerken. Méér "
            "focus op inclusieve samenwerking met ouders en professionals.",
            "De ambities van Met Andere Ogen II: de samenwerking op lokaal en regionaal niveau "
            "verdiepen; het bereik van het netwerk vergroten; inclusieve samenwerking; "
            "interprofessioneel samenwerken; de regierol van gemeenten versterken; leren van de "
            "goede voorbeelden uit de praktijk; knelpunten in het systeem agenderen en aanpakken.",
            "Dit is een samenvatting, gemaakt voor de demonstratieomgeving van het platform.",
        ],
    ),
    "programmaplan-2020": (
        "Programmaplan Met Andere Ogen 2020 (samenvatting)",
        "programmaplan-met-andere-ogen-2020.pdf",
        [
            "'Maak mijn doorgaande ontwikkeling mogelijk door de samenwerking tussen onderwijs, "
            "zorg en jeugd te versterken.' Dat is de boodschap van het programmaplan voor 2020.",
            "Het programma is een aanpak in uitvoering, met een lerend netwerk van professionals "
            "en betrokkenen uit het onderwijs, de kinderopvang, het jeugddomein, de zorg en de "
            "overheid. Het netwerk vindt zijn basis in elf inspiratieregio's.",
            "We monitoren elk half jaar of we op de goede weg zijn en maken eind 2020 een nieuw "
            "uitvoeringsprogramma voor 2021.",
        ],
    ),
    "aanmeldprocedure-regio": (
        "Aanmeldprocedure inspiratieregio's",
        "aanmeldprocedure-inspiratieregios.pdf",
        [
            "Wij zoeken regio's of gemeenten met lef en uitvoeringskracht die al in de praktijk "
            "sterk betrokken zijn bij het verbinden van onderwijs, kinderopvang, (jeugd)zorg en "
            "jeugdhulp.",
            "Initiatiefnemers maken zowel op bestuurlijk als op uitvoerend niveau tijd en ruimte "
            "vrij om te leren en anderen te inspireren.",
            "Aanmelden gaat met een korte beschrijving van de coalitie, het goede voorbeeld en de "
            "leervraag van de regio.",
        ],
    ),
    "werkwijze-thuiszittersoverleg": (
        "Werkwijze thuiszittersoverleg",
        "werkwijze-thuiszittersoverleg.pdf",
        [
            "Doel: ieder kind dat langer dan vier weken niet naar school gaat, heeft binnen twee "
            "weken een plan en één contactpersoon.",
            "Deelnemers: school, leerplichtambtenaar, jeugdconsulent, jeugdarts en de ouders. De "
            "jongere is welkom vanaf twaalf jaar.",
            "Werkwijze: melding door school of leerplicht; gesprek met ouders en kind; overleg "
            "binnen twee weken; plan met doelen voor onderwijs en zorg; evaluatie na zes weken.",
        ],
    ),
    "handreiking-ouders": (
        "Handreiking: ouders als gelijkwaardig partner",
        "handreiking-ouders-als-gelijkwaardig-partner.pdf",
        [
            "Ouders kennen hun kind het best. Deze handreiking helpt professionals om ouders "
            "vanaf het eerste gesprek als gelijkwaardig partner te betrekken.",
            "Tien tips: nodig ouders uit voordat er een plan ligt; gebruik gewone taal; vraag "
            "wat ouders zelf al geprobeerd hebben; spreek af wie het aanspreekpunt is; bied een "
            "ervaringsdeskundige aan; en zorg dat ouders altijd het verslag krijgen.",
        ],
    ),
    "evaluatie-jeugdprofessional": (
        "Evaluatie jeugdprofessional in de school",
        "evaluatie-jeugdprofessional-in-de-school.pdf",
        [
            "Deze evaluatie beschrijft de ervaringen van leerkrachten, ouders en "
            "jeugdprofessionals na twee jaar werken met een jeugdprofessional in de school.",
            "Leerkrachten voelen zich gesteund en ouders vragen eerder hulp. Voorwaarden: een "
            "vaste plek in de school, vaste dagen en goede afspraken over privacy.",
        ],
    ),
}

HOME = {
    "title": "Met Andere Ogen",
    "lead": "Ieder kind doet mee",
    "intro": (
        "<p>Met Andere Ogen is een lerend netwerk van onderwijs, zorg, jeugd, kinderopvang, "
        "ouders en gemeenten. Samen vergroten we de ontwikkelkansen van kinderen: we "
        "<b>bewegen</b>, <b>leren</b> en <b>agenderen</b>.</p>"
    ),
    "body": [
        ("heading", "Samen al lerende doen wat werkt"),
        (
            "paragraph",
            "<p>Met dit netwerk willen we de lokale praktijk van zorg, onderwijs en jeugd "
            "stimuleren om zo goed mogelijk met elkaar samen te werken, elkaar te inspireren én "
            "van elkaar te leren. Sluit je aan bij een community of practice, deel een "
            "praktijkvoorbeeld of breng een knelpunt in.</p>",
        ),
        (
            "quote",
            "Helpt dit de ontwikkelkansen van een kind te verbeteren? Dat blijft de centrale "
            "vraag.",
            "Programmamanager Met Andere Ogen",
        ),
    ],
}

# slug -> title, intro, body, show_in_menus, children (same shape)
STANDARD_PAGES = [
    {
        "slug": "over",
        "title": "Over Met Andere Ogen",
        "show_in_menus": True,
        "intro": (
            "<p>Met Andere Ogen is een inspiratienetwerk dat de ontwikkelkansen van kinderen in "
            "Nederland vergroot, door een betere samenwerking van ouders, onderwijs, zorg en "
            "jeugd.</p>"
        ),
        "body": [
            ("heading", "MAO als lokaal en inclusief netwerk"),
            (
                "paragraph",
                "<p>Met Andere Ogen (MAO) werd in 2019 opgericht als beweging vanuit een verlangen "
                "om op landelijk, regionaal en lokaal niveau de samenwerking tussen jeugd-, "
                "onderwijs- en zorgorganisaties te versterken, met als doel de ontwikkelkansen "
                "van kinderen te vergroten. Vanaf 2022 gaat MAO verder als lokaal en inclusief "
                "netwerk van samenwerkende coalities, zelfstandige partners en individuele "
                "initiatieven en programma's.</p>",
            ),
            ("heading", "De opgave: ieder kind doet mee"),
            (
                "paragraph",
                "<p>MAO staat voor een grote opgave: samenwerken aan een ononderbroken gezonde "
                "ontwikkeling van ieder kind. Want ieder kind heeft het recht om volledig mee te "
                "doen in de maatschappij. Onze ambities zijn opgedeeld in drie onderdelen: "
                "bewegen, leren en agenderen.</p>",
            ),
            ("heading", "Opdrachtgevers"),
            (
                "paragraph",
                "<p>De Ministeries van VWS en OCW subsidiëren het netwerk. VNG is samen met "
                "Netwerk LPO opdrachtnemer namens de Coalitie. Een regiebureau levert het "
                "programmamanagement en faciliteert en organiseert het bewegen, leren en "
                "agenderen van Met Andere Ogen.</p>",
            ),
        ],
        "children": [
            {
                "slug": "bewegen",
                "title": "Bewegen",
                "show_in_menus": True,
                "intro": (
                    "<p>We stimuleren en faciliteren de lokale praktijk van onderwijs, zorg en "
                    "jeugd om op alle niveaus preventief samen te werken.</p>"
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>Vanuit de aanpak stimuleren en faciliteren we op alle niveaus de "
                        "beweging naar preventief (samen)werken tussen onderwijs, zorg en jeugd. "
                        "Samenwerken moet de logische keuze zijn. We inspireren, we vergroten het "
                        "netwerk van aandeelhouders, versterken de verbinding met andere "
                        "(landelijke) aanpakken en we stimuleren de coalitiepartijen om eigenaar "
                        "te worden van deze beweging, bijvoorbeeld door de inzet van "
                        "coalitieverbinders.</p>",
                    ),
                ],
            },
            {
                "slug": "leren",
                "title": "Leren",
                "show_in_menus": True,
                "intro": (
                    "<p>De kern van onze aanpak is het samen al doende leren en ontwikkelen wat "
                    "werkt.</p>"
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>We leren met een lerend netwerk van partners, inspiratieregio's en "
                        "kennispartners. In de regio's en in communities of practice leren en "
                        "ontwikkelen we samen. Nieuw in MAO II zijn de masterclasses met experts "
                        "en de fieldlabs, waarin professionals nieuwe oplossingen ontwikkelen, "
                        "testen en meetbaar maken.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Om te voorkomen dat kennis uit de praktijk verloren gaat en overal "
                        "het wiel opnieuw wordt uitgevonden, maken we verhalen deelbaar en "
                        "zichtbaar: van storytelling en dialoogavonden tot de Met Andere Ogen "
                        "Doen-dag.</p>",
                    ),
                ],
            },
            {
                "slug": "agenderen",
                "title": "Agenderen",
                "show_in_menus": True,
                "intro": (
                    "<p>Op basis van wat we leren in de praktijk agenderen we onderwerpen op de "
                    "juiste plek.</p>"
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>Op basis van wat we leren in de praktijk en in communities of "
                        "practice agenderen we de onderwerpen op de juiste plek, zodat het "
                        "stelsel meer faciliterend is aan de uitvoeringspraktijk. Het vertalen "
                        "van lokale praktijk naar landelijk beleid hoort daarbij, evenals het "
                        "aanpassen van opleidingen voor (toekomstige) professionals.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Loop je vast op regels, budgetten of schotten tussen organisaties? "
                        "Breng het in als knelpunt. De MAO-tafel bespreekt de knelpunten en "
                        "zorgt dat ze op de juiste tafel komen.</p>",
                    ),
                ],
            },
            {
                "slug": "geschiedenis",
                "title": "Geschiedenis",
                "show_in_menus": True,
                "intro": (
                    "<p>Het programma Met Andere Ogen is gestart vanuit een verlangen van een "
                    "brede Coalitie van onderwijs, jeugdhulp, zorg, cliënt- en "
                    "ouderorganisaties en VNG.</p>"
                ),
                "body": [
                    ("heading", "Over het programma Met Andere Ogen"),
                    (
                        "paragraph",
                        "<p>Het programma Met Andere Ogen is gestart vanuit een verlangen van "
                        "een brede Coalitie vanuit onderwijsveld, jeugdhulp- en zorgbranches, "
                        "cliënt/ouder-organisaties en VNG, om door een betere samenwerking bij "
                        "te dragen aan betere ontwikkelkansen voor elk kind. De uitvoering is "
                        "gebaseerd op de 7 adviezen uit het adviesrapport en implementatieplan "
                        "van René Peeters.</p>",
                    ),
                    ("heading", "De zeven adviezen uit 'Met andere ogen'"),
                    (
                        "paragraph",
                        "<ol><li>Het verbreden van teams (interprofessioneel).</li><li>Inperken "
                        "vrijstellingen op basis van artikel 5a.</li><li>Betrekken ouders en "
                        "kinderen is essentieel om resultaat te behalen.</li><li>Brede lokale "
                        "afspraken over jeugd onder regie gemeente.</li><li>Monitoring op het "
                        "niveau waarop gezamenlijke afspraken zijn gemaakt.</li><li>Budgetten en "
                        "beleid moeten poreuze randen hebben.</li><li>Coalitie omvormen: van "
                        "denken naar DOEN.</li></ol>",
                    ),
                    ("heading", "Kernboodschap"),
                    (
                        "paragraph",
                        "<p>Om de ontwikkelkansen van kinderen te vergroten is het noodzakelijk "
                        "dat alle partijen (ouders, onderwijs, zorg en jeugd) samen optrekken in "
                        "één 'ecosysteem' rond het kind. Dat vraagt dat we soms met andere ogen "
                        "moeten kijken, belemmeringen moeten wegnemen en elkaar helpen om "
                        "inclusiviteit mogelijk te maken.</p>",
                    ),
                    ("heading", "Opdrachtgever"),
                    (
                        "paragraph",
                        "<p>Een stuurgroep vanuit de Coalitie was opdrachtgever voor de "
                        "ontwikkeling en uitvoering van het programma. Het Ministerie van VWS "
                        "subsidieerde het programma, dat liep van 1 juni 2019 tot en met 31 "
                        "december 2021. VNG was opdrachtnemer namens de Coalitie.</p>",
                    ),
                ],
            },
        ],
    },
    {
        "slug": "mao-tafel",
        "title": "De MAO-tafel",
        "show_in_menus": True,
        "intro": (
            "<p>De regie over het netwerk ligt bij het netwerk zelf. Aan de MAO-tafel kun je "
            "aankloppen voor vragen, hulp en ondersteuning.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>Een aantal representanten uit het MAO-netwerk vormt samen de MAO-tafel. De "
                "MAO-tafel organiseert een voortdurende, transparante dialoog over de gedeelde "
                "ambities van het netwerk. Als lid kun je aankloppen bij de MAO-tafel voor "
                "vragen, hulp en ondersteuning bij het behalen van jouw ambities.</p>",
            ),
            ("heading", "Wie zitten er aan tafel?"),
            (
                "paragraph",
                "<p>Vertegenwoordigers van het netwerk: ouders en professionals uit onderwijs, "
                "zorg, jeugd, kinderopvang en gemeenten, van bestuur tot uitvoering. De "
                "MAO-tafel wordt ondersteund door het regiebureau, een netwerkregisseur en "
                "verbinders: lokale aanjagers.</p>",
            ),
            ("heading", "Aankloppen"),
            (
                "paragraph",
                "<p>Heb je een vraag, zoek je hulp of wil je een knelpunt agenderen? Breng het "
                "in via de pagina Knelpunten of mail de MAO-tafel via "
                '<a href="mailto:mao-tafel@example.org">mao-tafel@example.org</a>.</p>',
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacyverklaring",
        "show_in_menus": False,
        "intro": "<p>Welke gegevens wij bewaren, waarom, hoe lang, en wat jouw rechten zijn.</p>",
        "body": [
            ("heading", "Welke gegevens"),
            (
                "paragraph",
                "<p>Als je een account aanmaakt, bewaren we je naam, e-mailadres, organisatie, "
                "rol, domeinen en regio. Als je lid wordt van een community, fieldlab of "
                "dialoog, bewaren we dat lidmaatschap. Wat je schrijft op gedeelde pagina's, "
                "bewaren we met jouw naam als auteur.</p>",
            ),
            ("heading", "Waarom"),
            (
                "paragraph",
                "<p>We gebruiken je gegevens alleen om het netwerk te laten werken: zodat je kunt "
                "inloggen, meedoen in ruimtes, je aanmelden voor activiteiten en berichten "
                "ontvangen waar je zelf om vraagt. We verkopen niets en delen niets met "
                "adverteerders.</p>",
            ),
            ("heading", "Hoe lang"),
            (
                "paragraph",
                "<p>Zolang je account bestaat. Verwijder je je account, dan verwijderen we je "
                "profiel binnen 30 dagen. Bijdragen aan gedeelde pagina's blijven staan, zonder "
                "je naam.</p>",
            ),
            ("heading", "Jouw rechten"),
            (
                "paragraph",
                "<p>Je mag je gegevens inzien, verbeteren, laten verwijderen en meenemen. Mail "
                'ons via <a href="mailto:privacy@example.org">privacy@example.org</a>. Ben je '
                "het niet eens met hoe we met je gegevens omgaan, dan kun je een klacht indienen "
                "bij de Autoriteit Persoonsgegevens.</p>",
            ),
        ],
    },
    {
        # After the model statement of the Dutch government (digitoegankelijk.nl).
        "slug": "toegankelijkheidsverklaring",
        "former_slugs": ["toegankelijkheid"],  # demo sites built before November 2026
        "title": "Toegankelijkheidsverklaring",
        "show_in_menus": False,
        "intro": (
            "<p>Iedereen moet dit platform kunnen gebruiken, ook met een beperking. Hier lees "
            "je hoe toegankelijk het is, wat nog niet goed gaat en hoe je een probleem meldt."
            "</p>"
        ),
        "body": [
            ("heading", "Voor welke website geldt deze verklaring?"),
            (
                "paragraph",
                "<p>Deze verklaring geldt voor de openbare pagina's van het platform van Met "
                "Andere Ogen: de kennisbank, de agenda, de ruimtes, de inspiratieregio's, de "
                "knelpunten en de formulieren om je aan te melden of een vraag te stellen.</p>",
            ),
            ("heading", "Hoe toegankelijk is de website?"),
            (
                "paragraph",
                "<p>Deze website <strong>voldoet gedeeltelijk</strong> aan de eisen voor "
                "toegankelijkheid: de Europese norm EN 301 549 en de richtlijnen WCAG 2.1, "
                "niveau AA.</p>"
                "<p>Dat weten we uit onze eigen controles. Bij elke nieuwe versie controleert "
                "een programma (axe-core) elke soort pagina en elk formulier, op een computer "
                "en op een telefoon. Ook gaan we de belangrijkste stappen na met alleen een "
                "toetsenbord: zoeken, een voorbeeld openen, je aanmelden voor een activiteit en "
                "een formulier invullen. Een onafhankelijk onderzoek is nog niet gedaan.</p>",
            ),
            ("heading", "Wat gaat nog niet goed?"),
            (
                "paragraph",
                "<ul><li>De beheeromgeving, waar redacteuren en leden pagina's schrijven, is "
                "die van Wagtail, het systeem waarop het platform draait. Die hebben we niet "
                "zelf gemaakt en niet zelf getest.</li>"
                "<li>Documenten die leden uploaden, zoals pdf's, zijn niet altijd "
                "toegankelijk.</li>"
                "<li>Video's van anderen die we tonen, hebben niet altijd ondertiteling.</li>"
                "</ul>"
                "<p>We werken eraan. Heb je een document nodig in een andere vorm? Vraag het "
                "ons, dan zoeken we samen een oplossing.</p>",
            ),
            ("heading", "Een probleem melden"),
            (
                "paragraph",
                "<p>Kun je iets niet lezen, vinden of invullen? Laat het ons weten via "
                '<a href="mailto:mao-tafel@example.org">mao-tafel@example.org</a>, het adres '
                "van het programmabureau. Vertel op welke pagina het was en wat er misging. Je "
                "krijgt binnen vijf werkdagen antwoord.</p>",
            ),
            ("heading", "Datum"),
            (
                "paragraph",
                "<p>Deze verklaring is opgesteld op 26 november 2026. We kijken er elk jaar "
                "opnieuw naar, en eerder als het platform flink verandert.</p>",
            ),
        ],
    },
]

SPACE_INDEXES = [
    {
        "kind": "cop",
        "slug": "cop",
        "title": "Communities of Practice",
        "intro": (
            "<p>In een community of practice leren professionals en ouders uit verschillende "
            "domeinen samen over één thema. Sluit je aan als aandeelhouder.</p>"
        ),
    },
    {
        "kind": "fieldlab",
        "slug": "fieldlabs",
        "title": "Fieldlabs",
        "intro": (
            "<p>In fieldlabs ontwikkelen professionals nieuwe oplossingen, testen ze in de "
            "praktijk en maken ze meetbaar.</p>"
        ),
    },
    {
        "kind": "dialogue",
        "slug": "dialogen",
        "title": "Dialogen",
        "intro": (
            "<p>In dialogen praten ouders, professionals en bestuurders open met elkaar over "
            "wat er schuurt. De oogst delen we hier.</p>"
        ),
    },
]


def _space_page(slug, title, intro, body, children=()):
    return {"slug": slug, "title": title, "intro": intro, "body": body, "children": children}


COMMUNITIES = [
    {
        "slug": "langdurig-bindende-afspraken",
        "title": "Langdurig bindende afspraken",
        "intro": (
            "<p>Hoe maken onderwijs, jeugdhulp, zorg en gemeente afspraken die langer houden "
            "dan één schooljaar of één subsidieronde? In deze community delen we convenanten, "
            "werkafspraken en wat er misging.</p>"
        ),
        "domains": ("onderwijs", "jeugd", "gemeente", "zorg"),
        "themes": ("netwerkregie", "zorgplicht", "passend onderwijs"),
        "join_policy": "request",
        "contact": ("Marieke Bos", "marieke.bos@example.org"),
        "image": "blokken-hemelsblauw",
        "pages": [
            _space_page(
                "onze-werkafspraken",
                "Onze werkafspraken",
                "<p>Hoe we in deze community samenwerken.</p>",
                [
                    (
                        "paragraph",
                        "<p>We komen zes keer per jaar bij elkaar, afwisselend online en in een "
                        "van de regio's. Iedere bijeenkomst brengt een deelnemer een eigen "
                        "vraag in. Wat we leren, schrijven we op deze pagina's.</p>",
                    ),
                ],
            ),
            _space_page(
                "voorbeeldconvenant-onderwijs-jeugdhulp",
                "Voorbeeldconvenant onderwijs en jeugdhulp",
                "<p>Een convenant dat in drie regio's is gebruikt, met onze opmerkingen.</p>",
                [
                    ("heading", "Wat erin staat"),
                    (
                        "paragraph",
                        "<ul><li>Gedeelde doelen voor vier jaar.</li><li>Een gezamenlijk budget "
                        "voor maatwerk.</li><li>Afspraken over regie en escalatie.</li>"
                        "<li>Een jaarlijkse evaluatie met ouders.</li></ul>",
                    ),
                ],
                children=[
                    _space_page(
                        "checklist-bij-het-convenant",
                        "Checklist bij het convenant",
                        "<p>Tien vragen om te stellen voordat je tekent.</p>",
                        [
                            (
                                "paragraph",
                                "<ol><li>Wie beslist als partijen het niet eens zijn?</li>"
                                "<li>Wat gebeurt er bij een nieuwe wethouder?</li><li>Hoe zijn "
                                "ouders betrokken?</li><li>Wat meten we, en op welk niveau?</li>"
                                "</ol>",
                            ),
                        ],
                    ),
                ],
            ),
            _space_page(
                "verslag-eerste-bijeenkomst",
                "Verslag eerste bijeenkomst",
                "<p>Wat we leerden in de eerste bijeenkomst.</p>",
                [
                    (
                        "paragraph",
                        "<p>Afspraken houden langer als ze niet aan personen hangen. Leg vast "
                        "wie opvolgt als een bestuurder of beleidsmedewerker vertrekt.</p>",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "thuiszitters",
        "title": "Thuiszitters",
        "intro": (
            "<p>Geen kind hoort thuis te zitten. Professionals, ouders en leerplichtambtenaren "
            "delen wat helpt om kinderen terug te krijgen naar onderwijs, en wat helpt om "
            "thuiszitten te voorkomen.</p>"
        ),
        "domains": ("onderwijs", "jeugd", "gemeente", "ouders"),
        "themes": ("thuiszitters", "schoolverzuim", "passend onderwijs"),
        "join_policy": "open",
        "contact": ("Joost Meijer", "joost.meijer@example.org"),
        "image": "cirkels-zeegroen",
        "pages": [
            _space_page(
                "wat-we-leren-van-casussen",
                "Wat we leren van casussen",
                "<p>Patronen uit de casussen die we bespraken.</p>",
                [
                    (
                        "paragraph",
                        "<p>In bijna alle casussen was er al maanden vóór het thuiszitten "
                        "verzuim. Wie verzuim vroeg bespreekt, voorkomt veel.</p>",
                    ),
                ],
            ),
            _space_page(
                "route-bij-dreigend-thuiszitten",
                "Route bij dreigend thuiszitten",
                "<p>Een route die je kunt aanpassen aan je eigen gemeente.</p>",
                [
                    (
                        "paragraph",
                        "<ol><li>Signaal: verzuim of ziekmeldingen.</li><li>Gesprek met "
                        "leerling en ouders.</li><li>Overleg met jeugdarts en leerplicht.</li>"
                        "<li>Plan binnen twee weken.</li></ol>",
                    ),
                    ("document", "werkwijze-thuiszittersoverleg", ""),
                ],
                children=[
                    _space_page(
                        "rol-van-de-jeugdarts",
                        "De rol van de jeugdarts",
                        "<p>Wat een jeugdarts kan doen bij ziekteverzuim.</p>",
                        [
                            (
                                "paragraph",
                                "<p>De jeugdarts kijkt naar wat er achter het verzuim zit en "
                                "adviseert school en ouders. Zij kan ook helpen om een "
                                "vrijstelling te voorkomen.</p>",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "ouders-als-gelijkwaardig-partner",
        "title": "Ouders als gelijkwaardig partner",
        "intro": (
            "<p>Ouders en professionals onderzoeken samen hoe ouders vanzelfsprekend als "
            "gelijkwaardig partner meedoen: in het gesprek over hun kind én in beleid.</p>"
        ),
        "domains": ("ouders", "onderwijs", "jeugd", "kinderopvang"),
        "themes": ("ouderbetrokkenheid", "ervaringsdeskundigheid"),
        "join_policy": "open",
        "contact": ("Fatima El Amrani", "fatima.elamrani@example.org"),
        "image": "golven-zand",
        "pages": [
            _space_page(
                "tien-tips-voor-professionals",
                "Tien tips voor professionals",
                "<p>Door ouders geschreven, voor professionals.</p>",
                [
                    (
                        "paragraph",
                        "<p>Nodig ons uit voordat het plan klaar is. Praat in gewone taal. En "
                        "vraag wat wij al geprobeerd hebben: vaak is dat meer dan je denkt.</p>",
                    ),
                    ("document", "handreiking-ouders", ""),
                ],
            ),
            _space_page(
                "ervaringsdeskundigheid-organiseren",
                "Ervaringsdeskundigheid organiseren",
                "<p>Hoe regel je de inzet van ervaringsdeskundige ouders?</p>",
                [
                    (
                        "paragraph",
                        "<p>Betaal ervaringsdeskundigen, zorg voor intervisie en laat ze niet "
                        "alleen aan een tafel vol professionals zitten.</p>",
                    ),
                ],
                children=[
                    _space_page(
                        "vergoedingen",
                        "Vergoedingen voor ervaringsdeskundigen",
                        "<p>Wat anderen betalen, en hoe.</p>",
                        [
                            (
                                "paragraph",
                                "<p>De meeste deelnemers werken met een vrijwilligersvergoeding "
                                "of een uurtarief. Let op de regels voor ouders met een "
                                "uitkering.</p>",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "netwerkregie-in-de-gemeente",
        "title": "Netwerkregie in de gemeente",
        "intro": (
            "<p>Beleidsmedewerkers van gemeenten en samenwerkingsverbanden leren samen hoe je "
            "regie voert in een netwerk waar niemand de baas is.</p>"
        ),
        "domains": ("gemeente", "onderwijs", "jeugd"),
        "themes": ("netwerkregie", "kansengelijkheid"),
        "join_policy": "request",
        "contact": ("Pieter Hendriks", "pieter.hendriks@example.org"),
        "image": "blokken-lavendel",
        "pages": [
            _space_page(
                "wat-is-netwerkregie",
                "Wat is netwerkregie?",
                "<p>Onze werkdefinitie, na drie bijeenkomsten.</p>",
                [
                    (
                        "paragraph",
                        "<p>Netwerkregie is zorgen dat partijen samen doen wat ze samen hebben "
                        "afgesproken, zonder dat één partij de baas is. Het vraagt "
                        "vertrouwen, een gedeelde agenda en iemand die het overzicht houdt.</p>",
                    ),
                ],
            ),
            _space_page(
                "lokale-educatieve-agenda",
                "Voorbeelden van een lokale educatieve agenda",
                "<p>Agenda's uit vijf gemeenten naast elkaar.</p>",
                [
                    (
                        "paragraph",
                        "<p>De sterkste agenda's hebben weinig doelen, een jaarlijkse monitor "
                        "en een plek voor ouders.</p>",
                    ),
                ],
                children=[
                    _space_page(
                        "indicatoren",
                        "Indicatoren die we gebruiken",
                        "<p>Een korte lijst, per wijk te meten.</p>",
                        [
                            (
                                "paragraph",
                                "<ul><li>Aantal thuiszitters.</li><li>Verschil in schooladvies "
                                "tussen wijken.</li><li>Deelname aan voorschoolse educatie.</li>"
                                "</ul>",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "jeugdhulp-in-en-om-de-school",
        "title": "Jeugdhulp in en om de school",
        "intro": (
            "<p>Scholen, wijkteams en zorgaanbieders delen hoe je jeugdhulp dichtbij organiseert: "
            "in de school, onder schooltijd, zonder lange wachtlijst.</p>"
        ),
        "domains": ("onderwijs", "jeugd", "zorg"),
        "themes": ("jeugdhulp op school", "preventie", "interprofessioneel samenwerken"),
        "join_policy": "open",
        "contact": ("Ilse Visser", "ilse.visser@example.org"),
        "image": "cirkels-salie",
        "pages": [
            _space_page(
                "financiering",
                "Hoe betaal je jeugdhulp op school?",
                "<p>Drie modellen die deelnemers gebruiken.</p>",
                [
                    (
                        "paragraph",
                        "<ol><li>Subsidie van de gemeente aan het wijkteam.</li><li>Een "
                        "gezamenlijk budget van gemeente en samenwerkingsverband.</li><li>Een "
                        "arrangement per school.</li></ol>",
                    ),
                ],
            ),
            _space_page(
                "privacy-en-toestemming",
                "Privacy en toestemming",
                "<p>Wat mag je delen, en hoe vraag je toestemming?</p>",
                [
                    (
                        "paragraph",
                        "<p>Vraag toestemming in gewone taal, leg uit met wie je wat deelt, en "
                        "geef ouders altijd een kopie.</p>",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "doorgaande-lijn-opvang-school",
        "title": "Doorgaande lijn van opvang naar school",
        "intro": (
            "<p>Kinderopvang, basisscholen en jeugdgezondheidszorg werken aan een soepele "
            "overstap naar groep 1, en aan één pedagogische lijn in het kindcentrum.</p>"
        ),
        "domains": ("kinderopvang", "onderwijs", "zorg"),
        "themes": ("doorgaande lijn", "vroegsignalering"),
        "join_policy": "invitation",
        "contact": ("Sanne Mulder", "sanne.mulder@example.org"),
        "image": "golven-zeegroen",
        "pages": [
            _space_page(
                "overdracht-in-de-praktijk",
                "Warme overdracht in de praktijk",
                "<p>Hoe deelnemers de overdracht organiseren.</p>",
                [
                    (
                        "paragraph",
                        "<p>Een gesprek met ouders, pedagogisch medewerker en leerkracht werkt "
                        "beter dan alleen een formulier.</p>",
                    ),
                ],
            ),
            _space_page(
                "gezamenlijk-kindvolgsysteem",
                "Een gezamenlijk kindvolgsysteem?",
                "<p>Voor- en nadelen op een rij.</p>",
                [
                    (
                        "paragraph",
                        "<p>Een gedeeld systeem helpt, maar alleen als ouders weten wat erin "
                        "staat en ermee instemmen.</p>",
                    ),
                ],
            ),
        ],
    },
]

FIELDLABS = [
    {
        "slug": "een-plan-per-gezin",
        "title": "Eén plan per gezin",
        "intro": (
            "<p>Kan één gezamenlijk plan het ontwikkelingsperspectief van school, het zorgplan "
            "en het hulpverleningsplan vervangen? We bouwen het en testen het met twintig "
            "gezinnen.</p>"
        ),
        "question": (
            "Kan één gezamenlijk plan, in de woorden van het gezin, het OPP, het zorgplan en het "
            "hulpverleningsplan vervangen, en wordt de hulp daardoor beter en eenvoudiger?"
        ),
        "stage": "running",
        "domains": ("onderwijs", "zorg", "jeugd", "ouders"),
        "themes": ("interprofessioneel samenwerken", "ouderbetrokkenheid", "netwerkregie"),
        "join_policy": "invitation",
        "contact": ("Bram de Groot", "bram.degroot@example.org"),
        "image": "cirkels-hemelsblauw",
        "pages": [
            _space_page(
                "meetplan",
                "Meetplan",
                "<p>Wat we meten, bij wie en wanneer.</p>",
                [
                    (
                        "paragraph",
                        "<p>We meten bij de start en na zes maanden: tevredenheid van ouders, "
                        "aantal betrokken hulpverleners en tijd besteed aan overleg.</p>",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "jeugdprofessional-in-de-klas",
        "title": "Jeugdprofessional in de klas",
        "intro": (
            "<p>Wat gebeurt er als een jeugdprofessional niet naast, maar ín de klas werkt? Vier "
            "scholen probeerden het een schooljaar lang.</p>"
        ),
        "question": (
            "Verbetert het welbevinden van leerlingen als een jeugdprofessional twee dagen per "
            "week in de klas meewerkt?"
        ),
        "stage": "finished",
        "domains": ("onderwijs", "jeugd"),
        "themes": ("jeugdhulp op school", "preventie"),
        "join_policy": "request",
        "contact": ("Linda Dekker", "linda.dekker@example.org"),
        "image": "golven-terracotta",
        "pages": [
            _space_page(
                "eindverslag",
                "Eindverslag",
                "<p>Wat het fieldlab opleverde.</p>",
                [
                    (
                        "paragraph",
                        "<p>Leerkrachten voelen zich gesteund, ouders vragen eerder hulp. De "
                        "jeugdprofessional moet wel een vaste plek in het team krijgen.</p>",
                    ),
                    ("document", "evaluatie-jeugdprofessional", ""),
                ],
            ),
            _space_page(
                "logboek",
                "Logboek",
                "<p>Korte verslagen per maand.</p>",
                [("paragraph", "<p>September: kennismaking met de teams en de ouders.</p>")],
            ),
        ],
    },
    {
        "slug": "onderwijs-zorgarrangement-zonder-schotten",
        "title": "Onderwijs-zorgarrangement zonder schotten",
        "intro": (
            "<p>We ontwerpen een arrangement waarin onderwijs en zorg uit één budget worden "
            "betaald, zodat ouders niet langer twee loketten af hoeven.</p>"
        ),
        "question": (
            "Hoe organiseer je onderwijs en zorg voor één kind uit één budget, binnen de regels "
            "van de Wet passend onderwijs en de Jeugdwet?"
        ),
        "stage": "preparing",
        "domains": ("onderwijs", "zorg", "gemeente"),
        "themes": ("onderwijs-zorgarrangementen", "zorgplicht"),
        "join_policy": "request",
        "contact": ("Ahmet Yılmaz", "ahmet.yilmaz@example.org"),
        "image": "blokken-hemelsblauw",
        "pages": [
            _space_page(
                "ontwerpvragen",
                "Ontwerpvragen",
                "<p>De vragen waar we mee beginnen.</p>",
                [
                    (
                        "paragraph",
                        "<ul><li>Wie is eigenaar van het budget?</li><li>Hoe verantwoorden we "
                        "aan twee financiers?</li><li>Wat merkt het gezin ervan?</li></ul>",
                    ),
                ],
            ),
        ],
    },
]

DIALOGUES = [
    {
        "slug": "dialoog-thuiszitters",
        "title": "Dialoog thuiszitters",
        "intro": (
            "<p>Ouders van thuiszitters, leerplichtambtenaren, leerkrachten en jeugdhulpverleners "
            "praten over wat er gebeurt als een kind thuis komt te zitten, en wat er anders "
            "kan.</p>"
        ),
        "harvest": (
            "<h3>Wat we hoorden</h3><ul><li>Ouders voelen zich vaak de schuldige, terwijl ze "
            "juist hulp zoeken.</li><li>Professionals willen wel, maar lopen vast op regels en "
            "wachtlijsten.</li><li>Een vast aanspreekpunt maakt het grootste verschil.</li></ul>"
            "<h3>Wat we afspraken</h3><ol><li>De community Thuiszitters werkt een route uit met "
            "één contactpersoon.</li><li>Het knelpunt over vrijstellingen gaat naar de "
            "MAO-tafel.</li></ol>"
        ),
        "domains": ("ouders", "onderwijs", "jeugd", "gemeente"),
        "themes": ("thuiszitters", "ouderbetrokkenheid"),
        "join_policy": "open",
        "contact": ("Esther Vos", "esther.vos@example.org"),
        "image": "golven-zand",
        "pages": [
            _space_page(
                "verslag-dialoogavond",
                "Verslag van de dialoogavond",
                "<p>Een impressie in woorden van de deelnemers.</p>",
                [
                    (
                        "quote",
                        "Ik heb mijn verhaal elf keer verteld. Bij de twaalfde keer luisterde "
                        "iemand echt.",
                        "Moeder van een thuiszitter",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "dialoog-ouders-en-professionals",
        "title": "Dialoog ouders en professionals",
        "intro": (
            "<p>Een reeks gesprekken over gelijkwaardigheid: wanneer voelen ouders zich partner, "
            "en wanneer niet?</p>"
        ),
        "harvest": (
            "<h3>Oogst</h3><ul><li>Gelijkwaardig is niet hetzelfde als gelijk: ieder brengt "
            "eigen kennis.</li><li>Ouders willen het verslag van een gesprek altijd "
            "krijgen.</li><li>Professionals vragen om tijd voor een goed eerste gesprek.</li></ul>"
        ),
        "domains": ("ouders", "onderwijs", "zorg", "kinderopvang"),
        "themes": ("ouderbetrokkenheid", "ervaringsdeskundigheid"),
        "join_policy": "open",
        "contact": ("Noor Peters", "noor.peters@example.org"),
        "image": "cirkels-salie",
        "pages": [
            _space_page(
                "vragen-voor-de-volgende-avond",
                "Vragen voor de volgende avond",
                "<p>Wat deelnemers nog willen bespreken.</p>",
                [("paragraph", "<p>Hoe betrek je ouders die niet naar een avond komen?</p>")],
            ),
        ],
    },
]

# Regions: slug, title, province, municipalities, intro, coalition, domains, themes, contact
REGIONS = [
    (
        "twente",
        "Twente",
        "overijssel",
        "Enschede, Hengelo, Almelo, Oldenzaal",
        "Veertien Twentse gemeenten en de samenwerkingsverbanden werken aan één aanpak voor "
        "thuiszitters en aan jeugdhulp in de school.",
        ["Gemeente Enschede", "Samenwerkingsverband VO Twente", "GGD Twente", "Wijkteams Twente"],
        ("onderwijs", "jeugd", "gemeente", "zorg"),
        ("thuiszitters", "jeugdhulp op school"),
    ),
    (
        "zaanstreek-waterland",
        "Zaanstreek-Waterland",
        "noord-holland",
        "Zaanstad, Purmerend, Edam-Volendam",
        "De regio bouwt aan kindcentra waar opvang, onderwijs en jeugdhulp onder één dak "
        "samenwerken.",
        ["Gemeente Zaanstad", "Samenwerkingsverband PO Zaanstreek", "Kinderopvangorganisaties"],
        ("kinderopvang", "onderwijs", "jeugd", "gemeente"),
        ("doorgaande lijn", "preventie"),
    ),
    (
        "amersfoort",
        "Amersfoort en Leusden",
        "utrecht",
        "Amersfoort, Leusden",
        "Amersfoort werkt met een lokale educatieve agenda en een monitor ontwikkelkansen "
        "per wijk.",
        ["Gemeente Amersfoort", "Gemeente Leusden", "Schoolbesturen PO en VO", "GGD regio Utrecht"],
        ("gemeente", "onderwijs", "kinderopvang"),
        ("kansengelijkheid", "netwerkregie"),
    ),
    (
        "drechtsteden",
        "Drechtsteden",
        "zuid-holland",
        "Dordrecht, Zwijndrecht, Papendrecht",
        "In de Drechtsteden werken onderwijs en jeugdhulp aan onderwijs-zorgarrangementen "
        "zonder schotten.",
        ["Gemeente Dordrecht", "Samenwerkingsverband Dordrecht", "Zorgaanbieders in de regio"],
        ("onderwijs", "zorg", "jeugd", "gemeente"),
        ("onderwijs-zorgarrangementen", "zorgplicht"),
    ),
    (
        "walcheren",
        "Walcheren",
        "zeeland",
        "Middelburg, Vlissingen, Veere",
        "Walcheren zet in op ouders als gelijkwaardig partner, met ervaringsdeskundige ouders "
        "in elk ondersteuningsteam.",
        ["Gemeente Middelburg", "Gemeente Vlissingen", "Ouderplatform Walcheren"],
        ("ouders", "onderwijs", "jeugd"),
        ("ouderbetrokkenheid", "ervaringsdeskundigheid"),
    ),
    (
        "hart-van-brabant",
        "Hart van Brabant",
        "noord-brabant",
        "Tilburg, Waalwijk, Oisterwijk",
        "Hart van Brabant werkt aan preventie: sport, huiswerkbegeleiding en de "
        "jeugdprofessional in de school.",
        ["Gemeente Tilburg", "Samenwerkingsverband Tilburg", "Sportverenigingen Tilburg"],
        ("sport", "onderwijs", "jeugd", "gemeente"),
        ("preventie", "kansengelijkheid"),
    ),
    (
        "westelijke-mijnstreek",
        "Westelijke Mijnstreek",
        "limburg",
        "Sittard-Geleen, Beek, Stein",
        "De Westelijke Mijnstreek organiseert een doorbraakoverleg met een gezamenlijk budget "
        "voor maatwerk.",
        [
            "Gemeente Sittard-Geleen",
            "Samenwerkingsverband Westelijke Mijnstreek",
            "Zorgverzekeraar",
        ],
        ("gemeente", "onderwijs", "zorg"),
        ("netwerkregie", "thuiszitters"),
    ),
    (
        "arnhem",
        "Arnhem en omstreken",
        "gelderland",
        "Arnhem, Renkum, Rheden",
        "In Arnhem werken scholen en huisartsen samen aan mentale gezondheid van jongeren.",
        ["Gemeente Arnhem", "Huisartsen in Arnhem", "Scholen voor voortgezet onderwijs"],
        ("onderwijs", "zorg", "jeugd"),
        ("mentale gezondheid", "vroegsignalering"),
    ),
    (
        "zuidoost-drenthe",
        "Zuidoost-Drenthe",
        "drenthe",
        "Emmen, Coevorden",
        "Zuidoost-Drenthe zet in op de warme overdracht van opvang naar school en op "
        "voorschoolse educatie.",
        ["Gemeente Emmen", "Gemeente Coevorden", "Kinderopvang Zuidoost-Drenthe", "GGD Drenthe"],
        ("kinderopvang", "onderwijs", "zorg"),
        ("doorgaande lijn", "vroegsignalering"),
    ),
    (
        "noord-groningen",
        "Noord-Groningen",
        "groningen",
        "Het Hogeland, Eemsdelta",
        "In Noord-Groningen werken kleine scholen, wijkteams en de gemeente samen aan "
        "kansengelijkheid in dorpen.",
        ["Gemeente Het Hogeland", "Gemeente Eemsdelta", "Schoolbesturen Noord-Groningen"],
        ("onderwijs", "jeugd", "gemeente"),
        ("kansengelijkheid", "inclusief onderwijs"),
    ),
    (
        "sudwest-fryslan",
        "Súdwest-Fryslân",
        "friesland",
        "Sneek, Bolsward",
        "Súdwest-Fryslân werkt aan inclusief onderwijs: speciaal en regulier onder één dak.",
        ["Gemeente Súdwest-Fryslân", "Samenwerkingsverband Fryslân", "Zorgaanbieders"],
        ("onderwijs", "zorg", "ouders"),
        ("inclusief onderwijs", "passend onderwijs"),
    ),
]

CALL_CLOSED = {
    "slug": "aanmelden-inspiratieregio-eerste-tranche",
    "title": "Meld je aan als inspiratieregio/gemeente",
    "intro": (
        "<p>Meld je aan als inspiratieregio of gemeente en werk samen voor de ontwikkelkansen "
        "van kinderen en jongeren.</p>"
    ),
    "body": [
        ("heading", "Lerend netwerk 'Met andere ogen'"),
        (
            "paragraph",
            "<p>Alle kinderen en jongeren in Nederland optimale ontwikkelkansen bieden, daar "
            "maken wij, de Coalitie onderwijs-jeugd-zorg, ons sterk voor. De aansluiting tussen "
            "onderwijs, kinderopvang, (jeugd)gezondheidszorg en jeugdhulp kan en moet beter. Het "
            "doel van de aanpak Met Andere Ogen is om samen met lokale onderwijs-jeugd-zorg en "
            "gemeenten al doende lerend te ontdekken en doen wat echt werkt.</p>",
        ),
        ("heading", "Wat"),
        (
            "paragraph",
            "<p>De Coalitie onderwijs-jeugd-zorg heeft de krachten gebundeld om de vraag 'Wat "
            "heeft het kind nodig?' met een gezamenlijk leertraject te beantwoorden. Meer "
            "preventie en ook oplossingen die 'het stelsel' verbeteren.</p>",
        ),
        ("heading", "Hoe"),
        (
            "paragraph",
            "<p>Er zijn talloze voorbeelden van samenwerkingen op en rondom scholen. Juist bij "
            "deze beweging willen wij aansluiten om samen uit te zoeken: we vermoeden wel wat "
            "werkt, maar wat werkt nou echt? Samen al lerende doen wat werkt.</p>",
        ),
        ("heading", "Wie zoeken wij?"),
        (
            "paragraph",
            "<p>Wij zoeken voor deze eerste tranche 10 regio's of gemeenten met lef én "
            "uitvoeringskracht die al in de praktijk sterk betrokken zijn bij het verbinden van "
            "onderwijs, kinderopvang, (jeugd)zorg en jeugdhulp. Het doel is over een jaar nog "
            "10 gemeenten of regio's te werven en een jaar later nog eens twintig.</p>",
        ),
        ("document", "aanmeldprocedure-regio", "Meer over de aanmeldprocedure"),
    ],
}

CALL_OPEN = {
    "slug": "aanmelden-inspiratieregio-nieuwe-ronde",
    "title": "Oproep: nieuwe inspiratieregio's gezocht",
    "intro": (
        "<p>Werk je in een regio of gemeente waar onderwijs, zorg, jeugd en ouders al samen "
        "optrekken? Word inspiratieregio en leer mee met het netwerk.</p>"
    ),
    "body": [
        (
            "paragraph",
            "<p>De inspiratieregio's vormen het hart van het netwerk. We zoeken tien nieuwe "
            "regio's of gemeenten die een goed voorbeeld willen doorontwikkelen, willen leren "
            "en anderen willen inspireren. Je krijgt begeleiding van een verbinder, plek in een "
            "community of practice en een podium op de Doen-dag.</p>",
        ),
        ("document", "aanmeldprocedure-regio", ""),
    ],
}

BOTTLENECKS = [
    {
        "slug": "vrijstellingen-artikel-5a",
        "title": "Vrijstellingen artikel 5a",
        "status": "on_agenda",
        "description": (
            "<p>Kinderen met een beperking of psychische problemen krijgen nog vaak een "
            "vrijstelling van de leerplicht op grond van artikel 5a. Daarmee verdwijnt hun "
            "recht op onderwijs uit beeld.</p>"
        ),
        "examples": (
            "<ul><li>Een meisje van negen met een ernstige meervoudige beperking gaat alleen "
            "naar de dagbesteding, omdat er geen school is die zorg kan bieden.</li><li>Een "
            "jongen van veertien met angstklachten krijgt een vrijstelling, terwijl een paar "
            "uur onderwijs per week wel mogelijk was.</li></ul>"
        ),
        "desired_change": (
            "<p>Een vrijstelling alleen na een verplicht overleg met school, jeugdarts en "
            "ouders, en een jaarlijkse herbeoordeling. Onderwijs in combinatie met zorg moet "
            "eerst worden geprobeerd.</p>"
        ),
        "domains": ("onderwijs", "zorg", "gemeente"),
        "themes": ("thuiszitters", "zorgplicht", "inclusief onderwijs"),
    },
    {
        "slug": "schotten-tussen-budgetten",
        "title": "Schotten tussen budgetten onderwijs en jeugdhulp",
        "status": "discussed",
        "description": (
            "<p>Onderwijs wordt betaald uit het budget van het samenwerkingsverband, jeugdhulp "
            "uit het budget van de gemeente. Voor kinderen die beide nodig hebben, moeten "
            "ouders twee loketten af en komt hulp in schooltijd moeilijk van de grond.</p>"
        ),
        "examples": (
            "<ul><li>Een zorgaanbieder mag geen begeleiding geven in de klas, omdat dat "
            "'onderwijs' zou zijn.</li><li>Een school kan een rustige werkplek niet betalen, "
            "omdat het 'zorg' zou zijn.</li></ul>"
        ),
        "desired_change": (
            "<p>Eén gezamenlijk budget per regio voor onderwijs-zorgarrangementen, met één "
            "verantwoording.</p>"
        ),
        "domains": ("onderwijs", "jeugd", "gemeente"),
        "themes": ("onderwijs-zorgarrangementen", "netwerkregie"),
    },
    {
        "slug": "leerlingenvervoer-bij-maatwerk",
        "title": "Leerlingenvervoer bij maatwerk",
        "status": "submitted",
        "description": (
            "<p>Leerlingenvervoer is geregeld voor een volledige schooldag. Leerlingen met een "
            "maatwerktraject van een paar uur per dag vallen buiten de regels.</p>"
        ),
        "examples": (
            "<ul><li>Een leerling die stap voor stap terugkeert naar school, moet na twee uur "
            "door ouders worden opgehaald; die kunnen dat niet naast hun werk.</li></ul>"
        ),
        "desired_change": (
            "<p>Gemeenten passen hun verordening leerlingenvervoer aan, zodat vervoer ook bij "
            "een gedeeltelijk rooster mogelijk is.</p>"
        ),
        "domains": ("gemeente", "onderwijs", "ouders"),
        "themes": ("thuiszitters", "passend onderwijs"),
    },
    {
        "slug": "zorg-in-onderwijstijd",
        "title": "Zorg in onderwijstijd",
        "status": "taken_up",
        "description": (
            "<p>Zorg of therapie onder schooltijd vraagt toestemming van de school en vaak ook "
            "van de inspectie. Scholen weten niet goed wat mag.</p>"
        ),
        "examples": (
            "<ul><li>Een kind met een chronische ziekte mist lessen voor behandeling, terwijl "
            "die in het schoolgebouw had gekund.</li></ul>"
        ),
        "desired_change": (
            "<p>Een heldere landelijke handreiking over zorg in onderwijstijd, met voorbeelden.</p>"
        ),
        "domains": ("onderwijs", "zorg"),
        "themes": ("jeugdhulp op school", "onderwijs-zorgarrangementen"),
    },
    {
        "slug": "gegevens-delen-zonder-toestemming",
        "title": "Gegevens delen tussen school en wijkteam",
        "status": "discussed",
        "description": (
            "<p>Professionals zijn onzeker over wat ze mogen delen. Daardoor wordt soms te veel "
            "en vaak te weinig gedeeld, en horen ouders niet wat er over hun kind wordt "
            "besproken.</p>"
        ),
        "examples": (
            "<ul><li>Een IB'er mag de jeugdconsulent niet bellen zonder toestemming, maar de "
            "ouders zijn niet bereikbaar.</li></ul>"
        ),
        "desired_change": (
            "<p>Een modelconvenant gegevensdeling, met een toestemmingsformulier in gewone "
            "taal.</p>"
        ),
        "domains": ("onderwijs", "jeugd", "ouders"),
        "themes": ("interprofessioneel samenwerken", "ouderbetrokkenheid"),
    },
    {
        "slug": "wachtlijsten-jeugd-ggz",
        "title": "Wachtlijsten in de jeugd-ggz",
        "status": "solved",
        "description": (
            "<p>In een aantal regio's wachtten jongeren maanden op een eerste gesprek in de "
            "jeugd-ggz. In die tijd raakten ze achter op school.</p>"
        ),
        "examples": (
            "<ul><li>Een leerling met angstklachten wacht vijf maanden op een intake en zit "
            "intussen thuis.</li></ul>"
        ),
        "desired_change": (
            "<p>Overbruggingszorg via de praktijkondersteuner jeugd en een spreekuur op school. "
            "In de regio is dit inmiddels geregeld.</p>"
        ),
        "domains": ("zorg", "jeugd", "onderwijs"),
        "themes": ("mentale gezondheid", "schoolverzuim"),
    },
]

ARTICLE_INDEX = {
    "slug": "actueel",
    "title": "Actueel",
    "intro": "<p>Nieuws, blogs en publicaties uit het netwerk.</p>",
}

# date is a (year, month, day) tuple, or an int: days before the run
ARTICLES = [
    {
        "slug": "met-andere-ogen-ii-de-vrijblijvendheid-voorbij",
        "title": "Met Andere Ogen II: De vrijblijvendheid voorbij",
        "kind": "report",
        "date": (2022, 3, 15),
        "author": "Regiebureau Met Andere Ogen",
        "image": "cirkels-zeegroen",
        "lead": (
            "Méér focus op de lokale praktijk waar onderwijs, zorg en jeugd samenwerken, méér "
            "focus op inclusieve samenwerking met ouders en professionals. Met Andere Ogen II "
            "verdiept, inspireert, leert en agendeert."
        ),
        "domains": ("onderwijs", "zorg", "jeugd", "ouders", "gemeente"),
        "themes": ("interprofessioneel samenwerken", "ouderbetrokkenheid", "netwerkregie"),
        "body": [
            (
                "paragraph",
                "<p>Met Andere Ogen is de afgelopen tweeënhalf jaar een begrip geworden. Overal in "
                "het land wordt hard gewerkt aan de samenwerking tussen onderwijs, zorg en jeugd. "
                "De blik is op veel plaatsen al gekanteld, er wordt met 'andere ogen' gekeken. Het "
                "kind en zijn of haar omgeving staan vaker centraal.</p>",
            ),
            (
                "quote",
                "Helpt dit de ontwikkelkansen van een kind te verbeteren? Dat blijft de centrale "
                "vraag.",
                "Marijke Andeweg, programmamanager",
            ),
            ("heading", "In de praktijk gebeurt het"),
            (
                "paragraph",
                "<p>'Hoe het beter kan, laat de praktijk vaak zien. Daar gebeurt het', stelt "
                "programmamanager Andeweg. Daarom ligt de focus van MAO II op die lokale praktijk, "
                "waar professionals en ouders in uitvoering, beleid en bestuur dagelijks naar "
                "nieuwe wegen zoeken om de juiste plek en vaak maatwerk voor kinderen mogelijk te "
                "maken.</p>",
            ),
            ("heading", "Inclusieve én interprofessionele samenwerking"),
            (
                "paragraph",
                "<p>Met Andere Ogen is een inclusief netwerk. De ambitie is om ouders nog "
                "actiever te betrekken en in staat te stellen hun stem te laten horen. Voor "
                "professionals uit de verschillende domeinen ontwikkelt MAO praktische handvatten "
                "om de onderlinge samenwerking rondom het kind vorm te geven, onder meer in "
                "fieldlabs.</p>",
            ),
            ("heading", "Verhalen delen en knelpunten agenderen"),
            (
                "paragraph",
                "<p>Om te voorkomen dat kennis uit de praktijk verloren gaat, zorgt Met Andere "
                "Ogen dat verhalen deelbaar en zichtbaar worden: van storytelling en "
                "dialoogavonden tot een Doen-dag. Nieuw in MAO II zijn de masterclasses en "
                "fieldlabs. Ook bij het agenderen van knelpunten, obstakels en systeemfouten "
                "vervult het netwerk een belangrijke rol.</p>",
            ),
            ("heading", "De ambities van Met Andere Ogen II"),
            (
                "paragraph",
                "<ol><li>De samenwerking op lokaal en regionaal niveau verdiepen</li><li>Bereik "
                "van het netwerk vergroten</li><li>Inclusieve samenwerking</li><li>"
                "Interprofessioneel samenwerken</li><li>Versterken regierol van gemeenten</li>"
                "<li>Leren van de goede voorbeelden vanuit de praktijk</li><li>Agenderen en "
                "aanpakken knelpunten in het systeem</li></ol>",
            ),
            ("image", "golven-zeegroen", ""),
            ("document", "advies-vrijblijvendheid", "Download het adviesstuk"),
        ],
    },
    {
        "slug": "met-andere-ogen-een-inspiratienetwerk-dat-verbindt",
        "title": "Met Andere Ogen: een inspiratienetwerk dat verbindt",
        "kind": "news",
        "date": (2022, 9, 1),
        "author": "Regiebureau Met Andere Ogen",
        "image": "golven-zand",
        "lead": (
            "Met Andere Ogen is een inspiratienetwerk dat de ontwikkelkansen van kinderen in "
            "Nederland vergroot. De missie: door een betere samenwerking van ouders, onderwijs, "
            "zorg en jeugd bijdragen aan het vergroten van ontwikkelkansen van kinderen."
        ),
        "domains": ("onderwijs", "zorg", "jeugd", "ouders"),
        "themes": ("kansengelijkheid", "preventie"),
        "body": [
            ("heading", "MAO als onderdeel van de transitiebeweging"),
            (
                "paragraph",
                "<p>We hebben al veel geleerd over wat werkt, en wat niet. Zo weten we dat lokale "
                "samenwerking de norm is om de ontwikkelkansen van ieder kind te vergroten. En "
                "dat we de zorg, het onderwijs, de jeugd én hun ouders nog meer met elkaar moeten "
                "verbinden als we willen dat ieder kind meedoet.</p>",
            ),
            ("heading", "De MAO-tafel: de regie bij het netwerk zelf"),
            (
                "paragraph",
                "<p>De regie over het netwerk komt te liggen bij het netwerk zelf. Een aantal "
                "representanten vormt samen de MAO-tafel, die een voortdurende, transparante "
                "dialoog organiseert over de gedeelde ambities van het netwerk.</p>",
            ),
        ],
    },
    {
        "slug": "over-het-programma-zeven-adviezen-drie-programmalijnen",
        "title": "Zeven adviezen, drie programmalijnen: hoe Met Andere Ogen begon",
        "kind": "report",
        "date": (2020, 4, 20),
        "author": "Programmabureau Met Andere Ogen",
        "image": "blokken-hemelsblauw",
        "lead": (
            "Het programma Met Andere Ogen bouwt op de zeven adviezen uit het adviesrapport van "
            "René Peeters. In april 2020 is het programmaplan bijgewerkt, mede door de "
            "maatregelen rond corona."
        ),
        "domains": ("onderwijs", "zorg", "jeugd", "gemeente"),
        "themes": ("interprofessioneel samenwerken", "passend onderwijs"),
        "body": [
            (
                "paragraph",
                "<p>De kern van de adviezen is dat er eerder (preventiever) en beter samengewerkt "
                "moet worden om alle kinderen de kans te bieden zich zo optimaal mogelijk te "
                "ontwikkelen. Dat vraagt van landelijke, regionale en lokale partijen dat ze "
                "samen doen, leren en verbeteren.</p>",
            ),
            ("heading", "Drie programmalijnen"),
            (
                "paragraph",
                "<p><b>Bewegen</b>: we stimuleren en faciliteren de beweging naar preventief "
                "samenwerken. <b>Leren</b>: we leren al doende wat werkt, met inspiratieregio's "
                "en communities of practice. <b>Agenderen</b>: we brengen onderwerpen op de "
                "juiste plek, zodat het stelsel de uitvoeringspraktijk beter faciliteert.</p>",
            ),
            ("document", "programmaplan-2020", ""),
        ],
    },
    {
        "slug": "mis-deze-beweging-niet-kom-bij-community-of-practice",
        "title": "Mis deze beweging niet! Kom bij community of practice",
        "kind": "blog",
        "date": (2020, 3, 3),
        "author": "Sociaal Werk Nederland",
        "image": "cirkels-salie",
        "lead": (
            "Sluit je aan bij deze beweging! 'Maak mijn doorgaande ontwikkeling mogelijk door de "
            "samenwerking tussen onderwijs, zorg en jeugd te versterken.' Programmaplan Met "
            "Andere Ogen voor 2020."
        ),
        "domains": ("jeugd", "onderwijs", "zorg"),
        "themes": ("interprofessioneel samenwerken", "preventie"),
        "body": [
            (
                "paragraph",
                "<p>Met Andere Ogen is een programma waarbij professionals uit onderwijs, zorg en "
                "jeugddomein samenwerken in een lerend netwerk. Dit netwerk vindt zijn basis in "
                "elf inspiratieregio's en groeit met collega's uit andere delen van het land.</p>",
            ),
            ("heading", "Sluit je aan"),
            (
                "paragraph",
                "<p>Sociaal Werk Nederland vraagt lidorganisaties te onderzoeken hoe zij een rol "
                "kunnen spelen in deze beweging, in hun regio. Als het even kan: sluit je dan aan "
                "bij een inspiratieregio en een community of practice. Daarvoor meld je je aan "
                "als aandeelhouder.</p>",
            ),
            ("heading", "Al doende leren"),
            (
                "paragraph",
                "<p>Ook voor de uitvoering van dit programma geldt dat we al doende lerend "
                "uitvinden wat wel of niet werkt. Daarom monitoren we elk half jaar of we op de "
                "goede weg zijn.</p>",
            ),
            (
                "quote",
                "We hopen dat lezen aanzet tot meedoen, want ook jouw ogen zijn nodig om de "
                "ontwikkelkansen van kinderen te vergroten!",
                "Sociaal Werk Nederland",
            ),
            ("document", "programmaplan-2020", "Programmaplan 2020"),
        ],
    },
    {
        "slug": "meld-je-aan-als-inspiratieregio",
        "title": "Meld je aan als inspiratieregio of gemeente",
        "kind": "news",
        "date": (2019, 7, 1),
        "author": "Coalitie onderwijs-jeugd-zorg",
        "image": "blokken-lavendel",
        "lead": (
            "Werk samen voor de ontwikkelkansen van kinderen en jongeren. De Coalitie "
            "onderwijs-jeugd-zorg zoekt tien regio's of gemeenten met lef én uitvoeringskracht."
        ),
        "domains": ("gemeente", "onderwijs", "kinderopvang", "zorg", "jeugd"),
        "themes": ("netwerkregie", "preventie"),
        "body": [
            (
                "paragraph",
                "<p>De Coalitie heeft de krachten gebundeld in een lerend netwerk: een beweging om "
                "de samenwerking tussen (passend) onderwijs, kinderopvang, "
                "(jeugd)gezondheidszorg en hulp te verbeteren, zodat ontwikkelkansen van kinderen "
                "verbeteren.</p>",
            ),
            ("heading", "Voor wie"),
            (
                "paragraph",
                "<p>Ben je, of ken je, een goed voorbeeld van wat werkt? En wil je "
                "doorontwikkelen, verder leren en inspireren? Meld je dan aan als "
                "inspiratieregio of gemeente. Gemeenten en regio's hebben tot 15 september de "
                "tijd om zich aan te melden.</p>",
            ),
            ("document", "aanmeldprocedure-regio", ""),
        ],
    },
    {
        "slug": "terugblik-dialoogavond-ouders",
        "title": "Terugblik: dialoogavond ouders en professionals",
        "kind": "blog",
        "date": 25,
        "author": "Noor Peters",
        "image": "golven-terracotta",
        "lead": (
            "Veertig ouders en professionals praatten een avond lang over gelijkwaardigheid. "
            "'Gelijkwaardig is niet hetzelfde als gelijk.'"
        ),
        "domains": ("ouders", "onderwijs", "zorg"),
        "themes": ("ouderbetrokkenheid", "ervaringsdeskundigheid"),
        "body": [
            (
                "paragraph",
                "<p>De avond begon met drie korte verhalen van ouders. Daarna gingen ouders en "
                "professionals in kleine groepen uiteen. De oogst staat op de pagina van de "
                "dialoog.</p>",
            ),
            (
                "quote",
                "Ik wil niet dat iemand het voor me oplost. Ik wil dat iemand met me meedenkt.",
                "Vader, deelnemer aan de dialoogavond",
            ),
        ],
    },
]

EVENT_INDEX = {
    "slug": "agenda",
    "title": "Agenda",
    "intro": (
        "<p>Dialoogavonden, masterclasses, werksessies, bijeenkomsten van communities en de "
        "Doen-dag. Meld je aan en doe mee.</p>"
    ),
}

# days from now (negative: past), start "HH:MM", end "HH:MM", all Europe/Amsterdam
EVENTS = [
    {
        "slug": "werksessie-inspiratienetwerk",
        "title": "Werksessie inspiratienetwerk",
        "kind": "werksessie",
        "days": 8,
        "start": "09:00",
        "end": "11:00",
        "location": "",
        "online": True,
        "audience": "aandeelhouders en inspiratieregio's",
        "capacity": 40,
        "intro": (
            "<p>Hoe bouwen we het inspiratienetwerk verder uit? Een online werksessie met "
            "aandeelhouders en inspiratieregio's.</p>"
        ),
        "domains": ("onderwijs", "zorg", "jeugd", "gemeente"),
        "themes": ("netwerkregie",),
        "image": "blokken-hemelsblauw",
    },
    {
        "slug": "dialoog-thuiszitters",
        "title": "Dialoog thuiszitters",
        "kind": "dialoogavond",
        "days": 12,
        "start": "19:30",
        "end": "21:30",
        "location": "Bibliotheek Amersfoort, Amersfoort",
        "audience": "ouders, leerkrachten, leerplichtambtenaren en jeugdprofessionals",
        "capacity": 35,
        "space": ("dialogen", "dialoog-thuiszitters"),
        "intro": (
            "<p>Wat gebeurt er als een kind thuis komt te zitten, en wat kan er anders? Een "
            "avond in gesprek, met ouders en professionals aan dezelfde tafel.</p>"
        ),
        "domains": ("ouders", "onderwijs", "jeugd", "gemeente"),
        "themes": ("thuiszitters", "ouderbetrokkenheid"),
        "image": "golven-zand",
    },
    {
        "slug": "cop-bijeenkomst-langdurig-bindende-afspraken",
        "title": "CoP-bijeenkomst Langdurig bindende afspraken",
        "kind": "cop",
        "days": 16,
        "start": "14:00",
        "end": "16:30",
        "location": "Stadhuis Dordrecht, Dordrecht",
        "audience": "leden van de community",
        "capacity": 25,
        "space": ("cop", "langdurig-bindende-afspraken"),
        "intro": (
            "<p>We bespreken het voorbeeldconvenant en twee vragen uit de regio's: wat doe je "
            "als een partij zich terugtrekt?</p>"
        ),
        "domains": ("onderwijs", "jeugd", "gemeente"),
        "themes": ("netwerkregie", "zorgplicht"),
        "image": "blokken-lavendel",
    },
    {
        "slug": "masterclass-netwerkregie",
        "title": "Masterclass Netwerkregie",
        "kind": "masterclass",
        "days": 20,
        "start": "13:30",
        "end": "17:00",
        "location": "Huis van de Gemeenten, Den Haag",
        "audience": "beleidsmedewerkers van gemeenten en samenwerkingsverbanden, bestuurders",
        "capacity": 30,
        "intro": (
            "<p>Hoe voer je regie in een netwerk waar niemand de baas is? Een masterclass met "
            "experts en praktijkvoorbeelden uit drie gemeenten.</p>"
        ),
        "domains": ("gemeente", "onderwijs"),
        "themes": ("netwerkregie",),
        "image": "cirkels-hemelsblauw",
    },
    {
        "slug": "schone-lei-werksessie-arnhem",
        "title": "Schone Lei: werksessie in Arnhem",
        "kind": "werksessie",
        "days": 27,
        "start": "13:00",
        "end": "16:30",
        "location": "Karakter, Arnhem",
        "audience": "professionals, ouders en bestuurders uit opvang, onderwijs, zorg en jeugdhulp",
        "capacity": 50,
        "intro": (
            "<p>Als we opvang, onderwijs, zorg en jeugdhulp voor en met 0- tot 23-jarigen "
            "opnieuw zouden ontwerpen, hoe zou dat er dan uitzien?</p>"
        ),
        "domains": ("kinderopvang", "onderwijs", "zorg", "jeugd"),
        "themes": ("doorgaande lijn", "interprofessioneel samenwerken"),
        "image": "golven-terracotta",
    },
    {
        "slug": "schone-lei-werksessie-den-haag",
        "title": "Schone Lei: werksessie in Den Haag",
        "kind": "werksessie",
        "days": 55,
        "start": "13:00",
        "end": "16:30",
        "location": "Ministerie van OCW, Den Haag",
        "audience": "professionals, ouders en bestuurders uit opvang, onderwijs, zorg en jeugdhulp",
        "capacity": 50,
        "intro": (
            "<p>De tweede Schone Lei-werksessie: we werken de ontwerpen uit Arnhem verder uit "
            "met beleidsmakers.</p>"
        ),
        "domains": ("kinderopvang", "onderwijs", "zorg", "jeugd", "gemeente"),
        "themes": ("doorgaande lijn", "netwerkregie"),
        "image": "cirkels-zeegroen",
    },
    {
        "slug": "doen-dag",
        "title": "Met Andere Ogen Doen-dag",
        "kind": "doendag",
        "days": 75,
        "start": "09:30",
        "end": "16:00",
        "location": "Jaarbeurs, Utrecht",
        "audience": "iedereen die werkt aan de ontwikkelkansen van kinderen",
        "capacity": 400,
        "intro": (
            "<p>Een dag vol praktijkvoorbeelden, werkplaatsen en ontmoeting. Inspiratieregio's, "
            "communities en fieldlabs laten zien wat ze doen.</p>"
        ),
        "domains": ("onderwijs", "zorg", "jeugd", "kinderopvang", "ouders", "gemeente", "sport"),
        "themes": ("kansengelijkheid", "interprofessioneel samenwerken"),
        "image": "golven-zeegroen",
    },
    {
        "slug": "dialoogavond-ouders-en-professionals",
        "title": "Dialoogavond ouders en professionals",
        "kind": "dialoogavond",
        "days": -30,
        "start": "19:30",
        "end": "21:30",
        "location": "Wijkcentrum De Brug, Middelburg",
        "audience": "ouders en professionals",
        "capacity": 40,
        "space": ("dialogen", "dialoog-ouders-en-professionals"),
        "intro": "<p>Een avond over gelijkwaardigheid tussen ouders en professionals.</p>",
        "domains": ("ouders", "onderwijs", "zorg"),
        "themes": ("ouderbetrokkenheid",),
        "image": "cirkels-salie",
    },
    {
        "slug": "masterclass-inclusief-onderwijs",
        "title": "Masterclass Inclusief onderwijs",
        "kind": "masterclass",
        "days": -60,
        "start": "14:00",
        "end": "17:00",
        "location": "",
        "online": True,
        "audience": "schoolleiders, intern begeleiders en beleidsmedewerkers",
        "capacity": 100,
        "intro": (
            "<p>Wat vraagt inclusief onderwijs van school, zorg en gemeente? Een online "
            "masterclass met voorbeelden uit Súdwest-Fryslân.</p>"
        ),
        "domains": ("onderwijs", "zorg", "gemeente"),
        "themes": ("inclusief onderwijs",),
        "image": "blokken-hemelsblauw",
    },
]

INDEXES = {
    "practices": {
        "slug": "wat-werkt",
        "title": "Wat werkt",
        "intro": (
            "<p>Praktijkvoorbeelden uit het hele land: wat is er gedaan, voor wie, en met welk "
            "resultaat? Filter op domein, thema, leeftijd en bewijsniveau.</p>"
        ),
    },
    "regions": {
        "slug": "regio",
        "title": "Inspiratieregio's",
        "intro": (
            "<p>Inspiratieregio's en -gemeenten vormen het hart van het netwerk. Ze ontwikkelen "
            "een goed voorbeeld verder, leren en inspireren anderen.</p>"
        ),
    },
    "bottlenecks": {
        "slug": "knelpunten",
        "title": "Knelpunten",
        "intro": (
            "<p>Loop je vast op regels, budgetten of schotten tussen organisaties? Leden brengen "
            "knelpunten in; de MAO-tafel bespreekt ze en agendeert ze op de juiste plek.</p>"
        ),
    },
}
