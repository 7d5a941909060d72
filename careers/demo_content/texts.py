"""What each demo role and study route is about: the copy of the career pages."""

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
