"""English and German texts of the demo's shared content: every target group, theme, reason,
municipality and fact, and the three core messages. Keyed by the Dutch original's slug (facts by
their Dutch label); values, sources, years and slugs are not here: they are the original's.
"""

TARGET_GROUPS = {  # slug: {language: (name, switcher label, intro)}
    "scholieren-en-studenten": {
        "en": (
            "Pupils and students",
            "a pupil or student",
            "Choose a course with a future: employers in Midden-Limburg are eager for skilled people, "
            "from vocational to university level.",
        ),
        "de": (
            "Schüler und Studierende",
            "Schüler oder Student",
            "Wähle eine Ausbildung mit Zukunft: In Midden-Limburg suchen Arbeitgeber händeringend Fachkräfte, "
            "von der Berufsschule bis zur Universität.",
        ),
    },
    "werkzoekenden": {
        "en": (
            "Job seekers",
            "looking for work",
            "Thousands of vacancies close to home, in care, technology, logistics and manufacturing.",
        ),
        "de": (
            "Arbeitsuchende",
            "auf Jobsuche",
            "Tausende offene Stellen in deiner Nähe: in Pflege, Technik, Logistik und Industrie.",
        ),
    },
    "young-professionals": {
        "en": (
            "Young professionals",
            "a young professional",
            "Grow without traffic jams: responsibility early, affordable homes and everything within cycling distance.",
        ),
        "de": (
            "Young Professionals",
            "Young Professional",
            "Karriere ohne Stau: früh Verantwortung, bezahlbares Wohnen und alles mit dem Rad erreichbar.",
        ),
    },
    "werkgevers": {
        "en": (
            "Employers",
            "an employer",
            "Together with education and government we build tomorrow's labour market.",
        ),
        "de": (
            "Arbeitgeber",
            "Arbeitgeber",
            "Gemeinsam mit Bildung und Verwaltung bauen wir am Arbeitsmarkt von morgen.",
        ),
    },
    "inwoners": {
        "en": (
            "Residents",
            "a resident",
            "What your region has to offer, from the Maasplassen lakes to the jobs around the corner.",
        ),
        "de": (
            "Einwohner",
            "Einwohner",
            "Was deine Region zu bieten hat, von den Maasplassen bis zu den Jobs um die Ecke.",
        ),
    },
    "uitpendelaars": {
        "en": (
            "Out-commuters",
            "a commuter",
            "Leaving the region every day? See what is close by first: less travel, more time for yourself.",
        ),
        "de": (
            "Auspendler",
            "Pendler",
            "Jeden Tag raus aus der Region? Schau erst, was in der Nähe ist: kürzere Wege, mehr Zeit für dich.",
        ),
    },
    "nieuwkomers-en-internationals": {
        "en": (
            "Newcomers and internationals",
            "a newcomer or international",
            "In the middle of Europe: Eindhoven, Düsseldorf and Antwerp within reach, and a warm welcome.",
        ),
        "de": (
            "Neuankömmlinge und Internationals",
            "neu hier oder international",
            "Mitten in Europa: Eindhoven, Düsseldorf und Antwerpen in Reichweite, und ein herzlicher Empfang.",
        ),
    },
}

THEMES = {  # slug: {language: name}
    "chemie-en-materialen": {"en": "Chemicals and materials", "de": "Chemie und Werkstoffe"},
    "life-sciences-en-gezondheid": {"en": "Life sciences and health", "de": "Life Sciences und Gesundheit"},
    "smart-services": {"en": "Smart services", "de": "Smart Services"},
    "logistiek": {"en": "Logistics", "de": "Logistik"},
    "vrijetijdseconomie": {"en": "Leisure economy", "de": "Freizeitwirtschaft"},
    "maakindustrie": {"en": "Manufacturing", "de": "Fertigungsindustrie"},
    "zorg": {"en": "Care", "de": "Pflege und Gesundheit"},
    "onderwijs": {"en": "Education", "de": "Bildung"},
    "wonen-en-leefomgeving": {"en": "Housing and living environment", "de": "Wohnen und Lebensumfeld"},
}

REASONS = {  # slug: {language: name}
    "werk": {"en": "Work", "de": "Arbeit"},
    "carriere": {"en": "Career", "de": "Karriere"},
    "betaalbaar-wonen": {"en": "Housing", "de": "Wohnen"},
    "natuur-en-ruimte": {"en": "Nature and space", "de": "Natur und Raum"},
    "familie": {"en": "Family", "de": "Familie"},
    "opleiding": {"en": "Education", "de": "Ausbildung"},
    "cultuur": {"en": "Culture", "de": "Kultur"},
    "bereikbaarheid": {"en": "Accessibility", "de": "Erreichbarkeit"},
    "kosten-van-levensonderhoud": {"en": "Cost of living", "de": "Lebenshaltungskosten"},
}

