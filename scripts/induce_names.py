#!/usr/bin/env python3
"""Induces name lists from unlabeled news for the NER tagger's gazetteer features:

    python3 scripts/induce_names.py > crates/extract/data/ner/induced.tsv

A word that SaudiNewsNet (../shared/data/saudinewsnet, CC BY-NC-SA 4.0) writes right after a
person title (اللاعب، المدرب، الوزير …) in a large share of its occurrences is taken as a person
name (taking the second word after a title too did worse on the dev split); after an organization head (نادي، وزارة، حزب …) as an organization name; after a place
head (مدينة، محافظة، بلدة …) as a place name. The cue words are the lists below (language data
of this script, not of the tagger). Counts are over search-normalized words (no harakat or
tatweel, alef forms folded); the most frequent surface form is written.

Kept: at least MIN_AFTER occurrences after cues of one type, and at least RATIO of all the word's
occurrences; cue words and function words are never names.
"""
import json
import lzma
import re
from collections import Counter, defaultdict

CORPUS = "../shared/data/saudinewsnet/saudinewsnet.jsonl.xz"
MIN_AFTER = 3
RATIO = 0.1

CUES = {
    "PER": """الرئيس الوزير اللاعب اللاعبين المدرب الحارس المهاجم المدافع النجم الأمير الملك الشيخ
        الدكتور المهندس السيد السيدة العميد اللواء العقيد الفريق الفنان الفنانة الكاتب الكاتبة
        الشاعر الإعلامي الإعلامية الزميل الأستاذ الداعية المخرج الممثل الممثلة المطرب المطربة
        المواطن المواطنة الشهيد الطفل الطفلة السفير النائب المستشار القاضي المحامي""",
    "ORG": """نادي النادي فريق وزارة شركة جامعة منظمة حزب حركة جبهة هيئة مجلس صحيفة وكالة قناة
        بنك مصرف اتحاد جمعية مؤسسة جماعة تنظيم""",
    "LOC": """مدينة محافظة منطقة بلدة قرية عاصمة دولة ولاية إمارة جزيرة حي مخيم""",
}
FUNCTION = set("""في من إلى الى على عن مع أن ان إن التي الذي الذين هذا هذه ذلك تلك كان كانت قد لم لن
    و ف ثم أو او بل حتى بعد قبل عند لدى كل بين حيث كما أيضا ايضا غير إلا الا ما لا هو هي هم نحن
    العام الجديد الجديدة السابق السابقة الحالي الحالية الأول الأولى الثاني الثانية الماضي""".split())

HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")
WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652\u0640]+")


def norm(w):
    w = HARAKAT.sub("", w)
    return re.sub("[أإآٱ]", "ا", w)


STOP = set()


def main():
    cue_type = {}
    for typ, words in CUES.items():
        for w in words.split():
            cue_type[norm(w)] = typ
    STOP.update(norm(w) for w in FUNCTION)
    total = Counter()
    after = defaultdict(Counter)
    surface = defaultdict(Counter)
    with lzma.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("content") or ""
            words = WORD.findall(text)
            prev = prev2 = None
            for w in words:
                n = norm(w)
                total[n] += 1
                surface[n][w] += 1
                if prev in cue_type:
                    after[n][cue_type[prev]] += 1
                prev2, prev = prev, n
    stop = set(norm(w) for w in FUNCTION) | set(cue_type)
    print("# Names induced from SaudiNewsNet by scripts/induce_names.py (see there); CC BY-NC-SA 4.0.")
    print("name\ttype\tsource")
    out = []
    for n, by_type in after.items():
        if n in stop or len(n) < 3:
            continue
        typ, k = by_type.most_common(1)[0]
        if k >= MIN_AFTER and k >= RATIO * total[n]:
            out.append((surface[n].most_common(1)[0][0], typ))
    for name, typ in sorted(out):
        print(f"{name}\t{typ}\tinduced")


if __name__ == "__main__":
    main()
