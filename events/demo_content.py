"""What the demo events say and where they take place. Organisations and people are fictional."""

# slug: (introduction, [paragraphs of the programme], venue, address)
EVENT_COPY = {
    "banenmarkt-zorg-en-welzijn": (
        "Twintig zorgwerkgevers onder één dak: praat met verpleegkundigen, begeleiders en opleiders over wat werken in de zorg hier inhoudt, ook als je nog geen zorgervaring hebt.",
        [
            "Op de banenmarkt maak je kennis met ziekenhuizen, ouderenzorg, gehandicaptenzorg en thuiszorg uit de hele regio. Je praat niet met recruiters achter een tafel, maar met mensen die het werk elke dag doen.",
            "Om 16.00 uur vertellen drie zij-instromers hoe zij de overstap maakten, van de winkel, de bouw en de luchtvaart naar de zorg. Daarna kun je meteen een kennismakingsgesprek plannen of een dag meelopen.",
            "Neem je cv mee als je dat hebt; het mag ook zonder.",
        ],
        "Laurentius Ziekenhuis, ontmoetingsplein",
        "Mgr. Driessenstraat 6, 6043 CV Roermond",
    ),
    "open-bedrijvendag-maakindustrie": (
        "Zes machinebouwers en plaatwerkers in Leudal zetten hun deuren open. Zie lasrobots aan het werk, bestuur een heftruck en ontdek wat een werkvoorbereider eigenlijk doet.",
        [
            "Je begint bij het Techniekhuis in Haelen, waar een pendelbus je langs de deelnemende bedrijven brengt. Per bedrijf duurt de rondleiding drie kwartier; je kiest zelf welke je wilt zien.",
            "Voor scholieren is er een speurtocht met een prijs; ouders kunnen bij elk bedrijf praten over opleidingen en leerbanen. Werkzoekenden kunnen zich aan het eind van de dag aanmelden voor een proefdag.",
        ],
        "Techniekhuis Leudal",
        "Bedrijvenpark Leudal 12, 6081 NL Haelen",
    ),
    "webinar-werken-in-smart-services": (
        "Een uur online over werken in software, data en IT in Midden-Limburg: wat je verdient, hoe je hier woont en waarom je niet naar Eindhoven hoeft voor een mooie baan.",
        [
            "Drie developers en een data-analist van bedrijven uit Roermond en Weert vertellen over hun werk en beantwoorden je vragen in de chat. Je camera blijft uit; je hoeft niets voor te bereiden.",
            "Na afloop krijg je de opname en een overzicht van de openstaande vacatures in smart services.",
        ],
        "",
        "",
    ),
    "talent-thuiskomavond": (
        "Ooit vertrokken voor je studie of werk, en nu nieuwsgierig of terugkomen iets voor jou is? Op deze avond ontmoet je mensen die je voorgingen, en werkgevers die je graag terugzien.",
        [
            "De avond begint met een hapje en drankje. Daarna vertellen drie terugkeerders in een kort gesprek wat het hun bracht, en wat tegenviel. Makelaars en de woonstichting staan klaar met vragen over huren en kopen.",
            "Je partner is ook van harte welkom: er staan werkgevers uit zorg, onderwijs, techniek en zakelijke dienstverlening, zodat jullie allebei rond kunnen kijken.",
        ],
        "Poppodium De Bosuil",
        "Kampershoek 2, 6002 HA Weert",
    ),
    "stagemarkt-gilde": (
        "Op zoek naar een stageplek of leerbaan? Tachtig leerbedrijven uit de regio zoeken mbo-studenten van Gilde Opleidingen, van niveau 1 tot 4.",
        [
            "Loop binnen wanneer het je uitkomt. Per opleidingsrichting staan de leerbedrijven bij elkaar, zodat je snel vergelijkt. Studenten van het tweede jaar helpen je op weg en vertellen waar zij stage liepen.",
            "Bij de cv-stand maken we gratis een foto voor je sollicitatie en kijken we je cv na.",
        ],
        "Gilde Opleidingen, campus Roermond",
        "Bredeweg 235, 6043 GA Roermond",
    ),
    "logistiek-achter-de-schermen": (
        "Hoe komt een bestelling in één nacht van de stelling bij de klant? Kijk mee in een Europees distributiecentrum aan de A73, waar mensen en robots samenwerken.",
        [
            "In kleine groepen lopen we door het distributiecentrum: van de inslag van vrachtwagens, langs de robots die stellingen verplaatsen, tot de afdeling die elke nacht zestig routes plant.",
            "Na de rondleiding praat je met de teamleiders en de opleidingscoördinator over instappen, doorgroeien en leren naast je werk. Stevige, dichte schoenen zijn verplicht.",
        ],
        "Roerdal Logistics, distributiecentrum",
        "Logistiekweg 4, 6101 WX Echt",
    ),
    "webinar-wonen-in-midden-limburg": (
        "Wat kost een huis in Weert, hoe is het onderwijs in Roermond en hoe snel ben je in Eindhoven? Makelaars, een gemeente en nieuwe inwoners beantwoorden je vragen, in de zaal en online.",
        [
            "We vergelijken eerlijk: woningprijzen, huur, kinderopvang, scholen en reistijden. Twee gezinnen die de afgelopen jaren verhuisden vertellen wat hen verraste.",
            "Je kunt in de zaal komen of online meekijken. Vragen stellen kan allebei.",
        ],
        "Stadskantoor Roermond, raadzaal",
        "Markt 31, 6041 EM Roermond",
    ),
    "banenmarkt-techniek-2026": (
        "Dertig technische werkgevers zochten monteurs, lassers, werkvoorbereiders en engineers. Ruim 150 bezoekers kwamen langs voor een gesprek.",
        [
            "Op de banenmarkt techniek stonden metaalbedrijven, machinebouwers en installateurs uit de hele regio. Bezoekers konden ter plekke een lastest doen of een machine programmeren.",
            "Na afloop plannen werkgevers en bezoekers samen meer dan zestig vervolggesprekken in.",
        ],
        "Metaalwerken Echt, productiehal",
        "Industrieweg 20, 6101 AB Echt",
    ),
    "open-dag-chemie-2026": (
        "Maasvallei Chemie opende zijn laboratoria en fabriek voor scholieren, studenten en buren. Je zag hoe kunststof van morgen wordt gemaakt, en wie dat doet.",
        [
            "Laboranten lieten proeven zien, procesoperators gaven een rondleiding door de controlekamer en de opleidingsafdeling vertelde over het bbl-traject Procestechniek.",
            "Buurtbewoners konden hun vragen stellen over veiligheid en milieu aan de mensen die er verantwoordelijk voor zijn.",
        ],
        "Maasvallei Chemie",
        "Maasweg 9, 6041 TL Roermond",
    ),
    "zomerbanenmarkt-2026": (
        "Vakantiepark, jachthaven, restaurants en de outlet zochten honderden mensen voor de zomer: voor een vakantiebaan, een bijbaan naast je studie of een vaste plek in de vrije tijd.",
        [
            "Aan de Maasplassen stonden werkgevers uit horeca, recreatie en evenementen. Je kon meteen een proefdienst afspreken.",
            "Voor jongeren vanaf vijftien was er een apart plein met bijbanen voor het weekend.",
        ],
        "Maasplassen Resort, paviljoen",
        "Jachthavenweg 1, 6051 AA Maasbracht",
    ),
}

