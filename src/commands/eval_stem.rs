//! `rasid eval stem`: do clitic variants of one entity (العراق، والعراق،
//! بالعراق، للعراق) reach the same stem key?
//!
//! Gold variants come from the entity tokens of a CoNLL file: a form is a
//! variant of a shorter form when it is that form plus clitic prefixes and the
//! shorter form is itself attested as an entity token. Scored beside a
//! re-implementation of Lucene's ArabicStemmer on the same tokens.

use crate::cli::{EvalStemArgs, Format};
use crate::Outcome;
use anyhow::Context;
use rasid_arabic::{Normalizer, Stemmer};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Clitic prefix strings tried when deriving gold bases (search-normalized).
const GOLD_PREFIXES: &[&str] = &[
    "وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك",
    "فب", "فل", "و", "ف", "ب", "ل", "ك",
];

pub fn run(args: EvalStemArgs) -> anyhow::Result<Outcome> {
    let src = std::fs::read_to_string(&args.conll)
        .with_context(|| format!("{}: cannot read", args.conll.display()))?;
    let norm = Normalizer::search();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (tok, tag) = line.rsplit_once([' ', '\t']).with_context(|| {
            format!(
                "{}: line {}: expected `token TAG`",
                args.conll.display(),
                n + 1
            )
        })?;
        if tag.starts_with("B-") || tag.starts_with("I-") {
            let w = norm.normalize_str(tok);
            if w.chars()
                .any(|c| rasid_arabic::char_class(c) == rasid_arabic::CharClass::ArabicLetter)
            {
                *counts.entry(w).or_default() += 1;
            }
        }
    }
    if counts.is_empty() {
        return Ok(Outcome::NothingFound);
    }
    let forms: HashSet<&str> = counts.keys().map(String::as_str).collect();
    let mut memo = HashMap::new();
    let bases: HashMap<&str, String> = forms
        .iter()
        .map(|f| (*f, gold_base(f, &forms, &mut memo)))
        .collect();

    let stemmer = Stemmer::get();
    let rasid = |w: &str| stemmer.key(w);
    let lucene = |w: &str| lucene_stem(&Normalizer::matching().normalize_str(w));
    let r = score(&bases, &counts, rasid);
    let l = score(&bases, &counts, lucene);
    if args.format == Format::Text {
        println!(
            "entity tokens: {} ({} distinct forms)",
            counts.values().sum::<usize>(),
            forms.len()
        );
        println!(
            "variant forms (a known form + clitic prefixes): {} forms, {} tokens",
            r.variant_forms, r.variant_tokens
        );
        println!(
            "{:<28} {:>12} {:>12} {:>14} {:>16}",
            "stemmer", "forms met", "tokens met", "false merges", "base kept whole"
        );
        for (name, s) in [
            ("rasid (lexicon-guarded)", &r),
            ("lucene ArabicStemmer", &l),
        ] {
            println!(
                "{:<28} {:>11.1}% {:>11.1}% {:>14} {:>15.1}%",
                name,
                100.0 * s.forms_met as f64 / s.variant_forms.max(1) as f64,
                100.0 * s.tokens_met as f64 / s.variant_tokens.max(1) as f64,
                s.false_merges,
                100.0 * s.bases_whole as f64 / s.bases.max(1) as f64,
            );
        }
        println!("\nexamples of variants that did not meet (rasid):");
        for (form, base) in r.misses.iter().take(12) {
            println!("  {form} ≠ {base}   ({} vs {})", rasid(form), rasid(base));
        }
    } else {
        let j = |s: &Score| {
            serde_json::json!({
                "variant_forms": s.variant_forms, "forms_met": s.forms_met,
                "variant_tokens": s.variant_tokens, "tokens_met": s.tokens_met,
                "form_rate": s.forms_met as f64 / s.variant_forms.max(1) as f64,
                "token_rate": s.tokens_met as f64 / s.variant_tokens.max(1) as f64,
                "false_merges": s.false_merges, "bases": s.bases, "bases_kept_whole": s.bases_whole,
            })
        };
        println!("{}", serde_json::json!({"rasid": j(&r), "lucene": j(&l)}));
    }
    Ok(Outcome::Ok)
}

