"""Practice examples built from realistic building blocks.

Each `Approach` is a kind of practice that exists in many Dutch municipalities
(a thuiszittersoverleg, a jeugdprofessional in de school, a warme overdracht...).
`practice_spec(n)` combines the n-th approach with a place, an evidence level and
numbers, so that every generated example reads as a plausible story, and the same
`n` always gives the same example.
"""

import random
from dataclasses import dataclass

from django.utils.text import slugify

from taxonomy.vocabularies import EVIDENCE_LEVELS


@dataclass(frozen=True)
class Approach:
    key: str
    name: str
    summary: str
    problem: str
    approach: str
    goal: str  # what the team hopes to see (level 1)
    seen: str  # what professionals notice (levels 2-4)
    measured: str  # a measured outcome with {pct} (levels 5-6)
    lessons: tuple
    domains: tuple
    themes: tuple
    age_groups: tuple
    prevention: str
    advices: tuple
    ambitions: tuple
    target_group: str
    organisation: str
    space: str = ""  # slug of the space this example grew from, if any


APPROACHES = [
    Approach(
        key="thuiszittersoverleg",
        name="Thuiszittersoverleg met leerplicht en jeugdhulp",
        summary=(
            "In {place} praten school, leerplicht, jeugdhulp en ouders elke maand samen over "
            "kinderen die thuis zitten. Ze maken binnen twee weken een plan. Het doel: zo snel "
            "mogelijk weer onderwijs, ook als dat eerst een paar uur per week is."
        ),
        problem=(
            "<p>In {place} zaten ieder jaar rond de {n} kinderen langer dan vier weken thuis. "
            "Iedere organisatie had een eigen overleg, ouders moesten hun verhaal steeds opnieuw "
            "vertellen en niemand had de regie.</p>"
        ),
        approach=(
            "<p>Het samenwerkingsverband en de gemeente richtten één maandelijks "
            "thuiszittersoverleg in.</p><ul><li>Aan tafel: school, leerplichtambtenaar, "
            "jeugdconsulent, jeugdarts en de ouders.</li><li>Binnen twee weken na de melding "
            "ligt er een plan met één contactpersoon.</li><li>Voor maatwerk is een klein "
            "gezamenlijk budget beschikbaar.</li></ul>"
        ),
        goal="kinderen sneller terug zijn op school",
        seen="kinderen sneller weer (een deel van de week) onderwijs volgen",
        measured="het aantal kinderen dat langer dan drie maanden thuis zat met {pct}% daalde",
        lessons=(
            "Nodig ouders uit bij het eerste overleg, niet pas als er een plan ligt.",
            "Spreek af wie de regie heeft voordat je over inhoud praat.",
            "Een klein budget zonder schotten maakt maatwerk vaak al mogelijk.",
        ),
        domains=("onderwijs", "jeugd", "gemeente", "ouders"),
        themes=("thuiszitters", "schoolverzuim", "interprofessioneel samenwerken"),
        age_groups=("4-12", "12-18"),
        prevention="geindiceerd",
        advices=(1, 2, 4),
        ambitions=(1, 4),
        target_group="leerlingen die langer dan vier weken niet naar school gaan",
        organisation="Samenwerkingsverband passend onderwijs {place}",
        space="thuiszitters",
    ),
    Approach(
        key="jeugdprofessional-school",
        name="Jeugdprofessional in de school",
        summary=(
            "Op basisscholen in {place} werkt een jeugdprofessional een paar dagen per week in "
            "de school. Leerkrachten en ouders kunnen direct bij haar binnenlopen. Er is geen "
            "verwijzing of wachtlijst nodig."
        ),
        problem=(
            "<p>Leerkrachten in {place} zagen zorgen bij kinderen, maar de weg naar jeugdhulp "
            "was lang. Ouders haakten af bij de wachtlijst en kleine vragen werden groot.</p>"
        ),
        approach=(
            "<p>De gemeente financiert een jeugdprofessional van het wijkteam, die vast aan "
            "{n_schools} scholen is verbonden.</p><ul><li>Ze is aanwezig bij groepsbesprekingen "
            "en in de klas.</li><li>Ouders kunnen bij haar terecht op het schoolplein en in de "
            "ouderkamer.</li><li>Lichte hulp geeft ze zelf; voor zwaardere hulp regelt ze een "
            "warme overdracht.</li></ul>"
        ),
        goal="vragen van ouders en leerkrachten eerder worden opgepakt",
        seen="leerkrachten zich gesteund voelen en ouders sneller hulp vragen",
        measured="het aantal verwijzingen naar specialistische jeugdhulp met {pct}% daalde",
        lessons=(
            "Geef de jeugdprofessional een vaste plek en vaste dagen in de school.",
            "Investeer in kennismaking: leerkracht en jeugdprofessional moeten elkaars taal leren.",
            "Maak vooraf afspraken over privacy en toestemming van ouders.",
        ),
        domains=("onderwijs", "jeugd", "gemeente"),
        themes=("jeugdhulp op school", "preventie", "interprofessioneel samenwerken"),
        age_groups=("4-12",),
        prevention="selectief",
        advices=(1, 6),
        ambitions=(4,),
        target_group="kinderen in het basisonderwijs en hun ouders",
        organisation="Wijkteam {place}",
        space="jeugdhulp-in-en-om-de-school",
    ),
    Approach(
        key="oza-emb",
        name="Onderwijs-zorgarrangement voor kinderen met een meervoudige beperking",
        summary=(
            "Kinderen met een ernstige meervoudige beperking in {place} gaan naar school in "
            "plaats van alleen naar de dagbesteding. School en zorgaanbieder werken in één "
            "groep. Zo krijgen deze kinderen ook onderwijs."
        ),
        problem=(
            "<p>Veel kinderen met een ernstige meervoudige beperking kregen een vrijstelling "
            "van de leerplicht en gingen alleen naar de dagbesteding. Ouders misten het "
            "onderwijs; school en zorg hadden elk een eigen budget en eigen regels.</p>"
        ),
        approach=(
            "<p>Een school voor speciaal onderwijs en een zorgaanbieder maakten samen één "
            "groep in het schoolgebouw.</p><ul><li>Leraar en begeleider werken samen in de "
            "groep.</li><li>Eén plan voor ieder kind, met doelen voor leren en zorg.</li><li>"
            "De gemeente en het samenwerkingsverband betalen samen, zonder dat ouders twee "
            "loketten af moeten.</li></ul>"
        ),
        goal="deze kinderen onderwijs krijgen in plaats van een vrijstelling",
        seen="kinderen zich ontwikkelen en ouders zich gezien voelen",
        measured="het aantal vrijstellingen op grond van artikel 5a met {pct}% daalde",
        lessons=(
            "Begin klein, met één groep, en laat het succes voor zich spreken.",
            "Regel de financiering vooraf op bestuurlijk niveau.",
            "Ouders zijn de beste adviseurs bij het inrichten van de groep.",
        ),
        domains=("onderwijs", "zorg", "jeugd", "ouders"),
        themes=("onderwijs-zorgarrangementen", "inclusief onderwijs", "zorgplicht"),
        age_groups=("4-12", "12-18"),
        prevention="zorg",
        advices=(2, 6),
        ambitions=(3, 7),
        target_group="kinderen met een ernstige meervoudige beperking",
        organisation="School voor speciaal onderwijs in {place}",
    ),
    Approach(
        key="ouderkamer",
        name="Ouderkamer op school",
        summary=(
            "Een basisschool in {place} heeft een ouderkamer: een plek waar ouders koffie "
            "drinken, elkaar ontmoeten en vragen stellen. Een ouderconsulent en de "
            "jeugdverpleegkundige zijn er vaak bij. Zo voelen ouders zich welkom op school."
        ),
        problem=(
            "<p>Veel ouders in de wijk kwamen alleen op school als er iets mis was. Voor "
            "ouders die de taal niet goed spreken was de drempel extra hoog.</p>"
        ),
        approach=(
            "<p>De school maakte een lokaal vrij en nodigde ouders uit om het zelf in te "
            "richten.</p><ul><li>Drie ochtenden per week open, met koffie en thee.</li><li>"
            "Ouders kiezen zelf de onderwerpen: opvoeden, geldzaken, de overstap naar het "
            "voortgezet onderwijs.</li><li>Jeugdverpleegkundige, wijkteam en bibliotheek "
            "schuiven regelmatig aan.</li></ul>"
        ),
        goal="ouders vaker en eerder contact hebben met school",
        seen="ouders vaker en eerder met vragen komen",
        measured="de opkomst bij oudergesprekken met {pct}% steeg",
        lessons=(
            "Laat ouders de ruimte zelf vormgeven: het moet hún plek zijn.",
            "Een vaste, vertrouwde gastvrouw of gastheer maakt het verschil.",
            "Houd de ouderkamer ook open als er geen programma is.",
        ),
        domains=("onderwijs", "ouders", "gemeente"),
        themes=("ouderbetrokkenheid", "kansengelijkheid"),
        age_groups=("4-12",),
        prevention="universeel",
        advices=(3,),
        ambitions=(3,),
        target_group="ouders van kinderen in het basisonderwijs",
        organisation="Basisschool in {place}",
        space="ouders-als-gelijkwaardig-partner",
    ),
    Approach(
        key="warme-overdracht",
        name="Warme overdracht van kinderopvang naar basisschool",
        summary=(
            "In {place} praten de pedagogisch medewerker, de ouders en de leerkracht van groep "
            "1 met elkaar voordat een kind naar school gaat. Ze delen wat goed gaat en wat het "
            "kind nodig heeft. Zo hoeft niemand opnieuw te beginnen."
        ),
        problem=(
            "<p>Bij de overstap van peuteropvang naar groep 1 ging veel kennis verloren. "
            "Overdrachtsformulieren werden niet gelezen en ouders wisten niet wat er was "
            "doorgegeven.</p>"
        ),
        approach=(
            "<p>Kinderopvang, scholen en de jeugdgezondheidszorg maakten een gezamenlijk "
            "overdrachtsprotocol.</p><ul><li>Voor ieder kind met extra aandacht een gesprek "
            "met ouders, pedagogisch medewerker en leerkracht.</li><li>De ouders vullen het "
            "formulier mee in.</li><li>Na drie maanden een korte terugkoppeling van school "
            "naar de opvang.</li></ul>"
        ),
        goal="kinderen een goede start maken in groep 1",
        seen="leerkrachten kinderen beter kennen vanaf de eerste dag",
        measured="het aantal kleuters met extra ondersteuning in het eerste jaar met {pct}% daalde",
        lessons=(
            "Plan de overdracht in het rooster, anders gebeurt het niet.",
            "Ouders moeten weten én zien wat er wordt doorgegeven.",
            "Terugkoppeling van school naar opvang maakt de samenwerking sterker.",
        ),
        domains=("kinderopvang", "onderwijs", "zorg", "ouders"),
        themes=("doorgaande lijn", "vroegsignalering"),
        age_groups=("0-4", "4-12"),
        prevention="universeel",
        advices=(1, 3),
        ambitions=(1,),
        target_group="peuters die de overstap maken naar groep 1",
        organisation="Kinderopvang {place}",
    ),
    Approach(
        key="verzuimspreekuur",
        name="Verzuimspreekuur met de jeugdarts",
        summary=(
            "Leerlingen in {place} die vaak ziek zijn gemeld, worden uitgenodigd voor een "
            "gesprek met de jeugdarts. Samen met de leerling en de ouders zoekt de jeugdarts uit "
            "wat er achter het verzuim zit. Vaak is dat stress, somberheid of een probleem thuis."
        ),
        problem=(
            "<p>Scholen in {place} zagen veel ziekteverzuim, maar wisten niet wat erachter "
            "zat. Leerlingen raakten achter en sommigen kwamen thuis te zitten.</p>"
        ),
        approach=(
            "<p>Scholen voor voortgezet onderwijs werken met een vaste aanpak voor "
            "ziekteverzuim.</p><ul><li>Na vier ziekmeldingen in twaalf schoolweken volgt een "
            "uitnodiging voor het spreekuur.</li><li>De jeugdarts komt naar school.</li><li>"
            "Mentor, zorgcoördinator en jeugdarts bespreken samen de vervolgstappen.</li></ul>"
        ),
        goal="verzuim eerder wordt besproken",
        seen="zorgen achter het verzuim eerder op tafel komen",
        measured="het ziekteverzuim van de besproken leerlingen met {pct}% daalde",
        lessons=(
            "Leg uit aan leerlingen en ouders dat het om zorg gaat, niet om controle.",
            "Spreek een vaste grens af wanneer je iemand uitnodigt.",
            "Zorg dat de mentor na het gesprek weet wat hij kan doen.",
        ),
        domains=("onderwijs", "zorg"),
        themes=("schoolverzuim", "mentale gezondheid", "vroegsignalering"),
        age_groups=("12-18",),
        prevention="geindiceerd",
        advices=(1, 5),
        ambitions=(4,),
        target_group="leerlingen in het voortgezet onderwijs met veel ziekteverzuim",
        organisation="GGD-regio {place}",
    ),
    Approach(
        key="buurtsportcoach",
        name="Buurtsportcoach op het schoolplein",
        summary=(
            "Na schooltijd organiseert een buurtsportcoach in {place} sport en spel op het "
            "schoolplein. Iedereen mag meedoen en het is gratis. De coach kent de kinderen en "
            "merkt het als het met een kind niet goed gaat."
        ),
        problem=(
            "<p>In een aantal wijken van {place} deed minder dan de helft van de kinderen aan "
            "sport. Contributie en vervoer waren voor veel gezinnen een drempel.</p>"
        ),
        approach=(
            "<p>De gemeente zette buurtsportcoaches in op {n_schools} basisscholen.</p><ul>"
            "<li>Vier middagen per week sport en spel op het plein.</li><li>Doorverwijzen naar "
            "verenigingen, met hulp van het jeugdfonds voor de contributie.</li><li>Korte "
            "lijnen met de leerkracht en het wijkteam als de coach zich zorgen maakt.</li></ul>"
        ),
        goal="meer kinderen gaan sporten",
        seen="meer kinderen sporten en kinderen zich beter thuis voelen in de wijk",
        measured="het aantal kinderen dat lid is van een sportvereniging met {pct}% steeg",
        lessons=(
            "Vaste gezichten werken beter dan wisselende trainers.",
            "Maak afspraken met school over signalen: wat doe je als je je zorgen maakt?",
            "Betrek verenigingen vanaf het begin, zodat kinderen kunnen doorstromen.",
        ),
        domains=("sport", "onderwijs", "gemeente"),
        themes=("preventie", "kansengelijkheid"),
        age_groups=("4-12",),
        prevention="universeel",
        advices=(4,),
        ambitions=(1,),
        target_group="alle kinderen van de basisschool in de wijk",
        organisation="Gemeente {place}",
    ),
    Approach(
        key="een-gezin-een-plan",
        name="Eén gezin, één plan",
        summary=(
            "Gezinnen in {place} met hulp van veel verschillende organisaties krijgen één plan "
            "en één vaste regisseur. Het ontwikkelingsperspectief van school, het zorgplan en het "
            "hulpverleningsplan worden samengevoegd. Ouders houden zo beter overzicht."
        ),
        problem=(
            "<p>Sommige gezinnen hadden met meer dan vijf hulpverleners te maken, elk met een "
            "eigen plan. Doelen spraken elkaar tegen en ouders raakten het overzicht kwijt.</p>"
        ),
        approach=(
            "<p>School, wijkteam en zorgaanbieders werken met één gezamenlijk plan.</p><ul>"
            "<li>Eén regisseur, gekozen door het gezin.</li><li>Eén plan met de doelen van "
            "school, zorg en jeugdhulp, in de woorden van het gezin.</li><li>Eens per zes "
            "weken een gesprek met iedereen aan tafel.</li></ul>"
        ),
        goal="ouders het overzicht terugkrijgen",
        seen="ouders zich meer gehoord voelen en professionals minder dubbel werk doen",
        measured="het aantal betrokken hulpverleners per gezin met {pct}% daalde",
        lessons=(
            "Laat het gezin de regisseur kiezen.",
            "Schrijf het plan in gewone taal, niet in de taal van de organisaties.",
            "Regel vooraf hoe je gegevens deelt, met toestemming van het gezin.",
        ),
        domains=("jeugd", "onderwijs", "zorg", "ouders", "gemeente"),
        themes=("interprofessioneel samenwerken", "netwerkregie", "ouderbetrokkenheid"),
        age_groups=("4-12", "12-18"),
        prevention="zorg",
        advices=(1, 3, 6),
        ambitions=(4, 5),
        target_group="gezinnen met hulp van meerdere organisaties",
        organisation="Jeugd- en gezinsteam {place}",
        space="een-plan-per-gezin",
    ),
    Approach(
        key="lokale-agenda",
        name="Lokale educatieve agenda voor onderwijs en jeugd",
        summary=(
            "De gemeente {place}, de schoolbesturen, de kinderopvang en de jeugdhulp maakten "
            "samen een agenda voor vier jaar. Daarin staat wat ze samen willen bereiken voor "
            "kinderen en wie wat doet. Ieder jaar kijken ze samen of het lukt."
        ),
        problem=(
            "<p>Gemeente en scholen in {place} spraken elkaar vooral over huisvesting en geld. "
            "Over wat kinderen nodig hadden, waren geen gezamenlijke afspraken.</p>"
        ),
        approach=(
            "<p>Met een reeks werksessies kwamen bestuurders en professionals tot een "
            "gezamenlijke agenda.</p><ul><li>Vijf gedeelde doelen, onder meer over thuiszitters "
            "en de overgang naar het voortgezet onderwijs.</li><li>Een jaarlijkse monitor op het "
            "niveau van de gemeente.</li><li>Een bestuurlijk overleg onder voorzitterschap van "
            "de wethouder.</li></ul>"
        ),
        goal="gemeente en scholen gezamenlijke doelen hebben",
        seen="partijen elkaar eerder opzoeken en problemen samen oppakken",
        measured="het aantal thuiszitters in de gemeente met {pct}% daalde",
        lessons=(
            "Begin bij de vraag wat kinderen nodig hebben, niet bij de budgetten.",
            "Kies een klein aantal doelen die je echt kunt meten.",
            "Nodig ook ouders en jongeren uit om mee te schrijven.",
        ),
        domains=("gemeente", "onderwijs", "jeugd", "kinderopvang"),
        themes=("netwerkregie", "passend onderwijs"),
        age_groups=("0-4", "4-12", "12-18"),
        prevention="universeel",
        advices=(4, 5),
        ambitions=(5, 1),
        target_group="alle kinderen en jongeren in de gemeente",
        organisation="Gemeente {place}",
        space="netwerkregie-in-de-gemeente",
    ),
    Approach(
        key="ervaringsdeskundige-ouders",
        name="Ervaringsdeskundige ouders in het ondersteuningsteam",
        summary=(
            "In {place} doet een ervaringsdeskundige ouder mee aan het ondersteuningsteam van "
            "school. Zij weet hoe het is om een kind met extra ondersteuning te hebben. Andere "
            "ouders voelen zich daardoor beter begrepen."
        ),
        problem=(
            "<p>Ouders voelden zich in het ondersteuningsteam vaak alleen tegenover een tafel "
            "met professionals. Ze durfden hun eigen kennis over hun kind niet goed in te "
            "brengen.</p>"
        ),
        approach=(
            "<p>Het samenwerkingsverband leidde {n_parents} ouders op tot ervaringsdeskundige."
            "</p><ul><li>Ouders kunnen kiezen of een ervaringsdeskundige meegaat naar het "
            "gesprek.</li><li>De ervaringsdeskundige bereidt het gesprek samen met de ouder voor."
            "</li><li>Professionals krijgen een training over gelijkwaardig samenwerken met "
            "ouders.</li></ul>"
        ),
        goal="ouders zich gelijkwaardig voelen in het ondersteuningsteam",
        seen="ouders meer vertrouwen hebben en gesprekken sneller tot afspraken leiden",
        measured="de tevredenheid van ouders over het ondersteuningsteam met {pct}% steeg",
        lessons=(
            "Betaal ervaringsdeskundigen voor hun werk.",
            "Zorg voor goede begeleiding en intervisie van de ervaringsdeskundigen.",
            "Professionals moeten ook iets leren: gelijkwaardigheid is van twee kanten.",
        ),
        domains=("ouders", "onderwijs", "jeugd"),
        themes=("ervaringsdeskundigheid", "ouderbetrokkenheid"),
        age_groups=("4-12", "12-18"),
        prevention="geindiceerd",
        advices=(3,),
        ambitions=(3,),
        target_group="ouders van leerlingen die extra ondersteuning krijgen",
        organisation="Samenwerkingsverband passend onderwijs {place}",
        space="ouders-als-gelijkwaardig-partner",
    ),
    Approach(
        key="terug-naar-school",
        name="Stap voor stap terug naar school",
        summary=(
            "Jongeren in {place} die lang thuis hebben gezeten, beginnen met een paar uur per "
            "week les op een rustige plek. Een begeleider van de zorg en een docent werken samen. "
            "Stap voor stap gaan ze weer naar hun eigen school."
        ),
        problem=(
            "<p>Jongeren die lang thuis zaten, konden niet in één keer terug naar een volle "
            "klas. Er was geen tussenvorm tussen thuis en de gewone les.</p>"
        ),
        approach=(
            "<p>Het samenwerkingsverband en een ggz-aanbieder openden een kleine "
            "leerlocatie.</p><ul><li>Maximaal acht jongeren tegelijk, met een docent en een "
            "begeleider.</li><li>Eerst een paar uur per week, daarna steeds meer.</li><li>De "
            "eigen school blijft verantwoordelijk en de mentor komt regelmatig langs.</li></ul>"
        ),
        goal="jongeren weer onderwijs volgen",
        seen="jongeren weer ritme krijgen en een deel terugkeert naar de eigen school",
        measured="{pct}% van de jongeren binnen een jaar weer volledig onderwijs volgde",
        lessons=(
            "Houd de band met de eigen school vast, ook als de jongere er nog niet is.",
            "Combineer onderwijs en zorg in één rooster.",
            "Vier kleine stappen met de jongere en de ouders.",
        ),
        domains=("onderwijs", "zorg", "jeugd"),
        themes=("thuiszitters", "onderwijs-zorgarrangementen", "passend onderwijs"),
        age_groups=("12-18",),
        prevention="zorg",
        advices=(2, 6),
        ambitions=(7,),
        target_group="jongeren die langer dan drie maanden thuis zaten",
        organisation="Samenwerkingsverband VO {place}",
        space="thuiszitters",
    ),
    Approach(
        key="peutergroep-logopedie",
        name="Peutergroep met logopedie en jeugdverpleegkundige",
        summary=(
            "Op peutergroepen in {place} komen een logopedist en een jeugdverpleegkundige "
            "regelmatig langs. Ze kijken mee en geven tips aan pedagogisch medewerkers en "
            "ouders. Zo krijgen peuters met een taalachterstand eerder hulp."
        ),
        problem=(
            "<p>Taalachterstanden werden vaak pas in groep 2 opgemerkt. Dan was er al veel "
            "tijd verloren.</p>"
        ),
        approach=(
            "<p>De gemeente verbond een logopedist en een jeugdverpleegkundige aan "
            "{n_schools} voorschoolse groepen.</p><ul><li>Eens per maand observeren ze in de "
            "groep.</li><li>Pedagogisch medewerkers krijgen coaching op taalstimulering.</li>"
            "<li>Ouders krijgen thuisopdrachten en een voorleestas.</li></ul>"
        ),
        goal="taalachterstanden eerder gezien worden",
        seen="pedagogisch medewerkers taalproblemen eerder herkennen",
        measured="het aantal kleuters met een taalachterstand bij de start van groep 1 met "
        "{pct}% daalde",
        lessons=(
            "Werk in de groep, niet in een aparte behandelkamer.",
            "Coaching van pedagogisch medewerkers heeft het meeste effect.",
            "Maak het voor ouders leuk: voorlezen moet geen huiswerk voelen.",
        ),
        domains=("kinderopvang", "zorg", "onderwijs"),
        themes=("vroegsignalering", "doorgaande lijn", "kansengelijkheid"),
        age_groups=("0-4",),
        prevention="selectief",
        advices=(1,),
        ambitions=(1,),
        target_group="peuters met een risico op een taalachterstand",
        organisation="Kinderopvang {place}",
    ),
    Approach(
        key="doorbraakoverleg",
        name="Doorbraakoverleg met een budget voor maatwerk",
        summary=(
            "Als het voor een kind in {place} nergens lukt, komt het doorbraakoverleg bij "
            "elkaar. Daar zitten mensen die mogen beslissen. Ze hebben een eigen budget om "
            "snel een oplossing op maat te betalen."
        ),
        problem=(
            "<p>Voor een kleine groep kinderen liep alles vast: de school kon geen plek "
            "bieden, de jeugdhulp had een wachtlijst en niemand mocht buiten de regels gaan.</p>"
        ),
        approach=(
            "<p>Gemeente, samenwerkingsverband en zorgverzekeraar richtten een "
            "doorbraakoverleg in.</p><ul><li>Binnen tien werkdagen een besluit.</li><li>Aan "
            "tafel zitten beslissers, geen uitvoerders.</li><li>Een gezamenlijk budget om "
            "zonder schotten maatwerk te betalen.</li></ul>"
        ),
        goal="vastgelopen situaties sneller worden opgelost",
        seen="vastgelopen situaties binnen weken in plaats van maanden worden opgelost",
        measured="de gemiddelde doorlooptijd tot een passende plek met {pct}% daalde",
        lessons=(
            "Houd het overleg klein en laat alleen beslissers aanschuiven.",
            "Leg vast welke regels het overleg mag overrulen.",
            "Verzamel de knelpunten en agendeer ze bij het bestuur en landelijk.",
        ),
        domains=("gemeente", "onderwijs", "jeugd", "zorg"),
        themes=("netwerkregie", "zorgplicht", "thuiszitters"),
        age_groups=("4-12", "12-18"),
        prevention="zorg",
        advices=(6, 4),
        ambitions=(5, 7),
        target_group="kinderen voor wie geen passende plek te vinden is",
        organisation="Gemeente {place}",
        space="langdurig-bindende-afspraken",
    ),
    Approach(
        key="mentale-gezondheid-klas",
        name="Mentale gezondheid in de klas",
        summary=(
            "Op middelbare scholen in {place} krijgen alle leerlingen lessen over stress, "
            "somberheid en hulp vragen. Een praktijkondersteuner jeugd houdt wekelijks "
            "spreekuur op school. Leerlingen praten zo eerder over hun zorgen."
        ),
        problem=(
            "<p>Mentoren zagen steeds meer leerlingen met stress en somberheid. De wachttijd "
            "voor de ggz was lang en leerlingen wisten niet waar ze heen konden.</p>"
        ),
        approach=(
            "<p>Scholen, huisartsen en de GGD werken samen aan mentale gezondheid.</p><ul>"
            "<li>Vier lessen per jaar in de mentorles, ontwikkeld met jongeren.</li><li>Een "
            "praktijkondersteuner jeugd van de huisartsen houdt spreekuur op school.</li><li>"
            "Mentoren krijgen een training in het voeren van een eerste gesprek.</li></ul>"
        ),
        goal="leerlingen eerder hulp vragen",
        seen="leerlingen eerder hulp vragen en mentoren zich zekerder voelen",
        measured="het aantal verwijzingen naar de specialistische ggz met {pct}% daalde",
        lessons=(
            "Laat jongeren de lessen mee ontwerpen.",
            "Een spreekuur in school verlaagt de drempel enorm.",
            "Mentoren hoeven geen hulpverlener te worden, wel een goede eerste gesprekspartner.",
        ),
        domains=("onderwijs", "zorg", "jeugd"),
        themes=("mentale gezondheid", "preventie"),
        age_groups=("12-18",),
        prevention="universeel",
        advices=(1,),
        ambitions=(4,),
        target_group="alle leerlingen in het voortgezet onderwijs",
        organisation="Huisartsencoöperatie {place}",
    ),
    Approach(
        key="achttien-min-plus",
        name="Overstapbegeleiding 18-/18+ in het mbo",
        summary=(
            "Jongeren in {place} die 18 worden en jeugdhulp hebben, krijgen een vaste coach op "
            "het mbo. De coach helpt bij geld, wonen, school en de overstap naar volwassenenzorg. "
            "Zo vallen ze niet tussen wal en schip."
        ),
        problem=(
            "<p>Bij hun achttiende verjaardag stopte voor veel jongeren de jeugdhulp. "
            "Tegelijk veranderden regels voor geld en zorg. Een deel van hen stopte met de "
            "opleiding.</p>"
        ),
        approach=(
            "<p>Het mbo, de gemeente en jeugdhulpaanbieders maakten samen één route.</p><ul>"
            "<li>Vanaf 16,5 jaar een toekomstplan met de jongere.</li><li>Een vaste coach op "
            "school tot 23 jaar.</li><li>Een warme overdracht naar Wmo en volwassenen-ggz.</li>"
            "</ul>"
        ),
        goal="jongeren hun opleiding afmaken",
        seen="jongeren hun opleiding vaker afmaken en beter weten waar ze terechtkunnen",
        measured="de uitval van jongeren met jeugdhulp met {pct}% daalde",
        lessons=(
            "Begin ruim voor de achttiende verjaardag.",
            "De coach moet in school zichtbaar en bereikbaar zijn.",
            "Maak afspraken met de gemeente over verlengde jeugdhulp.",
        ),
        domains=("onderwijs", "jeugd", "gemeente", "zorg"),
        themes=("doorgaande lijn", "schoolverzuim", "mentale gezondheid"),
        age_groups=("18-23",),
        prevention="selectief",
        advices=(4, 5),
        ambitions=(1,),
        target_group="jongeren van 16 tot 23 jaar met jeugdhulp",
        organisation="Mbo-college {place}",
    ),
    Approach(
        key="inclusieve-klas",
        name="Speciaal en regulier onder één dak",
        summary=(
            "In {place} zitten een reguliere basisschool en een school voor speciaal onderwijs "
            "in één gebouw. Kinderen spelen samen en volgen samen lessen waar dat kan. Kinderen "
            "met een beperking gaan zo naar school in hun eigen wijk."
        ),
        problem=(
            "<p>Kinderen met een beperking gingen met een taxi naar een speciale school "
            "buiten de wijk. Ze kenden de kinderen uit hun straat niet.</p>"
        ),
        approach=(
            "<p>Twee schoolbesturen bouwden samen één kindcentrum.</p><ul><li>Gezamenlijke "
            "pauzes en gezamenlijke lessen in muziek, gym en techniek.</li><li>Zorg en "
            "therapie in het gebouw, onder schooltijd.</li><li>Een gezamenlijk team dat "
            "samen wordt geschoold.</li></ul>"
        ),
        goal="kinderen met en zonder beperking samen leren",
        seen="kinderen met en zonder beperking elkaar vanzelfsprekend vinden",
        measured="het aantal kinderen dat deels in een reguliere groep leert met {pct}% steeg",
        lessons=(
            "Samen in één gebouw is een begin; samen lesgeven vraagt meer.",
            "Neem ouders van beide scholen mee in de plannen.",
            "Regel leerlingenvervoer en zorg op één plek.",
        ),
        domains=("onderwijs", "zorg", "ouders"),
        themes=("inclusief onderwijs", "passend onderwijs"),
        age_groups=("4-12",),
        prevention="zorg",
        advices=(2, 6),
        ambitions=(3,),
        target_group="kinderen met en zonder beperking in het basisonderwijs",
        organisation="Kindcentrum in {place}",
    ),
    Approach(
        key="gezinscoach-opvang",
        name="Gezinscoach op de kinderopvang",
        summary=(
            "Op kinderdagverblijven in {place} is een gezinscoach van het wijkteam vast "
            "aanwezig. Ouders kunnen met vragen over opvoeden bij haar terecht. Pedagogisch "
            "medewerkers overleggen met haar als ze zich zorgen maken."
        ),
        problem=(
            "<p>Pedagogisch medewerkers zagen zorgen bij jonge kinderen, maar wisten niet "
            "goed hoe ze dat met ouders moesten bespreken of waar ze heen konden.</p>"
        ),
        approach=(
            "<p>Het wijkteam verbond een gezinscoach aan {n_schools} locaties.</p><ul><li>"
            "Een vast inloopmoment bij het halen en brengen.</li><li>Meekijken in de groep op "
            "verzoek van pedagogisch medewerkers.</li><li>Korte opvoedondersteuning zonder "
            "beschikking.</li></ul>"
        ),
        goal="ouders eerder steun krijgen bij opvoedvragen",
        seen="ouders eerder steun vragen en pedagogisch medewerkers zich gesteund voelen",
        measured="het aantal gezinnen met zwaardere opvoedhulp met {pct}% daalde",
        lessons=(
            "Wees aanwezig op de momenten dat ouders er zijn: halen en brengen.",
            "Geen formulieren voor het eerste gesprek.",
            "Leg afspraken over privacy vast in een korte, begrijpelijke folder.",
        ),
        domains=("kinderopvang", "jeugd", "ouders"),
        themes=("preventie", "vroegsignalering", "ouderbetrokkenheid"),
        age_groups=("0-4",),
        prevention="selectief",
        advices=(1, 3),
        ambitions=(4,),
        target_group="ouders van jonge kinderen op de kinderopvang",
        organisation="Wijkteam {place}",
    ),
    Approach(
        key="korte-lijnen-huisarts",
        name="Korte lijnen tussen school en huisartsenpraktijk",
        summary=(
            "De intern begeleiders en de praktijkondersteuners jeugd van de huisartsen in {place} "
            "kennen elkaar en overleggen vast. Met toestemming van ouders stemmen ze af wat een "
            "kind nodig heeft. Zo krijgt een kind sneller de juiste hulp."
        ),
        problem=(
            "<p>School en huisarts wisten vaak niet van elkaar dat ze zich zorgen maakten over "
            "hetzelfde kind. Ouders moesten alles zelf doorgeven.</p>"
        ),
        approach=(
            "<p>Huisartsen en scholen in de wijk spraken vaste contactmomenten af.</p><ul>"
            "<li>Eens per zes weken een overleg tussen IB'ers en POH-jeugd.</li><li>Een "
            "toestemmingsformulier dat ouders begrijpen.</li><li>De POH-jeugd kan lichte "
            "behandeling starten zonder wachtlijst.</li></ul>"
        ),
        goal="zorgen eerder worden gedeeld",
        seen="zorgen eerder worden gedeeld en kinderen sneller passende hulp krijgen",
        measured="de wachttijd tot een eerste gesprek met {pct}% daalde",
        lessons=(
            "Persoonlijk kennen is de basis: begin met een kennismaking.",
            "Toestemming van ouders vraag je in gewone taal.",
            "Spreek af wie het gezin terugbelt na het overleg.",
        ),
        domains=("zorg", "jeugd", "onderwijs"),
        themes=("vroegsignalering", "interprofessioneel samenwerken", "mentale gezondheid"),
        age_groups=("4-12", "12-18"),
        prevention="geindiceerd",
        advices=(1,),
        ambitions=(4,),
        target_group="kinderen over wie school of huisarts zich zorgen maakt",
        organisation="Huisartsenpraktijk in {place}",
        space="jeugdhulp-in-en-om-de-school",
    ),
    Approach(
        key="monitor-wijk",
        name="Monitor ontwikkelkansen per wijk",
        summary=(
            "De gemeente {place} verzamelt samen met scholen en kinderopvang gegevens over hoe "
            "het met kinderen gaat, per wijk. Partners bespreken de cijfers elk jaar samen. Zo "
            "zien ze waar extra inzet nodig is."
        ),
        problem=(
            "<p>Iedere organisatie had eigen cijfers, maar niemand zag het totaalbeeld. "
            "Afspraken over extra inzet waren niet te toetsen.</p>"
        ),
        approach=(
            "<p>Gemeente, schoolbesturen, kinderopvang en GGD kozen samen {n_indicators} "
            "indicatoren.</p><ul><li>Cijfers per wijk, niet per organisatie.</li><li>Een "
            "jaarlijkse bijeenkomst om de cijfers samen te duiden, met ouders erbij.</li><li>"
            "Afspraken over inzet worden gekoppeld aan de monitor.</li></ul>"
        ),
        goal="partners een gedeeld beeld krijgen van de wijken",
        seen="partners een gedeeld beeld hebben en gerichter inzetten",
        measured="het verschil in schooladvies tussen wijken met {pct}% kleiner werd",
        lessons=(
            "Meet op het niveau waarop je afspraken maakt.",
            "Cijfers zonder verhaal zeggen weinig: duid ze samen.",
            "Houd het aantal indicatoren klein.",
        ),
        domains=("gemeente", "onderwijs", "kinderopvang"),
        themes=("kansengelijkheid", "netwerkregie"),
        age_groups=("0-4", "4-12", "12-18"),
        prevention="universeel",
        advices=(5,),
        ambitions=(5, 6),
        target_group="alle kinderen in de gemeente",
        organisation="Gemeente {place}",
        space="netwerkregie-in-de-gemeente",
    ),
    Approach(
        key="naschools-sport-huiswerk",
        name="Sport en huiswerkbegeleiding na school",
        summary=(
            "Kinderen in {place} kunnen na school twee middagen per week sporten en huiswerk "
            "maken op één plek. Vrijwilligers, een buurtsportcoach en studenten helpen. Ouders "
            "betalen niets."
        ),
        problem=(
            "<p>Kinderen uit gezinnen met weinig geld misten sport en bijles. Het verschil met "
            "klasgenoten werd groter, zeker na de overstap naar het voortgezet onderwijs.</p>"
        ),
        approach=(
            "<p>Een sportvereniging, de bibliotheek en twee scholen bundelden hun "
            "aanbod.</p><ul><li>Eerst een uur sport, dan een uur huiswerk.</li><li>Studenten "
            "van de pabo en de sportopleiding helpen als begeleider.</li><li>Ouders worden "
            "uitgenodigd voor een afsluiting per periode.</li></ul>"
        ),
        goal="meer kinderen zich gesteund voelen bij school en sport",
        seen="kinderen meer zelfvertrouwen hebben en vaker huiswerk maken",
        measured="de leesresultaten van de deelnemers met {pct}% meer vooruitgingen dan gemiddeld",
        lessons=(
            "Combineer iets leuks met iets dat moet.",
            "Studenten zijn waardevol, maar zorg voor vaste begeleiders.",
            "Houd het gratis en laagdrempelig.",
        ),
        domains=("sport", "onderwijs", "ouders"),
        themes=("kansengelijkheid", "preventie"),
        age_groups=("4-12", "12-18"),
        prevention="selectief",
        advices=(4,),
        ambitions=(2,),
        target_group="kinderen uit gezinnen met een laag inkomen",
        organisation="Sportvereniging in {place}",
    ),
    Approach(
        key="gezamenlijke-scholing",
        name="Samen leren: scholing voor leerkrachten en jeugdprofessionals",
        summary=(
            "Leerkrachten en jeugdprofessionals in {place} volgen samen een scholing. Ze leren "
            "elkaars taal en werkwijze kennen en oefenen met echte situaties. Daarna werken ze "
            "makkelijker samen rond een kind."
        ),
        problem=(
            "<p>Leerkrachten en jeugdprofessionals werkten in dezelfde school, maar begrepen "
            "elkaar niet goed. Ze gebruikten andere woorden voor dezelfde dingen.</p>"
        ),
        approach=(
            "<p>Een pabo en een hogeschool sociaal werk ontwikkelden samen een "
            "leergang.</p><ul><li>Zes bijeenkomsten, altijd in gemengde groepen.</li><li>"
            "Werken met casussen die de deelnemers zelf inbrengen.</li><li>Een begrippenlijst: "
            "wat bedoelt de ander met 'zorgplicht' of 'beschikking'?</li></ul>"
        ),
        goal="professionals elkaars taal leren spreken",
        seen="professionals elkaar sneller vinden en beter begrijpen",
        measured="de ervaren kwaliteit van de samenwerking met {pct}% steeg",
        lessons=(
            "Gemengde groepen zijn de kern: niet per beroep apart.",
            "Werk met echte casussen.",
            "Regel dat deelnemers de tijd krijgen van hun werkgever.",
        ),
        domains=("onderwijs", "jeugd", "zorg"),
        themes=("interprofessioneel samenwerken", "jeugdhulp op school"),
        age_groups=("4-12",),
        prevention="universeel",
        advices=(1, 7),
        ambitions=(4,),
        target_group="leerkrachten en jeugdprofessionals in het basisonderwijs",
        organisation="Hogeschool in {place}",
        space="jeugdprofessional-in-de-klas",
    ),
    Approach(
        key="ouderplatform",
        name="Ouderplatform passend onderwijs",
        summary=(
            "Ouders in {place} hebben een eigen platform over passend onderwijs. Ze delen "
            "ervaringen en helpen elkaar. Het samenwerkingsverband en de gemeente vragen het "
            "platform om advies."
        ),
        problem=(
            "<p>Ouders van kinderen met extra ondersteuning voelden zich vaak alleen. Ze wisten "
            "niet wat hun rechten waren en werden niet betrokken bij beleid.</p>"
        ),
        approach=(
            "<p>Een groep ouders richtte met steun van het samenwerkingsverband een "
            "platform op.</p><ul><li>Maandelijkse inloopavonden en een besloten online "
            "groep.</li><li>Ervaringsdeskundige ouders helpen andere ouders bij gesprekken.</li>"
            "<li>Het platform geeft gevraagd en ongevraagd advies aan bestuurders.</li></ul>"
        ),
        goal="ouders elkaar vinden en meepraten over beleid",
        seen="ouders beter weten waar ze terechtkunnen en bestuurders ouders eerder betrekken",
        measured="het aantal klachten en geschillen over passend onderwijs met {pct}% daalde",
        lessons=(
            "Laat het platform van ouders zijn, niet van het samenwerkingsverband.",
            "Zorg voor een kleine vergoeding en ondersteuning.",
            "Neem adviezen serieus en geef terugkoppeling.",
        ),
        domains=("ouders", "onderwijs", "gemeente"),
        themes=("ouderbetrokkenheid", "passend onderwijs", "ervaringsdeskundigheid", "zorgplicht"),
        age_groups=("4-12", "12-18"),
        prevention="universeel",
        advices=(3,),
        ambitions=(3, 7),
        target_group="ouders van kinderen met extra ondersteuning",
        organisation="Ouderplatform {place}",
        space="ouders-als-gelijkwaardig-partner",
    ),
]

