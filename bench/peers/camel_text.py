#!/usr/bin/env python3
"""CAMeL Tools as a peer for `rasid bench text --camel`.

Reads the same JSON Lines corpus as Rasid (same documents: lines that parse as
JSON and have a string in FIELD, in order, up to LIMIT), times
dediac_ar + normalize_alef_ar + simple_word_tokenize on them, and prints one
JSON object with the timings. With --dump, also writes for every document one
line `[[token, normalized token], ...]` (tokens of the original text) for the
token-by-token comparison.

Install: pip install --no-deps camel-tools && pip install emoji six
"""
import argparse
import json
import sys
import time

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar


def load(path, field, limit):
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(texts) >= limit:
                break
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            text = obj.get(field) if isinstance(obj, dict) else None
            if isinstance(text, str):
                texts.append(text)
    return texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--field", default="content")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--dump")
    a = ap.parse_args()
    texts = load(a.corpus, a.field, a.limit)
    size = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts[:50]:  # warm-up (regex compilation, caches)
        simple_word_tokenize(normalize_alef_ar(dediac_ar(t)))

    t0 = time.perf_counter()
    tokens = 0
    for t in texts:
        tokens += len(simple_word_tokenize(normalize_alef_ar(dediac_ar(t))))
    total = time.perf_counter() - t0

    t0 = time.perf_counter()
    for t in texts:
        dediac_ar(t)
    dediac = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        normalize_alef_ar(t)
    alef = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        simple_word_tokenize(t)
    tok = time.perf_counter() - t0

    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as out:
            for t in texts:
                toks = simple_word_tokenize(t)
                out.write(json.dumps([[x, normalize_alef_ar(dediac_ar(x))] for x in toks], ensure_ascii=False))
                out.write("\n")

    json.dump({"docs": len(texts), "bytes": size, "tokens": tokens, "seconds": total,
               "seconds_dediac": dediac, "seconds_alef": alef, "seconds_tokenize": tok},
              sys.stdout)
    print()


if __name__ == "__main__":
    main()
