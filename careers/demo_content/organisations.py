"""The demo's fictional employers and schools, and the roles each of them offers."""

# name, sector, municipality, website, description
ORGANISATIONS = [
    (
        "Maasvallei Chemie",
        "chemie-en-materialen",
        "Roermond",
        "https://example.org/maasvallei-chemie",
        "Producent van duurzame kunststoffen en coatings, met 420 medewerkers aan de Maas.",
    ),
    (
        "Polymerix Weert",
        "chemie-en-materialen",
        "Weert",
        "https://example.org/polymerix",
        "Ontwikkelt recyclebare materialen voor de auto- en verpakkingsindustrie.",
    ),
    (
        "Laurentius Zorggroep",
        "zorg",
        "Roermond",
        "https://example.org/laurentius",
        "Ziekenhuis en thuiszorg voor heel Midden-Limburg.",
    ),
    (
        "Zorgcentrum De Kempen",
        "zorg",
        "Weert",
        "https://example.org/dekempen",
        "Ouderenzorg in vijf kleinschalige woonlocaties.",
    ),
    (
        "Roerdal Logistics",
        "logistiek",
        "Roermond",
        "https://example.org/roerdal-logistics",
        "Europees distributiecentrum voor sport en mode, 24/7 aan de A73.",
    ),
    (
        "Bocholt Transport",
        "logistiek",
        "Nederweert",
        "https://example.org/bocholt-transport",
        "Familiebedrijf met 90 vrachtwagens en een eigen opleidingscentrum.",
    ),
    (
        "Techniekhuis Leudal",
        "maakindustrie",
        "Leudal",
        "https://example.org/techniekhuis",
        "Bouwt machines voor de voedingsindustrie, van ontwerp tot onderhoud.",
    ),
    (
        "Metaalwerken Echt",
        "maakindustrie",
        "Echt-Susteren",
        "https://example.org/metaalwerken-echt",
        "Precisieplaatwerk en lasconstructies voor de hightech-industrie.",
    ),
    (
        "Smart Region Labs",
        "smart-services",
        "Roermond",
        "https://example.org/smart-region-labs",
        "Software en data voor slimme fabrieken en zorginstellingen.",
    ),
    (
        "Datapoort Weert",
        "smart-services",
        "Weert",
        "https://example.org/datapoort",
        "IT-beheer en cloudoplossingen voor het mkb in de regio.",
    ),
    (
        "Maasplassen Resort",
        "vrijetijdseconomie",
        "Maasgouw",
        "https://example.org/maasplassen-resort",
        "Vakantiepark, jachthaven en restaurant aan de Maasplassen.",
    ),
    (
        "Designer Outlet Events",
        "vrijetijdseconomie",
        "Roermond",
        "https://example.org/outlet-events",
        "Evenementen en hospitality voor bezoekers uit heel Europa.",
    ),
    (
        "Gilde Opleidingen",
        "onderwijs",
        "Roermond",
        "https://example.org/gilde",
        "Regionaal opleidingencentrum voor mbo-onderwijs in Midden- en Noord-Limburg.",
    ),
    (
        "Fontys Hogeschool Venlo",
        "onderwijs",
        "Roermond",
        "https://example.org/fontys",
        "Hbo-opleidingen in techniek, logistiek en business, met praktijkprojecten in de regio.",
    ),
    (
        "Woonstichting Maas en Roer",
        "wonen-en-leefomgeving",
        "Roerdalen",
        "https://example.org/maas-en-roer",
        "Beheert 6.000 huurwoningen en investeert in duurzame wijken.",
    ),
]


