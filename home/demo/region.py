"""The demo region: Midden-Limburg, its vocabulary and its sourced facts.

Figures are rounded public figures of the kind a regional agency quotes
(CBS, UWV, the province); they are demo content, to be checked before reuse.
"""

TARGET_GROUPS = [
    # slug, name, switcher label, intro
    ("scholieren-en-studenten", "Scholieren en studenten", "scholier of student",
     "Kies een opleiding met toekomst: in Midden-Limburg staan werkgevers te springen om vakmensen, van mbo tot wo."),
    ("werkzoekenden", "Werkzoekenden", "werkzoekende",
     "Duizenden vacatures dichtbij huis, in de zorg, de techniek, de logistiek en de maakindustrie."),
    ("young-professionals", "Young professionals", "young professional",
     "Doorgroeien zonder file: snel verantwoordelijkheid, betaalbaar wonen en alles op fietsafstand."),
    ("werkgevers", "Werkgevers", "werkgever",
     "Samen met onderwijs en overheid bouwen we aan de arbeidsmarkt van morgen."),
    ("inwoners", "Inwoners", "inwoner",
     "Wat je regio te bieden heeft, van de Maasplassen tot de banen om de hoek."),
    ("uitpendelaars", "Uitpendelaars", "forens",
     "Elke dag de regio uit? Kijk eerst wat er dichtbij is: korter reizen, meer tijd voor jezelf."),
    ("nieuwkomers-en-internationals", "Nieuwkomers en internationals", "nieuwkomer of international",
     "Midden in Europa: Eindhoven, Düsseldorf en Antwerpen binnen bereik, en een warm welkom."),
]

THEMES = [
    ("chemie-en-materialen", "Chemie en materialen"),
    ("life-sciences-en-gezondheid", "Life sciences en gezondheid"),
    ("smart-services", "Smart services"),
    ("logistiek", "Logistiek"),
    ("vrijetijdseconomie", "Vrijetijdseconomie"),
    ("maakindustrie", "Maakindustrie"),
    ("zorg", "Zorg"),
    ("onderwijs", "Onderwijs"),
    ("wonen-en-leefomgeving", "Wonen en leefomgeving"),
]

MUNICIPALITIES = [
    ("Roermond", [(6040, 6047), (6071, 6072)]),
    ("Weert", [(6000, 6006)]),
    ("Nederweert", [(6030, 6035)]),
    ("Leudal", [(6010, 6016), (6080, 6089), (6093, 6096)]),
    ("Maasgouw", [(6017, 6019), (6050, 6052), (6067, 6068), (6097, 6099), (6107, 6109)]),
    ("Echt-Susteren", [(6100, 6106), (6114, 6118)]),
    ("Roerdalen", [(6061, 6065), (6074, 6077)]),
]

CBS = ("CBS Statline", "https://opendata.cbs.nl/statline/")
UWV = ("UWV, Regio in beeld Midden-Limburg", "https://www.werk.nl/arbeidsmarktinformatie/")
PROVINCE = ("Provincie Limburg, Limburg Monitor", "https://www.limburg.nl/")
NEIMED = ("Neimed, Bevolkingsprognose Limburg", "https://www.neimed.nl/")
ETIL = ("Etil, Arbeidsmarktanalyse Midden-Limburg", "https://www.etil.nl/")
DUO = ("DUO, Open onderwijsdata", "https://duo.nl/open_onderwijsdata/")

