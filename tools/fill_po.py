"""Fill a .po file from a Python module of translations (T: msgid -> msgstr, P: msgid -> (one, many)).

    .venv/bin/python tools/fill_po.py locale/nl/LC_MESSAGES/django.po translations.py

Developer helper (needs polib); untranslated entries are listed at the end.
"""

import runpy
import sys

import polib


def main(po_path, module_path):
    data = runpy.run_path(module_path)
    singles, plurals = data.get("T", {}), data.get("P", {})
    po = polib.pofile(po_path)
    missing = []
    for entry in po:
        if entry.msgid_plural:
            if entry.msgid in plurals:
                one, many = plurals[entry.msgid]
                entry.msgstr_plural = {0: one, 1: many}
        elif entry.msgid in singles:
            entry.msgstr = singles[entry.msgid]
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        if not (entry.msgstr or any(entry.msgstr_plural.values())):
            missing.append(entry.msgid)
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.save()
    for msgid in missing:
        print("untranslated:", msgid)


if __name__ == "__main__":
    main(*sys.argv[1:])
