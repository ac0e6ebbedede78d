//! `rasid train ner`, `rasid eval ner`, `rasid train clusters`, `rasid bench ner`.

use crate::cli::{
    BenchNerArgs, EvalNerArgs, Format, NerAlgorithm, TrainClustersArgs, TrainNerArgs,
};
use crate::Outcome;
use anyhow::{bail, Context};
use rasid_extract::ner::clusters::{self, ClusterConfig};
use rasid_extract::ner::conll::{self, Score, Sentence};
use rasid_extract::ner::crf::{self, CrfConfig};
use rasid_extract::ner::labels;
use rasid_extract::ner::model::{self, Example, Model, TrainConfig};
use rasid_extract::NerTagger;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::time::Instant;

fn read_conll(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    let src = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let s = conll::parse(&src).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    if s.is_empty() {
        bail!("{}: no sentence", path.display());
    }
    Ok(s)
}

/// Sentences of ANERcorp read as one document by default: about a news article's length.
const DOC_WINDOW: usize = 20;

/// Scores the tagger on gold sentences read as the file's documents (runs of `doc_window`
/// sentences when it marks none); `doc_window` 0: each sentence alone.
fn score(tagger: &NerTagger, sentences: &[Sentence], doc_window: usize, errors: bool) -> Score {
    let mut sc = Score::default();
    for doc in conll::documents(sentences, doc_window) {
        let toks: Vec<Vec<&str>> = doc
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let tags = if doc_window == 0 {
            toks.iter().map(|t| tagger.tag(t)).collect()
        } else {
            tagger.tag_document(&toks)
        };
        for (s, t) in doc.iter().zip(&tags) {
            sc.add(&s.tags, t);
            if errors {
                print_errors(s, t);
            }
        }
    }
    sc
}

/// One line per name missed (`MISSED`) or found wrongly (`WRONG`), on stderr (stdout keeps the
/// scores, JSON included): type, words, sentence.
fn print_errors(s: &Sentence, predicted: &[usize]) {
    let gold = labels::spans(&s.tags);
    let found = labels::spans(predicted);
    let words = |(a, b, _): &(usize, usize, &str)| s.tokens[*a..*b].join(" ");
    let sentence = s.tokens.join(" ");
    for g in gold.iter().filter(|g| !found.contains(g)) {
        eprintln!("MISSED {} «{}» in: {sentence}", g.2, words(g));
    }
    for f in found.iter().filter(|f| !gold.contains(f)) {
        eprintln!("WRONG  {} «{}» in: {sentence}", f.2, words(f));
    }
}

fn print_score(sc: &Score, format: Format) {
    if format == Format::Text {
        println!(
            "{:<6} {:>9} {:>9} {:>9} {:>9}",
            "type", "precision", "recall", "F1", "support"
        );
        for (t, c) in &sc.per_type {
            println!(
                "{:<6} {:>9.4} {:>9.4} {:>9.4} {:>9}",
                t,
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp + c.fn_
            );
        }
        let m = &sc.micro;
        println!(
            "{:<6} {:>9.4} {:>9.4} {:>9.4} {:>9}",
            "micro",
            m.precision(),
            m.recall(),
            m.f1(),
            m.tp + m.fn_
        );
    } else {
        println!("{}", sc.to_json());
    }
}

pub fn train(args: TrainNerArgs) -> anyhow::Result<Outcome> {
    let all = read_conll(&args.train)?;
    let (mut train, dev) = conll::split_dev(all, args.dev_fraction);
    let keep = ((train.len() as f64) * args.fraction.clamp(0.0, 1.0)).round() as usize;
    train.truncate(keep);
    if args.train_weight > 1 {
        let split = train.clone();
        for _ in 1..args.train_weight {
            train.extend(split.iter().cloned());
        }
    }
    for extra in &args.also_train {
        train.extend(read_conll(extra)?);
    }
    let tokens: usize = train.iter().map(|s| s.tokens.len()).sum();
    eprintln!(
        "training on {} sentences ({} tokens), dev split {} sentences",
        train.len(),
        tokens,
        dev.len()
    );
    let t0 = Instant::now();
    let examples: Vec<Example> = train
        .iter()
        .map(|s| {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            Example {
                features: NerTagger::features(&toks),
                gold: s.tags.clone(),
            }
        })
        .collect();
    let dev_feats: Vec<(Vec<Vec<u64>>, Vec<usize>)> = dev
        .iter()
        .map(|s| {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            (NerTagger::features(&toks), s.tags.clone())
        })
        .collect();
    let progress = |epoch: usize, m: &Model| {
        let mut sc = Score::default();
        for (f, g) in &dev_feats {
            sc.add(g, &m.predict(f));
        }
        eprintln!(
            "epoch {epoch:>2}: dev F1 {:.4} ({} features)",
            sc.micro.f1(),
            m.feature_count()
        );
    };
    let m = match args.algorithm {
        NerAlgorithm::Perceptron => {
            let cfg = TrainConfig {
                epochs: args.epochs.unwrap_or(7),
                seed: args.seed,
                min_count: args.min_count,
            };
            model::train(&examples, &cfg, progress)
        }
        NerAlgorithm::Crf => {
            let cfg = CrfConfig {
                epochs: args.epochs.unwrap_or(10),
                seed: args.seed,
                min_count: args.min_count,
                rate: args.rate,
            };
            crf::train(&examples, &cfg, progress)
        }
    };
    let bytes = m.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("{}: cannot write", args.out.display()))?;
    // score the model as written (16-bit weights), not the one in memory
    let tagger = NerTagger::from_bytes(&bytes).map_err(anyhow::Error::msg)?;
    eprintln!(
        "wrote {} ({:.1} MB, {} features) in {:.1} s",
        args.out.display(),
        bytes.len() as f64 / 1e6,
        tagger.feature_count(),
        t0.elapsed().as_secs_f64()
    );
    println!("development split ({} sentences):", dev.len());
    print_score(&score(&tagger, &dev, DOC_WINDOW, false), Format::Text);
    Ok(Outcome::Ok)
}

