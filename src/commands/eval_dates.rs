//! `rasid eval dates`: finding date expressions and resolving them to the
//! calendar, against a hand-annotated gold set (data/gold/dates/GUIDELINE.md).

use super::score::Prf;
use crate::cli::{EvalGoldArgs, Format};
use crate::Outcome;
use rasid_doc::DateMention;
use rasid_extract::calendar::days_in_month;
use rasid_extract::Pipeline;
use rasid_text::{CharIndex, Span};
use serde_json::Value;

/// The first and last day (ISO strings, which sort as dates) a value covers:
/// a day, a month, a year, or a `first/last` range.
fn days(value: &str) -> Option<(String, String)> {
    if let Some((a, b)) = value.split_once('/') {
        return Some((a.to_string(), b.to_string()));
    }
    let parts: Vec<u32> = value
        .split('-')
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match parts[..] {
        [y, m, d] => Some((
            format!("{y:04}-{m:02}-{d:02}"),
            format!("{y:04}-{m:02}-{d:02}"),
        )),
        [y, m] => Some((
            format!("{y:04}-{m:02}-01"),
            format!("{y:04}-{m:02}-{:02}", days_in_month(y as i64, m)),
        )),
        [y] => Some((format!("{y:04}-01-01"), format!("{y:04}-12-31"))),
        _ => None,
    }
}

/// Is a predicted value right for the gold one? A gold day, month or year must
/// be matched exactly; a gold range must contain every day of the prediction.
fn value_ok(predicted: Option<&str>, gold: Option<&str>) -> bool {
    match (predicted, gold) {
        (None, None) => true,
        (Some(p), Some(g)) if g.contains('/') => match (days(p), days(g)) {
            (Some((p0, p1)), Some((g0, g1))) => g0 <= p0 && p1 <= g1,
            _ => false,
        },
        (Some(p), Some(g)) => p == g,
        _ => false,
    }
}

struct GoldDate {
    span: Span,
    text: String,
    value: Option<String>,
}

fn gold_dates(g: &Value, text: &str, idx: &CharIndex) -> anyhow::Result<Vec<GoldDate>> {
    let mut out = Vec::new();
    for d in g["dates"].as_array().into_iter().flatten() {
        let span = super::score::gold_span(d, text, idx).ok_or_else(|| {
            anyhow::anyhow!("line {}: a date without valid start/end: {d}", g["line"])
        })?;
        out.push(GoldDate {
            span,
            text: span.slice(text).to_string(),
            value: d["value"].as_str().map(str::to_string),
        });
    }
    Ok(out)
}

pub fn eval(args: EvalGoldArgs) -> anyhow::Result<Outcome> {
    let pipeline = Pipeline::standard();
    let (mut detection, mut exact, mut resolved) = (Prf::default(), Prf::default(), Prf::default());
    let mut articles = 0;
    for g in super::score::gold_articles(&args.gold, args.split)? {
        let text = g["text"].as_str().unwrap_or_default();
        articles += 1;
        let doc = super::score::analyzed(&pipeline, &g);
        let idx = CharIndex::new(text);
        let gold = gold_dates(&g, text, &idx)?;
        let predicted: &[DateMention] = &doc.dates;
        for prf in [&mut detection, &mut exact, &mut resolved] {
            prf.gold += gold.len();
            prf.predicted += predicted.len();
        }
        // one to one, in text order: each gold date takes the first free overlapping prediction
        let mut used = vec![false; predicted.len()];
        for gd in &gold {
            let found =
                (0..predicted.len()).find(|&i| !used[i] && predicted[i].span.overlaps(gd.span));
            let Some(i) = found else {
                if args.errors {
                    println!("MISSED line {}: «{}» = {:?}", g["line"], gd.text, gd.value);
                }
                continue;
            };
            used[i] = true;
            let p = &predicted[i];
            detection.correct += 1;
            exact.correct += (p.span == gd.span) as usize;
            if value_ok(p.value.as_deref(), gd.value.as_deref()) {
                resolved.correct += 1;
            } else if args.errors {
                println!(
                    "VALUE  line {}: «{}» = {:?}, gold «{}» = {:?}",
                    g["line"],
                    p.span.slice(text),
                    p.value,
                    gd.text,
                    gd.value
                );
            }
        }
        if args.errors {
            for (p, _) in predicted.iter().zip(&used).filter(|(_, u)| !**u) {
                println!(
                    "EXTRA  line {}: «{}» = {:?}",
                    g["line"],
                    p.span.slice(text),
                    p.value
                );
            }
        }
    }
    if args.format == Format::Text {
        println!(
            "articles {articles}, gold dates {}, predicted {}",
            detection.gold, detection.predicted
        );
        super::score::print_table(
            36,
            &[
                ("detection (overlap)", &detection),
                ("exact span", &exact),
                ("resolved (overlap + value)", &resolved),
            ],
        );
        println!(
            "value accuracy on the {} detected: {:.3}",
            detection.correct,
            resolved.correct as f64 / detection.correct.max(1) as f64
        );
    } else {
        println!(
            "{}",
            serde_json::json!({"articles": articles, "detection": detection.json(), "exact": exact.json(),
                "resolved": resolved.json(),
                "value_accuracy": resolved.correct as f64 / detection.correct.max(1) as f64})
        );
    }
    Ok(Outcome::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_as_the_days_they_cover() {
        assert!(value_ok(Some("2015-07-30"), Some("2015-07-30")));
        assert!(!value_ok(Some("2015-07-29"), Some("2015-07-30")));
        // a month must be a month: a day inside it is too precise
        assert!(!value_ok(Some("2015-07-05"), Some("2015-07")));
        // a range holds the days inside it, and months that fit in it
        assert!(value_ok(Some("2015-07-21"), Some("2015-07-18/2015-07-24")));
        assert!(!value_ok(Some("2015-07-25"), Some("2015-07-18/2015-07-24")));
        assert!(value_ok(Some("2015-06"), Some("2015-06-01/2015-06-30")));
        assert!(!value_ok(Some("2015-06"), Some("2015-06-01/2015-06-29")));
        assert!(value_ok(None, None));
        assert!(!value_ok(Some("2015"), None));
        assert_eq!(days("2016-02").unwrap().1, "2016-02-29");
    }
}
