"""The shared vocabulary (DESIGN.md §3): domains, themes, age groups, the evidence
ladder, the adviezen and ambities, as `seed_demo` loads them and the factories use them.

The adviezen are quoted from seed 003 ('De zeven adviezen uit Met andere ogen'),
the ambities from seed 001 ('De ambities van Met Andere Ogen II'), word for word.
"""

from dataclasses import dataclass, field

# slug, name, description
DOMAINS = [
    (
        "onderwijs",
        "Onderwijs",
        "Scholen in het primair, voortgezet en speciaal onderwijs, het mbo en de "
        "samenwerkingsverbanden passend onderwijs.",
    ),
    (
        "zorg",
        "Zorg",
        "Jeugdgezondheidszorg, huisartsen en praktijkondersteuners, de ggz en de zorg voor "
        "kinderen met een beperking of chronische ziekte.",
    ),
    (
        "jeugd",
        "Jeugd",
        "Jeugdhulp, jeugdbescherming, wijkteams en jeugd- en gezinsteams, jongerenwerk en "
        "schoolmaatschappelijk werk.",
    ),
    (
        "kinderopvang",
        "Kinderopvang",
        "Kinderdagverblijven, peuteropvang, buitenschoolse opvang en gastouders.",
    ),
    (
        "ouders",
        "Ouders",
        "Ouders en verzorgers, ouderorganisaties, ervaringsdeskundigen en cliëntenraden.",
    ),
    (
        "gemeente",
        "Gemeente",
        "Beleid en uitvoering bij gemeenten: onderwijs, jeugd, leerplicht en het sociaal domein.",
    ),
    (
        "sport",
        "Sport",
        "Sportverenigingen, buurtsportcoaches en het vrijetijdsaanbod voor kinderen en jongeren.",
    ),
]

# name, description
THEMES = [
    (
        "thuiszitters",
        "Kinderen en jongeren die langer dan vier weken niet naar school gaan, met of zonder "
        "vrijstelling, en de weg terug naar onderwijs.",
    ),
    (
        "passend onderwijs",
        "Een passende plek en passende ondersteuning voor iedere leerling, georganiseerd door "
        "scholen en samenwerkingsverbanden.",
    ),
    (
        "vroegsignalering",
        "Zorgen over de ontwikkeling van een kind vroeg zien, bespreken en samen oppakken.",
    ),
    (
        "kansengelijkheid",
        "Gelijke ontwikkelkansen, ongeacht het inkomen, de opleiding of de herkomst van ouders.",
    ),
    (
        "ouderbetrokkenheid",
        "Ouders als gelijkwaardig partner van school, opvang en hulpverlening.",
    ),
    (
        "interprofessioneel samenwerken",
        "Professionals uit verschillende domeinen die rond één kind samen één plan maken.",
    ),
    (
        "netwerkregie",
        "Wie houdt het overzicht en neemt de regie als veel partijen rond een kind of een wijk "
        "samenwerken?",
    ),
    (
        "inclusief onderwijs",
        "Kinderen met en zonder beperking leren zoveel mogelijk samen, in de eigen wijk.",
    ),
    (
        "preventie",
        "Erbij zijn voordat problemen groot worden: in de klas, op de opvang en in de wijk.",
    ),
    (
        "jeugdhulp op school",
        "Jeugdhulp die onder schooltijd en in het schoolgebouw beschikbaar is.",
    ),
    (
        "zorgplicht",
        "De plicht van schoolbesturen om iedere aangemelde leerling een passende plek te bieden, "
        "en de jeugdhulpplicht van gemeenten.",
    ),
    (
        "onderwijs-zorgarrangementen",
        "Onderwijs en zorg in één aanbod, voor kinderen die beide nodig hebben.",
    ),
    (
        "doorgaande lijn",
        "Een soepele overgang van opvang naar school, van school naar school en naar volwassen "
        "worden.",
    ),
    (
        "ervaringsdeskundigheid",
        "De kennis van ouders en jongeren die het zelf hebben meegemaakt, ingezet in beleid en "
        "uitvoering.",
    ),
    (
        "schoolverzuim",
        "Te laat komen, spijbelen en ziekteverzuim: de signalen vóórdat een kind thuis komt te "
        "zitten.",
    ),
    (
        "mentale gezondheid",
        "Stress, somberheid en angst bij kinderen en jongeren, en wat school en omgeving kunnen "
        "doen.",
    ),
]

