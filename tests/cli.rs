//! End-to-end tests of the `rasid` binary on real articles and bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn rasid(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rasid"))
        .args(args)
        .output()
        .expect("run rasid")
}

fn repo(p: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(p)
        .display()
        .to_string()
}

fn shared(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(p)
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// text[start:end] == text for every object that has them (character offsets).
fn assert_spans(v: &serde_json::Value, chars: &[char]) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start"), m.get("end")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                let slice: String = chars[s..e].iter().collect();
                if let Some(t) = m.get("text") {
                    assert_eq!(slice, t.as_str().unwrap());
                }
            }
            m.values().for_each(|x| assert_spans(x, chars));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| assert_spans(x, chars)),
        _ => {}
    }
}

#[test]
fn analyzes_the_athr_press_article() {
    let out = rasid(&[
        "analyze",
        &repo("examples/athr-press-us-isis-iraq.ar.txt"),
        "--format",
        "json",
        "--tokens",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = json(&out);
    assert_eq!(d["schema"], "rasid.document/1");
    assert_eq!(d["meta"]["outlet"], "أثر برس");
    assert_eq!(
        d["meta"]["title"],
        "هل تعيد الولايات المتحدة تنشيط “داعش” في العراق لشرعنه وجودها؟"
    );
    assert_eq!(d["meta"]["author"], "Athr Press R");
    assert_eq!(d["meta"]["language"], "ar");
    assert_eq!(d["meta"]["title_question"], true);
    let text = d["text"].as_str().unwrap();
    assert!(text.starts_with("في ظل انشغال العالم"));
    assert!(text.ends_with("بحجة أنها الضامن لمحاربة التنظيم."));
    assert!(!text.contains("اقرأ أيضاً") && !text.contains("أثر برس") && !text.contains("by Athr"));
    // the body is the original characters, unchanged
    let original =
        std::fs::read_to_string(repo("examples/athr-press-us-isis-iraq.ar.txt")).unwrap();
    assert!(original.contains(text));
    let kinds: Vec<&str> = d["meta"]["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["outlet", "title", "byline", "signature", "read_also"]
    );
    let chars: Vec<char> = text.chars().collect();
    assert_spans(&d, &chars);
    let sentences = d["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 8);
    let s4 = &sentences[3];
    let s4: String = chars
        [s4["start"].as_u64().unwrap() as usize..s4["end"].as_u64().unwrap() as usize]
        .iter()
        .collect();
    assert_eq!(s4, "لكن السؤال كيف عاد التنظيم؟");
    let tokens = d["tokens"].as_array().unwrap();
    let dpa = tokens.iter().find(|t| t["text"] == "Dpa").unwrap();
    assert_eq!(dpa["norm"], "dpa");
    let year = tokens.iter().find(|t| t["text"] == "2014").unwrap();
    assert_eq!(year["kind"], "number");
}

#[test]
fn analyzes_the_tasnim_interview_from_stdin() {
    let input = std::fs::read(repo("examples/tasnim-kanani-interview.ar.txt")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .args(["analyze", "-", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let d = json(&out);
    assert_eq!(d["meta"]["source"], "-");
    assert_eq!(d["meta"]["title_question"], false);
    assert_eq!(d["meta"]["outlet"], serde_json::Value::Null);
    assert!(d["meta"]["title"]
        .as_str()
        .unwrap()
        .starts_with("محلل سياسي عراقي لـ\"تسنيم\""));
    let text = d["text"].as_str().unwrap();
    assert!(text.starts_with("أكد المحلل السياسي العراقي كامل الكناني"));
    assert!(text.ends_with("لصالح داعش."));
    assert!(!text.contains("انتهى"));
    assert_eq!(d["meta"]["boilerplate"][1]["text"], "/انتهى/");
    assert_eq!(d["sentences"].as_array().unwrap().len(), 14);
    // every answer the interviewee opens with a continuation cue is his quote
    let chars: Vec<char> = text.chars().collect();
    let quotes = d["quotes"].as_array().unwrap();
    for cue in ["وأضاف،", "وتابع،", "واردف قائلا،"] {
        let starts: Vec<usize> = text
            .match_indices(cue)
            .map(|(b, _)| text[..b].chars().count())
            .collect();
        assert!(!starts.is_empty(), "{cue}");
        for s in starts {
            let q = quotes
                .iter()
                .find(|q| q["cue"]["start"].as_u64() == Some(s as u64))
                .unwrap_or_else(|| panic!("no quote at {cue} ({s})"));
            let sp = &q["speaker"];
            let speaker: String = chars
                [sp["start"].as_u64().unwrap() as usize..sp["end"].as_u64().unwrap() as usize]
                .iter()
                .collect();
            assert!(speaker.contains("الكناني"), "{cue}: {speaker}");
        }
    }
}

#[test]
fn a_directory_gives_a_corpus_object_and_jsonl_lines() {
    let out = rasid(&["analyze", &repo("examples"), "--format", "json"]);
    assert!(out.status.success());
    let c = json(&out);
    assert_eq!(c["schema"], "rasid.corpus/1");
    assert_eq!(c["documents"].as_array().unwrap().len(), 2);
    let out = rasid(&["analyze", &repo("examples"), "--format", "jsonl"]);
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 2);
    let out = rasid(&["analyze", &repo("examples")]);
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("outlet: أثر برس") && report.contains("sentences"));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_processed() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    std::fs::write(p("a-good.txt"), "قال الوزير إن الاجتماع انتهى.").unwrap();
    std::fs::write(p("b-invalid.txt"), b"ok \xc3\x28 not utf-8, not arabic").unwrap();
    std::fs::write(p("c-empty.txt"), b"").unwrap();
    std::fs::write(p("d-binary.bin"), b"\x7fELF\x02\x01\x01\x00\x00\x00").unwrap();
    std::os::unix::fs::symlink(p("nowhere"), p("e-dangling.txt")).unwrap();
    std::fs::write(p("f-good.txt"), "ثم غادر الوفد.").unwrap();
    let out = rasid(&[
        "analyze",
        &dir.path().display().to_string(),
        "--format",
        "jsonl",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().count(),
        2,
        "both good files are still analysed"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    let line = |name: &str| {
        stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no error for {name}: {stderr}"))
    };
    assert!(line("b-invalid.txt").contains("invalid UTF-8 at byte offset 3"));
    assert!(line("c-empty.txt").contains("empty file"));
    assert!(line("d-binary.bin").contains("binary file"));
    assert!(line("e-dangling.txt").contains("cannot read"));
    assert_eq!(
        stderr.lines().count(),
        4,
        "each error printed once: {stderr}"
    );

    // --lossy reads the invalid file with a warning instead
    let out = rasid(&[
        "analyze",
        &p("b-invalid.txt").display().to_string(),
        "--format",
        "json",
        "--lossy",
    ]);
    assert!(out.status.success());
    assert!(json(&out)["meta"]["warnings"][0]
        .as_str()
        .unwrap()
        .contains("replaced"));
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let out = rasid(&["analyze", &dir.path().display().to_string()]);
    assert_eq!(out.status.code(), Some(1), "nothing found");
    let out = rasid(&["analyze", "/no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt: cannot read"));
    let out = rasid(&["analyze"]);
    assert_eq!(out.status.code(), Some(2), "usage error");
}

#[test]
fn stemmer_figure_on_anercorp() {
    let conll = shared("data/anercorp/ANERCorp_train.reconstructed.txt");
    let out = rasid(&[
        "eval",
        "stem",
        "--conll",
        &conll.display().to_string(),
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    let rasid_rate = v["rasid"]["form_rate"].as_f64().unwrap();
    let lucene_rate = v["lucene"]["form_rate"].as_f64().unwrap();
    assert!(rasid_rate >= 0.8, "{v}");
    assert!(rasid_rate > lucene_rate);
    assert!(v["rasid"]["false_merges"].as_u64() < v["lucene"]["false_merges"].as_u64());
}

#[test]
fn eval_ner_on_the_development_split() {
    let conll = shared("data/anercorp/ANERCorp_train.reconstructed.txt");
    let out = rasid(&[
        "eval",
        "ner",
        "--gold",
        &conll.display().to_string(),
        "--dev-split",
        "0.1",
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    for k in ["precision", "recall", "f1"] {
        assert!(v[k].as_f64().is_some(), "{v}");
    }
    for t in ["PER", "ORG", "LOC", "MISC"] {
        assert!(v["per_type"][t]["f1"].as_f64().is_some(), "{v}");
    }
    // the shipped model scores what docs/benchmarks.md reports (deterministic)
    assert!(v["f1"].as_f64().unwrap() > 0.70, "{v}");
}

#[test]
fn ner_training_is_deterministic() {
    let conll = shared("data/anercorp/ANERCorp_train.reconstructed.txt");
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.bin");
    let b = dir.path().join("b.bin");
    // `train ner` on a fraction of ANERcorp, with the options given; it succeeds
    let train = |out: &Path, options: &[&str]| {
        let (conll, out) = (conll.display().to_string(), out.display().to_string());
        let mut args = vec!["train", "ner", "--train", &conll, "--out", &out];
        args.extend_from_slice(options);
        let o = rasid(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        o
    };
    for out in [&a, &b] {
        let o = train(out, &["--fraction", "0.1", "--epochs", "2"]);
        assert!(String::from_utf8_lossy(&o.stdout).contains("micro"));
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    // --train-weight 2: each epoch sees the training split twice
    let sentences = |weight: &str| {
        let o = train(
            &b,
            &[
                "--fraction",
                "0.05",
                "--epochs",
                "1",
                "--train-weight",
                weight,
            ],
        );
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        err.split("training on ")
            .nth(1)
            .and_then(|r| r.split(' ').next())
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap()
    };
    assert_eq!(sentences("2"), 2 * sentences("1"));
    // the model it wrote is usable
    let o = rasid(&[
        "eval",
        "ner",
        "--gold",
        &conll.display().to_string(),
        "--dev-split",
        "0.1",
        "--model",
        &a.display().to_string(),
    ]);
    assert!(o.status.success());
    // a file that is not a model is refused with its name
    let o = rasid(&[
        "eval",
        "ner",
        "--gold",
        &conll.display().to_string(),
        "--model",
        &conll.display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a Rasid NER model"));
}

#[test]
fn entities_of_the_athr_press_article() {
    let out = rasid(&[
        "analyze",
        &repo("examples/athr-press-us-isis-iraq.ar.txt"),
        "--format",
        "json",
    ]);
    let d = json(&out);
    let ents = d["entities"].as_array().unwrap();
    let find = |text: &str| {
        ents.iter()
            .find(|e| e["text"] == text)
            .unwrap_or_else(|| panic!("no entity {text}"))
    };
    assert_eq!(find("كينو كبريل")["label"], "PER");
    assert_eq!(find("قسد")["canonical"], "قوات سوريا الديمقراطية");
    assert_eq!(find("قوات سوريا الديمقراطية")["label"], "ORG");
    assert_eq!(find("Dpa")["canonical"], "وكالة الأنباء الألمانية");
    assert_eq!(find("الحسكة")["label"], "LOC");
    assert_eq!(find("الحسكة")["place"]["kind"], "admin1");
    assert_eq!(find("الحسكة")["place"]["country"], "SY");
    assert!(find("الحسكة")["place"]["latitude"].as_f64().is_some());
    assert_eq!(find("قاعدة عين الأسد")["place"]["id"], "airports:ORAA");
    assert_eq!(find("الشدادي")["place"]["admin1"], "الحسكة");
    assert_eq!(find("بلاد الرافدين")["canonical"], "العراق");
    let ids: Vec<&str> = ents.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids[0], "e1");
    let chars: Vec<char> = d["text"].as_str().unwrap().chars().collect();
    assert_spans(&d, &chars);
}

#[test]
fn legacy_encodings_and_compressed_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    // windows-1256 text is detected and converted, the encoding recorded
    let text = "قال المتحدث باسم الوزارة إن الاجتماع انتهى دون اتفاق.";
    let cp1256: Vec<u8> = text
        .chars()
        .map(|c| match c {
            ' ' => b' ',
            '.' => b'.',
            _ => cp1256_byte(c),
        })
        .collect();
    let f = dir.path().join("legacy.txt");
    std::fs::write(&f, &cp1256).unwrap();
    let out = rasid(&["analyze", &f.display().to_string(), "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = json(&out);
    assert_eq!(d["text"], text);
    assert_eq!(d["meta"]["encoding"], "windows-1256");

    // SaudiNewsNet's own file: xz-compressed JSON Lines, read with the default mapping
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "xz -dc '{}' | head -n 3 | xz -c > '{}'",
            shared("data/saudinewsnet/saudinewsnet.jsonl.xz").display(),
            dir.path().join("three.jsonl.xz").display()
        ))
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut bad = std::fs::read(dir.path().join("three.jsonl.xz")).unwrap();
    let out = rasid(&[
        "analyze",
        &dir.path().join("three.jsonl.xz").display().to_string(),
        "--format",
        "jsonl",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["meta"]["outlet"], "aawsat");
    assert_eq!(lines[0]["meta"]["record"], "line 1");
    assert!(lines[0]["meta"]["published"]
        .as_str()
        .unwrap()
        .starts_with("2015-07-21T"));
    assert!(lines[0]["meta"]["title"].as_str().is_some());
    // a truncated archive is an error naming the file
    bad.truncate(bad.len() / 2);
    let t = dir.path().join("cut.jsonl.xz");
    std::fs::write(&t, &bad).unwrap();
    let out = rasid(&["analyze", &t.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cut.jsonl.xz: corrupt or truncated xz"));
    // a line that is not JSON is reported with its number; the others are read
    let j = dir.path().join("mixed.jsonl");
    std::fs::write(
        &j,
        "{\"text\": \"قال الوزير إن الاجتماع انتهى.\"}\n{oops\n{\"text\": \"ثم غادر الوفد.\"}\n",
    )
    .unwrap();
    let out = rasid(&["analyze", &j.display().to_string(), "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("mixed.jsonl: line 2: not JSON"));
}

/// Windows-1256 byte of an Arabic letter (the letters of the test sentence).
fn cp1256_byte(c: char) -> u8 {
    const TABLE: &[(char, u8)] = &[
        ('ء', 0xC1),
        ('آ', 0xC2),
        ('أ', 0xC3),
        ('ؤ', 0xC4),
        ('إ', 0xC5),
        ('ئ', 0xC6),
        ('ا', 0xC7),
        ('ب', 0xC8),
        ('ة', 0xC9),
        ('ت', 0xCA),
        ('ث', 0xCB),
        ('ج', 0xCC),
        ('ح', 0xCD),
        ('خ', 0xCE),
        ('د', 0xCF),
        ('ذ', 0xD0),
        ('ر', 0xD1),
        ('ز', 0xD2),
        ('س', 0xD3),
        ('ش', 0xD4),
        ('ص', 0xD5),
        ('ض', 0xD6),
        ('ط', 0xD8),
        ('ظ', 0xD9),
        ('ع', 0xDA),
        ('غ', 0xDB),
        ('ف', 0xDD),
        ('ق', 0xDE),
        ('ك', 0xDF),
        ('ل', 0xE1),
        ('م', 0xE3),
        ('ن', 0xE4),
        ('ه', 0xE5),
        ('و', 0xE6),
        ('ى', 0xEC),
        ('ي', 0xED),
    ];
    TABLE
        .iter()
        .find(|(ch, _)| *ch == c)
        .map(|(_, b)| *b)
        .unwrap_or_else(|| panic!("no cp1256 byte for {c}"))
}

#[test]
fn events_as_acled_csv() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("report.txt");
    std::fs::write(
        &f,
        "مقتل جنود في الأنبار\n\nقتل خمسة جنود عراقيين أمس بانفجار عبوة ناسفة قرب مدينة الرمادي في محافظة الأنبار، بحسب مصدر أمني.\n",
    )
    .unwrap();
    let out = rasid(&[
        "events",
        &f.display().to_string(),
        "--format",
        "acled-csv",
        "--published",
        "2020-03-18",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0].split(',').count(), 31);
    assert!(lines[0].starts_with("event_id_cnty,event_date,year,time_precision,disorder_type"));
    assert_eq!(lines.len(), 2, "{csv}");
    let row: Vec<&str> = lines[1].split(',').collect();
    assert!(row[0].starts_with("IRQ"));
    assert_eq!(
        &row[1..7],
        [
            "2020-03-17",
            "2020",
            "1",
            "Political violence",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED"
        ]
    );
    assert_eq!(row[15], "368");
    assert_eq!(row[17], "Iraq");
    assert_eq!(row[21], "الرمادي");
    assert_eq!(row[24], "2");
    assert_eq!(row[28], "5");
    // JSON Lines and the table name the same event
    let out = rasid(&[
        "events",
        &f.display().to_string(),
        "--format",
        "json",
        "--published",
        "2020-03-18",
    ]);
    let v: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(v["event"]["fatalities"], 5);
    assert_eq!(v["event"]["location"]["country"], "Iraq");
    // nothing found: exit code 1
    let calm = dir.path().join("calm.txt");
    std::fs::write(&calm, "افتتح الوزير معرضا للكتاب في الرياض.").unwrap();
    assert_eq!(
        rasid(&["events", &calm.display().to_string()])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn syndicated_copies_are_linked() {
    let dir = tempfile::tempdir().unwrap();
    let original =
        std::fs::read_to_string(repo("examples/athr-press-us-isis-iraq.ar.txt")).unwrap();
    std::fs::write(dir.path().join("a.txt"), &original).unwrap();
    // a copy re-published with harakat and spacing changed: the same content id
    std::fs::write(
        dir.path().join("b.txt"),
        original.replace("الولايات", "الوِلايات"),
    )
    .unwrap();
    // a copy with its own closing line: a near duplicate
    std::fs::write(
        dir.path().join("c.txt"),
        original.replace("لمحاربة التنظيم.", "لمحاربة التنظيم، بحسب مراقبين."),
    )
    .unwrap();
    let out = rasid(&[
        "analyze",
        &dir.path().display().to_string(),
        "--format",
        "jsonl",
    ]);
    assert!(out.status.success());
    let docs: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 3);
    assert!(docs[0]["meta"]["duplicate_of"].is_null());
    assert_eq!(docs[1]["meta"]["duplicate"], "exact");
    assert_eq!(docs[1]["meta"]["duplicate_of"], docs[0]["id"]);
    assert_eq!(docs[2]["meta"]["duplicate"], "near");
    assert_eq!(docs[2]["meta"]["duplicate_of"], docs[0]["id"]);
}

/// A gold line in the format of data/gold/*/GUIDELINE.md, offsets computed here.
fn gold_span(text: &str, part: &str) -> serde_json::Value {
    let b = text.find(part).unwrap();
    let start = text[..b].chars().count();
    serde_json::json!({"start": start, "end": start + part.chars().count(), "text": part})
}

#[test]
fn eval_quotes_and_events_on_a_small_gold_file() {
    let dir = tempfile::tempdir().unwrap();
    let text = "وقال وزير الداخلية العراقي عثمان الغانمي: «لن نسمح بعودة الإرهاب إلى المدن». وقتل خمسة جنود أمس بانفجار عبوة ناسفة قرب مدينة الرمادي.";
    let quotes = serde_json::json!({"line": 1, "split": "dev", "published": "2020-03-18", "text": text, "quotes": [{
        "kind": "direct", "cue": gold_span(text, "وقال"), "content": gold_span(text, "لن نسمح بعودة الإرهاب إلى المدن"),
        "speaker": gold_span(text, "وزير الداخلية العراقي عثمان الغانمي"), "speaker_head": gold_span(text, "عثمان الغانمي"),
        "source_type": "named_person", "via": [], "continuation": false}]});
    let qf = dir.path().join("quotes.jsonl");
    std::fs::write(&qf, format!("{quotes}\n")).unwrap();
    let out = rasid(&[
        "eval",
        "quotes",
        "--gold",
        &qf.display().to_string(),
        "--split",
        "dev",
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["detection"]["recall"], 1.0, "{v}");
    assert_eq!(v["speaker"]["recall"], 1.0, "{v}");
    assert_eq!(v["source_type_accuracy"], 1.0, "{v}");
    // the test split of this file is empty: nothing found
    let out = rasid(&[
        "eval",
        "quotes",
        "--gold",
        &qf.display().to_string(),
        "--split",
        "test",
    ]);
    assert_eq!(out.status.code(), Some(1));

    let sentence = "وقتل خمسة جنود أمس بانفجار عبوة ناسفة قرب مدينة الرمادي.";
    let events = serde_json::json!({"line": 1, "split": "dev", "published": "2020-03-18", "text": text, "events": [{
        "evidence": gold_span(text, sentence), "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
        "location": {"text": "الرمادي", "place": "الرمادي", "admin1": "الانبار", "country": "Iraq", "geo_precision": 2},
        "date": {"text": "أمس", "value": "2020-03-17", "time_precision": 1}, "fatalities": 5, "claimed_by": "author"}]});
    let ef = dir.path().join("events.jsonl");
    std::fs::write(&ef, format!("{events}\n")).unwrap();
    let out = rasid(&[
        "eval",
        "events",
        "--gold",
        &ef.display().to_string(),
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["events"]["recall"], 1.0, "{v}");
    assert_eq!(v["accuracy"]["fatalities (exact)"], 1.0, "{v}");
    assert_eq!(v["accuracy"]["admin1"], 1.0, "{v}");
    // a broken gold line names the file and line
    std::fs::write(&ef, "{oops\n").unwrap();
    let out = rasid(&["eval", "events", "--gold", &ef.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("events.jsonl: line 1: not JSON"));
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    // `rasid analyze … | head -c 1`: the reader closes the pipe long before the 140 kB of JSON
    // (more than a pipe buffer) are written
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .args(["analyze", &repo("examples"), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    use std::io::Read;
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
}
