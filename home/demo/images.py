"""Campaign-style demo images drawn with Pillow: no downloads, same result every run."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageOps

from home.demo.people import SIZE, _care, _festival, _person, _workshop


def _lerp(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def _sky(draw, top, bottom):
    width, height = SIZE
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_lerp(top, bottom, y / height))


def _ridge(rng, base, amplitude, roughness):
    """Points of a hill line across the image."""
    width, _ = SIZE
    phase = rng.random() * 6
    points = []
    for x in range(0, width + 20, 20):
        y = base + amplitude * math.sin(x / (260 + roughness) + phase) + rng.uniform(-roughness, roughness) * 0.2
        points.append((x, y))
    return points


def _hills(draw, rng, colours, start):
    width, height = SIZE
    for i, colour in enumerate(colours):
        ridge = _ridge(rng, start + i * 70, 40 - i * 6, 30)
        draw.polygon(ridge + [(width, height), (0, height)], fill=colour)


def _tower(draw, x, ground, colour, height=260):
    draw.rectangle([x, ground - height, x + 46, ground], fill=colour)
    draw.polygon([(x - 6, ground - height), (x + 23, ground - height - 120), (x + 52, ground - height)], fill=colour)


def _plant(draw, rng, ground, colour):
    x = 180
    while x < 1450:
        w = rng.randint(60, 150)
        h = rng.randint(80, 220)
        draw.rectangle([x, ground - h, x + w, ground], fill=colour)
        if rng.random() < 0.6:
            cx = x + w // 2
            ch = h + rng.randint(90, 220)
            draw.rectangle([cx - 9, ground - ch, cx + 9, ground], fill=colour)
        x += w + rng.randint(10, 40)


def _turbines(draw, rng, ground, colour):
    for x in (1050, 1230, 1400):
        top = ground - rng.randint(300, 380)
        draw.line([(x, ground), (x, top)], fill=colour, width=7)
        angle = rng.random() * math.tau
        for k in range(3):
            a = angle + k * math.tau / 3
            draw.line([(x, top), (x + 130 * math.cos(a), top + 130 * math.sin(a))], fill=colour, width=6)


def _campus(draw, rng, ground, colour, glass):
    x = 220
    while x < 1400:
        w = rng.randint(140, 260)
        h = rng.randint(160, 330)
        draw.rectangle([x, ground - h, x + w, ground], fill=colour)
        for wy in range(ground - h + 20, ground - 20, 34):
            for wx in range(x + 16, x + w - 24, 30):
                draw.rectangle([wx, wy, wx + 16, wy + 20], fill=glass)
        x += w + rng.randint(40, 90)


def _trees(draw, rng, ground, colour):
    for _ in range(40):
        x = rng.randint(-40, 1640)
        h = rng.randint(90, 220)
        y = ground + rng.randint(-20, 60)
        draw.polygon([(x, y - h), (x - h * 0.28, y), (x + h * 0.28, y)], fill=colour)


def _river(draw, colour):
    width, height = SIZE
    points_top = [(x, 690 + 25 * math.sin(x / 230)) for x in range(0, width + 40, 40)]
    points_bottom = [(x, 760 + 35 * math.sin(x / 200 + 1)) for x in range(width, -40, -40)]
    draw.polygon(points_top + points_bottom, fill=colour)


def _poplars(draw, rng, ground, colour, count=14):
    """Rows of poplars and round trees along the fields: the Maas valley's skyline."""
    for _ in range(count):
        x = rng.randint(-20, 1620)
        if rng.random() < 0.5:
            h = rng.randint(120, 200)
            draw.ellipse([x - 16, ground - h, x + 16, ground + 4], fill=colour)
        else:
            r = rng.randint(30, 55)
            draw.rectangle([x - 4, ground - r, x + 4, ground], fill=colour)
            draw.ellipse([x - r, ground - 2 * r - 20, x + r, ground - 20], fill=colour)


def _flatland(draw, rng, colours, start):
    """Flat fields with the faintest undulation: Midden-Limburg has no mountains."""
    width, height = SIZE
    for i, colour in enumerate(colours):
        y0 = start + i * 60
        points = [(x, y0 + 6 * math.sin(x / 300 + rng.random())) for x in range(0, width + 40, 40)]
        draw.polygon(points + [(width, height), (0, height)], fill=colour)


def _water(draw, top, colour, shine):
    width, height = SIZE
    draw.rectangle([0, top, width, height], fill=colour)
    for y in range(top + 12, height, 26):
        for x in range(((y * 7) % 90), width, 180):
            draw.line([(x, y), (x + 60, y)], fill=shine, width=3)


