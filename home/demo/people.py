"""People in the demo's drawings: flat figures at work, and portraits of fictional people (never a likeness)."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (1600, 900)  # the scenes' size (home/demo/images.py)


def _lerp(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


SKIN = [(255, 219, 186), (241, 194, 125), (198, 134, 66), (141, 85, 36), (94, 58, 34), (224, 172, 105)]
HAIR = [(40, 30, 25), (90, 60, 35), (200, 160, 90), (20, 20, 20), (150, 70, 40), (120, 120, 120)]
CLOTHES = [(11, 93, 75), (35, 38, 94), (242, 183, 5), (190, 70, 60), (80, 140, 190), (240, 240, 240), (120, 60, 120)]


def _person(draw, rng, x, ground, scale=1.0, clothes=None, helmet=None):
    """A simple flat figure, clearly drawn, never a likeness of anyone."""
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    clothes = clothes or rng.choice(CLOTHES)
    h = 260 * scale
    body_top = ground - h * 0.62
    draw.rounded_rectangle(
        [x - 40 * scale, body_top, x + 40 * scale, ground - h * 0.2], radius=int(26 * scale), fill=clothes
    )
    trousers = _lerp(clothes, (30, 30, 40), 0.6)
    draw.rectangle([x - 32 * scale, ground - h * 0.24, x - 4 * scale, ground], fill=trousers)
    draw.rectangle([x + 4 * scale, ground - h * 0.24, x + 32 * scale, ground], fill=trousers)
    head_r = 30 * scale
    cy = body_top - head_r - 6 * scale
    draw.ellipse([x - head_r, cy - head_r, x + head_r, cy + head_r], fill=skin)
    if helmet:
        draw.chord([x - head_r - 4, cy - head_r - 8, x + head_r + 4, cy + head_r * 0.6], 180, 360, fill=helmet)
    else:
        draw.chord([x - head_r, cy - head_r - 2, x + head_r, cy + head_r * 0.3], 180, 360, fill=hair)


def _workshop(draw, rng, colours):
    """People at work: a bright workshop with a machine and a workbench."""
    width, height = SIZE
    wall, floor, machine = colours
    draw.rectangle([0, 0, width, 620], fill=wall)
    draw.rectangle([0, 620, width, height], fill=floor)
    for x in range(60, width, 300):
        draw.rectangle([x, 90, x + 220, 300], fill=_lerp(wall, (255, 255, 255), 0.55))
        draw.line([(x + 110, 90), (x + 110, 300)], fill=wall, width=6)
    draw.rounded_rectangle([980, 300, 1460, 640], radius=18, fill=machine)
    draw.rectangle([1040, 350, 1220, 470], fill=(170, 210, 230))
    draw.ellipse([1290, 380, 1400, 490], fill=_lerp(machine, (255, 255, 255), 0.3))
    draw.rectangle([150, 520, 760, 550], fill=(120, 85, 50))
    draw.rectangle([170, 550, 190, 700], fill=(90, 60, 35))
    draw.rectangle([720, 550, 740, 700], fill=(90, 60, 35))
    helmet = (242, 183, 5)
    _person(draw, rng, 330, 760, 1.15, helmet=helmet)
    _person(draw, rng, 600, 780, 1.25)
    _person(draw, rng, 900, 760, 1.1, helmet=helmet)


def _care(draw, rng, colours):
    """People at work in care: a carer with a tablet beside an older resident."""
    width, height = SIZE
    wall, floor, accent = colours
    draw.rectangle([0, 0, width, 640], fill=wall)
    draw.rectangle([0, 640, width, height], fill=floor)
    draw.rectangle([1040, 110, 1460, 420], fill=(200, 228, 240))
    draw.line([(1250, 110), (1250, 420)], fill=wall, width=8)
    draw.rounded_rectangle([380, 500, 760, 700], radius=30, fill=accent)
    draw.rounded_rectangle([380, 420, 440, 700], radius=20, fill=accent)
    _person(draw, rng, 560, 690, 1.0, clothes=(170, 160, 150))
    _person(draw, rng, 880, 800, 1.35, clothes=(255, 255, 255))
    draw.rectangle([930, 520, 990, 600], fill=(40, 40, 50))
    draw.ellipse([160, 420, 300, 560], fill=(120, 170, 120))
    draw.rectangle([215, 560, 245, 700], fill=(150, 100, 60))


def _festival(draw, rng, ground, colours):
    """A square with tents, string lights and a crowd: the region's events."""
    tent, lights = colours
    for x in range(100, 1500, 330):
        draw.polygon([(x, ground - 170), (x + 140, ground - 260), (x + 280, ground - 170)], fill=tent)
        draw.rectangle([x + 10, ground - 170, x + 270, ground - 40], fill=_lerp(tent, (255, 255, 255), 0.75))
        tent = _lerp(tent, (35, 38, 94), 0.35)
    for x in range(0, 1600, 40):
        y = 240 + 40 * math.sin(x / 160)
        draw.ellipse([x - 7, y - 7, x + 7, y + 7], fill=lights)
    for k in range(16):
        _person(draw, rng, 60 + k * 100 + rng.randint(-20, 20), 900 + rng.randint(-10, 30), 0.9 + rng.random() * 0.3)