/// The shortest attested form this one reduces to by removing clitic prefixes.
fn gold_base(w: &str, forms: &HashSet<&str>, memo: &mut HashMap<String, String>) -> String {
    if let Some(b) = memo.get(w) {
        return b.clone();
    }
    let mut best: Option<String> = None;
    for p in GOLD_PREFIXES {
        let Some(rest) = w.strip_prefix(p) else {
            continue;
        };
        if rest.chars().count() < 2 {
            continue;
        }
        // لل = li + al: the base keeps its article
        let candidate = if p.ends_with("لل") {
            format!("ال{rest}")
        } else {
            rest.to_string()
        };
        if forms.contains(candidate.as_str()) {
            let b = gold_base(&candidate, forms, memo);
            if best
                .as_ref()
                .is_none_or(|x| b.chars().count() < x.chars().count())
            {
                best = Some(b);
            }
        }
    }
    let best = best.unwrap_or_else(|| w.to_string());
    memo.insert(w.to_string(), best.clone());
    best
}

#[derive(Default)]
struct Score {
    variant_forms: usize,
    forms_met: usize,
    variant_tokens: usize,
    tokens_met: usize,
    /// keys shared by forms of different gold bases
    false_merges: usize,
    bases: usize,
    /// bases whose key is the base itself (minus the article): nothing over-stripped
    bases_whole: usize,
    misses: Vec<(String, String)>,
}

fn score(
    bases: &HashMap<&str, String>,
    counts: &HashMap<String, usize>,
    key: impl Fn(&str) -> String,
) -> Score {
    let mut s = Score::default();
    let mut by_key: HashMap<String, HashSet<&str>> = HashMap::new();
    let sorted: BTreeMap<&str, &String> = bases.iter().map(|(k, v)| (*k, v)).collect();
    for (form, base) in sorted {
        let k = key(form);
        by_key.entry(k.clone()).or_default().insert(base.as_str());
        if form == base {
            s.bases += 1;
            let bare = form
                .strip_prefix("ال")
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(form);
            if k == Normalizer::matching().normalize_str(bare) {
                s.bases_whole += 1;
            }
            continue;
        }
        s.variant_forms += 1;
        s.variant_tokens += counts[form];
        if k == key(base) {
            s.forms_met += 1;
            s.tokens_met += counts[form];
        } else {
            s.misses.push((form.to_string(), base.clone()));
        }
    }
    s.false_merges = by_key.values().filter(|b| b.len() > 1).count();
    s
}

/// Lucene's ArabicStemmer (light stemming after Larkey et al.), as described
/// in shared/reference/arabic-rules.md, over a Lucene-normalized word.
pub fn lucene_stem(w: &str) -> String {
    let mut chars: Vec<char> = w.chars().collect();
    const PREFIXES: &[&str] = &["ال", "وال", "بال", "كال", "فال", "لل", "و"];
    const SUFFIXES: &[&str] = &["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];
    for p in PREFIXES {
        let pc: Vec<char> = p.chars().collect();
        let min = if pc.len() == 1 { 4 } else { pc.len() + 2 };
        if chars.len() >= min && chars.starts_with(&pc) {
            chars.drain(..pc.len());
            break;
        }
    }
    for s in SUFFIXES {
        let sc: Vec<char> = s.chars().collect();
        if chars.len() >= sc.len() + 2 && chars.ends_with(&sc) {
            chars.truncate(chars.len() - sc.len());
        }
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lucene_reference_behaviour() {
        assert_eq!(lucene_stem("والعراق"), "عراق");
        assert_eq!(lucene_stem("وزير"), "زير"); // Lucene over-strips و
        assert_eq!(lucene_stem("كتابها"), "كتاب");
    }

    #[test]
    fn gold_bases_follow_attested_forms() {
        let forms: HashSet<&str> = ["العراق", "والعراق", "للعراق", "وزير", "زير2"]
            .into_iter()
            .collect();
        let mut memo = HashMap::new();
        assert_eq!(gold_base("والعراق", &forms, &mut memo), "العراق");
        assert_eq!(gold_base("للعراق", &forms, &mut memo), "العراق");
        assert_eq!(gold_base("وزير", &forms, &mut memo), "وزير");
    }
}
