//! Builds `data/lexicon.tsv`: counts of search-normalized Arabic words in a
//! JSON Lines corpus (field `content`), keeping words seen at least MIN times.
//!
//! cargo run --release -p rasid-arabic --example build_lexicon -- corpus.jsonl [MIN] > data/lexicon.tsv

use rasid_arabic::{tokenize, Normalizer};
use rasid_text::TokenKind;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: build_lexicon CORPUS.jsonl [MIN]");
    let min: u32 = args.next().map(|s| s.parse().expect("MIN")).unwrap_or(5);
    let norm = Normalizer::search();
    let mut counts: HashMap<String, u32> = HashMap::new();
    let file = std::fs::File::open(&path).expect("open corpus");
    let mut docs = 0;
    for line in BufReader::new(file).lines() {
        let line = line.expect("read");
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(text) = v.get("content").and_then(|c| c.as_str()) else {
            continue;
        };
        docs += 1;
        for t in tokenize(text) {
            if t.kind == TokenKind::Arabic {
                let w = norm.normalize_str(t.span.slice(text));
                *counts.entry(w).or_default() += 1;
            }
        }
    }
    let mut rows: Vec<_> = counts.into_iter().filter(|(_, c)| *c >= min).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let out = std::io::stdout();
    let mut out = out.lock();
    writeln!(out, "# word counts (search-normalized) from SaudiNewsNet ({docs} articles), min count {min}; see README.md").unwrap();
    writeln!(out, "word\tcount").unwrap();
    for (w, c) in rows {
        writeln!(out, "{w}\t{c}").unwrap();
    }
}
