//! `rasid eval quotes`: quotation detection (content overlap ≥ 50 %), speaker
//! attribution and source type against a hand-annotated gold set. A speaker is right when
//! it names the gold's source: the gold mention or its head, a mention between the two,
//! the entity of the head, or another mention holding the head's words.

use super::score::Prf;
use crate::cli::{EvalGoldArgs, Format};
use crate::Outcome;
use rasid_arabic::Normalizer;
use rasid_doc::{Document, Quote};
use rasid_extract::Pipeline;
use rasid_text::{CharIndex, Span};
use serde_json::Value;

/// Comparable form of a speaker mention: search-normalized, without quotation marks.
fn key(s: &str) -> String {
    Normalizer::search()
        .normalize_str(s)
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”' | '«' | '»'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn speaker_ok(doc: &Document, p: &Quote, g: &Value) -> bool {
    let gold_full = g["speaker"]["text"].as_str().map(key);
    let gold_head = g["speaker_head"]["text"].as_str().map(key);
    let Some(ps) = &p.speaker else {
        return gold_full.is_none();
    };
    let pred = key(ps.span.slice(&doc.text));
    let entity = ps
        .entity
        .as_ref()
        .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
        .map(|e| key(e.span.slice(&doc.text)));
    let exact = Some(&pred) == gold_full.as_ref() || Some(&pred) == gold_head.as_ref();
    let by_entity = entity.is_some() && entity == gold_head;
    // between the head and the full mention (a title kept or dropped)
    let between = match (&gold_head, &gold_full) {
        (Some(h), Some(f)) => pred.contains(h.as_str()) && f.contains(pred.as_str()),
        _ => false,
    };
    // another mention of the same source: it holds the gold's head name as whole words
    // (وزير الدفاع الأمريكي آشتون كارتر for the gold's later "كارتر")
    let names_head = gold_head
        .as_ref()
        .is_some_and(|h| !h.is_empty() && format!(" {pred} ").contains(&format!(" {h} ")));
    exact || by_entity || between || names_head
}

pub fn eval(args: EvalGoldArgs) -> anyhow::Result<Outcome> {
    let pipeline = Pipeline::standard();
    let (mut det, mut spk, mut src) = (Prf::default(), Prf::default(), Prf::default());
    let (mut matched, mut same_type, mut same_kind) = (0usize, 0usize, 0usize);
    let mut articles = 0;
    for g in super::score::gold_articles(&args.gold, args.split)? {
        let text = g["text"].as_str().unwrap_or_default();
        articles += 1;
        let doc = super::score::analyzed(&pipeline, &g);
        let idx = CharIndex::new(text);
        let gold: Vec<&Value> = g["quotes"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let gold_content: Vec<Option<Span>> = gold
            .iter()
            .map(|q| super::score::gold_span(&q["content"], text, &idx))
            .collect();
        // one-to-one matching, best overlap first
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (pi, p) in doc.quotes.iter().enumerate() {
            for (gi, gc) in gold_content.iter().enumerate() {
                if let Some(gc) = gc {
                    let ov = p.content.overlap_len(*gc);
                    if ov * 2 >= p.content.len().max(gc.len()) && ov > 0 {
                        pairs.push((ov, pi, gi));
                    }
                }
            }
        }
        pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
        let (mut used_p, mut used_g) = (vec![false; doc.quotes.len()], vec![false; gold.len()]);
        for (_, pi, gi) in pairs {
            if used_p[pi] || used_g[gi] {
                continue;
            }
            used_p[pi] = true;
            used_g[gi] = true;
            matched += 1;
            det.correct += 1;
            let p = &doc.quotes[pi];
            let gq = gold[gi];
            if speaker_ok(&doc, p, gq) {
                spk.correct += 1;
            } else if args.errors {
                println!(
                    "SPEAKER line {}: predicted {:?}, gold {:?} / head {:?}",
                    g["line"],
                    p.speaker.as_ref().map(|s| s.span.slice(&doc.text)),
                    gq["speaker"]["text"],
                    gq["speaker_head"]["text"]
                );
            }
            let pt = serde_json::to_value(p.source_type).unwrap_or_default();
            if pt == gq["source_type"] {
                same_type += 1;
                src.correct += 1;
            } else if args.errors {
                println!(
                    "TYPE    line {}: predicted {pt}, gold {} for {:?}",
                    g["line"], gq["source_type"], gq["speaker"]["text"]
                );
            }
            if serde_json::to_value(p.kind).unwrap_or_default() == gq["kind"] {
                same_kind += 1;
            }
        }
        if args.errors {
            for (gi, q) in gold.iter().enumerate().filter(|(gi, _)| !used_g[*gi]) {
                let _ = gi;
                println!(
                    "MISSED  line {}: {} {:?} «{}»",
                    g["line"],
                    q["cue"]["text"],
                    q["speaker"]["text"],
                    q["content"]["text"]
                        .as_str()
                        .unwrap_or("")
                        .chars()
                        .take(80)
                        .collect::<String>()
                );
            }
            for (pi, p) in doc.quotes.iter().enumerate().filter(|(pi, _)| !used_p[*pi]) {
                let _ = pi;
                println!(
                    "EXTRA   line {}: {} {:?} «{}»",
                    g["line"],
                    p.cue.slice(&doc.text),
                    p.speaker.as_ref().map(|s| s.span.slice(&doc.text)),
                    p.content
                        .slice(&doc.text)
                        .chars()
                        .take(80)
                        .collect::<String>()
                );
            }
        }
        for m in [&mut det, &mut spk, &mut src] {
            m.predicted += doc.quotes.len();
            m.gold += gold.len();
        }
    }
    if articles == 0 {
        return Ok(Outcome::NothingFound);
    }
    let type_acc = same_type as f64 / matched.max(1) as f64;
    let kind_acc = same_kind as f64 / matched.max(1) as f64;
    if args.format == Format::Text {
        println!(
            "articles {articles}, gold quotes {}, predicted {}, matched {matched}",
            det.gold, det.predicted
        );
        super::score::print_table(
            34,
            &[
                ("quote detection (content ≥ 50 %)", &det),
                ("speaker attribution", &spk),
                ("source type", &src),
            ],
        );
        println!("source-type accuracy on matched quotes: {type_acc:.3}; kind (direct/indirect) accuracy: {kind_acc:.3}");
    } else {
        println!(
            "{}",
            serde_json::json!({"articles": articles, "detection": det.json(), "speaker": spk.json(),
            "source_type": src.json(), "source_type_accuracy": type_acc, "kind_accuracy": kind_acc})
        );
    }
    Ok(Outcome::Ok)
}