def make_portrait(seed, background=(242, 183, 5)):
    """A 900×900 JPEG of a drawn, clearly illustrative person (never a likeness of a real one), as bytes."""
    rng = random.Random(seed)
    size = 900
    image = Image.new("RGB", (size, size), _lerp(background, (255, 255, 255), 0.55))
    draw = ImageDraw.Draw(image)
    draw.ellipse([90, 110, 810, 830], fill=_lerp(background, (255, 255, 255), 0.15))
    skin, hair, clothes = rng.choice(SKIN), rng.choice(HAIR), rng.choice(CLOTHES)
    style = rng.choice(["short", "long", "bun", "curls", "scarf", "bald"])
    cx, cy = 450, 390
    if style == "long":
        draw.rounded_rectangle([cx - 160, cy - 150, cx + 160, cy + 230], radius=120, fill=hair)
    draw.pieslice([150, 600, 750, 1200], 180, 360, fill=clothes)
    draw.rectangle([cx - 45, cy + 110, cx + 45, cy + 250], fill=_lerp(skin, (0, 0, 0), 0.08))
    draw.ellipse([cx - 130, cy - 160, cx + 130, cy + 170], fill=skin)
    if style == "scarf":
        scarf = rng.choice(CLOTHES[:5])
        draw.chord([cx - 175, cy - 200, cx + 175, cy + 260], 180, 360, fill=scarf)
        draw.polygon([(cx - 175, cy + 30), (cx - 130, cy + 30), (cx - 120, cy + 240), (cx - 200, cy + 260)], fill=scarf)
        draw.polygon([(cx + 175, cy + 30), (cx + 130, cy + 30), (cx + 120, cy + 240), (cx + 200, cy + 260)], fill=scarf)
    elif style == "curls":
        for k in range(14):
            a = math.pi + k * math.pi / 13
            draw.ellipse(
                [
                    cx + 140 * math.cos(a) - 45,
                    cy - 20 + 150 * math.sin(a) - 45,
                    cx + 140 * math.cos(a) + 45,
                    cy - 20 + 150 * math.sin(a) + 45,
                ],
                fill=hair,
            )
    elif style != "bald":
        draw.chord([cx - 138, cy - 175, cx + 138, cy + 40], 180, 360, fill=hair)
        if style == "bun":
            draw.ellipse([cx - 60, cy - 260, cx + 60, cy - 140], fill=hair)
    eye = (45, 35, 35)
    for ex in (cx - 50, cx + 50):
        draw.ellipse([ex - 11, cy - 5, ex + 11, cy + 17], fill=eye)
    draw.arc([cx - 55, cy + 40, cx + 55, cy + 110], 20, 160, fill=_lerp(skin, (120, 40, 40), 0.6), width=8)
    if rng.random() < 0.3:
        for ex in (cx - 50, cx + 50):
            draw.ellipse([ex - 38, cy - 30, ex + 38, cy + 40], outline=(40, 40, 50), width=7)
        draw.line([(cx - 12, cy + 2), (cx + 12, cy + 2)], fill=(40, 40, 50), width=6)
    image = image.filter(ImageFilter.SMOOTH)  # soften the drawn edges
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=86, optimize=True, progressive=True)
    return buffer.getvalue()
