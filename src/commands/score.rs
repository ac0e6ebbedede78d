//! Shared by the evaluation commands: reading gold articles, and precision,
//! recall and F1 from counts.

use crate::cli::Split;
use anyhow::Context;
use std::path::PathBuf;

/// The articles of gold JSON Lines files that belong to `split`, with the
/// text each must carry; errors name the file and line.
pub fn gold_articles(paths: &[PathBuf], split: Split) -> anyhow::Result<Vec<serde_json::Value>> {
    let mut out = Vec::new();
    for path in paths {
        let file = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        for (n, line) in file
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let g: serde_json::Value = serde_json::from_str(line)
                .with_context(|| format!("{}: line {}: not JSON", path.display(), n + 1))?;
            let in_split = match split {
                Split::All => true,
                Split::Dev => g["split"] == "dev",
                Split::Test => g["split"] == "test",
            };
            if !in_split {
                continue;
            }
            if !g["text"].is_string() {
                anyhow::bail!("{}: line {}: no text", path.display(), n + 1);
            }
            out.push(g);
        }
    }
    Ok(out)
}

#[derive(Default)]
pub struct Prf {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn p(&self) -> f64 {
        self.correct as f64 / self.predicted.max(1) as f64
    }
    pub fn r(&self) -> f64 {
        self.correct as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({"precision": self.p(), "recall": self.r(), "f1": self.f1(),
            "correct": self.correct, "predicted": self.predicted, "gold": self.gold})
    }
}

/// A precision / recall / F1 table, one row per measure, labels padded to `width`.
pub fn print_table(width: usize, rows: &[(&str, &Prf)]) {
    println!(
        "{:<width$} {:>9} {:>9} {:>9}",
        "", "precision", "recall", "F1"
    );
    for (name, m) in rows {
        println!(
            "{:<width$} {:>9.3} {:>9.3} {:>9.3}",
            name,
            m.p(),
            m.r(),
            m.f1()
        );
    }
}

/// The byte span of a gold annotation's `start`/`end` (character offsets into `text`).
pub fn gold_span(
    v: &serde_json::Value,
    text: &str,
    idx: &rasid_text::CharIndex,
) -> Option<rasid_text::Span> {
    let s = v.get("start")?.as_u64()? as usize;
    let e = v.get("end")?.as_u64()? as usize;
    Some(rasid_text::Span::new(
        idx.byte_of_char(text, s)?,
        idx.byte_of_char(text, e)?,
    ))
}

/// A gold article run through the pipeline, with the publication date it gives.
pub fn analyzed(pipeline: &rasid_extract::Pipeline, g: &serde_json::Value) -> rasid_doc::Document {
    let meta = rasid_doc::Meta {
        published: g["published"].as_str().map(str::to_string),
        ..Default::default()
    };
    let text = g["text"].as_str().unwrap_or_default().to_string();
    let mut doc = rasid_doc::Document::new(format!("line-{}", g["line"]), meta, text);
    pipeline.run(&mut doc);
    doc
}
