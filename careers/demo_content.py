"""Fictional organisations, careers and pathways of Midden-Limburg for the demo."""

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

# What each role is about, in the words of the people who hire for it: (introduction, what you do)
ROLE_COPY = {
    "Procesoperator A": (
        "Jij houdt de installatie draaiend, ook als het 's nachts spannend wordt.",
        "In de controlekamer stuur je de productie van kunststofkorrels aan. Je loopt rondes door de fabriek, neemt monsters en grijpt in als een waarde afwijkt. Je werkt in een vast team van vijf, in een vijfploegendienst.",
    ),
    "Laboratoriumanalist": (
        "Meten is weten: jij bepaalt of een nieuwe batch de fabriek uit mag.",
        "Je analyseert monsters met GC, HPLC en spectroscopie, legt resultaten vast en denkt mee met de onderzoekers als iets niet klopt. English is the working language of the lab.",
    ),
    "Stagiair procestechniek": (
        "Een half jaar meedraaien in een echte chemische fabriek.",
        "Je loopt mee met een ervaren operator, leert de installatie kennen en werkt aan een eigen verbeteropdracht, bijvoorbeeld het verlagen van het energieverbruik van een droger.",
    ),
    "Traineeship chemical engineering": (
        "Two years, three departments, one goal: becoming the engineer who makes our plant greener.",
        "Je werkt zes tot acht maanden op productie, procesontwikkeling en duurzaamheid, met een mentor uit het management. Je begint met een project dat ertoe doet: minder afval per ton product.",
    ),
    "Opleiding Procestechniek (BBL)": (
        "Leren en verdienen tegelijk, met een baan als je klaar bent.",
        "Vier dagen werk je in de fabriek, één dag ga je naar Gilde Opleidingen. Je collega's leren je het vak; school leert je waarom het zo werkt.",
    ),
    "Verpleegkundige interne geneeskunde": (
        "Op onze afdeling heb je tijd voor de patiënt én voor je eigen ontwikkeling.",
        "Je zorgt voor patiënten met complexe ziektebeelden, van diabetes tot hartfalen, en werkt nauw samen met artsen en diëtisten. Je rooster maak je mee; parttime is heel gewoon.",
    ),
    "Verzorgende IG": (
        "Kleinschalig wonen, grote betrokkenheid: jij kent elke bewoner bij naam.",
        "Je helpt bewoners met dementie bij hun dag, geeft medicatie en zorgt dat ze zich thuis voelen. Je werkt in een team van acht collega's in een woning met twaalf bewoners.",
    ),
    "Leerling-verpleegkundige (BBL)": (
        "Verpleegkundige worden zonder studieschuld.",
        "Je werkt op een vaste afdeling en gaat één dag per week naar school. Een praktijkopleider begeleidt je; na vier jaar ben je verpleegkundige op mbo-4-niveau.",
    ),
    "Helpende zorg en welzijn": (
        "Een paar uur per week het verschil maken voor ouderen in je eigen dorp.",
        "Je helpt bij de maaltijden, gaat mee wandelen en zorgt voor gezelligheid. Ideaal naast je studie of als opstap naar een opleiding in de zorg.",
    ),
    "Stage doktersassistent": (
        "Stage lopen in een drukke poli met een team dat graag uitlegt.",
        "Je maakt afspraken, doet bloeddrukmetingen en assisteert bij kleine ingrepen. Je krijgt een vaste werkbegeleider en elke week een leermoment.",
    ),
    "Orderpicker": (
        "Direct aan de slag in een modern distributiecentrum, ook zonder ervaring.",
        "Je verzamelt bestellingen voor winkels en webshoppers in heel Europa. Scanners en robots doen het zware werk; jij zorgt dat alles klopt. Daytime or evening shifts; English spoken on the floor.",
    ),
    "Teamleider warehouse": (
        "Leid een team van twintig mensen en laat ze groeien.",
        "Je verdeelt het werk, lost knelpunten op en voert de gesprekken met je team. Je werkt nauw samen met de planning en denkt mee over de inrichting van de nieuwe hal.",
    ),
    "Chauffeur CE": (
        "Elke avond thuis, met routes door Nederland, België en Duitsland.",
        "Je rijdt vaste routes vanaf Nederweert en bent 's avonds terug. Je krijgt een eigen, nieuwe truck en een planner die je bij naam kent.",
    ),
    "Traineeship supply chain": (
        "From warehouse floor to European network planning in eighteen months.",
        "Je draait mee op de vloer, in de planning en bij de klantenservice, en werkt aan een eigen project met data uit het hele netwerk.",
    ),
    "Stage logistiek planner": (
        "Ontdek hoe zestig vrachtwagens elke dag op tijd komen.",
        "Je helpt de planners bij het maken van routes, analyseert vertragingen en doet een voorstel om lege kilometers te verminderen.",
    ),
    "Monteur machinebouw": (
        "Bouw machines die bij klanten over de hele wereld koekjes, kaas en chocolade maken.",
        "Je bouwt machines op vanaf tekening, test ze samen met de elektromonteurs en gaat soms mee om ze bij de klant in bedrijf te stellen.",
    ),
    "Lasser TIG/MIG": (
        "Precisielaswerk voor de hightech-industrie: jouw naad moet perfect zijn.",
        "Je last roestvaststaal en aluminium voor frames die in chipmachines en medische apparatuur terechtkomen. We investeren in je certificaten.",
    ),
    "Werkvoorbereider": (
        "Jij vertaalt de wens van de klant naar een plan voor de werkplaats.",
        "Je maakt werktekeningen en planningen, bestelt materialen en bent het aanspreekpunt voor monteurs en klanten. Je denkt vooruit, zodat de werkplaats niet hoeft te wachten.",
    ),
    "Leerling-monteur (BBL)": (
        "Het vak leren naast een ervaren monteur, met salaris.",
        "Je werkt vier dagen in de werkplaats en gaat één dag naar school. Je bouwt vanaf de eerste week mee aan echte machines.",
    ),
    "Afstudeerstage werktuigbouwkunde": (
        "Graduate on a real design problem, with a team that uses your result.",
        "Je ontwerpt een verbetering aan een bestaande machine, van berekening tot prototype, met begeleiding van onze engineers.",
    ),
    "Junior developer": (
        "Bouw software die fabrieken en zorginstellingen slimmer maakt.",
        "Je werkt in een team van zes aan een platform dat sensordata uit fabrieken verwerkt. We code in Python and TypeScript, review everything together and deploy daily.",
    ),
    "Systeembeheerder": (
        "Jij zorgt dat tweehonderd mkb-bedrijven in de regio zorgeloos kunnen werken.",
        "Je beheert servers, netwerken en cloudomgevingen, lost storingen op en adviseert klanten over veiligheid. Je hebt een vaste groep klanten die je goed leert kennen.",
    ),
    "Data-analist": (
        "Turn machine data into decisions that save energy and material.",
        "Je analyseert data uit productielijnen, bouwt dashboards en modellen en presenteert je bevindingen aan de mensen op de vloer. Onderzoekservaring is welkom.",
    ),
    "Stage software development": (
        "Een stage waarin je code echt in productie gaat.",
        "Je werkt mee aan een app voor onderhoudsmonteurs en krijgt een vaste buddy uit het developmentteam.",
    ),
    "Zelfstandig werkend kok": (
        "Koken met streekproducten, met uitzicht op de jachthaven.",
        "Je bereidt gerechten met asperges, Limburgse vlaai en vis uit de Maas, stelt mee de kaart samen en begeleidt leerlingen in de keuken.",
    ),
    "Medewerker receptie": (
        "Het eerste gezicht van het park, voor gasten uit heel Europa.",
        "Je ontvangt gasten, helpt met hun vragen en tips voor de omgeving en handelt boekingen af. German or English is a plus; weekends op rooster.",
    ),
    "Evenementencoördinator": (
        "Van bedrijfsfeest tot modeshow: jij maakt het plan en zorgt dat het klopt.",
        "Je begeleidt evenementen van offerte tot afbouw, stuurt leveranciers aan en bent op de dag zelf het aanspreekpunt.",
    ),
    "Stage hospitality": (
        "Een stage in alle onderdelen van een groot vakantiepark.",
        "Je draait mee op de receptie, in de bediening en bij de animatie, en kiest daarna je eigen project.",
    ),
    "Docent techniek": (
        "Leer de vakmensen van morgen hun vak, met de nieuwste machines in het lokaal.",
        "Je geeft les in werktuigbouw en mechatronica aan mbo-studenten, begeleidt stages en houdt contact met de bedrijven in de regio. Zij-instromers krijgen een pedagogische opleiding.",
    ),
    "Instructeur praktijkopleiding": (
        "Vakman of vakvrouw? Geef je kennis door in de praktijkhal.",
        "Je begeleidt studenten en zij-instromers bij het lassen, frezen en monteren, in kleine groepen en met veel persoonlijke aandacht.",
    ),
    "Onderwijsassistent": (
        "Jij bent de extra handen en ogen in de klas.",
        "Je helpt leerlingen individueel of in groepjes, bereidt lessen voor met de leerkracht en begeleidt uitstapjes.",
    ),
    "Stage onderwijsassistent": (
        "Stage lopen op een basisschool waar elke dag anders is.",
        "Je draait mee in groep 3 tot 8, geeft zelf kleine lessen en krijgt wekelijks feedback van je begeleider.",
    ),
    "Projectleider verduurzaming": (
        "Maak zeshonderd huurwoningen per jaar klaar voor de toekomst.",
        "Je leidt projecten voor isolatie, zonnepanelen en warmtepompen, van aanbesteding tot oplevering, en houdt bewoners op de hoogte.",
    ),
    "Opzichter onderhoud": (
        "Jij houdt toezicht op de kwaliteit van ons onderhoud, in de wijk.",
        "Je inspecteert woningen, maakt opnames en controleert het werk van aannemers. Je bent veel buiten en bij bewoners thuis.",
    ),
    "Wijkconsulent": (
        "Het aanspreekpunt voor bewoners in Roerdalen, van buurtfeest tot burenruzie.",
        "Je kent je wijk, signaleert problemen vroeg en werkt samen met de gemeente, de politie en de zorg.",
    ),
}

