#!/usr/bin/env python3
"""Checks a gold file: every object with start/end must have text == text[start:end]
(character offsets into the article's `text`), and labels must be from the allowed sets.

    python3 scripts/check_gold.py data/gold/quotes/gold.jsonl

A date's value must fit its precision: YYYY-MM-DD (day), YYYY-MM (month), YYYY (year),
YYYY-MM-DD/YYYY-MM-DD (range), or null.
"""
import re
import json
import sys

VALUE = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}",
         "range": r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d"}

ALLOWED = {
    "kind": {"direct", "indirect"},
    "source_type": {"named_person", "organization", "agency", "media", "anonymous", "author"},
    "precision": {"day", "month", "year", "range"},
    "event_type": {"Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
                   "Strategic developments"},
}


def walk(obj, text, where, errors):
    if isinstance(obj, dict):
        if "start" in obj and "end" in obj and obj.get("start") is not None:
            s, e = obj["start"], obj["end"]
            if not (0 <= s <= e <= len(text)):
                errors.append(f"{where}: span {s}..{e} outside the text")
            elif "text" in obj and text[s:e] != obj["text"]:
                errors.append(f"{where}: text[{s}:{e}] = {text[s:e]!r}, not {obj['text']!r}")
        if obj.get("precision") in VALUE and obj.get("value") is not None:
            if not re.fullmatch(VALUE[obj["precision"]], obj["value"]):
                errors.append(f"{where}: value {obj['value']!r} does not fit precision {obj['precision']}")
        for k, v in obj.items():
            if k in ALLOWED and isinstance(v, str) and v not in ALLOWED[k]:
                errors.append(f"{where}: {k} = {v!r} not in {sorted(ALLOWED[k])}")
            if k != "text":
                walk(v, text, f"{where}.{k}", errors)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk(v, text, f"{where}[{i}]", errors)


def main():
    errors = []
    count = 0
    for path in sys.argv[1:]:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            doc = json.loads(line)
            for key in ("quotes", "events", "dates"):
                for i, a in enumerate(doc.get(key, [])):
                    count += 1
                    walk(a, doc["text"], f"{path}:{n} (line {doc['line']}) {key}[{i}]", errors)
    for e in errors:
        print(e)
    print(f"{count} annotations, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
