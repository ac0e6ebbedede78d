#!/usr/bin/env python3
"""Builds crates/extract/data/ner/gazetteer.tsv (name, type, source) from the shared data:

    python3 scripts/build_gazetteer.py > crates/extract/data/ner/gazetteer.tsv

Sources (see each folder's README in ../shared/data for licences):
- anergazet/ANERGazet_{Loc,Org,Pers}.txt (Benajiba; distributed with ANERcorp for research):
  LOC / ORG / PER names; group headers (==== lines) are names too, **** separators skipped.
- gazetteer_geonames/geonames_cities500_middle_east_ar.tsv (GeoNames, CC BY 4.0): Arabic names
  of populated places (LOC).
- geo/iraq_admin_ocha/iraq_admin_ocha.tsv (OCHA COD-AB): Iraqi admin units (LOC).
- geo/syria_admin_opensyria/syria_admin_flat.tsv (OpenSyria, CC BY 4.0): Syrian admin units and
  Arabic aliases (LOC).
Only names are kept (no coordinates): the gazetteer is a feature of the tagger; geocoding reads
the full sources.
"""
import csv
import re
import sys

D = "../shared/data/"
ARABIC = re.compile(r"[\u0600-\u06FF]")
rows = {}


def add(name, typ, src):
    name = " ".join(name.replace("\u200f", "").split())
    if not name or len(name) < 2 or not ARABIC.search(name):
        return
    rows.setdefault((name, typ), src)


for typ, f in (("LOC", "Loc"), ("ORG", "Org"), ("PER", "Pers")):
    for line in open(f"{D}anergazet/ANERGazet_{f}.txt", encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("*") or line.startswith("="):
            continue
        add(line, typ, "anergazet")

with open(f"{D}gazetteer_geonames/geonames_cities500_middle_east_ar.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        for n in (r["arabic_names"] or "").split("|"):
            add(n, "LOC", "geonames")

with open(f"{D}geo/iraq_admin_ocha/iraq_admin_ocha.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        add(r["name_ar"], "LOC", "ocha-iraq")

with open(f"{D}geo/syria_admin_opensyria/syria_admin_flat.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        add(r["name_ar"], "LOC", "opensyria")
        for a in (r["aliases_ar"] or "").split("|"):
            add(a, "LOC", "opensyria")

print("# Names for the NER tagger's gazetteer features; built by scripts/build_gazetteer.py (sources and licences there).")
print("name\ttype\tsource")
for (name, typ), src in sorted(rows.items()):
    print(f"{name}\t{typ}\t{src}")
