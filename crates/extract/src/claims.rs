//! Claims: every asserted sentence (or the part of it a quotation covers)
//! becomes a claim attributed to the quote's source or to the author, with
//! hedges, boosters and loaded terms marked (lexicon in `data/quotes/markers.tsv`).
//! Questions are not claims.

use crate::Component;
use rasid_arabic::Normalizer;
use rasid_doc::{Claim, Document, Loaded};
use rasid_text::{Span, TokenKind};
use std::sync::OnceLock;

struct Marker {
    kind: &'static str,
    words: Vec<String>,
    technique: &'static str,
}

fn markers() -> &'static Vec<Marker> {
    static M: OnceLock<Vec<Marker>> = OnceLock::new();
    M.get_or_init(|| {
        let norm = Normalizer::search();
        let mut v: Vec<Marker> = crate::table_rows(include_str!("../data/quotes/markers.tsv"))
            .map(|c| Marker {
                kind: c[0],
                words: norm
                    .normalize_str(c[1])
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
                technique: c.get(2).copied().unwrap_or("-"),
            })
            .collect();
        // longest phrase first
        v.sort_by_key(|m| std::cmp::Reverse(m.words.len()));
        v
    })
}

pub struct ClaimExtractor;

impl Component for ClaimExtractor {
    fn name(&self) -> &'static str {
        "claims"
    }

    fn version(&self) -> &'static str {
        "1"
    }

    fn process(&self, doc: &mut Document) {
        let norm = Normalizer::search();
        let prov = self.provenance();
        let words: Vec<(Span, String)> = doc
            .tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .map(|t| (t.span, norm.normalize_str(t.span.slice(&doc.text))))
            .collect();
        // the quotes each sentence overlaps, found once for all sentences
        let mut quotes_of: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences.len()];
        for (qi, q) in doc.quotes.iter().enumerate() {
            for si in crate::ranges::overlapping(&doc.sentences, q.content, |s| *s) {
                quotes_of[si].push(qi);
            }
        }
        let mut claims = Vec::new();
        for (si, sent) in doc.sentences.iter().enumerate() {
            let text = sent.slice(&doc.text).trim_end();
            if text.ends_with(['؟', '?']) || text.ends_with("؟!") {
                continue; // a question asserts nothing
            }
            let mut parts: Vec<(Span, String)> = Vec::new();
            let mut covered = 0usize;
            for q in quotes_of[si].iter().map(|&qi| &doc.quotes[qi]) {
                let (a, b) = (q.content.start.max(sent.start), q.content.end.min(sent.end));
                if a < b {
                    let inter = Span::new(a, b);
                    covered += inter.len();
                    parts.push((inter, q.id.clone()));
                }
            }
            let sentence_words = crate::ranges::within(&words, *sent, |w| w.0).len();
            if parts.is_empty()
                || (sent.len() - covered.min(sent.len())) * 10 >= sent.len() * 6
                    && sentence_words >= 5
            {
                parts.push((*sent, "author".to_string()));
            }
            for (span, by) in parts {
                let inside: Vec<&(Span, String)> = words
                    [crate::ranges::within(&words, span, |w| w.0)]
                .iter()
                .collect();
                if inside.len() < 3 {
                    continue;
                }
                let (mut hedges, mut boosters, mut loaded) = (Vec::new(), Vec::new(), Vec::new());
                let mut k = 0;
                while k < inside.len() {
                    let hit = markers().iter().find(|m| {
                        k + m.words.len() <= inside.len()
                            && m.words.iter().enumerate().all(|(o, w)| strip_conj(&inside[k + o].1) == *w || inside[k + o].1 == *w)
                            // قد hedges only before an imperfect verb (قد يكون), not a past one (قد قال)
                            && !(m.words.len() == 1 && m.words[0] == "قد" && !inside.get(k + 1).is_some_and(|n| imperfect(&n.1)))
                    });
                    match hit {
                        Some(m) => {
                            let s =
                                Span::new(inside[k].0.start, inside[k + m.words.len() - 1].0.end);
                            match m.kind {
                                "hedge" => hedges.push(s),
                                "booster" => boosters.push(s),
                                _ => loaded.push(Loaded {
                                    span: s,
                                    technique: m.technique.to_string(),
                                }),
                            }
                            k += m.words.len();
                        }
                        None => k += 1,
                    }
                }
                let checkworthy = checkworthiness(doc, span, inside.len(), !hedges.is_empty());
                claims.push(Claim {
                    id: String::new(),
                    span,
                    attributed_to: by,
                    hedges,
                    boosters,
                    loaded,
                    checkworthy,
                    provenance: prov.clone(),
                });
            }
        }
        for (n, c) in claims.iter_mut().enumerate() {
            c.id = format!("c{}", n + 1);
        }
        doc.claims = claims;
        doc.meta.title_question = doc.meta.title.as_deref().map(is_question);
    }
}

/// A question: it ends with a question mark, or opens with an interrogative
/// (هل، أليس، لماذا، كيف، متى، ماذا).
fn is_question(title: &str) -> bool {
    let t = title.trim();
    if t.ends_with(['؟', '?']) {
        return true;
    }
    let first = Normalizer::search().normalize_str(t.split_whitespace().next().unwrap_or(""));
    matches!(
        first.as_str(),
        "هل" | "اليس" | "لماذا" | "كيف" | "متى" | "ماذا"
    ) && t.split_whitespace().count() > 2
}

/// Looks like an imperfect verb (يكون، تكون، نرى), which قد hedges; past verbs
/// (قد تم، قد قال) it asserts.
fn imperfect(w: &str) -> bool {
    w.starts_with(['ي', 'ن']) || (w.starts_with('ت') && w.chars().count() >= 4)
}

/// A conjunction glued to a marker word (ويبدو، وربما) does not hide it.
fn strip_conj(w: &str) -> &str {
    match w.strip_prefix(['و', 'ف']) {
        Some(r) if r.chars().count() >= 2 => r,
        _ => w,
    }
}

/// A transparent heuristic, not a trained model: factual claims that name
/// actors, places, numbers or dates are worth checking; hedged ones less.
fn checkworthiness(doc: &Document, span: Span, words: usize, hedged: bool) -> f32 {
    let mut s = 0.2f32;
    if !crate::ranges::within(&doc.entities, span, |e| e.span).is_empty() {
        s += 0.25;
    }
    if doc.tokens[crate::ranges::within(&doc.tokens, span, |t| t.span)]
        .iter()
        .any(|t| t.kind == TokenKind::Number)
    {
        s += 0.25;
    }
    if words >= 8 {
        s += 0.15;
    }
    if hedged {
        s -= 0.1;
    }
    (s.clamp(0.0, 1.0) * 100.0).round() / 100.0
}
