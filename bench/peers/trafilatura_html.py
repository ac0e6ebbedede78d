#!/usr/bin/env python3
"""trafilatura as a peer for `rasid bench html --trafilatura`.

Reads the pages given on standard input (one path per line, .html or .html.gz), extracts each
with trafilatura's defaults, and prints one JSON object: {"seconds": s, "bytes": n,
"texts": {path: text}}. Only extraction is timed (not reading or decompression).

Install: pip install trafilatura lxml_html_clean
"""
import gzip
import json
import sys
import time

import trafilatura


def read(path):
    data = open(path, "rb").read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data


def main():
    paths = [l.strip() for l in sys.stdin if l.strip()]
    pages = [(p, read(p)) for p in paths]
    texts = {}
    t0 = time.perf_counter()
    for p, html in pages:
        texts[p] = trafilatura.extract(html) or ""
    seconds = time.perf_counter() - t0
    json.dump({"seconds": seconds, "bytes": sum(len(h) for _, h in pages), "texts": texts}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
