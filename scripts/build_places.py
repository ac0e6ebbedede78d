#!/usr/bin/env python3
"""Builds crates/extract/data/geo/places.tsv, the place gazetteer of the geocoder:

    python3 scripts/build_places.py > crates/extract/data/geo/places.tsv

Rows: name (Arabic, as the source writes it; aliases are rows of their own), kind (admin1,
admin2, admin3, place, airbase), country (ISO2), admin1 (Arabic governorate name), latitude,
longitude, population, id (source:code). Sources, all in ../shared/data/geo and
../shared/data/gazetteer_geonames (licences in their READMEs; no coordinate is typed here):
- Iraq: OCHA COD-AB admin 1-3 (inside points, which lie in their polygons);
- Syria: OpenSyria admin 1-3 with Arabic aliases (centroids);
- GeoNames cities500 (Arabic names; for Iraq and Syria the governorate is the one of the nearest
  admin-3 centroid);
- airports and air bases of Iraq and Syria, named in Arabic by
  crates/extract/data/geo/place_aliases.tsv.
"""
import csv
import math
import re

D = "../shared/data/"
ARABIC = re.compile(r"[\u0600-\u06FF]")
rows = []


def add(name, kind, country, admin1, lat, lon, pop, ident):
    name = " ".join((name or "").split())
    if name and ARABIC.search(name) and lat and lon:
        rows.append((name, kind, country, admin1 or "", f"{float(lat):.5f}", f"{float(lon):.5f}", str(pop or ""), ident))


admin3 = []  # (lat, lon, country, admin1) for nearest-governorate lookups
with open(f"{D}geo/iraq_admin_ocha/iraq_admin_ocha.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        kind = {"1": "admin1", "2": "admin2", "3": "admin3"}[r["level"]]
        add(r["name_ar"], kind, "IQ", r["adm1_ar"], r["inside_lat"], r["inside_lon"], "", f"ocha:{r['pcode']}")
        admin3.append((float(r["centroid_lat"]), float(r["centroid_lon"]), "IQ", r["adm1_ar"]))

with open(f"{D}geo/syria_admin_opensyria/syria_admin_flat.tsv", encoding="utf-8") as f:
    sy = list(csv.DictReader(f, delimiter="\t"))
gov = {r["id"]: r["name_ar"] for r in sy if r["level"] == "1"}
for r in sy:
    kind = {"1": "admin1", "2": "admin2", "3": "admin3"}[r["level"]]
    admin1 = r["name_ar"] if r["level"] == "1" else gov.get(r["governorate_id"], "")
    for n in [r["name_ar"]] + [a for a in (r["aliases_ar"] or "").split("|") if a]:
        add(n, kind, "SY", admin1, r["centroid_lat"], r["centroid_lon"], r["population"], f"opensyria:{r['ocha_pcode'] or r['id']}")
    admin3.append((float(r["centroid_lat"]), float(r["centroid_lon"]), "SY", admin1))


def nearest_admin1(lat, lon, country):
    best = min((a for a in admin3 if a[2] == country), key=lambda a: (a[0] - lat) ** 2 + ((a[1] - lon) * math.cos(math.radians(lat))) ** 2)
    return best[3]


with open(f"{D}gazetteer_geonames/geonames_cities500_middle_east_ar.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        lat, lon = float(r["latitude"]), float(r["longitude"])
        admin1 = nearest_admin1(lat, lon, r["countrycode"]) if r["countrycode"] in ("IQ", "SY") else ""
        for n in (r["arabic_names"] or "").split("|"):
            add(n, "place", r["countrycode"], admin1, lat, lon, r["population"], f"geonames:{r['geonameid']}")

airports = {}
with open(f"{D}geo/airports/airports_iq_sy.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        airports[r["icao"]] = r
with open("crates/extract/data/geo/place_aliases.tsv", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or line.startswith("name\t") or not line.strip():
            continue
        name, ref, kind = line.rstrip("\n").split("\t")
        src, code = ref.split(":")
        a = airports[code]
        lat, lon = float(a["lat"]), float(a["lon"])
        add(name, kind, a["country"], nearest_admin1(lat, lon, a["country"]), lat, lon, "", f"airports:{code}")

print("# Place gazetteer of the geocoder, built by scripts/build_places.py (sources and licences there).")
print("name\tkind\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tid")
for r in sorted(set(rows)):
    print("\t".join(r))
