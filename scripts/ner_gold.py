#!/usr/bin/env python3
"""Builds Rasid's in-domain NER gold set: SaudiNewsNet articles drawn at random with a fixed
seed, pre-tagged by the shipped tagger, corrected by hand, written as CoNLL.

    python3 scripts/ner_gold.py sample 5440 > data/gold/ner/sample.tsv
    python3 scripts/ner_gold.py pretag OUTDIR 20 [FIRST_ROW]   # batches of 20 articles to correct
    python3 scripts/ner_gold.py check OUTDIR/fixed-01.txt   # a corrected batch against its original
    python3 scripts/ner_gold.py build OUTDIR         # corrected batches -> data/gold/ner/*.conll

Population: articles of 300-1500 characters, in none of the other gold samples (quotes, events,
dates), without square brackets (the correction format uses them). The first 40 rows of the
shuffled pool are the test split, the next 40 the dev split, the rest the train split (the
first 160 rows were drawn and corrected first; a longer sample keeps them as they are).

Tokens follow ANERcorp's: words split at white space, punctuation split off, clitics left on
the word (وبغداد is one token). Each correction batch has one line per sentence,
`<line>.<sentence>\\t<tokens>`, with names in brackets: `[PERS ديفيد كاميرون]`. `build` checks
that each corrected line has exactly the original tokens and writes one CoNLL file per split
(`-DOCSTART- O` before each article), leaving out of train any article that repeats one held
out from training (NER test and dev, the other gold sets' test splits; the corpus holds some
articles twice).
"""
import json
import lzma
import os
import random
import re
import subprocess
import sys

