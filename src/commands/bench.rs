//! `rasid bench text`: throughput of normalize + tokenize + sentence split on
//! a JSON Lines corpus, memory while streaming it, and CAMeL Tools side by
//! side on the same documents (speed, and a token-by-token comparison).

use crate::cli::{BenchPipelineArgs, BenchTextArgs};
use crate::Outcome;
use anyhow::{bail, Context};
use rasid_arabic::{split_sentences, tokenize, Normalizer};
use rasid_text::{Span, TokenKind};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::time::Instant;

/// Documents of the corpus: lines that parse as JSON with a string in `field`.
fn for_each_doc(
    path: &Path,
    field: &str,
    limit: Option<usize>,
    mut f: impl FnMut(String),
) -> anyhow::Result<usize> {
    let file =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut n = 0;
    for line in BufReader::new(file).lines() {
        if limit.is_some_and(|l| n >= l) {
            break;
        }
        let line = line.with_context(|| format!("{}: cannot read", path.display()))?;
        let Ok(serde_json::Value::Object(mut obj)) = serde_json::from_str(&line) else {
            continue;
        };
        if let Some(serde_json::Value::String(text)) = obj.remove(field) {
            f(text);
            n += 1;
        }
    }
    Ok(n)
}

fn rss_mb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// The full per-document work measured: aligned normalization, tokens, sentences.
fn process(text: &str) -> usize {
    let view = Normalizer::search().normalize(text);
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens);
    view.as_str().len() + tokens.len() + sentences.len()
}

pub fn text(args: BenchTextArgs) -> anyhow::Result<Outcome> {
    let _ = (Normalizer::search(), rasid_arabic::Stemmer::get); // tables load outside timing
    let _ = process("تحميل الجداول. warm-up");

    // 1. streaming: memory must not grow with the input
    let total_docs = for_each_doc(&args.corpus, &args.field, args.limit, |_| {})?;
    if total_docs == 0 {
        bail!(
            "{}: no document with a string field {:?}",
            args.corpus.display(),
            args.field
        );
    }
    let mut seen = 0usize;
    let mut rss_marks = Vec::new();
    for_each_doc(&args.corpus, &args.field, args.limit, |t| {
        std::hint::black_box(process(&t));
        seen += 1;
        if [total_docs / 10, total_docs / 2, total_docs].contains(&seen) {
            rss_marks.push((seen, rss_mb("VmRSS:")));
        }
    })?;
    let stream_peak = rss_mb("VmHWM:");

    // 2. throughput, single thread, over documents held in memory
    let mut texts = Vec::with_capacity(total_docs);
    for_each_doc(&args.corpus, &args.field, args.limit, |t| texts.push(t))?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let time = |f: &dyn Fn(&str) -> usize| {
        let mut best = f64::INFINITY;
        for _ in 0..3 {
            let t0 = Instant::now();
            let mut acc = 0usize;
            for t in &texts {
                acc = acc.wrapping_add(f(t));
            }
            std::hint::black_box(acc);
            best = best.min(t0.elapsed().as_secs_f64());
        }
        best
    };
    let full = time(&process);
    let norm_tok = time(&|t| Normalizer::search().normalize(t).as_str().len() + tokenize(t).len());
    let norm_only = time(&|t| Normalizer::search().normalize(t).as_str().len());
    let tok_only = time(&|t| tokenize(t).len());
    let tokens_per_doc: Vec<Vec<rasid_text::Token>> = texts.iter().map(|t| tokenize(t)).collect();
    let t0 = Instant::now();
    let mut acc = 0;
    for (t, toks) in texts.iter().zip(&tokens_per_doc) {
        acc += split_sentences(t, toks).len();
    }
    let split_only = t0.elapsed().as_secs_f64();
    let token_count: usize = tokens_per_doc.iter().map(Vec::len).sum();
    drop(tokens_per_doc);

    println!(
        "corpus: {} ({} documents, {:.1} MB of text, {} tokens, {} sentences)",
        args.corpus.display(),
        texts.len(),
        mb,
        token_count,
        acc
    );
    println!("\nRasid, one thread (best of 3):");
    println!(
        "  {:<44} {:>8.3} s {:>9.1} MB/s",
        "normalize (aligned) + tokenize + sentences",
        full,
        mb / full
    );
    println!(
        "  {:<44} {:>8.3} s {:>9.1} MB/s",
        "normalize (aligned) + tokenize",
        norm_tok,
        mb / norm_tok
    );
    println!(
        "  {:<44} {:>8.3} s {:>9.1} MB/s",
        "normalize (search profile, aligned view)",
        norm_only,
        mb / norm_only
    );
    println!(
        "  {:<44} {:>8.3} s {:>9.1} MB/s",
        "tokenize",
        tok_only,
        mb / tok_only
    );
    println!(
        "  {:<44} {:>8.3} s {:>9.1} MB/s",
        "sentence split (given tokens, one pass)",
        split_only,
        mb / split_only
    );
    println!("\nstreaming memory (resident set while processing document by document):");
    for (n, rss) in &rss_marks {
        println!(
            "  after {:>6} documents ({:>3.0}%): {:>7.1} MB",
            n,
            100.0 * *n as f64 / total_docs as f64,
            rss
        );
    }
    println!("  peak during the streaming pass: {stream_peak:.1} MB");

    if args.camel {
        camel(&args, &texts, mb, full, norm_tok)?;
    }
    Ok(Outcome::Ok)
}