# place, province
PLACES = [
    ("Enschede", "overijssel"),
    ("Zaanstad", "noord-holland"),
    ("Amersfoort", "utrecht"),
    ("Dordrecht", "zuid-holland"),
    ("Middelburg", "zeeland"),
    ("Tilburg", "noord-brabant"),
    ("Sittard-Geleen", "limburg"),
    ("Arnhem", "gelderland"),
    ("Emmen", "drenthe"),
    ("Het Hogeland", "groningen"),
    ("Sneek", "friesland"),
    ("Almere", "flevoland"),
    ("Hengelo", "overijssel"),
    ("Purmerend", "noord-holland"),
    ("Leusden", "utrecht"),
    ("Zwijndrecht", "zuid-holland"),
    ("Vlissingen", "zeeland"),
    ("Waalwijk", "noord-brabant"),
    ("Venlo", "limburg"),
    ("Nijmegen", "gelderland"),
    ("Assen", "drenthe"),
    ("Groningen", "groningen"),
    ("Leeuwarden", "friesland"),
    ("Lelystad", "flevoland"),
    ("Deventer", "overijssel"),
    ("Haarlem", "noord-holland"),
    ("Utrecht", "utrecht"),
    ("Gouda", "zuid-holland"),
    ("Goes", "zeeland"),
    ("Eindhoven", "noord-brabant"),
    ("Heerlen", "limburg"),
    ("Apeldoorn", "gelderland"),
    ("Almelo", "overijssel"),
    ("Den Helder", "noord-holland"),
    ("Rotterdam-Zuid", "zuid-holland"),
    ("Oss", "noord-brabant"),
    ("Ede", "gelderland"),
    ("Capelle aan den IJssel", "zuid-holland"),
    ("Veenendaal", "utrecht"),
    ("Helmond", "noord-brabant"),
]

