//! `rasid eval events`: event detection, and type + place + date matching,
//! against a hand-annotated gold set; per-field accuracy on matched events.

use super::score::Prf;
use crate::cli::{EvalGoldArgs, Format};
use crate::Outcome;
use rasid_arabic::Normalizer;
use rasid_doc::Event;
use rasid_extract::Pipeline;
use rasid_text::{CharIndex, Span};
use serde_json::Value;

fn key(s: &str) -> String {
    // (search normalization: one place spelled with or without hamza, اسطنبول and إسطنبول)
    let n = Normalizer::search().normalize_str(s);
    n.split_whitespace()
        .map(|w| {
            w.strip_prefix("ال")
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn spans(v: &Value, text: &str, idx: &CharIndex) -> Vec<Span> {
    let one = |x: &Value| super::score::gold_span(x, text, idx);
    let mut out: Vec<Span> = one(&v["evidence"]).into_iter().collect();
    if let Some(a) = v["other_evidence"].as_array() {
        out.extend(a.iter().filter_map(one));
    }
    out
}

/// The start of a gold event's evidence, for an error line.
fn gold_evidence(g: &Value) -> String {
    g["evidence"]["text"]
        .as_str()
        .unwrap_or("")
        .chars()
        .take(90)
        .collect()
}

fn place_ok(p: &Event, g: &Value) -> bool {
    let gl = &g["location"];
    let Some(pl) = &p.location else {
        return gl.is_null();
    };
    if gl.is_null() {
        return false;
    }
    let pk = pl.place.as_deref().map(key).unwrap_or_default();
    // the gold's place or location phrase, as before; or the place the phrase opens with,
    // after at most one word (قاعدة إنجيرليك الجوية for إنجيرليك, whose gold place is spelled
    // إنجرليك; not بغداد in قرية X شمال بغداد)
    let same = |gk: &str| {
        gk == pk
            || gk.ends_with(pk.as_str()) && !pk.is_empty()
            || pk.ends_with(gk) && !gk.is_empty()
    };
    let opens_with = |phrase: &str| {
        let words: Vec<&str> = phrase.split(' ').collect();
        let n = pk.split(' ').count();
        !pk.is_empty()
            && (0..=1).any(|skip| words.get(skip..skip + n).is_some_and(|w| w.join(" ") == pk))
    };
    gl["place"].as_str().is_some_and(|g| same(&key(g)))
        || gl["text"].as_str().is_some_and(|g| {
            let gk = key(g);
            same(&gk) || opens_with(&gk)
        })
}

fn admin1_ok(p: &Event, g: &Value) -> bool {
    let ga = g["location"]["admin1"].as_str().map(key);
    let pa = p
        .location
        .as_ref()
        .and_then(|l| l.admin1.as_deref())
        .map(key);
    ga == pa
}

/// The ACLED types (inter codes) of a predicted event's actor1 and actor2, sorted: ACLED's
/// order implies no blame.
fn actor_types(p: &Event) -> Vec<u64> {
    let mut types: Vec<u64> = [&p.actor1, &p.actor2]
        .into_iter()
        .flatten()
        .filter_map(|a| a.inter.map(u64::from))
        .collect();
    types.sort_unstable();
    types
}

/// The same for a gold event.
fn gold_actor_types(g: &Value) -> Vec<u64> {
    let mut types: Vec<u64> = ["actor1", "actor2"]
        .iter()
        .filter_map(|a| g[a]["inter"].as_u64())
        .collect();
    types.sort_unstable();
    types
}

fn date_ok(p: &Event, g: &Value) -> bool {
    let gv = g["date"]["value"].as_str().unwrap_or("");
    let pv = p
        .date
        .as_ref()
        .and_then(|d| d.value.clone())
        .unwrap_or_default();
    // compare at the gold precision: a month-level date matches on YYYY-MM
    let n = if g["date"]["time_precision"].as_u64() == Some(3) {
        7
    } else {
        10
    };
    !gv.is_empty() && gv.get(..n.min(gv.len())) == pv.get(..n.min(pv.len()))
}

pub fn eval(args: EvalGoldArgs) -> anyhow::Result<Outcome> {
    let pipeline = Pipeline::standard();
    let (mut detection, mut full) = (Prf::default(), Prf::default());
    let mut fields = [0usize; 7]; // type, sub-type, place, admin1, date, fatalities, actors
    let mut articles = 0;
    let mut dates = (0usize, 0usize); // date expressions in the gold, resolved as the gold says
    for g in super::score::gold_articles(&args.gold, args.split)? {
        let text = g["text"].as_str().unwrap_or_default();
        articles += 1;
        let doc = super::score::analyzed(&pipeline, &g);
        let idx = CharIndex::new(text);
        let gold: Vec<&Value> = g["events"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        detection.predicted += doc.events.len();
        detection.gold += gold.len();
        full.predicted += doc.events.len();
        full.gold += gold.len();
        // detection: one-to-one by overlapping evidence; pairs that agree on type and place
        // are made first, then pairs of the same type, then any overlap
        let mut used = vec![false; doc.events.len()];
        let mut matched_gold = vec![false; gold.len()];
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let evidence: Vec<Vec<Span>> = gold.iter().map(|ge| spans(ge, text, &idx)).collect();
        for pass in 0..3 {
            for (gi, ge) in gold.iter().enumerate() {
                if matched_gold[gi] {
                    continue;
                }
                let same_type = |pi: usize| {
                    doc.events[pi].event_type == ge["event_type"].as_str().unwrap_or("")
                };
                let pick = (0..doc.events.len()).find(|&pi| {
                    !used[pi]
                        && evidence[gi].iter().any(|s| s.overlaps(doc.events[pi].span))
                        && match pass {
                            0 => same_type(pi) && place_ok(&doc.events[pi], ge),
                            1 => same_type(pi),
                            _ => true,
                        }
                });
                if let Some(pi) = pick {
                    used[pi] = true;
                    matched_gold[gi] = true;
                    pairs.push((gi, pi));
                }
            }
        }
        // the date layer on its own: each date expression the gold cites, resolved as written
        for ge in &gold {
            let d = &ge["date"];
            let Some(expr) = super::score::gold_span(d, text, &idx) else {
                continue;
            };
            dates.0 += 1;
            let n = if d["time_precision"].as_u64() == Some(3) {
                7
            } else {
                10
            };
            let want = d["value"].as_str().unwrap_or("");
            let got = doc
                .dates
                .iter()
                .filter(|x| x.span.overlaps(expr))
                .filter_map(|x| x.value.as_deref())
                // compared on the gold's own length at its precision (never two missing parts)
                .any(|v| {
                    let m = n.min(want.len());
                    m > 0 && v.get(..m).is_some() && v.get(..m) == want.get(..m)
                });
            if got {
                dates.1 += 1;
            } else if args.errors {
                println!(
                    "DATE   line {}: {:?} gold {want}, found {:?}",
                    g["line"],
                    d["text"],
                    doc.dates
                        .iter()
                        .filter(|x| x.span.overlaps(expr))
                        .map(|x| x.value.clone())
                        .collect::<Vec<_>>()
                );
            }
        }
        pairs.sort_unstable();
        for (gi, pi) in pairs {
            let ge = gold[gi];
            detection.correct += 1;
            let p = &doc.events[pi];
            let checks = [
                p.event_type == ge["event_type"].as_str().unwrap_or(""),
                p.sub_event_type == ge["sub_event_type"].as_str().unwrap_or(""),
                place_ok(p, ge),
                admin1_ok(p, ge),
                date_ok(p, ge),
                ge["fatalities"].as_u64() == Some(p.fatalities as u64),
                actor_types(p) == gold_actor_types(ge),
            ];
            for (f, ok) in fields.iter_mut().zip(checks) {
                *f += usize::from(ok);
            }
            if args.errors && !checks[6] {
                println!(
                    "ACTORS line {}: predicted {:?} {:?}; gold {:?} «{}» «{}»",
                    g["line"],
                    actor_types(p),
                    [&p.actor1, &p.actor2].map(|a| a.as_ref().map(|a| a.name.clone())),
                    gold_actor_types(ge),
                    ge["actor1"]["text"].as_str().unwrap_or("-"),
                    ge["actor2"]["text"].as_str().unwrap_or("-"),
                );
            }
            if args.errors && !checks[3] {
                println!(
                    "ADMIN1 line {}: predicted {:?} at {:?}; gold {} at {}",
                    g["line"],
                    p.location.as_ref().and_then(|l| l.admin1.clone()),
                    p.location.as_ref().and_then(|l| l.place.clone()),
                    ge["location"]["admin1"],
                    ge["location"]["place"]
                );
            }
            if args.errors && !checks[5] {
                println!(
                    "FATAL  line {}: predicted {}; gold {} «{}»",
                    g["line"],
                    p.fatalities,
                    ge["fatalities"],
                    p.span.slice(text).chars().take(90).collect::<String>()
                );
            }
            if checks[0] && checks[2] && checks[4] {
                full.correct += 1;
            } else if args.errors {
                // (the dates as written, to see why they differ; the gold's evidence)
                let written = p
                    .date
                    .as_ref()
                    .and_then(|d| d.span)
                    .map_or("", |s| s.slice(text));
                println!(
                    "MISMATCH line {}: predicted {} / {:?} / {:?} «{written}»; gold {} / {} / {} «{}» «{}»",
                    g["line"],
                    p.event_type,
                    p.location.as_ref().and_then(|l| l.place.clone()),
                    p.date.as_ref().and_then(|d| d.value.clone()),
                    ge["event_type"],
                    ge["location"]["place"],
                    ge["date"]["value"],
                    ge["date"]["text"].as_str().unwrap_or(""),
                    gold_evidence(ge)
                );
            }
        }
        if args.errors {
            for (_, ge) in gold.iter().enumerate().filter(|(gi, _)| !matched_gold[*gi]) {
                println!(
                    "MISSED line {}: {} «{}»",
                    g["line"],
                    ge["event_type"],
                    gold_evidence(ge)
                );
            }
            for (_, p) in doc.events.iter().enumerate().filter(|(pi, _)| !used[*pi]) {
                println!(
                    "EXTRA  line {}: {} «{}»",
                    g["line"],
                    p.event_type,
                    p.span.slice(&doc.text).chars().take(90).collect::<String>()
                );
            }
        }
    }
    if articles == 0 {
        return Ok(Outcome::NothingFound);
    }
    let m = detection.correct.max(1) as f64;
    let names = [
        "event type",
        "sub-event type",
        "place",
        "admin1",
        "date",
        "fatalities (exact)",
        "actor types",
    ];
    if args.format == Format::Text {
        println!(
            "articles {articles}, gold events {}, predicted {}",
            detection.gold, detection.predicted
        );
        super::score::print_table(
            36,
            &[
                ("event detection (evidence overlap)", &detection),
                ("events (type + place + date)", &full),
            ],
        );
        println!(
            "date expressions resolved: {}/{} = {:.3}",
            dates.1,
            dates.0,
            dates.1 as f64 / dates.0.max(1) as f64
        );
        println!("accuracy on the {} detected events:", detection.correct);
        for (n, f) in names.iter().zip(fields) {
            println!("  {:<20} {:.3}", n, f as f64 / m);
        }
    } else {
        let acc: serde_json::Map<String, Value> = names
            .iter()
            .zip(fields)
            .map(|(n, f)| (n.to_string(), Value::from(f as f64 / m)))
            .collect();
        println!(
            "{}",
            serde_json::json!({"articles": articles, "detection": detection.json(), "events": full.json(), "accuracy": acc,
                "date_expressions": {"gold": dates.0, "resolved": dates.1, "accuracy": dates.1 as f64 / dates.0.max(1) as f64}})
        );
    }
    Ok(Outcome::Ok)
}