# Career templates per sector: (title, kind, level, hours min, hours max, contract, salary min, salary max, unit, english)
ROLES = {
    "chemie-en-materialen": [
        ("Procesoperator A", "vacature", "mbo-3", 36, 40, "vast", 3100, 4200, "MONTH", False),
        ("Laboratoriumanalist", "vacature", "mbo-4", 32, 40, "tijdelijk", 2900, 3900, "MONTH", True),
        ("Stagiair procestechniek", "stage", "mbo-4", 32, 40, "stageovereenkomst", 450, 450, "MONTH", False),
        ("Traineeship chemical engineering", "traineeship", "wo", 40, 40, "tijdelijk", 3600, 4300, "MONTH", True),
        ("Opleiding Procestechniek (BBL)", "werkleerplek", "mbo-2", 32, 38, "bbl", 2200, 2600, "MONTH", False),
    ],
    "zorg": [
        ("Verpleegkundige interne geneeskunde", "vacature", "hbo", 24, 36, "vast", 3300, 4700, "MONTH", False),
        ("Verzorgende IG", "vacature", "mbo-3", 16, 28, "vast", 2700, 3600, "MONTH", False),
        ("Leerling-verpleegkundige (BBL)", "werkleerplek", "mbo-4", 28, 32, "bbl", 2300, 2700, "MONTH", False),
        ("Helpende zorg en welzijn", "vacature", "mbo-2", 12, 20, "tijdelijk", 2300, 2700, "MONTH", False),
        ("Stage doktersassistent", "stage", "mbo-4", 24, 32, "stageovereenkomst", 300, 300, "MONTH", False),
    ],
    "logistiek": [
        ("Orderpicker", "vacature", "vmbo", 24, 40, "tijdelijk", 14.5, 16, "HOUR", True),
        ("Teamleider warehouse", "vacature", "mbo-4", 38, 40, "vast", 3000, 3900, "MONTH", True),
        ("Chauffeur CE", "vacature", "mbo-2", 40, 45, "vast", 2800, 3400, "MONTH", False),
        ("Traineeship supply chain", "traineeship", "hbo", 40, 40, "tijdelijk", 3100, 3500, "MONTH", True),
        ("Stage logistiek planner", "stage", "hbo", 32, 40, "stageovereenkomst", 500, 500, "MONTH", True),
    ],
    "maakindustrie": [
        ("Monteur machinebouw", "vacature", "mbo-3", 40, 40, "vast", 2900, 3800, "MONTH", False),
        ("Lasser TIG/MIG", "vacature", "mbo-2", 36, 40, "vast", 2700, 3400, "MONTH", False),
        ("Werkvoorbereider", "vacature", "hbo", 32, 40, "vast", 3400, 4600, "MONTH", False),
        ("Leerling-monteur (BBL)", "werkleerplek", "mbo-2", 32, 38, "bbl", 2000, 2500, "MONTH", False),
        ("Afstudeerstage werktuigbouwkunde", "stage", "hbo", 40, 40, "stageovereenkomst", 500, 500, "MONTH", True),
    ],
    "smart-services": [
        ("Junior developer", "vacature", "hbo", 32, 40, "vast", 3000, 4200, "MONTH", True),
        ("Systeembeheerder", "vacature", "mbo-4", 36, 40, "vast", 2900, 3900, "MONTH", False),
        ("Data-analist", "vacature", "wo", 32, 40, "tijdelijk", 3700, 5200, "MONTH", True),
        ("Stage software development", "stage", "mbo-4", 32, 40, "stageovereenkomst", 400, 400, "MONTH", True),
    ],
    "vrijetijdseconomie": [
        ("Zelfstandig werkend kok", "vacature", "mbo-3", 24, 38, "vast", 2600, 3200, "MONTH", False),
        ("Medewerker receptie", "vacature", "mbo-2", 8, 24, "tijdelijk", 13.5, 15, "HOUR", True),
        ("Evenementencoördinator", "vacature", "hbo", 32, 36, "tijdelijk", 2900, 3600, "MONTH", True),
        ("Stage hospitality", "stage", "mbo-4", 32, 40, "stageovereenkomst", 350, 350, "MONTH", True),
    ],
    "onderwijs": [
        ("Docent techniek", "vacature", "hbo", 20, 36, "vast", 3500, 5300, "MONTH", False),
        ("Instructeur praktijkopleiding", "vacature", "mbo-4", 24, 36, "tijdelijk", 3000, 4000, "MONTH", False),
        ("Onderwijsassistent", "vacature", "mbo-4", 20, 32, "tijdelijk", 2500, 3300, "MONTH", False),
        ("Stage onderwijsassistent", "stage", "mbo-4", 24, 32, "stageovereenkomst", 250, 250, "MONTH", False),
    ],
    "wonen-en-leefomgeving": [
        ("Projectleider verduurzaming", "vacature", "hbo", 32, 40, "vast", 3900, 5200, "MONTH", False),
        ("Opzichter onderhoud", "vacature", "mbo-4", 36, 40, "vast", 3100, 4000, "MONTH", False),
        ("Wijkconsulent", "vacature", "hbo", 28, 36, "vast", 3200, 4300, "MONTH", False),
    ],
}