REGIODAG = (
    "De jaarlijkse dag waarop Midden-Limburg laat zien wat het te bieden heeft: honderd werkgevers, scholen en verenigingen, workshops voor alle leeftijden en de bekendmaking van de Regio-ambassadeur van het jaar.",
    [
        "De Regiodag is voor iedereen die hier woont, leert of werkt, of dat overweegt. Je loopt langs de stands van werkgevers en opleidingen, doet mee aan workshops (van solliciteren tot solderen) en hoort de verhalen van mensen die de regio kozen.",
        "Voor kinderen is er een techniekplein; voor uitpendelaars een speciaal spreekuur met werkgevers die dichter bij huis werk bieden. Om 15.00 uur reiken we de prijs uit voor de ambassadeur van het jaar.",
        "De toegang is gratis; aanmelden helpt ons om genoeg koffie te zetten.",
    ],
    "Theater De Oranjerie",
    "Kloosterwandplein 12, 6041 JA Roermond",
)

# How past editions of the Regiodag are introduced (by how many years ago)
REGIODAG_LOOKING_BACK = [
    "",
    "De Regiodag {year} was de drukste tot nu toe: ruim 2.400 bezoekers, 95 stands en een volle zaal bij de uitreiking van de ambassadeursprijs.",
    "Op de Regiodag {year} stond de zorg centraal: twintig zorgwerkgevers lieten zien hoe breed het werk is, van telezorg tot wijkverpleging.",
    "De Regiodag {year} was de eerste in De Oranjerie: 1.800 bezoekers ontdekten werkgevers, opleidingen en verenigingen uit de hele regio.",
]

# The scene drawn for each event's image (a motif of home.demo.images)
EVENT_SCENES = {
    "banenmarkt-zorg-en-welzijn": "care",
    "open-bedrijvendag-maakindustrie": "workshop",
    "webinar-werken-in-smart-services": "campus",
    "talent-thuiskomavond": "town",
    "stagemarkt-gilde": "campus",
    "logistiek-achter-de-schermen": "logistics",
    "webinar-wonen-in-midden-limburg": "valley",
    "banenmarkt-techniek-2026": "workshop",
    "open-dag-chemie-2026": "industry",
    "zomerbanenmarkt-2026": "lakes",
}
