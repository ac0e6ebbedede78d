#!/usr/bin/env python3
"""Adds every ISO 3166 country to crates/extract/data/geo/countries.tsv with its Arabic name:

    PYCOUNTRY=/path/to/unzipped/pycountry-26.2.16-py3-none-any.whl python3 scripts/build_countries.py

The Arabic names are the iso-codes project's translations (LGPL-2.1+) shipped in the PyPI
package pycountry (`locales/ar/LC_MESSAGES/iso3166-1.mo`), harakat and shadda removed. The rows
already in the file (the news spellings: سورية، أمريكا، بريطانيا …) are kept first and unchanged;
a country's ISO name is added when the file does not already write it.
"""
import gettext
import json
import os
import re
import sys

OUT = "crates/extract/data/geo/countries.tsv"
HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def main():
    root = os.environ.get("PYCOUNTRY")
    if not root:
        sys.exit("set PYCOUNTRY to an unzipped pycountry wheel")
    pkg = os.path.join(root, "pycountry")
    with open(os.path.join(pkg, "locales/ar/LC_MESSAGES/iso3166-1.mo"), "rb") as f:
        ar = gettext.GNUTranslations(f)
    with open(os.path.join(pkg, "databases/iso3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = [l for l in lines if l.startswith("#") or l.startswith("name\t")]
    rows = [l for l in lines if l not in header and l.strip()]
    written = {r.split("\t")[0] for r in rows}
    added = 0
    for c in countries:
        name = HARAKAT.sub("", ar.gettext(c["name"])).strip()
        # untranslated names stay Latin; "فيرجن، جزر …" lists are not a written name
        if not re.search("[\u0621-\u064A]", name) or "،" in name or name in written:
            continue
        english = c.get("common_name", c["name"])
        rows.append(f"{name}\t{c['alpha_2']}\t{c['numeric']}\t{english}\t{c['alpha_3']}")
        written.add(name)
        added += 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")
    print(f"{added} countries added, {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