# What every employer offers, in different words; one per career, by number
OFFERS = [
    "Wat we bieden: een inwerkprogramma met een vaste buddy, ruimte om door te leren en collega's die je helpen.",
    "Je krijgt een goed salaris, een eindejaarsuitkering, een fiets- of reiskostenvergoeding en een opleidingsbudget.",
    "We werken dichtbij huis: de meeste collega's fietsen naar het werk. Je krijgt flexibele uren en een eigen opleidingsplan.",
    "Een informele werkplek waar je snel verantwoordelijkheid krijgt, met een cao, pensioen en volop doorgroeimogelijkheden.",
    "Naast je salaris krijg je een e-bike van de zaak als je binnen vijftien kilometer woont, en tijd om je vak bij te houden.",
]

# Study routes: (introduction, what the programme is like)
STUDY_COPY = {
    "Mbo Procestechniek": (
        "Je leert installaties bedienen en bewaken in de chemie en de voedingsindustrie.",
        "Stages lopen bij bedrijven aan de Maas; veel studenten krijgen daar een baan.",
    ),
    "Hbo Verpleegkunde (deeltijd)": (
        "Verpleegkundige worden naast je werk of gezin.",
        "Je studeert twee avonden per week en brengt je praktijk mee in de les.",
    ),
    "Mbo Logistiek teamleider": (
        "Je leert plannen, mensen aansturen en processen verbeteren in een distributiecentrum.",
        "Vaak te combineren met een baan in de logistiek.",
    ),
    "Mbo Mechatronica": (
        "Mechanica, elektronica en software in één opleiding: je bouwt en onderhoudt de machines van morgen.",
        "",
    ),
    "Associate degree Software Development": (
        "In twee jaar word je developer, met een praktijkproject bij een softwarebedrijf in de regio.",
        "Daarna kun je doorstromen naar de bachelor.",
    ),
    "Mbo Zelfstandig werkend kok": (
        "Koken met Limburgse producten, in de schoolkeuken en in restaurants in de regio, van de Maasplassen tot de binnenstad van Roermond.",
        "",
    ),
    "Hbo Pedagogiek": (
        "Je leert kinderen en jongeren begeleiden in het onderwijs, de jeugdzorg of de kinderopvang, met stages in de regio.",
        "",
    ),
    "Vmbo-route Zorg en welzijn": (
        "Een doorlopende route van vmbo naar mbo in de zorg: je maakt in het derde jaar al kennis met de praktijk.",
        "",
    ),
}
