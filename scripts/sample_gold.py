#!/usr/bin/env python3
"""Draws the articles of Rasid's hand-annotated gold sets from SaudiNewsNet, at random with a
fixed seed, so the selection can be re-derived by anyone:

    python3 scripts/sample_gold.py quotes 60 > data/gold/quotes/sample.tsv
    python3 scripts/sample_gold.py events 60 > data/gold/events/sample.tsv
    python3 scripts/sample_gold.py dates > data/gold/dates/sample.tsv

The first rows are the original dev and test splits (quotes 20 + 40, events 15 + 30); the
optional number adds that many further rows of the same shuffled pool to the dev split
(the later dev batches, drawn after the test split was fixed, so the test rows never change).

Population (documented filters, then a seeded shuffle):
- quotes: articles of 600-3500 characters with at least one reporting cue
  (قال، أكد، أضاف، أوضح، أشار، ذكر، صرح، بحسب، وفقا، نقلا عن).
- events: articles of 400-4000 characters that name Iraq, Syria or Yemen and contain a conflict
  or security trigger word (قتل، مقتل، هجوم، غارة، انفجار، تفجير، اشتباك، قصف، اختطاف، اعتقال،
  مظاهرة، احتجاج، عبوة، انتحاري).
- dates: articles of 300-2500 characters with a date word (a month name of either system or
  of the Hijri calendar, a weekday, أمس، اليوم، غدا، الماضي، المقبل، الجاري، هـ) that are in
  neither of the other two samples; 60 rows, the first 20 the test split (drawn on 2026-11-30,
  after the date rules had been tuned on the events gold only).
Output: TSV with the corpus line number (0-based), split (dev/test), outlet and URL.
"""
import json
import lzma
import random
import re
import sys

CORPUS = "../shared/data/saudinewsnet/saudinewsnet.jsonl.xz"
SEED = 20261124
CUES = re.compile(r"(قال|أكد|اكد|أضاف|اضاف|أوضح|اوضح|أشار|اشار|ذكر|صرح|بحسب|وفقا|وفقاً|نقلا عن|نقلاً عن)")
COUNTRIES = re.compile(r"(العراق|سوريا|سورية|اليمن)")
DATE_WORDS = re.compile(
    r"(يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
    r"|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|القعدة|الحجة"
    r"|السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة"
    r"|أمس|امس|اليوم|غدا|غداً|الماضي|المقبل|الجاري|هـ)")
TRIGGERS = re.compile(r"(قتل|مقتل|هجوم|غارة|غارات|انفجار|تفجير|اشتباك|قصف|اختطاف|اعتقال|مظاهرة|احتجاج|عبوة|انتحاري)")


def sampled(kind):
    """Corpus lines of an existing sample.tsv."""
    with open(f"data/gold/{kind}/sample.tsv", encoding="utf-8") as f:
        return {int(l.split("\t")[0]) for l in f if l[:1].isdigit()}


def main():
    kind = sys.argv[1]
    taken = sampled("quotes") | sampled("events") if kind == "dates" else set()
    pool = []
    with lzma.open(CORPUS, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            a = json.loads(line)
            t = a.get("content") or ""
            if kind == "quotes" and 600 <= len(t) <= 3500 and CUES.search(t):
                pool.append((n, a))
            elif kind == "events" and 400 <= len(t) <= 4000 and COUNTRIES.search(t) and TRIGGERS.search(t):
                pool.append((n, a))
            elif kind == "dates" and 300 <= len(t) <= 2500 and DATE_WORDS.search(t) and n not in taken:
                pool.append((n, a))
    rng = random.Random(SEED)
    rng.shuffle(pool)
    more_dev = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    print("line\tsplit\toutlet\turl")
    if kind == "dates":
        for i, (n, a) in enumerate(pool[:60 + more_dev]):
            print(f"{n}\t{'test' if i < 20 else 'dev'}\t{a['source']}\t{a['url']}")
    else:
        take, dev = (60, 20) if kind == "quotes" else (45, 15)
        for i, (n, a) in enumerate(pool[:take + more_dev]):
            print(f"{n}\t{'dev' if i < dev or i >= take else 'test'}\t{a['source']}\t{a['url']}")
    print(f"# population {len(pool)} articles, seed {SEED}", file=sys.stderr)


if __name__ == "__main__":
    main()