DISTRICTS = [
    "Noord",
    "Oost",
    "Zuid",
    "West",
    "Centrum",
    "de Binnenstad",
    "het Oude Dorp",
    "Nieuw-West",
]

FIRST_NAMES = [
    "Annelies", "Bram", "Fatima", "Joost", "Marieke", "Yusuf", "Sanne", "Pieter", "Ilse",
    "Mohamed", "Esther", "Ruud", "Noor", "Kees", "Linda", "Ahmet", "Femke", "Jeroen",
    "Hanneke", "Sem",
]  # fmt: skip
LAST_NAMES = [
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "El Amrani", "Yılmaz", "Koster", "Postma",
]  # fmt: skip

PREVENTION_LEVELS = ("universeel", "selectief", "geindiceerd", "zorg")


def _results(level_rank, approach, rng, place):
    n = rng.randrange(18, 240)
    pct = rng.randrange(12, 46)
    measured = approach.measured.format(pct=pct)
    if level_rank == 1:
        return (
            f"<p>De aanpak start dit schooljaar in {place}. Er zijn nog geen resultaten. Het "
            f"team wil vooral weten of {approach.goal}.</p>"
        )
    if level_rank == 2:
        return (
            "<p>De werkwijze staat beschreven in een korte handreiking, zodat anderen ermee "
            "kunnen werken. Resultaten worden nog niet systematisch gemeten, maar de betrokken "
            f"professionals zien dat {approach.seen}.</p>"
        )
    if level_rank == 3:
        return (
            f"<p>In het eerste jaar deden {n} kinderen en hun ouders mee. Na afloop zijn "
            f"ouders en professionals bevraagd: {rng.randrange(68, 93)}% vindt dat "
            f"{approach.seen}.</p>"
        )
    if level_rank == 4:
        return (
            "<p>Samen met een hogeschool is een verandertheorie opgesteld: waarom werkt deze "
            "aanpak, voor wie en onder welke voorwaarden? Die sluit aan bij wat uit onderzoek "
            f"bekend is. In de praktijk zien we dat {approach.seen}.</p>"
        )
    if level_rank == 5:
        return (
            f"<p>Een voor- en nameting bij {n} kinderen laat zien dat {measured}. Er was "
            "nog geen vergelijkingsgroep, dus we weten niet zeker of dat alleen door de aanpak "
            "komt.</p>"
        )
    return (
        f"<p>Onderzoek met een vergelijkingsgroep ({n} kinderen met en {n + rng.randrange(-9, 30)} "
        f"zonder de aanpak) laat zien dat {measured}. Ook in twee andere gemeenten werkte de "
        "aanpak.</p>"
    )


