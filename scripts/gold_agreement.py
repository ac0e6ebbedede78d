#!/usr/bin/env python3
"""Agreement between two annotations of the same gold articles, scored like `rasid eval`
scores the system (file A as the reference, file B in the place of the system):

    python3 scripts/gold_agreement.py quotes A.jsonl B.jsonl
    python3 scripts/gold_agreement.py events A.jsonl B.jsonl

quotes: detection (content overlap >= 50 %, one to one), speaker (the same source: the same
mention or head, or a mention holding the head's words), source type.
events: detection (evidence overlap, one to one, same type first), type + place + date.
The figures bound what a system can reach on a singly annotated gold set.
"""
import json
import re
import sys

HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def key(s):
    s = HARAKAT.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s)
    s = re.sub("[\"“”«»]", "", s)
    return " ".join(s.split())


def place_key(s):
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key(s).split())


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def prf(correct, gold, pred):
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(path):
    return {json.loads(l)["line"]: json.loads(l) for l in open(path, encoding="utf-8") if l.strip()}


def quotes(a, b):
    n = {"gold": 0, "pred": 0, "det": 0, "spk": 0, "type": 0}
    for line, da in a.items():
        ga, gb = da["quotes"], b[line]["quotes"]
        n["gold"] += len(ga)
        n["pred"] += len(gb)
        pairs = []
        for i, x in enumerate(ga):
            for j, y in enumerate(gb):
                xa, ya = (x["content"]["start"], x["content"]["end"]), (y["content"]["start"], y["content"]["end"])
                ov = overlap(xa, ya)
                if ov > 0 and 2 * ov >= max(xa[1] - xa[0], ya[1] - ya[0]):
                    pairs.append((ov, i, j))
        used_a, used_b = set(), set()
        for _, i, j in sorted(pairs, reverse=True):
            if i in used_a or j in used_b:
                continue
            used_a.add(i)
            used_b.add(j)
            n["det"] += 1
            x, y = ga[i], gb[j]
            head = key((x.get("speaker_head") or {}).get("text"))
            full = key((x.get("speaker") or {}).get("text"))
            pred = key((y.get("speaker") or {}).get("text"))
            if (not full and not pred) or pred in (full, head) or (head and f" {head} " in f" {pred} ") \
                    or (head and pred and head in pred and pred in full):
                n["spk"] += 1
            if x.get("source_type") == y.get("source_type"):
                n["type"] += 1
    d = prf(n["det"], n["gold"], n["pred"])
    s = prf(n["spk"], n["gold"], n["pred"])
    t = prf(n["type"], n["gold"], n["pred"])
    print(f"articles {len(a)}, quotes A {n['gold']}, B {n['pred']}, matched {n['det']}")
    print(f"detection            P {d[0]:.3f} R {d[1]:.3f} F1 {d[2]:.3f}")
    print(f"speaker              P {s[0]:.3f} R {s[1]:.3f} F1 {s[2]:.3f}")
    print(f"source type          P {t[0]:.3f} R {t[1]:.3f} F1 {t[2]:.3f}; accuracy on matched {n['type'] / max(n['det'], 1):.3f}")


def events(a, b):
    n = {"gold": 0, "pred": 0, "det": 0, "full": 0, "date": 0, "place": 0, "type": 0}

    def spans(e):
        out = [(e["evidence"]["start"], e["evidence"]["end"])]
        out += [(o["start"], o["end"]) for o in e.get("other_evidence") or [] if o.get("start") is not None]
        return out

    def place_ok(x, y):
        lx, ly = x.get("location"), y.get("location")
        if not lx or not ly:
            return not lx and not ly
        ks = {place_key(lx.get("place")), place_key(lx.get("text"))} - {""}
        return bool(ks & ({place_key(ly.get("place")), place_key(ly.get("text"))} - {""}))

    def date_ok(x, y):
        dx, dy = (x.get("date") or {}).get("value") or "", (y.get("date") or {}).get("value") or ""
        k = 7 if (x.get("date") or {}).get("time_precision") == 3 else 10
        return bool(dx) and dx[:k] == dy[:k]

    for line, da in a.items():
        ga, gb = da["events"], b[line]["events"]
        n["gold"] += len(ga)
        n["pred"] += len(gb)
        used = set()
        for passno in range(3):
            for i, x in enumerate(ga):
                if ("m", i) in used:
                    continue
                for j, y in enumerate(gb):
                    if j in used or not any(overlap(s, t) for s in spans(x) for t in spans(y)):
                        continue
                    same = x["event_type"] == y["event_type"]
                    if (passno == 0 and same and place_ok(x, y)) or (passno == 1 and same) or passno == 2:
                        used.add(j)
                        used.add(("m", i))
                        n["det"] += 1
                        n["type"] += same
                        n["place"] += place_ok(x, y)
                        n["date"] += date_ok(x, y)
                        n["full"] += same and place_ok(x, y) and date_ok(x, y)
                        break
    d = prf(n["det"], n["gold"], n["pred"])
    f = prf(n["full"], n["gold"], n["pred"])
    m = max(n["det"], 1)
    print(f"articles {len(a)}, events A {n['gold']}, B {n['pred']}, matched {n['det']}")
    print(f"detection            P {d[0]:.3f} R {d[1]:.3f} F1 {d[2]:.3f}")
    print(f"type + place + date  P {f[0]:.3f} R {f[1]:.3f} F1 {f[2]:.3f}")
    print(f"on matched: type {n['type'] / m:.3f}, place {n['place'] / m:.3f}, date {n['date'] / m:.3f}")


def main():
    kind, pa, pb = sys.argv[1], sys.argv[2], sys.argv[3]
    a, b = load(pa), load(pb)
    a = {k: v for k, v in a.items() if k in b}
    (quotes if kind == "quotes" else events)(a, b)


if __name__ == "__main__":
    main()
