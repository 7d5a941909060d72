"""The written English and German texts of the demo's translated pages (home/demo/translations.py)."""


def _body(*paragraphs):
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


INDEXES = {
    "stories.StoryIndexPage": {
        "en": {
            "title": "Stories",
            "slug": "stories",
            "introduction": "People who work, learn and live in Midden-Limburg.",
        },
        "de": {
            "title": "Geschichten",
            "slug": "geschichten",
            "introduction": "Menschen, die in Midden-Limburg arbeiten, lernen und leben.",
        },
    },
    "careers.CareerIndexPage": {
        "en": {
            "title": "Work and learn",
            "slug": "work-and-learn",
            "introduction": "Vacancies, internships and study routes in Midden-Limburg. Most are published in Dutch; "
            "the English-friendly filter shows where you are welcome without Dutch.",
            "alert_intro": "Get an e-mail every week with new vacancies, internships and courses for this search.",
        },
        "de": {
            "title": "Arbeiten und lernen",
            "slug": "arbeiten-und-lernen",
            "introduction": "Stellen, Praktika und Ausbildungswege in Midden-Limburg. Die meisten sind auf "
            "Niederländisch veröffentlicht; der Filter „English-friendly“ zeigt, wo Englisch genügt.",
            "alert_intro": "Erhalte jede Woche eine E-Mail mit neuen Stellen, Praktika und Ausbildungen zu dieser Suche.",
        },
    },
    "events.EventIndexPage": {
        "en": {"title": "Events", "slug": "events", "introduction": "Job fairs, open days and webinars in the region."},
        "de": {
            "title": "Veranstaltungen",
            "slug": "veranstaltungen",
            "introduction": "Jobmessen, Tage der offenen Tür und Webinare in der Region.",
        },
    },
}

STORIES = {
    "een-raceauto-gebouwd-door-25-bedrijven": {
        "en": (
            "A race car built by 25 companies",
            "race-car-built-by-25-companies",
            "Students of the regional racing team built their electric car with 25 local companies, from milling to software.",
            "Every part came from within thirty kilometres. The students learned what the companies do; the companies met their future colleagues.",
        ),
        "de": (
            "Ein Rennwagen, gebaut von 25 Unternehmen",
            "rennwagen-gebaut-von-25-unternehmen",
            "Studierende des regionalen Rennteams bauten ihr Elektroauto mit 25 Firmen aus der Region, vom Fräsen bis zur Software.",
            "Jedes Teil kam aus einem Umkreis von dreißig Kilometern. Die Studierenden lernten die Firmen kennen, die Firmen ihre künftigen Kollegen.",
        ),
    },
    "werken-en-studeren-de-duale-bachelor": {
        "en": (
            "Work and study: the dual bachelor",
            "work-and-study-the-dual-bachelor",
            "From the second year, students work three days a week at a regional company and graduate with a degree and work experience.",
            "Tuition is often paid by the employer, and most graduates stay with the company that trained them.",
        ),
        "de": (
            "Arbeiten und studieren: der duale Bachelor",
            "arbeiten-und-studieren-der-duale-bachelor",
            "Ab dem zweiten Jahr arbeiten Studierende drei Tage pro Woche in einem regionalen Betrieb und schließen mit Diplom und Berufserfahrung ab.",
            "Die Studiengebühren zahlt oft der Arbeitgeber, und die meisten Absolventen bleiben im Betrieb, der sie ausgebildet hat.",
        ),
    },
    "zorg-op-afstand-vanuit-roermond": {
        "en": (
            "Care at a distance from Roermond",
            "care-at-a-distance-from-roermond",
            "In the telecare centre, nurses keep an eye on hundreds of older people living at home through the night.",
            "Sensors and video calls let them help quickly, and send a colleague only when it is needed.",
        ),
        "de": (
            "Pflege aus der Ferne in Roermond",
            "pflege-aus-der-ferne-in-roermond",
            "Im Telepflegezentrum behalten Pflegekräfte nachts Hunderte ältere Menschen im Blick, die zu Hause wohnen.",
            "Sensoren und Videoanrufe ermöglichen schnelle Hilfe; ein Kollege fährt nur hin, wenn es nötig ist.",
        ),
    },
    "van-de-maasplassen-naar-je-werk-in-tien-minuten": {
        "en": (
            "From the Maas lakes to work in ten minutes",
            "from-the-maas-lakes-to-work-in-ten-minutes",
            "Whoever works in Midden-Limburg often lives within cycling distance. Five commuters tell what that gives them.",
            "More time with the children, a swim before work and no traffic jams: they would not trade it for the Randstad.",
        ),
        "de": (
            "Von den Maasseen in zehn Minuten zur Arbeit",
            "von-den-maasseen-in-zehn-minuten-zur-arbeit",
            "Wer in Midden-Limburg arbeitet, wohnt oft in Radentfernung. Fünf Pendler erzählen, was ihnen das bringt.",
            "Mehr Zeit mit den Kindern, morgens schwimmen und kein Stau: Sie würden es gegen keine Großstadt tauschen.",
        ),
    },
    "de-logistieke-draaischijf-langs-de-a73": {
        "en": (
            "The logistics hub along the A73",
            "the-logistics-hub-along-the-a73",
            "Distribution centres in Roermond and Echt are looking for planners, drivers and data analysts. Those who start can grow quickly.",
            "Between Rotterdam, Antwerp and the Ruhr area, goods for half of Europe pass through the region every day.",
        ),
        "de": (
            "Die Logistikdrehscheibe an der A73",
            "die-logistikdrehscheibe-an-der-a73",
            "Logistikzentren in Roermond und Echt suchen Disponenten, Fahrer und Datenanalysten. Wer einsteigt, kann schnell aufsteigen.",
            "Zwischen Rotterdam, Antwerpen und dem Ruhrgebiet gehen täglich Waren für halb Europa durch die Region.",
        ),
    },
}