def _sailboat(draw, x, water, hull, sail):
    draw.polygon([(x - 50, water - 8), (x + 50, water - 8), (x + 34, water + 10), (x - 34, water + 10)], fill=hull)
    draw.line([(x, water - 8), (x, water - 140)], fill=hull, width=4)
    draw.polygon([(x + 4, water - 136), (x + 4, water - 16), (x + 70, water - 16)], fill=sail)
    draw.polygon([(x - 4, water - 110), (x - 4, water - 16), (x - 46, water - 16)], fill=sail)


def _reeds(draw, rng, ground, colour):
    for _ in range(160):
        x = rng.randint(0, 1600)
        h = rng.randint(30, 90)
        draw.line([(x, ground), (x + rng.randint(-8, 8), ground - h)], fill=colour, width=3)


def _gables(draw, rng, x, ground, colour, window, count):
    """A row of stepped-gable town houses."""
    for _ in range(count):
        w = rng.randint(70, 100)
        h = rng.randint(110, 170)
        draw.rectangle([x, ground - h, x + w, ground], fill=colour)
        steps = 3
        for k in range(steps):
            inset = (k + 1) * w / (2 * steps + 1)
            draw.rectangle([x + inset, ground - h - (k + 1) * 18, x + w - inset, ground - h], fill=colour)
        for wy in range(ground - h + 22, ground - 30, 42):
            draw.rectangle([x + 16, wy, x + 30, wy + 22], fill=window)
            draw.rectangle([x + w - 30, wy, x + w - 16, wy + 22], fill=window)
        x += w + 4
    return x


def _cathedral(draw, x, ground, colour):
    """A church with two slender towers and a dome, like the towns' historic centres."""
    draw.rectangle([x, ground - 190, x + 260, ground], fill=colour)
    draw.polygon([(x, ground - 190), (x + 130, ground - 260), (x + 260, ground - 190)], fill=colour)
    for tx in (x + 10, x + 205):
        draw.rectangle([tx, ground - 330, tx + 45, ground], fill=colour)
        draw.polygon([(tx - 4, ground - 330), (tx + 22, ground - 470), (tx + 49, ground - 330)], fill=colour)
    draw.ellipse([x + 95, ground - 330, x + 165, ground - 250], fill=colour)
    draw.rectangle([x + 127, ground - 360, x + 133, ground - 325], fill=colour)


def _bridge(draw, y, colour):
    width, _ = SIZE
    draw.rectangle([0, y - 14, width, y], fill=colour)
    for x in range(80, width, 260):
        draw.arc([x, y - 10, x + 260, y + 150], 180, 360, fill=colour, width=12)


def _warehouses(draw, rng, ground, colour, stripe):
    x = 120
    while x < 1500:
        w = rng.randint(260, 420)
        h = rng.randint(110, 160)
        draw.rectangle([x, ground - h, x + w, ground], fill=colour)
        draw.rectangle([x, ground - h, x + w, ground - h + 16], fill=stripe)
        for dx in range(x + 20, x + w - 50, 70):
            draw.rectangle([dx, ground - 60, dx + 46, ground], fill=_lerp(colour, (0, 0, 0), 0.25))
        x += w + rng.randint(40, 120)


def _truck(draw, x, ground, cab, trailer):
    draw.rectangle([x, ground - 90, x + 230, ground - 22], fill=trailer)
    draw.rectangle([x + 236, ground - 70, x + 300, ground - 22], fill=cab)
    draw.rectangle([x + 256, ground - 62, x + 292, ground - 44], fill=(200, 225, 240))
    for wx in (x + 30, x + 190, x + 270):
        draw.ellipse([wx - 16, ground - 38, wx + 16, ground - 6], fill=(30, 30, 36))


def _barge(draw, x, water, hull, boxes):
    draw.polygon([(x, water - 30), (x + 520, water - 30), (x + 490, water + 6), (x + 20, water + 6)], fill=hull)
    colours = [boxes, _lerp(boxes, (255, 255, 255), 0.35), _lerp(boxes, (0, 0, 0), 0.25)]
    for k in range(6):
        draw.rectangle([x + 30 + k * 70, water - 80, x + 94 + k * 70, water - 32], fill=colours[k % 3])
    draw.rectangle([x + 460, water - 90, x + 500, water - 30], fill=(240, 240, 240))


