"""Server-rendered SVG charts (pygal): no script, so they work under the CSP and in the PDF report.

Every chart on the dashboard has its numbers beside it as a table; the chart is
decoration for sighted readers (``aria-hidden``), the table is the content.
"""

import pygal
from pygal.style import Style

from django.utils.safestring import mark_safe

STYLE = Style(
    background="transparent",
    plot_background="transparent",
    foreground="#1b1b1f",
    foreground_strong="#1b1b1f",
    foreground_subtle="#54545c",
    colors=("#0b5d4b", "#2b2d6e", "#f2b705", "#b3261e", "#5b8def", "#7a5c99"),
    font_family="Figtree, system-ui, sans-serif",
    label_font_size=12,
    major_label_font_size=12,
    legend_font_size=12,
    title_font_size=14,
    value_font_size=11,
)
CONFIG = {
    "style": STYLE,
    "js": [],
    "disable_xml_declaration": True,
    "show_legend": True,
    "legend_at_bottom": True,
    "legend_at_bottom_columns": 3,
    "height": 320,
    "width": 720,
    "margin": 12,
    "print_values": False,
}


def _render(chart):
    return mark_safe(chart.render(is_unicode=True))


def bars(title, labels, series, horizontal=False):
    """A bar chart: ``series`` is [(name, [value per label]), ...]."""
    chart = (pygal.HorizontalBar if horizontal else pygal.Bar)(title=title, x_label_rotation=0, **CONFIG)
    chart.x_labels = [str(label) for label in labels]
    for name, values in series:
        chart.add(str(name), list(values))
    return _render(chart)


def line(title, labels, series):
    chart = pygal.Line(title=title, x_label_rotation=0, fill=False, dots_size=3, **CONFIG)
    chart.x_labels = [str(label) for label in labels]
    for name, values in series:
        chart.add(str(name), list(values))
    return _render(chart)