CORE_MESSAGES = {  # slug: {language: (title, summary)}
    "innovatieve-economie": {
        "en": (
            "Innovative economy",
            "Manufacturing, chemicals, logistics and care grow here with technology. Companies are looking for "
            "skilled people and give young people responsibility early.",
        ),
        "de": (
            "Innovative Wirtschaft",
            "Industrie, Chemie, Logistik und Pflege wachsen hier mit der Technik. Unternehmen suchen Fachkräfte "
            "und geben jungen Menschen früh Verantwortung.",
        ),
    },
    "internationale-ligging": {
        "en": (
            "International location",
            "In the heart of the Euregio: within an hour of Eindhoven, Maastricht, Düsseldorf and Venlo. "
            "Live here and Europe is around the corner.",
        ),
        "de": (
            "Internationale Lage",
            "Mitten in der Euregio: in einer Stunde in Eindhoven, Maastricht, Düsseldorf und Venlo. "
            "Wer hier wohnt, hat Europa vor der Haustür.",
        ),
    },
    "inspirerende-leefomgeving": {
        "en": (
            "An inspiring place to live",
            "The Maasplassen lakes, the Peel and the historic town centres: space, peace and culture, with a home "
            "you could not afford elsewhere.",
        ),
        "de": (
            "Ein inspirierender Ort zum Leben",
            "Die Maasplassen, die Peel und die historischen Innenstädte: Raum, Ruhe und Kultur, mit einem Zuhause, "
            "das du dir anderswo nicht leisten könntest.",
        ),
    },
}

UNITS = {  # Dutch unit: {language: unit}; units not listed are the same in every language
    "miljoen": {"en": "million", "de": "Mio."},
    "miljard euro": {"en": "billion euros", "de": "Mrd. Euro"},
}

