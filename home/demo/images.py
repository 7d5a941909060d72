"""Campaign-style demo images drawn with Pillow: no downloads, same result every run."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (1600, 900)


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


MOTIFS = ("valley", "industry", "campus", "nature", "city", "wind")


def make_image(seed, motif, palette):
    """A 1600×900 JPEG of a stylised regional landscape, as bytes.

    ``palette`` is (sky_top, sky_bottom, far_hill, near_hill, detail) as RGB tuples.
    """
    rng = random.Random(seed)
    sky_top, sky_bottom, far, near, detail = palette
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _sky(draw, sky_top, sky_bottom)
    sun_x, sun_y = rng.randint(900, 1400), rng.randint(140, 300)
    draw.ellipse([sun_x - 90, sun_y - 90, sun_x + 90, sun_y + 90], fill=_lerp(sky_bottom, (255, 244, 214), 0.7))
    _hills(draw, rng, [_lerp(far, sky_bottom, 0.45), far], 470)
    ground = 640
    if motif == "industry":
        _plant(draw, rng, ground, _lerp(detail, far, 0.3))
    elif motif == "campus":
        _campus(draw, rng, ground, detail, _lerp(sky_bottom, (255, 255, 255), 0.4))
    elif motif == "city":
        _tower(draw, 640, ground, detail, 300)
        _tower(draw, 760, ground, detail, 250)
        _campus(draw, rng, ground, _lerp(detail, far, 0.4), _lerp(sky_bottom, (255, 240, 200), 0.5))
    elif motif == "wind":
        _turbines(draw, rng, ground, (245, 245, 245))
    _hills(draw, rng, [near], 650)
    if motif in ("valley", "city"):
        _river(draw, _lerp(sky_top, (120, 175, 215), 0.55))
    if motif in ("valley", "nature", "wind"):
        _trees(draw, rng, 720, _lerp(near, (10, 30, 20), 0.5))
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=84, optimize=True, progressive=True)
    return buffer.getvalue()
