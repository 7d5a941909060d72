import json

import pytest

from django.test import Client

from tests.builders import make_home, make_story, make_story_index, make_target_group

AGENT = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36"


@pytest.fixture
def site(db):
    home = make_home()
    index = make_story_index(home)
    pupils = make_target_group("Scholieren en studenten", "scholier", slug="scholieren")
    seekers = make_target_group("Werkzoekenden", "werkzoekende", slug="werkzoekenden")
    story = make_story(index, "Werken aan de Maas", groups=[pupils])
    return {"home": home, "index": index, "story": story, "pupils": pupils, "seekers": seekers}


def beacon(client=None, agent=AGENT, ip="203.0.113.7", headers=None, **payload):
    client = client or Client()
    body = payload.pop("raw", None)
    if body is None:
        body = json.dumps({"d": "mobile", "l": "nl-NL", "u": {}, "r": "", **payload})
    return client.post(
        "/a/",
        body,
        content_type="text/plain;charset=UTF-8",
        headers={"User-Agent": agent, **(headers or {})},
        REMOTE_ADDR=ip,
    )
