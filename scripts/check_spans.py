#!/usr/bin/env python3
"""Checks that every span Rasid writes slices back to its own text.

    python3 scripts/check_spans.py ./target/release/rasid PATH... [--tokens]

Runs `rasid analyze PATH --format jsonl` on each path and, in every document, checks each JSON
object that has integer `start`, `end` and a `text` (entities, dates, quotes and their parts,
claims, events and their locations and dates, tokens with --tokens): `text[start:end]` (character
offsets into the document's text) must equal its `text`. Prints the documents, the spans and the
failures (the first few shown); exits 1 when any span fails.
"""
import json
import subprocess
import sys


def main():
    args = [a for a in sys.argv[1:] if a != "--tokens"]
    tokens = "--tokens" in sys.argv
    binary, paths = args[0], args[1:]
    docs = spans = bad = 0

    def walk(x, text):
        nonlocal spans, bad
        if isinstance(x, dict):
            if isinstance(x.get("start"), int) and isinstance(x.get("end"), int) and "text" in x:
                spans += 1
                if text[x["start"]:x["end"]] != x["text"]:
                    bad += 1
                    if bad <= 5:
                        print(f"does not slice back: {x['start']}..{x['end']} {x['text'][:60]!r}",
                              file=sys.stderr)
            for v in x.values():
                walk(v, text)
        elif isinstance(x, list):
            for v in x:
                walk(v, text)

    for path in paths:
        cmd = [binary, "analyze", path, "--format", "jsonl"] + (["--tokens"] if tokens else [])
        out = subprocess.run(cmd, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            docs += 1
            for key, value in d.items():
                if key not in ("text", "meta"):
                    walk(value, d["text"])
    print(f"{docs} documents, {spans} spans, {bad} do not slice back")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
