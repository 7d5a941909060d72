"""Study routes and career pathways of the demo, and which target groups each kind of career is for."""

# Study routes: (title, sector, level, school, municipality)
STUDY_ROUTES = [
    ("Mbo Procestechniek", "chemie-en-materialen", "mbo-4", "Gilde Opleidingen", "Roermond"),
    ("Hbo Verpleegkunde (deeltijd)", "zorg", "hbo", "Fontys Hogeschool Venlo", "Roermond"),
    ("Mbo Logistiek teamleider", "logistiek", "mbo-4", "Gilde Opleidingen", "Roermond"),
    ("Mbo Mechatronica", "maakindustrie", "mbo-4", "Gilde Opleidingen", "Roermond"),
    ("Associate degree Software Development", "smart-services", "hbo", "Fontys Hogeschool Venlo", "Roermond"),
    ("Mbo Zelfstandig werkend kok", "vrijetijdseconomie", "mbo-3", "Gilde Opleidingen", "Roermond"),
    ("Hbo Pedagogiek", "onderwijs", "hbo", "Fontys Hogeschool Venlo", "Roermond"),
    ("Vmbo-route Zorg en welzijn", "zorg", "vmbo", "Gilde Opleidingen", "Weert"),
]


GROUPS_FOR_KIND = {
    "vacature": "werkzoekenden;young-professionals;uitpendelaars",
    "stage": "scholieren-en-studenten",
    "traineeship": "young-professionals;scholieren-en-studenten",
    "werkleerplek": "scholieren-en-studenten;werkzoekenden",
    "opleiding": "scholieren-en-studenten",
}


# Pathways: sector, title, introduction, [(programme, level, school, location, duration, description)]
PATHWAYS = [
    (
        "zorg",
        "Werken in de zorg",
        "Van helpende tot verpleegkundige: in de zorg groei je stap voor stap, vaak met een baan naast je opleiding.",
        [
            (
                "Helpende Zorg en Welzijn",
                "mbo-2",
                "Gilde Opleidingen",
                "Roermond",
                "2 jaar",
                "Je ondersteunt cliënten bij wonen en dagelijkse verzorging.",
            ),
            (
                "Verzorgende IG (BBL)",
                "mbo-3",
                "Gilde Opleidingen",
                "Weert",
                "3 jaar",
                "Leren en werken tegelijk, met salaris vanaf dag één.",
            ),
            (
                "Mbo-Verpleegkundige",
                "mbo-4",
                "Gilde Opleidingen",
                "Roermond",
                "4 jaar",
                "Je verpleegt in ziekenhuis, thuiszorg of verpleeghuis.",
            ),
            (
                "Hbo-Verpleegkunde",
                "hbo",
                "Fontys Hogeschool Venlo",
                "Roermond",
                "4 jaar",
                "Voltijd of deeltijd, met stages bij zorgorganisaties in de regio.",
            ),
        ],
    ),
    (
        "maakindustrie",
        "Werken in de maakindustrie",
        "Machines bouwen, programmeren en onderhouden: de maakindustrie zoekt vakmensen op elk niveau.",
        [
            (
                "Basisvakopleiding Techniek",
                "vmbo",
                "Het Stedelijk Lyceum",
                "Roermond",
                "4 jaar",
                "Kennismaken met metaal, elektro en installatietechniek.",
            ),
            (
                "Monteur Mechatronica (BBL)",
                "mbo-2",
                "Gilde Opleidingen",
                "Roermond",
                "2 jaar",
                "Vier dagen werken, één dag school.",
            ),
            (
                "Mechatronica",
                "mbo-4",
                "Gilde Opleidingen",
                "Roermond",
                "4 jaar",
                "Je bouwt, programmeert en onderhoudt machines en robots.",
            ),
            (
                "Werktuigbouwkunde",
                "hbo",
                "Fontys Hogeschool Venlo",
                "Venlo",
                "4 jaar",
                "Ontwerpen en verbeteren van machines, met projecten bij bedrijven uit de regio.",
            ),
        ],
    ),
    (
        "logistiek",
        "Werken in de logistiek",
        "Midden-Limburg ligt op de kruising van snelwegen, spoor en de Maas: logistiek talent is hier goud waard.",
        [
            (
                "Logistiek medewerker",
                "mbo-2",
                "Gilde Opleidingen",
                "Roermond",
                "2 jaar",
                "Ontvangen, opslaan en verzenden van goederen.",
            ),
            (
                "Logistiek teamleider",
                "mbo-4",
                "Gilde Opleidingen",
                "Roermond",
                "3 jaar",
                "Je stuurt een team aan en verbetert processen.",
            ),
            (
                "Logistics Management",
                "hbo",
                "Fontys Hogeschool Venlo",
                "Venlo",
                "4 jaar",
                "Supply chains ontwerpen voor internationale bedrijven.",
            ),
            (
                "Operations Research",
                "wo",
                "Maastricht University",
                "Maastricht",
                "1 jaar (master)",
                "Wiskundige optimalisatie van logistieke netwerken.",
            ),
        ],
    ),
    (
        "smart-services",
        "Werken in IT en smart services",
        "Software, data en slimme systemen voor fabrieken, zorg en logistiek: digitaal talent kan overal in de regio aan de slag.",
        [
            (
                "Software Developer",
                "mbo-4",
                "Gilde Opleidingen",
                "Weert",
                "3 jaar",
                "Websites, apps en koppelingen bouwen in echte projecten.",
            ),
            (
                "Associate degree Software Development",
                "hbo",
                "Fontys Hogeschool Venlo",
                "Roermond",
                "2 jaar",
                "Een praktische hbo-opleiding in twee jaar.",
            ),
            (
                "Data Science and Artificial Intelligence",
                "wo",
                "Maastricht University",
                "Maastricht",
                "3 jaar",
                "Van statistiek tot machine learning.",
            ),
        ],
    ),
]