fn camel(
    args: &BenchTextArgs,
    texts: &[String],
    mb: f64,
    rasid_full: f64,
    rasid_norm_tok: f64,
) -> anyhow::Result<()> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/peers/camel_text.py");
    let dump = std::env::temp_dir().join(format!("rasid-camel-{}.jsonl", std::process::id()));
    let mut cmd = std::process::Command::new(&args.python);
    cmd.arg(&script)
        .arg(&args.corpus)
        .args(["--field", &args.field])
        .arg("--dump")
        .arg(&dump);
    if let Some(l) = args.limit {
        cmd.args(["--limit", &l.to_string()]);
    }
    let out = cmd
        .output()
        .with_context(|| format!("cannot run {} {}", args.python, script.display()))?;
    if !out.status.success() {
        bail!(
            "CAMeL Tools peer failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).context("CAMeL peer output")?;
    let secs = r["seconds"].as_f64().unwrap_or(f64::NAN);
    if r["docs"].as_u64() != Some(texts.len() as u64) {
        bail!(
            "CAMeL peer read {} documents, Rasid {}",
            r["docs"],
            texts.len()
        );
    }
    println!("\nCAMeL Tools (Python), same documents, one thread:");
    println!(
        "  {:<44} {:>8.3} s {:>9.2} MB/s",
        "dediac_ar + normalize_alef_ar + simple_word_tokenize",
        secs,
        mb / secs
    );
    for (k, name) in [
        ("seconds_dediac", "dediac_ar"),
        ("seconds_alef", "normalize_alef_ar"),
        ("seconds_tokenize", "simple_word_tokenize"),
    ] {
        let s = r[k].as_f64().unwrap_or(f64::NAN);
        println!("  {:<44} {:>8.3} s {:>9.2} MB/s", name, s, mb / s);
    }
    println!(
        "  speed ratio, same work (normalize + tokenize): Rasid {:.1}× faster",
        secs / rasid_norm_tok
    );
    println!(
        "  speed ratio, Rasid doing more (+ sentence split): Rasid {:.1}× faster",
        secs / rasid_full
    );

    let diff = compare(texts, &dump);
    let _ = std::fs::remove_file(&dump);
    let diff = diff?;
    println!("\ndifferential check against CAMeL (rules both apply: harakat + dagger alef removal, alef folding; splitting at spaces and punctuation):");
    println!(
        "  tokens compared: {} Rasid, {} CAMeL; identical spans and forms: {}",
        diff.rasid_tokens, diff.camel_tokens, diff.agreed
    );
    if diff.classes.is_empty() {
        println!("  no difference");
    }
    for (class, (n, examples)) in &diff.classes {
        println!("  {n:>8}  {class}");
        for e in examples {
            println!("            e.g. {e}");
        }
    }
    Ok(())
}

#[derive(Default)]
struct Diff {
    rasid_tokens: usize,
    camel_tokens: usize,
    agreed: usize,
    classes: BTreeMap<String, (usize, Vec<String>)>,
}

impl Diff {
    fn add(&mut self, class: &str, example: String) {
        let e = self.classes.entry(class.to_string()).or_default();
        e.0 += 1;
        if e.1.len() < if class == "other" { 40 } else { 3 } {
            e.1.push(example);
        }
    }
}

/// Compares Rasid's tokens (normalized with exactly the rules CAMeL applies)
/// with CAMeL's, document by document, and sorts every difference into a class.
fn compare(texts: &[String], dump: &Path) -> anyhow::Result<Diff> {
    let same_rules = Normalizer::from_rule_ids(&[
        "harakat",
        "superscript_alef",
        "alef_madda",
        "alef_hamza_above",
        "alef_hamza_below",
        "alef_wasla",
    ])
    .map_err(anyhow::Error::msg)?;
    let file = std::fs::File::open(dump).context("CAMeL dump")?;
    let mut d = Diff::default();
    for (text, line) in texts.iter().zip(BufReader::new(file).lines()) {
        let camel: Vec<(String, String)> =
            serde_json::from_str(&line?).context("CAMeL dump line")?;
        // locate CAMeL's tokens in the original text (they are substrings, in order)
        let mut c = Vec::with_capacity(camel.len());
        let mut cursor = 0;
        for (tok, norm) in &camel {
            match text[cursor..].find(tok.as_str()) {
                Some(i) => {
                    let s = Span::new(cursor + i, cursor + i + tok.len());
                    cursor = s.end;
                    c.push((s, norm.as_str()));
                }
                None => d.add("CAMeL token not found in the text", tok.clone()),
            }
        }
        let r = tokenize(text);
        d.rasid_tokens += r.len();
        d.camel_tokens += c.len();
        let (mut i, mut j) = (0, 0);
        while i < r.len() && j < c.len() {
            if r[i].span == c[j].0 {
                let rn = same_rules.normalize_str(r[i].span.slice(text));
                if rn == c[j].1 {
                    d.agreed += 1;
                } else {
                    d.add(
                        "normalization differs",
                        format!(
                            "{} → Rasid {rn:?}, CAMeL {:?}",
                            r[i].span.slice(text),
                            c[j].1
                        ),
                    );
                }
                i += 1;
                j += 1;
                continue;
            }
            // a hunk: advance until both sides end at the same place
            let (i0, j0) = (i, j);
            let (mut ri, mut cj) = (r[i].span.end, c[j].0.end);
            i += 1;
            j += 1;
            while ri != cj {
                if ri < cj && i < r.len() {
                    ri = r[i].span.end;
                    i += 1;
                } else if cj < ri && j < c.len() {
                    cj = c[j].0.end;
                    j += 1;
                } else {
                    break;
                }
            }
            let class = classify(text, &r[i0..i], &c[j0..j]);
            let rs: Vec<&str> = r[i0..i].iter().map(|t| t.span.slice(text)).collect();
            let cs: Vec<&str> = c[j0..j].iter().map(|t| t.0.slice(text)).collect();
            d.add(class, format!("Rasid {rs:?} / CAMeL {cs:?}"));
        }
        for t in &r[i..] {
            d.add(
                classify(text, std::slice::from_ref(t), &[]),
                format!("Rasid {:?} / CAMeL -", t.span.slice(text)),
            );
        }
        for t in &c[j..] {
            let class = classify(text, &[], std::slice::from_ref(t));
            d.add(class, format!("Rasid - / CAMeL {:?}", t.0.slice(text)));
        }
    }
    Ok(d)
}

fn classify(text: &str, r: &[rasid_text::Token], c: &[(Span, &str)]) -> &'static str {
    let rtext: String = r.iter().map(|t| t.span.slice(text)).collect();
    let camel_tokens = || c.iter().map(|t| t.0.slice(text));
    let arabic = |ch: char| rasid_arabic::char_class(ch) == rasid_arabic::CharClass::ArabicLetter;
    let mixes = |a: fn(char) -> bool, b: fn(char) -> bool| {
        camel_tokens().any(|t| t.chars().any(a) && t.chars().any(b))
    };
    let format_mark = |ch: char| matches!(ch, '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}');
    // the first cause that explains the hunk names it
    if mixes(arabic, |ch| ch.is_numeric()) {
        return "digits glued to Arabic letters split (2014م → 2014 م, بـ4.6 → بـ 4.6)";
    }
    if mixes(arabic, |ch| {
        rasid_arabic::char_class(ch) == rasid_arabic::CharClass::LatinLetter
    }) {
        return "Arabic and Latin letters glued: split at the script change";
    }
    if camel_tokens().any(|t| t.chars().any(format_mark)) {
        return "zero-width or bidi control character: CAMeL keeps it in a token, Rasid treats it as invisible (or, U+200B, as a space)";
    }
    if camel_tokens()
        .any(|t| t.chars().any(|ch| ch.is_control()) && t.chars().any(|ch| !ch.is_control()))
    {
        return "control character glued to a word: CAMeL keeps it inside, Rasid splits it off";
    }
    let kinds = |k: TokenKind| r.iter().any(|t| t.kind == k);
    if kinds(TokenKind::Url) {
        return "URL kept whole (CAMeL splits at its punctuation)";
    }
    if kinds(TokenKind::Email) {
        return "e-mail address kept whole";
    }
    if kinds(TokenKind::Hashtag) {
        return "hashtag kept whole (# + word)";
    }
    if kinds(TokenKind::Mention) {
        return "@mention kept whole";
    }
    if kinds(TokenKind::Number) && rtext.contains(['%', '٪']) {
        return "number with percent sign kept whole (50٪)";
    }
    if kinds(TokenKind::Number) {
        return "number with group/decimal separator kept whole (1,500 / 3.5)";
    }
    if r.iter()
        .any(|t| t.kind == TokenKind::Latin && t.span.slice(text).contains(['\'', '’']))
    {
        return "Latin word with inner apostrophe kept whole";
    }
    if r.iter().any(|t| t.kind == TokenKind::Latin)
        && mixes(|ch| ch.is_numeric(), |ch| ch.is_alphabetic())
    {
        return "digits glued to Latin letters: one token in both, split differently";
    }
    if r.iter()
        .any(|t| t.kind == TokenKind::Punct && t.span.len() > 1)
    {
        return "run of dots or ! ? ؟ kept as one token (... !؟)";
    }
    if r.iter().any(|t| t.kind == TokenKind::Symbol) {
        return "symbol or stray mark: Rasid splits it off a word";
    }
    if c.is_empty() {
        return "character CAMeL drops (format, control, private use) kept as a symbol";
    }
    "other"
}