pub fn eval(args: EvalNerArgs) -> anyhow::Result<Outcome> {
    let mut sentences = read_conll(&args.gold)?;
    if let Some(f) = args.dev_split {
        sentences = conll::split_dev(sentences, f).1;
    }
    let owned;
    let tagger = match &args.model {
        Some(p) => {
            let b = std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?;
            owned =
                NerTagger::from_bytes(&b).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            &owned
        }
        None => NerTagger::builtin(),
    };
    print_score(
        &score(tagger, &sentences, args.doc_window, args.errors),
        args.format,
    );
    Ok(Outcome::Ok)
}

pub fn clusters(args: TrainClustersArgs) -> anyhow::Result<Outcome> {
    let file = std::fs::File::open(&args.corpus)
        .with_context(|| format!("{}: cannot open", args.corpus.display()))?;
    let field = args.field.clone();
    let texts = BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter_map(move |l| {
            let v: serde_json::Value = serde_json::from_str(&l).ok()?;
            v.get(&field)?.as_str().map(str::to_string)
        });
    let t0 = Instant::now();
    let cfg = ClusterConfig::default();
    let rows = clusters::build(texts, &cfg);
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(&args.out)
            .with_context(|| format!("{}: cannot write", args.out.display()))?,
    );
    writeln!(
        out,
        "# Word clusters (stem key, coarse, fine) learned from {} by `rasid train clusters`: {} keys, {} coarse x {} fine clusters",
        args.corpus.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default(),
        rows.len(),
        cfg.coarse,
        cfg.fine
    )?;
    writeln!(out, "key\tcoarse\tfine")?;
    for (k, a, b) in &rows {
        writeln!(out, "{k}\t{a}\t{b}")?;
    }
    eprintln!(
        "{} keys clustered in {:.1} s",
        rows.len(),
        t0.elapsed().as_secs_f64()
    );
    Ok(Outcome::Ok)
}

pub fn bench(args: BenchNerArgs) -> anyhow::Result<Outcome> {
    let sentences = read_conll(&args.conll)?;
    // resources (gazetteer, clusters, lexicon) and model load, measured apart
    let t0 = Instant::now();
    let _ = rasid_extract::ner::resources::resources();
    let _ = rasid_arabic::Stemmer::get();
    let resources_ms = t0.elapsed().as_secs_f64() * 1e3;
    let t0 = Instant::now();
    let tagger = NerTagger::builtin();
    let model_ms = t0.elapsed().as_secs_f64() * 1e3;
    let toks: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    let n: usize = toks.iter().map(Vec::len).sum();
    let mut best = f64::INFINITY;
    for _ in 0..args.passes.max(1) {
        let t0 = Instant::now();
        let mut acc = 0usize;
        for s in &toks {
            acc += tagger.tag(s).len();
        }
        std::hint::black_box(acc);
        best = best.min(t0.elapsed().as_secs_f64());
    }
    println!("sentences {}, tokens {n}", sentences.len());
    println!("model load: {model_ms:.1} ms ({} features); gazetteer + clusters + lexicon load: {resources_ms:.1} ms", tagger.feature_count());
    println!(
        "tagging (features + Viterbi), one thread, best of {}: {:.3} s, {:.0} tokens/s",
        args.passes,
        best,
        n as f64 / best
    );
    Ok(Outcome::Ok)
}