CORPUS = "../shared/data/saudinewsnet/saudinewsnet.jsonl.xz"
SEED = 20261130
TYPES = {"PER": "PERS", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
# A token: a run of word characters (letters, digits, marks, tatweel, inner dots/commas of
# numbers) or one other non-space character.
TOKEN = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+(?:[.,٫][0-9٠-٩]+)*|\S")


def sampled(kind):
    path = f"data/gold/{kind}/sample.tsv"
    with open(path, encoding="utf-8") as f:
        return {int(l.split("\t")[0]) for l in f if l[:1].isdigit()}


def sample(total):
    taken = sampled("quotes") | sampled("events") | sampled("dates")
    pool = []
    with lzma.open(CORPUS, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            a = json.loads(line)
            t = a.get("content") or ""
            if 300 <= len(t) <= 1500 and n not in taken and "[" not in t and "]" not in t:
                pool.append((n, a))
    random.Random(SEED).shuffle(pool)
    print("line\tsplit\toutlet\turl")
    for i, (n, a) in enumerate(pool[:total]):
        split = "test" if i < 40 else "dev" if i < 80 else "train"
        print(f"{n}\t{split}\t{a['source']}\t{a['url']}")
    print(f"# population {len(pool)} articles, seed {SEED}", file=sys.stderr)


def rows():
    with open("data/gold/ner/sample.tsv", encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l[:1].isdigit()]


def articles(lines):
    want = set(lines)
    out = {}
    with lzma.open(CORPUS, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n in want:
                out[n] = json.loads(line)
    return out


def pretag(outdir, per_batch, first_row=0):
    """Batches of the sample's rows from `first_row` on (earlier batches keep their numbers)."""
    os.makedirs(outdir, exist_ok=True)
    table = rows()[first_row:]
    arts = articles(int(r[0]) for r in table)
    docs = "".join(
        json.dumps({"content": arts[int(r[0])]["content"], "url": r[3]}, ensure_ascii=False) + "\n"
        for r in table
    )
    res = subprocess.run(
        ["./target/release/rasid", "analyze", "-", "--format", "jsonl"],
        input=docs, capture_output=True, text=True, check=True,
    )
    analysed = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    assert len(analysed) == len(table), (len(analysed), len(table))
    for b in range(0, len(table), per_batch):
        number = (first_row + b) // per_batch + 1
        with open(f"{outdir}/batch-{number:02}.txt", "w", encoding="utf-8") as out:
            for r, d in zip(table[b:b + per_batch], analysed[b:b + per_batch]):
                for k, line in enumerate(bracketed(d)):
                    out.write(f"{r[0]}.{k + 1}\t{line}\n")
                out.write("\n")


def bracketed(doc):
    """The document's sentences as bracketed token lines (entities from the pipeline)."""
    text = doc["text"]
    ents = sorted((e["start"], e["end"], TYPES[e["label"]]) for e in doc["entities"])
    for s in doc["sentences"]:
        toks = [(m.start() + s["start"], m.end() + s["start"], m.group())
                for m in TOKEN.finditer(text[s["start"]:s["end"]])]
        if not toks:
            continue
        parts, i = [], 0
        while i < len(toks):
            e = next((e for e in ents if e[0] <= toks[i][0] < e[1]), None)
            if e is None:
                parts.append(toks[i][2])
                i += 1
                continue
            j = i
            while j < len(toks) and toks[j][0] < e[1]:
                j += 1
            parts.append(f"[{e[2]} " + " ".join(t[2] for t in toks[i:j]) + "]")
            i = j
        yield " ".join(parts)


def parse_line(line):
    """Tokens and BIO tags of one bracketed line; raises ValueError on bad brackets."""
    toks, tags, open_type = [], [], None
    for w in line.split():
        if w.startswith("[") and w[1:] in TYPES.values():
            if open_type:
                raise ValueError(f"nested bracket at {w}")
            open_type, first = w[1:], True
            continue
        close = open_type is not None and w.endswith("]") and len(w) > 1
        if w == "]" and open_type:
            open_type = None
            continue
        word = w[:-1] if close else w
        if open_type:
            tags.append(("B-" if first else "I-") + open_type)
            first = False
        else:
            tags.append("O")
        toks.append(word)
        if close:
            open_type = None
    if open_type:
        raise ValueError("unclosed bracket")
    return toks, tags


def batch_lines(path):
    """(line number, sentence id, bracketed text) of each sentence line of a batch file."""
    with open(path, encoding="utf-8") as f:
        for n, l in enumerate(f, 1):
            if "\t" in l:
                key, text = l.rstrip("\n").split("\t", 1)
                yield n, key, text


def originals(paths):
    """The tokens of each sentence of the batches as pre-tagged."""
    return {key: parse_line(text)[0] for p in paths for _, key, text in batch_lines(p)}


def checked(path, original):
    """The lines of a corrected batch that parse and keep their original tokens, as
    {id: (tokens, tags)}, the ids of all its lines, and the number of bad lines (each named on
    stderr)."""
    good, seen, bad = {}, set(), 0
    for n, key, text in batch_lines(path):
        seen.add(key)
        try:
            toks, tags = parse_line(text)
        except ValueError as e:
            print(f"{path}:{n}: {key}: {e}", file=sys.stderr)
            bad += 1
            continue
        if toks != original.get(key):
            print(f"{path}:{n}: {key}: tokens differ from the original", file=sys.stderr)
            bad += 1
            continue
        good[key] = (toks, tags)
    return good, seen, bad


def build(outdir):
    table = {r[0]: r[1] for r in rows()}
    names = sorted(os.listdir(outdir))
    original = originals(f"{outdir}/{n}" for n in names if n.startswith("batch-") and n.endswith(".txt"))
    corrected, bad = {}, 0
    for name in names:
        if name.startswith("fixed-") and name.endswith(".txt"):
            good, _, b = checked(f"{outdir}/{name}", original)
            corrected.update(good)
            bad += b
    missing = [k for k in original if k not in corrected]
    for k in missing:
        print(f"{k}: not corrected", file=sys.stderr)
    if bad or missing:
        sys.exit(f"{bad} bad lines, {len(missing)} missing")
    # each article's sentences in order, by split and corpus line
    by_split = {}
    for key, (toks, tags) in corrected.items():
        line, sentence = key.split(".")
        by_split.setdefault(table[line], {}).setdefault(line, []).append((int(sentence), toks, tags))
    for articles in by_split.values():
        for sents in articles.values():
            sents.sort()
    held_out = held_out_shingles(by_split)
    for split, articles in by_split.items():
        order = [r for r in table if table[r] == split]
        if split == "train":
            order = [r for r in order if not repeats_held_out(r, articles[r], held_out)]
        with open(f"data/gold/ner/{split}.conll", "w", encoding="utf-8") as out:
            for line in order:
                out.write("-DOCSTART- O\n\n")
                for _, toks, tags in articles[line]:
                    out.write("".join(f"{w} {t}\n" for w, t in zip(toks, tags)) + "\n")


WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]+")


def shingles(words, n=8):
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def article_words(sents):
    """The words of an article's sentences (punctuation left out), in order."""
    return [w for _, toks, _ in sents for w in toks if WORD.fullmatch(w)]


def held_out_shingles(by_split):
    """Runs of eight words of every article no model may learn from: the NER test and dev
    splits and the test splits of the quotation, event and date gold sets."""
    held = set()
    for split in ("test", "dev"):
        for sents in by_split.get(split, {}).values():
            held |= shingles(article_words(sents))
    for kind in ("quotes", "events", "dates"):
        for name in sorted(os.listdir(f"data/gold/{kind}")):
            if name.startswith("batch-") and name.endswith(".jsonl"):
                with open(f"data/gold/{kind}/{name}", encoding="utf-8") as f:
                    for l in f:
                        a = json.loads(l)
                        if a.get("split") == "test":
                            held |= shingles(WORD.findall(a["text"]))
    return held


def repeats_held_out(line, sents, held_out):
    """Whether a train article (its sentences) repeats an article held out from training (the
    corpus holds some articles twice, under other URLs, or nearly so): a fifth of its runs of
    eight words are in one. Such an article is left out of the train split (named on
    stderr)."""
    own = shingles(article_words(sents))
    shared = len(own & held_out)
    if own and shared * 5 >= len(own):
        print(f"{line}: left out of train, {shared} of {len(own)} runs of eight words held out",
              file=sys.stderr)
        return True
    return False


def check(fixed):
    """Checks one corrected batch against its original: brackets and tokens, line by line."""
    original = originals([fixed.replace("fixed-", "batch-")])
    good, seen, bad = checked(fixed, original)
    missing = [k for k in original if k not in seen]
    print(f"{len(seen)} lines checked, {bad} bad, {len(missing)} missing {missing[:5]}")


def main():
    cmd = sys.argv[1]
    if cmd == "sample":
        sample(int(sys.argv[2]))
    elif cmd == "pretag":
        pretag(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    elif cmd == "check":
        check(sys.argv[2])
    elif cmd == "build":
        build(sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
