#!/usr/bin/env python3
"""Induces which frequent words are place names, for the geocoder's unlisted places:

    python3 scripts/induce_places.py > crates/extract/data/geo/place_names.tsv

A word written after a place cue (بلدة، قاعدة، جبل … from crates/extract/data/geo/place_words.tsv)
may be a name no gazetteer lists (قاعدة العند) or a common noun (مناطق الصراع). A rare word is
taken as a name at run time; a frequent one only if SaudiNewsNet (../shared/data/saudinewsnet,
CC BY-NC-SA 4.0) writes it after a cue in a large share of its occurrences: those are listed here.
Counts are over search-normalized words (no harakat or tatweel, alef forms folded).
"""
import json
import lzma
import re
from collections import Counter

CORPUS = "../shared/data/saudinewsnet/saudinewsnet.jsonl.xz"
PLACE_WORDS = "crates/extract/data/geo/place_words.tsv"
# below this many occurrences the geocoder takes a word after a cue as a name anyway
# (the same bound as RARE in geo.rs)
MIN_TOTAL = 20
MIN_AFTER = 3
RATIO = 0.2

HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")
WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652\u0640]+")


def norm(w):
    return re.sub("[أإآٱ]", "ا", HARAKAT.sub("", w))


def main():
    cues = set()
    with open(PLACE_WORDS, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) == 3 and c[2] in ("cue", "part"):
                cues.add(norm(c[0]))
    total, after = Counter(), Counter()
    with lzma.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            words = [norm(w) for w in WORD.findall(json.loads(line).get("content") or "")]
            for i, w in enumerate(words):
                total[w] += 1
                if i == 0:
                    continue
                prev = words[i - 1]
                if prev in cues or prev[1:] in cues and prev[0] in "وبفل":
                    after[w] += 1
    print("# Frequent words that SaudiNewsNet writes after a place cue in at least "
          f"{RATIO:.0%} of their {MIN_TOTAL}+ occurrences;")
    print("# built by scripts/induce_places.py (CC BY-NC-SA 4.0 source). Search-normalized.")
    print("word\tafter_cue\ttotal")
    for w in sorted(after):
        if total[w] >= MIN_TOTAL and after[w] >= MIN_AFTER and after[w] >= RATIO * total[w]:
            print(f"{w}\t{after[w]}\t{total[w]}")


if __name__ == "__main__":
    main()