def practice_spec(n, place_offset=0):
    """The n-th generated practice example, as a dict of PracticePage field values.

    Taxonomy is returned as natural keys (domain slugs, theme names, age-group labels,
    advice and ambition numbers, evidence rank), for the caller to resolve.
    """
    rng = random.Random(f"mao-practice-{n}")  # noqa: S311 - repeatable demo text
    approach = APPROACHES[n % len(APPROACHES)]
    round_ = n // len(APPROACHES)
    place, province = PLACES[(n * 7 + round_ + place_offset) % len(PLACES)]
    title = f"{approach.name} in {place}"
    if round_ >= 2:
        title += f"-{DISTRICTS[(round_ + n) % len(DISTRICTS)]}"
    level_rank = EVIDENCE_LEVELS[(n + round_) % len(EVIDENCE_LEVELS)][0]
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    values = {"place": place, "n": rng.randrange(12, 60)}
    values.update(n_schools=rng.randrange(3, 14), n_parents=rng.randrange(6, 20), n_indicators=8)
    lessons = "".join(f"<li>{lesson}</li>" for lesson in approach.lessons)
    email_name = ".".join(
        slugify(part.replace("ı", "i")).replace("-", "") for part in (first, last)
    )
    return {
        "approach": approach.key,
        "title": title,
        "slug": slugify(title),
        "summary": approach.summary.format(**values),
        "problem": approach.problem.format(**values),
        "approach_text": approach.approach.format(**values),
        "results": _results(level_rank, approach, rng, place),
        "lessons": f"<ul>{lessons}</ul>",
        "target_group": approach.target_group,
        "prevention_level": approach.prevention,
        "place": place,
        "province": province,
        "contact_name": f"{first} {last}",
        "contact_organisation": approach.organisation.format(place=place),
        "contact_email": f"{email_name}@example.org",
        "domains": approach.domains,
        "themes": approach.themes,
        "age_groups": approach.age_groups,
        "advices": approach.advices,
        "ambitions": approach.ambitions,
        "evidence_rank": level_rank,
        "space": approach.space,
    }


# The demo set: every approach twice, in two places, at different evidence levels.
DEMO_PRACTICE_COUNT = 2 * len(APPROACHES)
