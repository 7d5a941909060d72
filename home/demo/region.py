"""The demo region: Midden-Limburg, its vocabulary and its core messages.

Its sourced facts are in ``facts.py``.
"""

TARGET_GROUPS = [
    # slug, name, switcher label, intro
    (
        "scholieren-en-studenten",
        "Scholieren en studenten",
        "scholier of student",
        "Kies een opleiding met toekomst: in Midden-Limburg staan werkgevers te springen om vakmensen, van mbo tot wo.",
    ),
    (
        "werkzoekenden",
        "Werkzoekenden",
        "werkzoekende",
        "Duizenden vacatures dichtbij huis, in de zorg, de techniek, de logistiek en de maakindustrie.",
    ),
    (
        "young-professionals",
        "Young professionals",
        "young professional",
        "Doorgroeien zonder file: snel verantwoordelijkheid, betaalbaar wonen en alles op fietsafstand.",
    ),
    (
        "werkgevers",
        "Werkgevers",
        "werkgever",
        "Samen met onderwijs en overheid bouwen we aan de arbeidsmarkt van morgen.",
    ),
    ("inwoners", "Inwoners", "inwoner", "Wat je regio te bieden heeft, van de Maasplassen tot de banen om de hoek."),
    (
        "uitpendelaars",
        "Uitpendelaars",
        "forens",
        "Elke dag de regio uit? Kijk eerst wat er dichtbij is: korter reizen, meer tijd voor jezelf.",
    ),
    (
        "nieuwkomers-en-internationals",
        "Nieuwkomers en internationals",
        "nieuwkomer of international",
        "Midden in Europa: Eindhoven, Düsseldorf en Antwerpen binnen bereik, en een warm welkom.",
    ),
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


CORE_MESSAGES = [
    (
        "innovatieve-economie",
        "Innovatieve economie",
        "Maakindustrie, chemie, logistiek en zorg groeien hier mee met de technologie. "
        "Bedrijven zoeken vakmensen en geven jonge mensen snel verantwoordelijkheid.",
        [5, 7, 20, 21, 23, 24, 31],
    ),
    (
        "internationale-ligging",
        "Internationale ligging",
        "Midden in de Euregio: binnen een uur in Eindhoven, Maastricht, Düsseldorf en Venlo. "
        "Wie hier woont, heeft Europa om de hoek.",
        [9, 10, 26, 22, 27],
    ),
    (
        "inspirerende-leefomgeving",
        "Inspirerende plek om te wonen",
        "De Maasplassen, de Peel en de historische binnensteden: ruimte, rust en cultuur, "
        "voor een woning die je je elders niet kunt veroorloven.",
        [11, 12, 15, 26, 30, 3],
    ),
]