# label, min_age, max_age
AGE_GROUPS = [("0-4", 0, 4), ("4-12", 4, 12), ("12-18", 12, 18), ("18-23", 18, 23)]

# number, title (as in seed 003), description
ADVICES = [
    (
        1,
        "Het verbreden van teams (interprofessioneel).",
        "Leerkrachten, jeugdprofessionals, zorgverleners en pedagogisch medewerkers werken in "
        "één team rond de groep en het kind, niet naast elkaar.",
    ),
    (
        2,
        "Inperken vrijstellingen op basis van artikel 5a.",
        "Een vrijstelling van de leerplicht is een uitzondering. Eerst samen zoeken naar "
        "onderwijs dat past, eventueel in combinatie met zorg.",
    ),
    (
        3,
        "Betrekken ouders en kinderen is essentieel om resultaat te behalen.",
        "Ouders en kinderen denken en beslissen mee, vanaf het eerste gesprek. Hun kennis telt "
        "even zwaar als die van professionals.",
    ),
    (
        4,
        "Brede lokale afspraken over jeugd onder regie gemeente.",
        "Gemeente, schoolbesturen, zorg en jeugdhulp maken samen afspraken over wat kinderen in "
        "de gemeente nodig hebben; de gemeente houdt de regie.",
    ),
    (
        5,
        "Monitoring op het niveau waarop gezamenlijke afspraken zijn gemaakt.",
        "Meet wat je samen hebt afgesproken, op de plek waar je het hebt afgesproken: in de "
        "wijk, de gemeente of de regio.",
    ),
    (
        6,
        "Budgetten en beleid moeten poreuze randen hebben.",
        "Geld en regels mogen samenwerking niet in de weg staan. Budgetten van onderwijs, zorg "
        "en jeugdhulp kunnen samen worden ingezet.",
    ),
    (
        7,
        "Coalitie omvormen: van denken naar DOEN.",
        "De landelijke partijen werken niet alleen aan adviezen maar aan uitvoering: samen doen, "
        "leren en verbeteren in de praktijk.",
    ),
]

# number, title (as in seed 001), description
AMBITIONS = [
    (
        1,
        "De samenwerking op lokaal en regionaal niveau verdiepen",
        "Lokale en regionale coalities van onderwijs, zorg en jeugd krijgen steun om verder te "
        "komen dan kennismaken: vaste afspraken, gedeelde doelen.",
    ),
    (
        2,
        "Bereik van het netwerk vergroten",
        "Meer aandeelhouders, meer regio's en verbinding met andere landelijke programma's, "
        "zodat kennis terechtkomt bij de leerkracht en de hulpverlener.",
    ),
    (
        3,
        "Inclusieve samenwerking (ouders beter in staat stellen om hun inbreng te leveren door "
        "de infrastructuur aan de kant van ouders te verbeteren)",
        "Ouders worden vanzelfsprekend gezien als gelijkwaardig partner. Ervaringsdeskundigheid "
        "wordt ontwikkeld en ingezet.",
    ),
    (
        4,
        "Interprofessioneel samenwerken (handvatten ontwikkelen voor professionals om de "
        "interprofessionele samenwerking rondom het kind vorm te geven)",
        "Praktische handvatten, onder meer uit fieldlabs, en tijd en ruimte van de eigen "
        "organisatie om echt samen te werken.",
    ),
    (
        5,
        "Versterken regierol van gemeenten (en aandacht voor de rol van samenwerkingsverbanden "
        "hierin)",
        "Gemeenten en samenwerkingsverbanden nemen samen de regie, bijvoorbeeld met "
        "masterclasses netwerkregie.",
    ),
    (
        6,
        "Leren van de goede voorbeelden vanuit de praktijk.",
        "Verhalen uit de praktijk worden deelbaar en zichtbaar: storytelling, dialoogavonden, "
        "de Doen-dag en deze kennisbank.",
    ),
    (
        7,
        "Agenderen en aanpakken knelpunten in het systeem.",
        "Obstakels en systeemfouten uit de praktijk komen op de juiste tafel, lokaal en landelijk.",
    ),
]

