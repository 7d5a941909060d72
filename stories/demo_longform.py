"""The rest of each demo story: sections that make the stories long enough to read. People are fictional."""

# story title: [(section heading, [paragraphs])]
MORE = {
    "Een raceauto gebouwd door 25 bedrijven": [
        (
            "Van servet tot circuit",
            [
                "De eerste maanden gingen op aan rekenen en tekenen. Het team wilde een auto die niet alleen snel was, maar ook te repareren met wat er in de regio voorhanden is. Dat dwong de studenten om bedrijven te bellen die ze nog nooit hadden gehoord: een plaatwerker in Echt, een kunststofspuiter in Weert, een softwarebedrijf dat normaal productielijnen aanstuurt.",
                "Bijna iedereen zei ja. 'We kregen niet alleen onderdelen, we kregen een vakman erbij', vertelt Daan. Een lasser van zestig nam op zaterdagen studenten mee de werkplaats in. Een ingenieur van een machinebouwer keek wekelijks mee naar de ophanging.",
            ],
        ),
        (
            "Wat het de bedrijven oplevert",
            [
                "Voor de bedrijven is het project een manier om jong talent te leren kennen voordat de arbeidsmarkt dat doet. Drie studenten kregen een stageplek, twee anderen een bijbaan. En de auto zelf staat nu een maand per bedrijf in de hal, als gespreksstof voor klanten en sollicitanten.",
                "Volgend seizoen bouwt het team een tweede auto, lichter en met een accu die in Limburg wordt gerecycled. Er hebben zich al acht nieuwe bedrijven gemeld.",
            ],
        ),
    ],
    "Werken en studeren: de duale bachelor": [
        (
            "Drie dagen werk, twee dagen les",
            [
                "Noor Verheijen begint haar maandag in de fabriek, bij de planning van een producent van verpakkingsmachines. Donderdag en vrijdag zit ze in de collegebanken. 'Wat ik op maandag zie, komt op donderdag terug in de les. En andersom: wat ik leer over lean werken, probeer ik de week erna uit.'",
                "Ze verdient een salaris, bouwt pensioen op en heeft geen studieschuld. Dat laatste was voor haar ouders doorslaggevend. 'Ik ben de eerste in mijn familie die gaat studeren. Een lening van veertigduizend euro was voor ons geen optie.'",
            ],
        ),
        (
            "Voor werkgevers: binden vanaf dag één",
            [
                "Werkgevers betalen het salaris en krijgen er een medewerker voor terug die elk jaar meer kan. De hogeschool zorgt voor begeleiding op de werkplek en een vaste contactpersoon. Vooral kleinere bedrijven, die geen eigen traineeship hebben, melden zich aan.",
                "Wie wil instromen, kan zich tot 1 mei aanmelden. Eerst volgt een kennismaking met drie bedrijven; het bedrijf en de student kiezen elkaar.",
            ],
        ),
    ],
    "Zorg op afstand vanuit Roermond": [
        (
            "Een nacht in het telezorgcentrum",
            [
                "Om tien uur 's avonds begint de dienst van Fatima Ouali. Ze logt in, leest de overdracht en kijkt welke cliënten die dag onrustig waren. Om half twaalf komt de eerste melding: mevrouw Smeets, 87, is uit bed en loopt naar de keuken. Een sensor in de gang ziet dat ze niet terugkomt.",
                "Fatima belt via het scherm in de woonkamer. Mevrouw Smeets blijkt thee te zetten omdat ze niet kan slapen. Ze praten tien minuten. 'Zonder deze techniek was er een wijkverpleegkundige twintig minuten heen gereden. Nu kon die bij iemand blijven die haar écht nodig had.'",
            ],
        ),
        (
            "Nieuw werk, dichtbij huis",
            [
                "Het centrum groeide in drie jaar van vier naar dertig medewerkers. Er werken verpleegkundigen, maar ook technici die de sensoren onderhouden en data-analisten die zien wanneer iemand vaker valt dan vroeger. Veel van hen woonden al in de regio en werkten eerder in Eindhoven of Venlo.",
                "Wie wil overstappen, kan via een leerwerktraject instromen. Zorgervaring is welkom, maar niet nodig: het centrum leidt zelf op.",
            ],
        ),
    ],
    "Street art op oude fabrieksmuren": [
        (
            "Hoe het begon",
            [
                "Kim Vossen zag vijf jaar geleden een lege fabrieksmuur aan de rand van het centrum van Echt en dacht: daar moet iets op. Ze schreef drie kunstenaars aan die ze kende van festivals in Gent en Keulen. Een woningcorporatie betaalde de hoogwerker, de gemeente de verf.",
                "Het eerste jaar kwamen er vierhonderd bezoekers. Vorig jaar waren het er achtduizend, uit Nederland, België en Duitsland. Restaurants in de binnenstad draaien dat weekend hun beste omzet van het jaar.",
            ],
        ),
        (
            "Jongeren maken het festival",
            [
                "Achter de schermen werken tachtig vrijwilligers, de helft jonger dan vijfentwintig. Ze bouwen steigers, regelen de social media en begeleiden de kunstenaars. Voor een aantal van hen werd het een beroep: twee vrijwilligers van het eerste uur werken nu bij een evenementenbureau in Roermond.",
                "De muren blijven jaren staan. Een wandelroute langs alle werken begint bij het station en duurt ruim een uur.",
            ],
        ),
    ],
    "Van de Maasplassen naar je werk in tien minuten": [
        (
            "Vijf uur per week terug",
            [
                "Bas Custers rekende het na: vijf uur per week zat hij in de auto naar Eindhoven. 'Dat is een werkdag per twee weken. Een werkdag waarin ik niets deed behalve naar remlichten kijken.' Toen een machinebouwer in Roermond een werkvoorbereider zocht, twijfelde hij niet lang.",
                "Hij verdient iets minder, maar geeft ook minder uit: geen tweede auto meer, minder brandstof, minder opvang. 'Onder de streep scheelt het weinig. Boven de streep scheelt het alles.'",
            ],
        ),
        (
            "Niet alleen Bas",
            [
                "Uit cijfers van de regio blijkt dat steeds meer uitpendelaars overstappen. Vaak is een verhuizing de aanleiding, of de geboorte van een kind. Werkgevers spelen daarop in met flexibele uren en een fietsregeling: wie binnen vijftien kilometer woont, kan met een e-bike van de zaak komen.",
                "Kijk je zelf rond? Op de banenpagina kun je zoeken op afstand tot je postcode en een alert instellen voor nieuwe vacatures dichtbij.",
            ],
        ),
    ],
    "De logistieke draaischijf langs de A73": [
        (
            "Van orderpicker tot planner",
            [
                "Yusuf Demir kwam acht jaar geleden binnen via een uitzendbureau. Hij pakte dozen in een distributiecentrum voor sportkleding. 'Ik was snel en ik stelde vragen. Waarom gaat deze vrachtwagen om vier uur en niet om drie?' Een teamleider zag het en stelde hem voor aan de planning.",
                "Nu plant hij de routes van zestig vrachtwagens door heel Europa. Het bedrijf betaalde zijn mbo-opleiding logistiek teamleider, in de avonduren. 'Ik had nooit gedacht dat ik nog eens zou studeren. Nu denk ik aan het hbo.'",
            ],
        ),
        (
            "Werk dat verandert",
            [
                "In de nieuwste hallen rijden robots de stellingen naar de mensen toe, in plaats van andersom. Dat vraagt ander werk: monteurs die de systemen onderhouden, analisten die de stromen verbeteren, teamleiders die mensen en machines laten samenwerken.",
                "De logistieke bedrijven in de regio werken samen met Gilde Opleidingen aan korte opleidingen voor zij-instromers. Wie wil beginnen, hoeft geen ervaring te hebben: een open blik en een rijbewijs helpen wel.",
            ],
        ),
    ],
    "Open bedrijvendag trekt 4.000 bezoekers": [
        (
            "Achter de schermen",
            [
                "Bij een chemiebedrijf aan de Maas stonden de hele dag rijen voor de rondleiding door het laboratorium. Kinderen mochten zelf een kunststof maken die van kleur verandert in de zon. Bij een bouwer van voedingsmachines konden bezoekers zelf een robotarm programmeren.",
                "Ouders kwamen net zo vaak met vragen als hun kinderen. 'Mijn dochter twijfelt tussen zorg en techniek', zei een moeder uit Leudal. 'Hier zag ze dat je in de techniek ook met mensen werkt.'",
            ],
        ),
        (
            "Wat de dag opleverde",
            [
                "De deelnemende bedrijven ontvingen samen ruim honderdvijftig sollicitaties en stage-aanvragen in de weken erna. Veertig bezoekers meldden zich aan voor de vacaturealert van de regio.",
                "De volgende open bedrijvendag is in het najaar. Bedrijven die mee willen doen, kunnen zich melden bij het regioteam.",
            ],
        ),
    ],
    "Wonen in een monument in Thorn": [
        (
            "Het witte stadje",
            [
                "Thorn staat bekend om zijn witte huizen en kasseienstraten. Wie er wil wonen, moet geduld hebben: te koop staat er weinig. Maar wie er woont, wil niet meer weg. De bewoners organiseren zelf concerten in de abdijkerk en onderhouden samen de tuinen.",
                "Voor jonge gezinnen is het verrassend betaalbaar. Een rijtjeshuis in het oude centrum kost minder dan een appartement in Eindhoven. Wel horen er regels bij: kozijnen in de juiste kleur, zonnepanelen uit het zicht.",
            ],
        ),
        (
            "Werk op fietsafstand",
            [
                "Vanuit Thorn fiets je in twintig minuten naar Roermond of Weert, langs de Maasplassen. Wie met de trein naar Eindhoven wil, stapt in Roermond of Weert op. 'Ik werk drie dagen thuis en twee dagen in Weert', zegt bewoonster Iris. 'Op de thuiswerkdagen loop ik in de lunchpauze een rondje om het Vijverpark.'",
            ],
        ),
    ],
    "Kunststof uit Weert gaat de wereld over": [
        (
            "Recyclen begint bij het ontwerp",
            [
                "In het lab van een materiaalbedrijf in Weert liggen tientallen bakjes met korrels in alle kleuren. Het zijn proeven voor een verpakking die na gebruik volledig opnieuw te gebruiken is. Het bedrijf levert aan autofabrikanten in Duitsland en levensmiddelenproducenten in heel Europa.",
                "De vraag groeit zo snel dat het bedrijf dit jaar veertig mensen zoekt: procesoperators, laboranten, maar ook mensen die nooit in de chemie werkten. 'Wie nauwkeurig werkt en nieuwsgierig is, leren wij de rest', zegt de productiemanager.",
            ],
        ),
        (
            "Leren in de fabriek",
            [
                "Samen met Gilde Opleidingen biedt het bedrijf een bbl-traject Procestechniek aan. Je werkt vier dagen en gaat één dag naar school, met een salaris vanaf de eerste dag. Na twee jaar heb je een mbo-diploma en een vaste baan.",
            ],
        ),
    ],
    "De Groote Peel als buitenkantoor": [
        (
            "Vergaderen op de heide",
            [
                "Een softwarebedrijf uit Nederweert houdt zijn maandoverleg niet meer in een zaal, maar op een wandelroute door Nationaal Park De Groote Peel. 'Lopend praat je anders', zegt oprichter Milan. 'Minder slides, meer ideeën.'",
                "Het park ligt op tien minuten van het bedrijventerrein. In het voorjaar lopen de medewerkers langs de kraanvogels, in de zomer langs bloeiende heide. Nieuwe collega's noemen het vaak als reden om te solliciteren.",
            ],
        ),
        (
            "Ruimte als reden",
            [
                "Voor bedrijven in de regio is de natuur een argument om talent te trekken. Wie uit de Randstad komt, ziet huizen met een tuin en een natuurgebied om de hoek. Het regioteam nam de wandelroute op in de rondleiding voor nieuwe internationale medewerkers.",
            ],
        ),
    ],
    "Techniek kiezen op het vmbo": [
        (
            "Eerst doen, dan kiezen",
            [
                "Op een vmbo in Roermond draaien tweedejaars elke vrijdag een dag mee in het techniekhuis. Ze lassen, programmeren een machine en bouwen een elektrische kart. Pas daarna kiezen ze een profiel.",
                "Het werkt: het aantal leerlingen dat voor techniek kiest, steeg in vier jaar met een derde. Meisjes kiezen vaker dan vroeger voor techniek, vooral als ze een vrouwelijke vakvrouw hebben ontmoet.",
            ],
        ),
        (
            "Ouders kijken mee",
            [
                "Twee keer per jaar zijn de ouders welkom in het techniekhuis. Ze zien wat hun kind maakt en praten met werkgevers over de banen die het oplevert. 'Veel ouders denken bij techniek nog aan vieze handen', zegt docent Ruben. 'Dan laten we ze een cleanroom zien.'",
            ],
        ),
    ],
    "Samen aan de slag met nieuwe werkgevers": [
        (
            "Een warme overstap",
            [
                "Wie zijn baan verliest of een nieuwe richting zoekt, staat er in Midden-Limburg niet alleen voor. Gemeenten, het UWV en werkgevers werken samen in een regionaal werkcentrum. Daar maak je in één middag kennis met vijf bedrijven die mensen zoeken en willen opleiden.",
                "Een van hen is Femke, die twintig jaar in een winkel werkte. Na een ochtend meelopen in een zorgcentrum besloot ze de opleiding tot helpende te volgen, met een baan erbij. 'Ik dacht dat ik te oud was om nog iets nieuws te leren. Niemand hier dacht dat.'",
            ],
        ),
    ],
}
