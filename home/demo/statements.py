"""The demo's privacy and accessibility statements: what Regio really processes, and how long."""

import datetime

PRIVACY_INTRO = (
    "Regio Midden-Limburg verwerkt zo min mogelijk persoonsgegevens. Hier staat welke gegevens we gebruiken, "
    "waarvoor, hoe lang we ze bewaren en wat je rechten zijn."
)

PRIVACY = [
    ("heading", "Aanmelden voor een evenement"),
    (
        "paragraph",
        "<p>Als je je aanmeldt, bewaren we je naam, e-mailadres, postcode (om te tellen hoeveel bezoekers uit de "
        "regio komen), de doelgroep die je kiest, je antwoorden op eventuele vragen en het moment waarop je "
        "toestemming gaf. We gebruiken ze alleen voor dat evenement: de bevestiging, een herinnering en je "
        "toegangsbewijs. <b>30 dagen na het evenement</b> wissen we naam, e-mailadres, postcode en antwoorden; "
        "alleen anonieme aantallen blijven over. Met de link in je bevestiging meld je je af; vraag ons gerust om "
        "je gegevens eerder te wissen.</p>",
    ),
    ("heading", "Vacaturealert"),
    (
        "paragraph",
        "<p>Voor een vacaturealert bewaren we alleen je e-mailadres en je zoekopdracht. Bevestig je de alert niet, "
        "dan wissen we je adres na <b>7 dagen</b>. Afmelden kan met één klik onder elke e-mail; dan wissen we alles "
        "direct.</p>",
    ),
    ("heading", "Interviews en toestemming"),
    (
        "paragraph",
        "<p>Mensen die we interviewen staan met naam, functie en werkgever in hun interview, alleen met hun "
        "toestemming. Die toestemming geldt voor een vaste periode (standaard twee jaar) en kan altijd worden "
        "ingetrokken; het interview gaat dan direct offline. Het e-mailadres dat we voor de toestemmingslink "
        "gebruiken, wissen we zodra de toestemming is gegeven of ingetrokken, of de link is verlopen.</p>",
    ),
    ("heading", "Bezoekcijfers zonder cookies"),
    (
        "paragraph",
        "<p>We tellen bezoeken zonder cookies en zonder je IP-adres op te slaan. We bewaren welke pagina werd "
        "bekeken, wanneer, via welke campagne of website, op wat voor apparaat en in welke taal. Om unieke "
        "bezoekers per dag te tellen maken we een code van een geheime sleutel van die dag, je IP-adres en je "
        "browser; de sleutel wissen we na 48 uur, zodat niemand die code daarna nog naar jou kan herleiden. Met "
        "'Do Not Track' of 'Global Privacy Control' aan tellen we je helemaal niet. Klikken op 'Solliciteer' "
        "tellen we zonder iets over jou te bewaren.</p>",
    ),
    ("heading", "Onderzoek"),
    (
        "paragraph",
        "<p>Onze enquête is anoniem: we bewaren geen naam en van je postcode alleen of die in de regio ligt. Je "
        "e-mailadres bewaren we alleen als je om de uitkomsten vraagt, en hooguit een jaar.</p>",
    ),
    ("heading", "Je rechten"),
    (
        "paragraph",
        "<p>Je mag je gegevens inzien, laten verbeteren of laten wissen. Mail ons via het adres onderaan deze "
        "pagina; we antwoorden binnen vier weken. Een klacht kun je ook indienen bij de Autoriteit "
        "Persoonsgegevens.</p>",
    ),
]

ACCESSIBILITY_INTRO = (
    "We willen dat iedereen deze website kan gebruiken, ook met een schermlezer, alleen een toetsenbord of "
    "een vergrote weergave."
)

ACCESSIBILITY = [
    ("heading", "Wat we doen"),
    (
        "paragraph",
        "<p>De website volgt de richtlijnen WCAG 2.1 op niveau AA. Elke pagina wordt bij elke wijziging "
        "automatisch getest met axe-core; kleuren hebben voldoende contrast, afbeeldingen hebben een "
        "beschrijving en formulieren zeggen duidelijk wat er mis is. Alles werkt ook zonder JavaScript.</p>",
    ),
    ("heading", "Wat nog niet goed is"),
    (
        "paragraph",
        "<p>Posters in pdf zijn bedoeld om te printen; dezelfde feiten staan als tekst op de website. Loop je "
        "tegen iets aan? Laat het ons weten via het adres onderaan deze pagina, dan lossen we het op.</p>",
    ),
]


def blocks(items):
    return [
        {"type": "heading", "value": {"text": value, "level": "h2"}}
        if kind == "heading"
        else {"type": kind, "value": value}
        for kind, value in items
    ]


def create(home):
    """(privacy page, accessibility page) under ``home``; existing ones are kept."""
    from home.models import ContentPage

    made = []
    for slug, title, intro, items in (
        ("privacy", "Privacyverklaring", PRIVACY_INTRO, PRIVACY),
        ("toegankelijkheid", "Toegankelijkheidsverklaring", ACCESSIBILITY_INTRO, ACCESSIBILITY),
    ):
        page = ContentPage.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            page = ContentPage(
                title=title,
                slug=slug,
                introduction=intro,
                body=blocks(items),
                last_reviewed=datetime.date(2026, 11, 1),
                search_description=intro[:160],
            )
            home.add_child(instance=page)
            page.save_revision().publish()
        made.append(page)
    return made