# rank, name, description, next_step
EVIDENCE_LEVELS = [
    (
        1,
        "Idee",
        "Er is een idee, gebaseerd op ervaring of op een vraag uit de praktijk. Hoe de aanpak "
        "precies werkt, staat nog nergens beschreven.",
        "Schrijf de aanpak op: voor wie is hij, wat doe je, wie doet wat en wat wil je bereiken?",
    ),
    (
        2,
        "Beschreven",
        "De aanpak is beschreven: doel, doelgroep en werkwijze staan op papier, zodat een ander "
        "er ook mee kan werken.",
        "Probeer de aanpak uit en vraag kinderen, ouders en professionals wat het oplevert. Houd "
        "bij wat je doet en bij wie.",
    ),
    (
        3,
        "Praktijkgetoetst",
        "De aanpak is in de praktijk uitgeprobeerd. Deelnemers en professionals zijn gevraagd "
        "wat ze ervan vinden en wat het oplevert.",
        "Leg uit waaróm de aanpak zou werken: maak samen met onderzoekers een verandertheorie en "
        "kijk wat de literatuur zegt.",
    ),
    (
        4,
        "Onderbouwd",
        "Er is een goede uitleg waarom de aanpak werkt, onderbouwd met theorie en onderzoek. We "
        "weten nog niet zeker of hij het beoogde effect heeft.",
        "Meet het effect: doe een voor- en nameting bij de kinderen die meedoen.",
    ),
    (
        5,
        "Effectief volgens eerste aanwijzingen",
        "Metingen laten zien dat het beter gaat met de kinderen die meedoen. Maar zonder "
        "vergelijkingsgroep weten we niet zeker of dat door de aanpak komt.",
        "Vergelijk met een groep kinderen die de aanpak niet krijgt, liefst in meer dan één "
        "gemeente of regio.",
    ),
    (
        6,
        "Effectief volgens goede of sterke aanwijzingen",
        "Onderzoek met een vergelijkingsgroep laat zien dat de aanpak werkt, soms op meerdere "
        "plekken en op langere termijn.",
        "Blijf meten of de aanpak in jouw situatie net zo goed werkt, en deel wat je leert met "
        "anderen.",
    ),
]


@dataclass(frozen=True)
class ConceptData:
    name: str
    description: str
    terms: dict = field(default_factory=dict)  # domain slug -> list of words


