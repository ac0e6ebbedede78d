#!/usr/bin/env python3
"""Checks a gold file: every object with start/end must have text == text[start:end]
(character offsets into the article's `text`), and labels must be from the allowed sets.

    python3 scripts/check_gold.py data/gold/quotes/gold.jsonl
"""
import json
import sys

ALLOWED = {
    "kind": {"direct", "indirect"},
    "source_type": {"named_person", "organization", "agency", "media", "anonymous", "author"},
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
            for key in ("quotes", "events"):
                for i, a in enumerate(doc.get(key, [])):
                    count += 1
                    walk(a, doc["text"], f"{path}:{n} (line {doc['line']}) {key}[{i}]", errors)
    for e in errors:
        print(e)
    print(f"{count} annotations, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
