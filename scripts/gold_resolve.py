#!/usr/bin/env python3
"""Fills character offsets into a gold file whose spans are written as text, so annotators
never count characters by hand.

    python3 scripts/gold_resolve.py IN.jsonl OUT.jsonl

A span is written as {"text": "قال"} when the text occurs once in the article, or with an
`anchor` — a longer passage of the article that occurs exactly once and contains the span —
{"text": "قال", "anchor": "وقال المتحدث باسم الوزارة"}, or with `occurrence` (1-based) counted
over the whole article. Spans that already have start/end are checked, not moved. Every problem
is printed with the article line and the field; the output is written only when there is none.
"""
import json
import sys

SPAN_KEYS = {"cue", "content", "speaker", "speaker_head", "via", "evidence", "other_evidence",
             "trigger", "location", "date", "claimed_by"}


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def resolve(span, text, where, errors):
    if not isinstance(span, dict) or span.get("text") is None:
        return
    want = span["text"]
    if span.get("start") is not None:
        if text[span["start"]:span["end"]] != want:
            errors.append(f"{where}: text[{span['start']}:{span['end']}] is not {want!r}")
        return
    anchor = span.pop("anchor", None)
    nth = span.pop("occurrence", None)
    base = 0
    if anchor is not None:
        hits = occurrences(text, anchor)
        if len(hits) != 1:
            errors.append(f"{where}: anchor {anchor!r} occurs {len(hits)} times (needs exactly 1)")
            return
        base = hits[0]
        inner = anchor.find(want)
        if inner < 0:
            errors.append(f"{where}: {want!r} is not inside its anchor {anchor!r}")
            return
        start = base + inner
    else:
        hits = occurrences(text, want)
        if not hits:
            errors.append(f"{where}: {want!r} does not occur in the text")
            return
        if nth is not None:
            if not 1 <= nth <= len(hits):
                errors.append(f"{where}: occurrence {nth} of {want!r} but it occurs {len(hits)} times")
                return
            start = hits[nth - 1]
        elif len(hits) > 1:
            errors.append(f"{where}: {want!r} occurs {len(hits)} times: give an anchor or occurrence")
            return
        else:
            start = hits[0]
    span["start"], span["end"] = start, start + len(want)


def walk(annotation, text, where, errors):
    for key, value in annotation.items():
        if key not in SPAN_KEYS:
            continue
        for i, span in enumerate(value if isinstance(value, list) else [value]):
            resolve(span, text, f"{where}.{key}" + (f"[{i}]" if isinstance(value, list) else ""), errors)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    errors, docs = [], []
    for n, line in enumerate(open(src, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{src}:{n}: not JSON: {e}")
            continue
        for key in ("quotes", "events"):
            for i, a in enumerate(doc.get(key, [])):
                walk(a, doc["text"], f"{src}:{n} (line {doc.get('line')}) {key}[{i}]", errors)
        # a date expression is itself a span
        for i, d in enumerate(doc.get("dates", [])):
            resolve(d, doc["text"], f"{src}:{n} (line {doc.get('line')}) dates[{i}]", errors)
        docs.append(doc)
    for e in errors:
        print(e)
    if errors:
        print(f"{len(errors)} problems; nothing written")
        sys.exit(1)
    with open(dst, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles written to {dst}")


if __name__ == "__main__":
    main()