def _orchard(draw, rng, ground, trunk, leaves, fruit):
    for row in range(4):
        y = ground + row * 55
        scale = 0.7 + row * 0.22
        for x in range(-40 + row * 45, 1660, int(150 * scale)):
            r = int(46 * scale)
            draw.rectangle([x - 5, y - int(40 * scale), x + 5, y], fill=trunk)
            draw.ellipse([x - r, y - int(40 * scale) - 2 * r, x + r, y - int(40 * scale)], fill=leaves)
            for _ in range(5):
                fx = x + rng.randint(-r + 10, r - 10)
                fy = y - int(40 * scale) - r + rng.randint(-r + 12, r - 12)
                draw.ellipse([fx - 6, fy - 6, fx + 6, fy + 6], fill=fruit)


def _birches(draw, rng, ground, colour):
    for _ in range(12):
        x = rng.randint(0, 1600)
        h = rng.randint(180, 300)
        draw.line([(x, ground), (x, ground - h)], fill=(235, 235, 228), width=9)
        for y in range(ground - h + 20, ground, 38):
            draw.line([(x - 4, y), (x + 3, y)], fill=(40, 40, 40), width=3)
        draw.ellipse([x - 55, ground - h - 50, x + 55, ground - h + 70], fill=colour)


MOTIFS = (
    "valley",
    "lakes",
    "town",
    "orchard",
    "heath",
    "industry",
    "logistics",
    "campus",
    "wind",
    "workshop",
    "care",
    "festival",
)
# Older names, kept so existing demo data and calls keep working.
ALIASES = {"city": "town", "nature": "heath"}


def make_image(seed, motif, palette):
    """A 1600×900 JPEG of a stylised scene of the region, as bytes.

    ``palette`` is (sky_top, sky_bottom, far_land, near_land, detail) as RGB tuples. The scenes are flat
    like the Maas valley: river and lakes, orchards, heath, historic towns, industry, campuses, people at work.
    """
    motif = ALIASES.get(motif, motif)
    rng = random.Random(seed)
    sky_top, sky_bottom, far, near, detail = palette
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    if motif == "workshop":
        _workshop(draw, rng, (_lerp(sky_bottom, (255, 255, 255), 0.5), (120, 120, 125), detail))
    elif motif == "care":
        _care(draw, rng, (_lerp(sky_bottom, (255, 255, 255), 0.6), (190, 160, 130), _lerp(near, (255, 255, 255), 0.3)))
    else:
        _outdoor(draw, rng, motif, sky_top, sky_bottom, far, near, detail)
    if rng.random() < 0.5:  # half the scenes mirrored, so two pictures of one motif never look the same
        image = ImageOps.mirror(image)
    image = image.filter(ImageFilter.SMOOTH)  # soften the drawn edges (a 3×3 kernel: cheap)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=84, optimize=True, progressive=True)
    return buffer.getvalue()


