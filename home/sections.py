"""Home page sections that other apps provide (latest stories, upcoming events, …).

An app registers a function ``section(request, home_page, target_group)`` that
returns ``None`` (nothing to show) or a dict with at least ``template``; the
home page renders the sections in registration order, and the target-group
switcher passes the visitor's group so each section shows what matches it.
"""

_sections = []


def register(func):
    if func not in _sections:
        _sections.append(func)
    return func


def render_context(request, page, target_group=None):
    sections = []
    for func in _sections:
        section = func(request, page, target_group)
        if section:
            sections.append(section)
    return sections