CONCEPTS = [
    ConceptData(
        "Het kind of de jongere",
        "De persoon om wie het gaat. Elk domein noemt hem of haar anders.",
        {
            "onderwijs": ["leerling"],
            "zorg": ["cliënt", "patiënt"],
            "jeugd": ["jeugdige"],
            "kinderopvang": ["kind"],
            "gemeente": ["inwoner"],
        },
    ),
    ConceptData(
        "Plicht tot passende hulp of plek",
        "Wie is verplicht om voor een passend aanbod te zorgen?",
        {
            "onderwijs": ["zorgplicht"],
            "jeugd": ["jeugdhulpplicht"],
            "gemeente": ["jeugdhulpplicht", "maatwerkvoorziening"],
            "zorg": ["zorgplicht van de zorgverzekeraar"],
        },
    ),
    ConceptData(
        "Niet naar school gaan",
        "Een kind gaat niet of niet volledig naar school.",
        {
            "onderwijs": ["verzuim", "schoolverzuim", "absent"],
            "jeugd": ["thuiszitter"],
            "gemeente": ["thuiszitter", "absoluut verzuim", "relatief verzuim"],
            "zorg": ["ziekteverzuim"],
            "ouders": ["thuiszitten"],
        },
    ),
    ConceptData(
        "Voortijdig stoppen met school",
        "Een jongere verlaat het onderwijs zonder startkwalificatie.",
        {
            "onderwijs": ["schooluitval", "voortijdig schoolverlaten"],
            "gemeente": ["vsv'er", "jongere zonder startkwalificatie"],
            "jeugd": ["uitvaller"],
        },
    ),
    ConceptData(
        "Aanspreekpunt voor ondersteuning",
        "De professional bij wie leerkracht, ouder of kind terechtkan met zorgen.",
        {
            "onderwijs": ["IB'er", "intern begeleider", "zorgcoördinator"],
            "zorg": ["praktijkondersteuner", "POH-jeugd"],
            "jeugd": ["jeugdconsulent", "schoolmaatschappelijk werker"],
            "kinderopvang": ["mentor"],
        },
    ),
    ConceptData(
        "Plan voor het kind",
        "Het document waarin staat wat een kind nodig heeft en wie wat doet.",
        {
            "onderwijs": ["OPP", "ontwikkelingsperspectief"],
            "zorg": ["zorgplan", "behandelplan"],
            "jeugd": ["hulpverleningsplan", "perspectiefplan"],
            "gemeente": ["gezinsplan"],
        },
    ),
    ConceptData(
        "Toegang tot extra ondersteuning",
        "Het besluit dat een kind recht geeft op extra ondersteuning of hulp.",
        {
            "onderwijs": ["toelaatbaarheidsverklaring", "TLV"],
            "zorg": ["verwijzing"],
            "jeugd": ["beschikking", "indicatie"],
            "gemeente": ["beschikking"],
        },
    ),
    ConceptData(
        "Vroeg signaleren",
        "Zorgen over de ontwikkeling van een kind op tijd zien en bespreken.",
        {
            "onderwijs": ["signaleren", "leerlingvolgsysteem"],
            "zorg": ["vroegsignalering", "screening"],
            "jeugd": ["signalen van zorg"],
            "kinderopvang": ["observeren", "kindvolgsysteem"],
        },
    ),
    ConceptData(
        "Overleg rond een kind",
        "Het overleg waarin professionals en ouders samen kijken wat een kind nodig heeft.",
        {
            "onderwijs": ["zorgadviesteam", "ZAT", "ondersteuningsteam"],
            "zorg": ["multidisciplinair overleg", "MDO"],
            "jeugd": ["casusoverleg"],
            "gemeente": ["doorbraakoverleg"],
        },
    ),
    ConceptData(
        "Ouders en opvoeders",
        "De volwassenen die voor het kind zorgen en over het kind beslissen.",
        {
            "onderwijs": ["ouders", "verzorgers"],
            "zorg": ["wettelijk vertegenwoordiger"],
            "jeugd": ["gezaghebbende ouder", "opvoeders"],
            "kinderopvang": ["ouders"],
        },
    ),
    ConceptData(
        "Regionale samenwerking",
        "Het verband waarin organisaties in een regio samen afspraken maken.",
        {
            "onderwijs": ["samenwerkingsverband"],
            "gemeente": ["jeugdregio", "arbeidsmarktregio"],
            "zorg": ["zorgkantoorregio"],
            "jeugd": ["jeugdhulpregio"],
        },
    ),
    ConceptData(
        "Zwaarte van ondersteuning",
        "Hoeveel en welke hulp een kind krijgt.",
        {
            "onderwijs": ["basisondersteuning", "extra ondersteuning"],
            "jeugd": ["lichte ondersteuning", "specialistische jeugdhulp"],
            "zorg": ["eerstelijnszorg", "tweedelijnszorg"],
        },
    ),
    ConceptData(
        "Aanbod op maat",
        "Een aanbod dat past bij wat dit ene kind nodig heeft.",
        {
            "onderwijs": ["arrangement", "maatwerktraject"],
            "zorg": ["zorg op maat"],
            "jeugd": ["maatwerkvoorziening"],
            "gemeente": ["maatwerk"],
        },
    ),
    ConceptData(
        "Dossier",
        "Waar de gegevens over een kind worden bijgehouden.",
        {
            "onderwijs": ["leerlingdossier"],
            "zorg": ["medisch dossier", "EPD"],
            "jeugd": ["cliëntdossier"],
            "kinderopvang": ["kinddossier"],
        },
    ),
    ConceptData(
        "Gegevens delen",
        "Wat professionals over een kind aan elkaar mogen vertellen, en met wiens toestemming.",
        {
            "onderwijs": ["toestemming van ouders"],
            "zorg": ["beroepsgeheim", "medisch beroepsgeheim"],
            "jeugd": ["geheimhoudingsplicht"],
            "gemeente": ["AVG", "privacyconvenant"],
        },
    ),
    ConceptData(
        "Zorgen over veiligheid",
        "Wat je doet als je vermoedt dat een kind thuis niet veilig is.",
        {
            "onderwijs": ["meldcode"],
            "zorg": ["meldcode huiselijk geweld en kindermishandeling"],
            "jeugd": ["melding bij Veilig Thuis"],
            "kinderopvang": ["meldcode"],
        },
    ),
    ConceptData(
        "De professional dichtbij het kind",
        "Wie het kind elke dag of elke week ziet.",
        {
            "onderwijs": ["leerkracht", "docent", "mentor"],
            "zorg": ["jeugdarts", "jeugdverpleegkundige"],
            "jeugd": ["jeugdprofessional", "jeugdhulpverlener"],
            "kinderopvang": ["pedagogisch medewerker"],
            "sport": ["trainer", "buurtsportcoach"],
        },
    ),
    ConceptData(
        "Voorkomen",
        "Erbij zijn voordat problemen groot worden.",
        {
            "onderwijs": ["schoolklimaat", "basisondersteuning"],
            "zorg": ["preventie"],
            "jeugd": ["voorliggend veld", "algemene voorziening"],
            "gemeente": ["preventief jeugdbeleid"],
        },
    ),
    ConceptData(
        "Toezicht op de leerplicht",
        "Wie let erop dat kinderen naar school gaan en helpt als dat niet lukt.",
        {
            "gemeente": ["leerplichtambtenaar", "RMC"],
            "onderwijs": ["verzuimcoördinator", "verzuimmelding"],
            "jeugd": ["trajectbegeleider"],
        },
    ),
    ConceptData(
        "Vrijstelling van de leerplicht",
        "Een kind hoeft (tijdelijk) niet naar school, bijvoorbeeld om lichamelijke of psychische "
        "redenen.",
        {
            "onderwijs": ["vrijstelling 5a"],
            "gemeente": ["vrijstelling van inschrijving"],
            "zorg": ["verklaring van arts of psycholoog"],
            "jeugd": ["dagbesteding"],
        },
    ),
    ConceptData(
        "Overgang naar de basisschool",
        "De stap van opvang of peuterspeelzaal naar groep 1.",
        {
            "kinderopvang": ["warme overdracht", "overdracht"],
            "onderwijs": ["instroom", "aanmelding"],
            "zorg": ["JGZ-overdracht"],
            "gemeente": ["doorgaande lijn"],
        },
    ),
    ConceptData(
        "Volwassen worden (18-/18+)",
        "Bij 18 jaar verandert er veel: andere wetten, andere loketten, andere hulp.",
        {
            "jeugd": ["18-/18+", "verlengde jeugdhulp"],
            "zorg": ["transitie naar volwassenenzorg"],
            "onderwijs": ["overstap naar mbo of hbo"],
            "gemeente": ["Wmo", "Participatiewet"],
        },
    ),
    ConceptData(
        "Regie",
        "Wie houdt overzicht en zorgt dat het gebeurt?",
        {
            "gemeente": ["regie", "netwerkregie"],
            "jeugd": ["casusregie"],
            "zorg": ["zorgcoördinatie"],
            "onderwijs": ["regie op de ondersteuning"],
            "ouders": ["eigen regie"],
        },
    ),
    ConceptData(
        "Resultaten meten",
        "Hoe je laat zien of het beter gaat met een kind of een groep.",
        {
            "onderwijs": ["opbrengsten", "leerresultaten"],
            "zorg": ["uitkomstmaten", "ROM"],
            "jeugd": ["doelrealisatie"],
            "gemeente": ["monitor", "outcome"],
        },
    ),
    ConceptData(
        "Hulp onder schooltijd",
        "Zorg of jeugdhulp die in de school en tijdens de lestijd wordt gegeven.",
        {
            "onderwijs": ["onderwijs-zorgarrangement"],
            "zorg": ["zorg in onderwijstijd"],
            "jeugd": ["jeugdhulp op school"],
            "gemeente": ["schoolmaatschappelijk werk"],
        },
    ),
    ConceptData(
        "Voor- en vroegschoolse educatie",
        "Extra aanbod voor peuters en kleuters met een risico op achterstand.",
        {
            "kinderopvang": ["voorschoolse educatie", "VVE"],
            "onderwijs": ["vroegschoolse educatie"],
            "gemeente": ["VVE-indicatie"],
            "zorg": ["indicatie via het consultatiebureau"],
        },
    ),
    ConceptData(
        "Stem van ouders en jongeren",
        "Hoe ouders en jongeren meepraten over beleid en aanpak.",
        {
            "ouders": ["ervaringsdeskundigheid", "ouderplatform"],
            "onderwijs": ["medezeggenschapsraad", "ondersteuningsplanraad"],
            "zorg": ["cliëntenraad"],
            "jeugd": ["jongerenraad"],
        },
    ),
    ConceptData(
        "Bewegen en sport rond school",
        "Sport en bewegen als deel van de dag, voor ieder kind.",
        {
            "sport": ["buurtsportcoach", "sportvereniging"],
            "onderwijs": ["vakleerkracht bewegingsonderwijs"],
            "gemeente": ["combinatiefunctionaris"],
        },
    ),
]