def _outdoor(draw, rng, motif, sky_top, sky_bottom, far, near, detail):
    _sky(draw, sky_top, sky_bottom)
    sun_x, sun_y = rng.randint(900, 1400), rng.randint(140, 300)
    draw.ellipse([sun_x - 90, sun_y - 90, sun_x + 90, sun_y + 90], fill=_lerp(sky_bottom, (255, 244, 214), 0.7))
    water = _lerp(sky_top, (120, 175, 215), 0.55)
    shine = _lerp(water, (255, 255, 255), 0.45)
    ground = 600
    _flatland(draw, rng, [_lerp(far, sky_bottom, 0.45)], ground - 30)
    if motif == "lakes":
        _poplars(draw, rng, ground - 20, _lerp(far, (20, 40, 30), 0.3), 20)
        _water(draw, ground, water, shine)
        for x in (300, 760, 1250):
            _sailboat(
                draw,
                x + rng.randint(-60, 60),
                ground + rng.randint(90, 200),
                (245, 245, 245),
                _lerp(detail, (255, 255, 255), 0.8),
            )
        _reeds(draw, rng, 900, _lerp(near, (200, 180, 90), 0.4))
        return
    if motif == "town":
        _gables(draw, rng, 40, ground, _lerp(detail, far, 0.3), _lerp(sky_bottom, (255, 240, 200), 0.6), 6)
        _cathedral(draw, 700, ground, detail)
        _gables(draw, rng, 1000, ground, _lerp(detail, far, 0.3), _lerp(sky_bottom, (255, 240, 200), 0.6), 6)
        _water(draw, ground, water, shine)
        _bridge(draw, ground + 60, _lerp(detail, (0, 0, 0), 0.2))
        return
    if motif == "industry":
        _plant(draw, rng, ground, _lerp(detail, far, 0.3))
        for x in (300, 520):
            draw.ellipse([x, ground - 150, x + 150, ground], fill=_lerp(detail, (255, 255, 255), 0.35))
        draw.rectangle([0, ground - 70, 1600, ground - 62], fill=_lerp(detail, (255, 255, 255), 0.2))
        _water(draw, ground + 80, water, shine)
        _flatland(draw, rng, [near], ground)
        _water(draw, ground + 150, water, shine)
        return
    if motif == "logistics":
        _warehouses(draw, rng, ground, (225, 225, 230), detail)
        _flatland(draw, rng, [_lerp(near, (110, 110, 110), 0.6)], ground)
        _truck(draw, 200, ground + 120, detail, (240, 240, 240))
        _truck(draw, 700, ground + 120, (190, 70, 60), (235, 235, 235))
        _water(draw, ground + 170, water, shine)
        _barge(draw, 900, ground + 250, (40, 50, 70), detail)
        return
    if motif == "campus":
        _campus(draw, rng, ground, detail, _lerp(sky_bottom, (255, 255, 255), 0.4))
        _flatland(draw, rng, [near], ground)
        _poplars(draw, rng, ground + 20, _lerp(near, (10, 30, 20), 0.4), 8)
        for k in range(6):
            _person(draw, rng, 200 + k * 230 + rng.randint(-30, 30), 860, 0.8)
        return
    if motif == "festival":
        _gables(draw, rng, 0, ground, _lerp(detail, far, 0.4), _lerp(sky_bottom, (255, 240, 200), 0.6), 16)
        _flatland(draw, rng, [(200, 190, 170)], ground)
        _festival(draw, rng, ground + 160, ((190, 70, 60), (255, 220, 120)))
        return
    if motif == "wind":
        _turbines(draw, rng, ground, (245, 245, 245))
        _flatland(draw, rng, [near], ground)
        _poplars(draw, rng, ground + 40, _lerp(near, (10, 30, 20), 0.5))
        return
    if motif == "orchard":
        _flatland(draw, rng, [near], ground - 10)
        _orchard(draw, rng, ground + 60, (90, 60, 35), _lerp(near, (40, 120, 50), 0.5), (210, 50, 40))
        return
    if motif == "heath":
        _flatland(draw, rng, [(150, 110, 150)], ground)
        _water(draw, ground + 120, water, shine)
        _flatland(draw, rng, [(120, 90, 120)], ground + 200)
        _birches(draw, rng, ground + 60, _lerp(near, (120, 160, 60), 0.4))
        return
    # valley: meadows, poplars, the river and a village spire in the distance
    _tower(draw, 1180, ground - 10, _lerp(far, (40, 40, 60), 0.5), 140)
    _poplars(draw, rng, ground - 10, _lerp(far, (20, 40, 30), 0.4))
    _flatland(draw, rng, [near], ground + 20)
    _river(draw, water)
    _poplars(draw, rng, 860, _lerp(near, (10, 30, 20), 0.5), 8)


# What each drawn scene shows: image titles start with it, so editors find images by subject.
SUBJECTS = {
    "valley": (
        "Maasvallei met populieren",
        "Vlak rivierlandschap met weilanden, populieren en een kerktoren in de verte",
    ),
    "lakes": (
        "Maasplassen met zeilboten",
        "Zeilboten op de Maasplassen, met riet op de voorgrond en bomen aan de overkant",
    ),
    "town": (
        "Binnenstad aan de Maas",
        "Historische binnenstad met trapgevels en een kerk met twee torens, aan een rivier met een brug",
    ),
    "orchard": ("Fruitboomgaard", "Rijen fruitbomen vol rode appels in een vlak landschap"),
    "heath": ("Heide en berken in De Groote Peel", "Paarse heide met berken en een ven in De Groote Peel"),
    "industry": ("Chemie en maakindustrie aan de Maas", "Fabriek met opslagtanks en schoorstenen langs de rivier"),
    "logistics": (
        "Distributiecentra en binnenvaart",
        "Distributiecentra met vrachtwagens, en een containerschip op de Maas",
    ),
    "campus": ("Campus met studenten", "Moderne onderwijsgebouwen met studenten op het grasveld ervoor"),
    "wind": ("Windmolens tussen de akkers", "Drie windmolens tussen akkers en bomenrijen"),
    "workshop": (
        "Mensen aan het werk in een werkplaats",
        "Drie mensen, twee met een bouwhelm, aan het werk bij een werkbank en een machine",
    ),
    "care": (
        "Zorgmedewerker bij een bewoner",
        "Een zorgmedewerker met een tablet naast een oudere bewoner in een stoel",
    ),
    "festival": ("Evenement op een plein", "Tenten, lichtslingers en een menigte op een plein tussen oude huizen"),
}
TIMES = {"dusk": "avond", "morning": "ochtend", "evening": "zonsondergang", "day": "overdag"}