EVENTS = {
    "banenmarkt-zorg-en-welzijn": {
        "en": (
            "Healthcare and welfare job fair",
            "healthcare-and-welfare-job-fair",
            "Meet hospitals, home care and youth care from the region and talk to the people you would work with.",
        ),
        "de": (
            "Jobmesse Pflege und Soziales",
            "jobmesse-pflege-und-soziales",
            "Lernen Sie Krankenhäuser, ambulante Pflege und Jugendhilfe aus der Region kennen und sprechen Sie mit künftigen Kollegen.",
        ),
    },
    "open-bedrijvendag-maakindustrie": {
        "en": (
            "Open day in manufacturing",
            "open-day-in-manufacturing",
            "Look behind the scenes at factories and workshops across Midden-Limburg, with tours for families and pupils.",
        ),
        "de": (
            "Tag der offenen Tür in der Industrie",
            "tag-der-offenen-tuer-in-der-industrie",
            "Blicken Sie hinter die Kulissen von Fabriken und Werkstätten in Midden-Limburg, mit Führungen für Familien und Schüler.",
        ),
    },
    "talent-thuiskomavond": {
        "en": (
            "Talent homecoming evening",
            "talent-homecoming-evening",
            "Grew up here and working elsewhere? Come home for Christmas and hear what the region offers you now.",
        ),
        "de": (
            "Heimkehrabend für Talente",
            "heimkehrabend-fuer-talente",
            "Hier aufgewachsen und anderswo tätig? Kommen Sie zu Weihnachten nach Hause und hören Sie, was die Region Ihnen heute bietet.",
        ),
    },
}

POSTER = {
    "en": {
        "title": "Midden-Limburg in facts",
        "slug": "midden-limburg-in-facts",
        "introduction": "The region in figures, each with its source and year.",
    },
    "de": {
        "title": "Midden-Limburg in Fakten",
        "slug": "midden-limburg-in-fakten",
        "introduction": "Die Region in Zahlen, jede mit Quelle und Jahr.",
    },
}


HOME = {
    "en": {
        "title": "Midden-Limburg",
        "hero_heading": "Room to grow",
        "hero_link_label": "Discover our story",
        "core_messages_heading": "What we stand for",
        "introduction": (
            "Work with impact, a home you can afford and the Maas on your doorstep: Midden-Limburg, "
            "between Eindhoven, Düsseldorf and Maastricht, has room for your talent."
        ),
    },
    "de": {
        "title": "Midden-Limburg",
        "hero_heading": "Raum zum Wachsen",
        "hero_link_label": "Entdecken Sie unsere Geschichte",
        "core_messages_heading": "Wofür wir stehen",
        "introduction": (
            "Arbeit mit Wirkung, bezahlbares Wohnen und die Maas vor der Haustür: Midden-Limburg, "
            "zwischen Eindhoven, Düsseldorf und Maastricht, hat Raum für Ihr Talent."
        ),
    },
}

STORY = {
    "en": {
        "title": "Our story",
        "slug": "our-story",
        "introduction": (
            "Midden-Limburg is the green heart of Limburg: a river landscape with lakes, historic towns "
            "and a strong manufacturing, logistics and care economy."
        ),
        "body": [
            ("heading", {"text": "A region that makes things", "level": "h2"}),
            (
                "paragraph",
                "<p>From chemistry on the Maas to the distribution centres along the A2, companies here make "
                "and move what the rest of Europe uses. They are looking for people who want to build "
                "something, and they offer room to grow.</p>",
            ),
            ("heading", {"text": "Room to live", "level": "h2"}),
            (
                "paragraph",
                "<p>Houses cost less than in the Randstad, the Maasplassen are a bike ride away, and "
                "Roermond, Weert and Venlo have everything a city needs without the traffic jams.</p>",
            ),
        ],
    },
    "de": {
        "title": "Unsere Geschichte",
        "slug": "unsere-geschichte",
        "introduction": (
            "Midden-Limburg ist das grüne Herz Limburgs: eine Flusslandschaft mit Seen, historischen "
            "Städten und einer starken Industrie, Logistik und Pflege."
        ),
        "body": [
            ("heading", {"text": "Eine Region, die anpackt", "level": "h2"}),
            (
                "paragraph",
                "<p>Von der Chemie an der Maas bis zu den Logistikzentren an der A2: Unternehmen hier "
                "stellen her und bewegen, was Europa braucht. Sie suchen Menschen, die etwas aufbauen "
                "wollen, und bieten Raum zum Wachsen.</p>",
            ),
            ("heading", {"text": "Raum zum Leben", "level": "h2"}),
            (
                "paragraph",
                "<p>Wohnen kostet weniger als in der Randstad, die Maasplassen sind eine Radtour entfernt, "
                "und Roermond, Weert und Venlo bieten alles, was eine Stadt braucht, ohne Stau.</p>",
            ),
        ],
    },
}