/// `rasid bench pipeline`: seconds and MB/s of each component of the standard
/// pipeline over the same documents (each component sees the layers of the
/// ones before it, as in `analyze`).
pub fn pipeline(args: BenchPipelineArgs) -> anyhow::Result<Outcome> {
    use rasid_doc::{Document, Meta};
    use rasid_extract::Pipeline;
    let mut texts = Vec::new();
    for_each_doc(&args.corpus, &args.field, args.limit, |t| texts.push(t))?;
    if texts.is_empty() {
        bail!(
            "{}: no document with a string field {:?}",
            args.corpus.display(),
            args.field
        );
    }
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let pipeline = Pipeline::standard();
    // warm-up: load every model and table outside the timing
    let mut warm = Document::new("w".into(), Meta::default(), texts[0].clone());
    pipeline.run(&mut warm);
    let names: Vec<String> = pipeline
        .components()
        .map(|c| format!("{}/{}", c.name(), c.version()))
        .collect();
    let mut secs = vec![0f64; names.len()];
    let (mut quotes, mut claims, mut entities) = (0usize, 0usize, 0usize);
    for t in &texts {
        let mut doc = Document::new(String::new(), Meta::default(), t.clone());
        for (k, c) in pipeline.components().enumerate() {
            let t0 = Instant::now();
            c.process(&mut doc);
            secs[k] += t0.elapsed().as_secs_f64();
        }
        quotes += doc.quotes.len();
        claims += doc.claims.len();
        entities += doc.entities.len();
    }
    println!(
        "corpus: {} ({} documents, {:.1} MB of text)",
        args.corpus.display(),
        texts.len(),
        mb
    );
    println!("found: {entities} entities, {quotes} quotes, {claims} claims");
    println!("{:<14} {:>9} {:>11}", "component", "seconds", "MB/s");
    for (n, s) in names.iter().zip(&secs) {
        println!("{:<14} {:>9.3} {:>11.2}", n, s, mb / s);
    }
    let total: f64 = secs.iter().sum();
    println!("{:<14} {:>9.3} {:>11.2}", "all", total, mb / total);
    let qc: f64 = names
        .iter()
        .zip(&secs)
        .filter(|(n, _)| n.starts_with("quotes") || n.starts_with("claims"))
        .map(|(_, s)| s)
        .sum();
    println!("quotes + claims: {:.2} MB/s", mb / qc);
    Ok(Outcome::Ok)
}