ALL = "all"
# value, unit, label, (source, url), year, theme, target groups, review offset in days (negative = overdue)
FACTS = [
    ("40000", "", "werknemers pendelen elke dag de regio uit", CBS, 2019, "wonen-en-leefomgeving", ["uitpendelaars", "werkgevers"], 120),
    ("17000", "fte", "vervangingsvraag tot 2030 door vergrijzing", ETIL, 2022, "zorg", ["werkzoekenden", "scholieren-en-studenten", "werkgevers"], 200),
    ("238000", "", "inwoners in zeven gemeenten", CBS, 2024, "wonen-en-leefomgeving", ["inwoners", "nieuwkomers-en-internationals"], 300),
    ("7", "", "gemeenten werken samen aan één regioverhaal", PROVINCE, 2024, "wonen-en-leefomgeving", ["inwoners"], 365),
    ("112000", "", "banen bij bedrijven en instellingen in de regio", ETIL, 2023, "maakindustrie", ["werkzoekenden", "young-professionals"], 150),
    ("6400", "", "openstaande vacatures in het afgelopen kwartaal", UWV, 2024, "smart-services", ["werkzoekenden", "young-professionals", "uitpendelaars"], -10),
    ("3.1", "%", "werkloosheid, lager dan het Nederlands gemiddelde", CBS, 2024, "smart-services", ["werkzoekenden", "werkgevers"], -30),
    ("21", "%", "van de banen zit in de industrie, bijna twee keer het landelijke aandeel", ETIL, 2023, "maakindustrie", ["werkzoekenden", "scholieren-en-studenten"], 180),
    ("15000", "", "banen in logistiek en groothandel langs A2 en A73", ETIL, 2023, "logistiek", ["werkzoekenden", "uitpendelaars"], 240),
    ("60", "min", "reistijd naar Eindhoven, Maastricht, Düsseldorf en Venlo", PROVINCE, 2023, "logistiek", ["nieuwkomers-en-internationals", "uitpendelaars"], 400),
    ("3000", "ha", "water en natuur in de Maasplassen, het grootste watersportgebied van Nederland", PROVINCE, 2023, "vrijetijdseconomie", ["inwoners", "nieuwkomers-en-internationals", "young-professionals"], 300),
    ("7", "miljoen", "bezoekers per jaar aan het Designer Outlet Roermond", ("Designer Outlet Roermond, jaarcijfers", "https://www.mcarthurglen.com/"), 2023, "vrijetijdseconomie", ["inwoners", "werkgevers"], -60),
    ("18000", "", "banen in zorg en welzijn", UWV, 2023, "zorg", ["werkzoekenden", "scholieren-en-studenten"], 200),
    ("2300", "", "extra zorgmedewerkers nodig tot 2030", ("RegioPlus, Arbeidsmarktprognose zorg en welzijn", "https://www.regioplus.nl/"), 2023, "zorg", ["scholieren-en-studenten", "werkzoekenden"], 100),
    ("330000", "€", "gemiddelde woningwaarde, ruim een derde onder het landelijk gemiddelde", CBS, 2024, "wonen-en-leefomgeving", ["young-professionals", "nieuwkomers-en-internationals", "uitpendelaars"], 90),
    ("8", "%", "minder inwoners van 20 tot 65 jaar verwacht in 2040", NEIMED, 2022, "wonen-en-leefomgeving", ["werkgevers", "inwoners"], 365),
    ("25", "%", "van de inwoners is 65 jaar of ouder", CBS, 2024, "zorg", ["werkgevers", "inwoners"], 365),
    ("46", "%", "van de jongeren met een hbo- of wo-diploma woont vijf jaar later buiten de regio", NEIMED, 2021, "onderwijs", ["scholieren-en-studenten", "young-professionals", "werkgevers"], 45),
    ("9500", "", "mbo-studenten aan Gilde Opleidingen en andere mbo-scholen in de regio", DUO, 2023, "onderwijs", ["scholieren-en-studenten"], 200),
    ("2400", "", "leerbanen (bbl): leren en werken tegelijk", DUO, 2023, "onderwijs", ["scholieren-en-studenten", "werkzoekenden", "werkgevers"], 200),
    ("25", "", "bedrijven bouwden mee aan de raceauto van het studententeam", ("Brightlands Smart Services Campus", "https://www.brightlands.com/"), 2023, "maakindustrie", ["scholieren-en-studenten", "werkgevers"], 150),
    ("1200", "", "mensen werken in het hightech maakcluster rond Weert", ("Ondernemerskring Weert", "https://www.weert.nl/"), 2022, "maakindustrie", ["werkzoekenden", "young-professionals"], -5),
    ("4", "", "Brightlands-campussen in Limburg, waarvan één vlakbij in Venlo", ("Brightlands", "https://www.brightlands.com/"), 2024, "life-sciences-en-gezondheid", ["young-professionals", "nieuwkomers-en-internationals"], 365),
    ("2.3", "miljard euro", "omzet van de chemie- en materialenbedrijven in Midden-Limburg", ETIL, 2022, "chemie-en-materialen", ["werkgevers"], 180),
    ("1600", "", "banen in chemie en kunststofverwerking", ETIL, 2022, "chemie-en-materialen", ["werkzoekenden", "scholieren-en-studenten"], 180),
    ("350", "km", "fietsknooppuntroutes door Maasvallei, Peel en Roerdal", ("Visit Zuid-Limburg en Midden-Limburg", "https://www.visitlimburg.nl/"), 2023, "vrijetijdseconomie", ["inwoners", "nieuwkomers-en-internationals"], 365),
    ("11", "%", "van de inwoners heeft een niet-Nederlandse achtergrond", CBS, 2024, "wonen-en-leefomgeving", ["nieuwkomers-en-internationals"], 365),
    ("4.7", "%", "groei van de werkgelegenheid in de logistiek in vijf jaar", UWV, 2023, "logistiek", ["werkzoekenden", "werkgevers"], 120),
    ("94", "%", "van de mbo-gediplomeerden heeft binnen een jaar werk", ("SBB, Kans op werk", "https://www.s-bb.nl/"), 2023, "onderwijs", ["scholieren-en-studenten"], 200),
    ("13", "km", "gemiddelde woon-werkafstand voor wie in de regio werkt", CBS, 2022, "wonen-en-leefomgeving", ["uitpendelaars", "young-professionals"], 120),
    ("2800", "", "startende ondernemers per jaar", ("KVK, Bedrijvendynamiek", "https://www.kvk.nl/"), 2023, "smart-services", ["young-professionals", "werkgevers"], 180),
    ("1100", "", "mensen werken in de telezorg en e-health in Midden-Limburg", ("Zorgcentrum Roermond, jaarverslag", "https://www.lzr.nl/"), 2023, "life-sciences-en-gezondheid", ["werkzoekenden", "young-professionals"], 150),
    ("5", "", "grote regionale evenementen per jaar voor talent en werkgevers", PROVINCE, 2024, "onderwijs", ["werkgevers", "scholieren-en-studenten"], 300),
]

CORE_MESSAGES = [
    ("innovatieve-economie", "Innovatieve economie",
     "Maakindustrie, chemie, logistiek en zorg groeien hier mee met de technologie. "
     "Bedrijven zoeken vakmensen en geven jonge mensen snel verantwoordelijkheid.",
     [5, 7, 20, 21, 23, 24, 31]),
    ("internationale-ligging", "Internationale ligging",
     "Midden in de Euregio: binnen een uur in Eindhoven, Maastricht, Düsseldorf en Venlo. "
     "Wie hier woont, heeft Europa om de hoek.",
     [9, 10, 26, 22, 27]),
    ("inspirerende-leefomgeving", "Inspirerende plek om te wonen",
     "De Maasplassen, de Peel en de historische binnensteden: ruimte, rust en cultuur, "
     "voor een woning die je je elders niet kunt veroorloven.",
     [11, 12, 15, 26, 30, 3]),
]