FACTS = {  # Dutch label: {language: label}
    "werknemers pendelen elke dag de regio uit": {
        "en": "workers commute out of the region every day",
        "de": "Beschäftigte pendeln jeden Tag aus der Region",
    },
    "vervangingsvraag tot 2030 door vergrijzing": {
        "en": "jobs to refill by 2030 as workers retire",
        "de": "Stellen bis 2030 neu zu besetzen, weil Beschäftigte in Rente gehen",
    },
    "inwoners in zeven gemeenten": {"en": "inhabitants in seven municipalities", "de": "Einwohner in sieben Gemeinden"},
    "gemeenten werken samen aan één regioverhaal": {
        "en": "municipalities work together on one regional story",
        "de": "Gemeinden arbeiten gemeinsam an einer Regionsgeschichte",
    },
    "banen bij bedrijven en instellingen in de regio": {
        "en": "jobs at companies and institutions in the region",
        "de": "Arbeitsplätze in Unternehmen und Einrichtungen der Region",
    },
    "openstaande vacatures in het afgelopen kwartaal": {
        "en": "open vacancies in the last quarter",
        "de": "offene Stellen im letzten Quartal",
    },
    "werkloosheid, lager dan het Nederlands gemiddelde": {
        "en": "unemployment, below the Dutch average",
        "de": "Arbeitslosigkeit, unter dem niederländischen Durchschnitt",
    },
    "van de banen zit in de industrie, bijna twee keer het landelijke aandeel": {
        "en": "of jobs are in industry, almost twice the national share",
        "de": "der Arbeitsplätze liegen in der Industrie, fast doppelt so viele wie landesweit",
    },
    "banen in logistiek en groothandel langs A2 en A73": {
        "en": "jobs in logistics and wholesale along the A2 and A73",
        "de": "Arbeitsplätze in Logistik und Großhandel an A2 und A73",
    },
    "reistijd naar Eindhoven, Maastricht, Düsseldorf en Venlo": {
        "en": "travel time to Eindhoven, Maastricht, Düsseldorf and Venlo",
        "de": "Fahrzeit nach Eindhoven, Maastricht, Düsseldorf und Venlo",
    },
    "water en natuur in de Maasplassen, het grootste watersportgebied van Nederland": {
        "en": "of water and nature in the Maasplassen, the largest water sports area in the Netherlands",
        "de": "Wasser und Natur in den Maasplassen, dem größten Wassersportgebiet der Niederlande",
    },
    "bezoekers per jaar aan het Designer Outlet Roermond": {
        "en": "visitors a year to the Designer Outlet Roermond",
        "de": "Besucher im Jahr im Designer Outlet Roermond",
    },
    "banen in zorg en welzijn": {"en": "jobs in care and welfare", "de": "Arbeitsplätze in Pflege und Sozialwesen"},
    "extra zorgmedewerkers nodig tot 2030": {
        "en": "additional care workers needed by 2030",
        "de": "zusätzliche Pflegekräfte bis 2030 gebraucht",
    },
    "gemiddelde woningwaarde, ruim een derde onder het landelijk gemiddelde": {
        "en": "average home value, more than a third below the national average",
        "de": "durchschnittlicher Immobilienwert, mehr als ein Drittel unter dem Landesdurchschnitt",
    },
    "minder inwoners van 20 tot 65 jaar verwacht in 2040": {
        "en": "fewer inhabitants aged 20 to 65 expected in 2040",
        "de": "weniger Einwohner zwischen 20 und 65 Jahren für 2040 erwartet",
    },
    "van de inwoners is 65 jaar of ouder": {
        "en": "of the inhabitants are 65 or older",
        "de": "der Einwohner sind 65 Jahre oder älter",
    },
    "van de jongeren met een hbo- of wo-diploma woont vijf jaar later buiten de regio": {
        "en": "of young graduates live outside the region five years later",
        "de": "der jungen Hochschulabsolventen leben fünf Jahre später außerhalb der Region",
    },
    "mbo-studenten aan Gilde Opleidingen en andere mbo-scholen in de regio": {
        "en": "vocational students at Gilde Opleidingen and other vocational schools in the region",
        "de": "Berufsschüler bei Gilde Opleidingen und anderen Berufsschulen der Region",
    },
    "leerbanen (bbl): leren en werken tegelijk": {
        "en": "apprenticeships: learning and working at the same time",
        "de": "Ausbildungsplätze: lernen und arbeiten zugleich",
    },
    "bedrijven bouwden mee aan de raceauto van het studententeam": {
        "en": "companies helped build the student team's racing car",
        "de": "Unternehmen bauten am Rennwagen des Studententeams mit",
    },
    "mensen werken in het hightech maakcluster rond Weert": {
        "en": "people work in the high-tech manufacturing cluster around Weert",
        "de": "Menschen arbeiten im Hightech-Industriecluster um Weert",
    },
    "Brightlands-campussen in Limburg, waarvan één vlakbij in Venlo": {
        "en": "Brightlands campuses in Limburg, one of them nearby in Venlo",
        "de": "Brightlands-Campusse in Limburg, einer davon ganz nah in Venlo",
    },
    "omzet van de chemie- en materialenbedrijven in Midden-Limburg": {
        "en": "turnover of the chemicals and materials companies in Midden-Limburg",
        "de": "Umsatz der Chemie- und Werkstoffunternehmen in Midden-Limburg",
    },
    "banen in chemie en kunststofverwerking": {
        "en": "jobs in chemicals and plastics processing",
        "de": "Arbeitsplätze in Chemie und Kunststoffverarbeitung",
    },
    "fietsknooppuntroutes door Maasvallei, Peel en Roerdal": {
        "en": "of cycle network routes through the Maas valley, the Peel and the Roer valley",
        "de": "Radrouten im Knotenpunktnetz durch Maastal, Peel und Rurtal",
    },
    "van de inwoners heeft een niet-Nederlandse achtergrond": {
        "en": "of the inhabitants have a non-Dutch background",
        "de": "der Einwohner haben einen nicht-niederländischen Hintergrund",
    },
    "groei van de werkgelegenheid in de logistiek in vijf jaar": {
        "en": "growth of employment in logistics in five years",
        "de": "Beschäftigungswachstum in der Logistik in fünf Jahren",
    },
    "van de mbo-gediplomeerden heeft binnen een jaar werk": {
        "en": "of vocational graduates have a job within a year",
        "de": "der Berufsschulabsolventen haben innerhalb eines Jahres Arbeit",
    },
    "gemiddelde woon-werkafstand voor wie in de regio werkt": {
        "en": "average commute for those who work in the region",
        "de": "durchschnittlicher Arbeitsweg für alle, die in der Region arbeiten",
    },
    "startende ondernemers per jaar": {"en": "new entrepreneurs a year", "de": "Existenzgründer pro Jahr"},
    "mensen werken in de telezorg en e-health in Midden-Limburg": {
        "en": "people work in telecare and e-health in Midden-Limburg",
        "de": "Menschen arbeiten in Telepflege und E-Health in Midden-Limburg",
    },
    "grote regionale evenementen per jaar voor talent en werkgevers": {
        "en": "major regional events a year for talent and employers",
        "de": "große regionale Veranstaltungen pro Jahr für Talente und Arbeitgeber",
    },
}

EVENT_QUESTIONS = {  # Dutch question: {language: (question, choices)}
    "Hoe heb je van dit evenement gehoord?": {
        "en": (
            "How did you hear about this event?",
            "Social media\nSchool or college\nFriends or family\nNewspaper or radio",
        ),
        "de": (
            "Wie hast du von dieser Veranstaltung erfahren?",
            "Soziale Medien\nSchule oder Ausbildung\nFreunde oder Familie\nZeitung oder Radio",
        ),
    },
}
