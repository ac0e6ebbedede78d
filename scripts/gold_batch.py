#!/usr/bin/env python3
"""Writes the articles of a gold sample (rows FROM..TO of sample.tsv) as JSON Lines for
annotation: {"line", "split", "outlet", "url", "published", "title", "text"}.

    python3 scripts/gold_batch.py data/gold/quotes/sample.tsv 0 20 > batch.jsonl

`text` is the corpus `content` field exactly; `published` is the date of `date_extracted`.
"""
import json
import lzma
import sys

CORPUS = "../shared/data/saudinewsnet/saudinewsnet.jsonl.xz"


def main():
    sample, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rows = [l.rstrip("\n").split("\t") for l in open(sample, encoding="utf-8") if not l.startswith(("line", "#"))]
    want = {int(r[0]): r for r in rows[lo:hi]}
    out = {}
    with lzma.open(CORPUS, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n in want:
                a = json.loads(line)
                out[n] = {"line": n, "split": want[n][1], "outlet": a["source"], "url": a["url"],
                          "published": a["date_extracted"][:10], "title": a.get("title"), "text": a["content"]}
    for r in rows[lo:hi]:
        print(json.dumps(out[int(r[0])], ensure_ascii=False))


if __name__ == "__main__":
    main()
