//! CoNLL files (`token TAG` per line, blank line between sentences, `-DOCSTART-` lines
//! before documents when the file marks them) and CoNLL-style exact-span scoring.

use super::labels;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<usize>,
    /// The first sentence of a document (after a `-DOCSTART-` line).
    pub doc_start: bool,
}

const DOC_START: &str = "-DOCSTART-";

/// Parses a CoNLL file; errors name the line.
pub fn parse(src: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let empty = |doc_start| Sentence {
        tokens: Vec::new(),
        tags: Vec::new(),
        doc_start,
    };
    let mut cur = empty(false);
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.split_whitespace().next() == Some(DOC_START) {
            let doc_start = line.trim_start().starts_with(DOC_START);
            if !cur.tokens.is_empty() {
                out.push(std::mem::replace(&mut cur, empty(doc_start)));
            } else {
                cur.doc_start |= doc_start;
            }
            continue;
        }
        let (tok, tag) = line
            .rsplit_once([' ', '\t'])
            .ok_or_else(|| format!("line {}: expected `token TAG`", n + 1))?;
        let tag = labels::parse(tag.trim())
            .ok_or_else(|| format!("line {}: unknown tag {tag:?}", n + 1))?;
        cur.tokens.push(tok.trim().to_string());
        cur.tags.push(tag);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// The documents of a file: as its `-DOCSTART-` lines mark them, or else (ANERcorp marks
/// none) runs of `window` sentences, about a news article.
pub fn documents(sentences: &[Sentence], window: usize) -> Vec<&[Sentence]> {
    if !sentences.iter().any(|s| s.doc_start) {
        return sentences.chunks(window.max(1)).collect();
    }
    let mut out = Vec::new();
    let mut from = 0;
    for i in 1..=sentences.len() {
        if i == sentences.len() || sentences[i].doc_start {
            out.push(&sentences[from..i]);
            from = i;
        }
    }
    out
}

/// The development split: the last `fraction` of the sentences (the file is
/// in document order, like ANERcorp's own train/test split).
pub fn split_dev(sentences: Vec<Sentence>, fraction: f64) -> (Vec<Sentence>, Vec<Sentence>) {
    let n_dev = ((sentences.len() as f64) * fraction).round() as usize;
    let mut train = sentences;
    let dev = train.split_off(train.len() - n_dev.min(train.len()));
    (train, dev)
}

#[derive(Default, Clone, Debug, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Default, Clone, Debug)]
pub struct Score {
    pub micro: Counts,
    pub per_type: BTreeMap<&'static str, Counts>,
}

impl Score {
    /// Adds one sentence: exact entity spans with their types.
    pub fn add(&mut self, gold: &[usize], pred: &[usize]) {
        let g = labels::spans(gold);
        let p = labels::spans(pred);
        for e in &p {
            let c = self.per_type.entry(e.2).or_default();
            if g.contains(e) {
                c.tp += 1;
                self.micro.tp += 1;
            } else {
                c.fp += 1;
                self.micro.fp += 1;
            }
        }
        for e in &g {
            if !p.contains(e) {
                self.per_type.entry(e.2).or_default().fn_ += 1;
                self.micro.fn_ += 1;
            }
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        let per: serde_json::Map<String, serde_json::Value> = self
            .per_type
            .iter()
            .map(|(t, c)| {
                (
                    t.to_string(),
                    serde_json::json!({"precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                        "support": c.tp + c.fn_}),
                )
            })
            .collect();
        serde_json::json!({"precision": self.micro.precision(), "recall": self.micro.recall(),
            "f1": self.micro.f1(), "per_type": per})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_scores() {
        let s = parse("عمان B-LOC\nاليوم O\n\nكامل B-PERS\nالكناني I-PERS\n").unwrap();
        assert_eq!(s.len(), 2);
        let mut sc = Score::default();
        sc.add(&s[1].tags, &s[1].tags);
        sc.add(&s[0].tags, &[0, 0]);
        assert_eq!(
            sc.micro,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        assert!((sc.micro.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert!(parse("x B-FOO").unwrap_err().contains("line 1"));
    }

    #[test]
    fn documents_follow_docstart_lines_or_windows() {
        let src = "-DOCSTART- O\n\nأ O\n\nب O\n-DOCSTART- O\n\nج B-LOC\n";
        let s = parse(src).unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!(
            s.iter().map(|s| s.doc_start).collect::<Vec<_>>(),
            [true, false, true]
        );
        let docs = documents(&s, 20);
        assert_eq!(docs.iter().map(|d| d.len()).collect::<Vec<_>>(), [2, 1]);
        let plain = parse("أ O\n\nب O\n\nج O\n").unwrap();
        assert_eq!(documents(&plain, 2).len(), 2);
    }
}
