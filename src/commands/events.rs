//! `rasid events`: events of the documents as a table, JSON Lines, or ACLED's
//! 31-column CSV.

use crate::cli::{EventsArgs, EventsFormat};
use crate::Outcome;
use rasid_doc::{Document, Event};
use std::io::Write;

pub const ACLED_COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn disorder_type(event_type: &str) -> &'static str {
    match event_type {
        "Protests" | "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    }
}

/// One ACLED row. ACLED's own fields that Rasid does not infer stay empty.
pub fn acled_row(doc: &Document, e: &Event) -> Vec<String> {
    let loc = e.location.as_ref();
    let country = loc.and_then(|l| l.country.clone()).unwrap_or_default();
    let iso2 = loc
        .and_then(|l| {
            let id = doc.entities.iter().find(|x| Some(x.span) == l.span)?;
            id.place.as_ref().map(|p| p.country.clone())
        })
        .unwrap_or_default();
    let info = rasid_extract::geo::country_info(&iso2);
    let date = e
        .date
        .as_ref()
        .and_then(|d| d.value.clone())
        .unwrap_or_default();
    let event_date = match date.len() {
        // (a month as documents stored before events dated it by its middle day wrote it)
        7 => format!("{date}-15"),
        4 => format!("{date}-07-01"),
        _ => date.clone(),
    };
    let inter = |a: &Option<rasid_doc::Actor>| a.as_ref().and_then(|a| a.inter);
    let (i1, i2) = (inter(&e.actor1), inter(&e.actor2));
    let interaction = match (i1, i2) {
        (Some(a), Some(b)) => format!("{}{}", a.min(b), a.max(b)),
        (Some(a), None) | (None, Some(a)) => format!("{a}0"),
        _ => String::new(),
    };
    let civilian = if i2 == Some(7) || i1 == Some(7) {
        "Civilian targeting"
    } else {
        ""
    };
    let num = |x: Option<f64>| x.map(|v| format!("{v:.4}")).unwrap_or_default();
    let notes = e.span.slice(&doc.text).replace('\n', " ");
    vec![
        format!(
            "{}{}-{}",
            info.map(|i| i.2).unwrap_or("XXX"),
            &doc.id[..doc.id.len().min(10)],
            e.id
        ),
        event_date.clone(),
        event_date.get(..4).unwrap_or("").to_string(),
        e.date
            .as_ref()
            .and_then(|d| d.time_precision)
            .map(|p| p.to_string())
            .unwrap_or_default(),
        disorder_type(&e.event_type).to_string(),
        e.event_type.clone(),
        e.sub_event_type.clone(),
        e.actor1
            .as_ref()
            .map(|a| a.name.clone())
            .unwrap_or_default(),
        String::new(),
        i1.map(|v| v.to_string()).unwrap_or_default(),
        e.actor2
            .as_ref()
            .map(|a| a.name.clone())
            .unwrap_or_default(),
        String::new(),
        i2.map(|v| v.to_string()).unwrap_or_default(),
        interaction,
        civilian.to_string(),
        info.map(|i| i.1.trim_start_matches('0').to_string())
            .unwrap_or_default(),
        "Middle East".to_string(),
        country,
        loc.and_then(|l| l.admin1.clone()).unwrap_or_default(),
        String::new(),
        String::new(),
        loc.and_then(|l| l.place.clone()).unwrap_or_default(),
        num(loc.and_then(|l| l.latitude)),
        num(loc.and_then(|l| l.longitude)),
        loc.and_then(|l| l.geo_precision)
            .map(|p| p.to_string())
            .unwrap_or_default(),
        doc.meta
            .outlet
            .clone()
            .or(doc.meta.source.clone())
            .unwrap_or_default(),
        String::new(),
        notes,
        e.fatalities.to_string(),
        if e.claimed_by == "author" {
            String::new()
        } else {
            format!("claimed_by={}", e.claimed_by)
        },
        doc.meta
            .published
            .as_deref()
            .and_then(rasid_extract::calendar::parse_iso)
            .map(|d| (d * 86_400).to_string())
            .unwrap_or_default(),
    ]
}

pub fn run(args: EventsArgs) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.format == EventsFormat::AcledCsv {
        writeln!(out, "{}", ACLED_COLUMNS.join(","))?;
    }
    let mut count = 0usize;
    let failures = super::input::for_each_document(&args.input, |doc| {
        for e in &doc.events {
            count += 1;
            match args.format {
                EventsFormat::AcledCsv => {
                    let row: Vec<String> =
                        acled_row(&doc, e).iter().map(|f| csv_field(f)).collect();
                    writeln!(out, "{}", row.join(","))?;
                }
                EventsFormat::Json => {
                    let v = rasid_doc::json::to_value(&doc, &Default::default());
                    let ev = v["events"]
                        .as_array()
                        .and_then(|a| a.iter().find(|x| x["id"] == e.id.as_str()))
                        .cloned();
                    writeln!(
                        out,
                        "{}",
                        serde_json::json!({"doc": doc.id, "source": doc.meta.source, "outlet": doc.meta.outlet, "event": ev})
                    )?;
                }
                EventsFormat::Table => {
                    let loc = e.location.as_ref();
                    let place = loc
                        .and_then(|l| l.place.clone())
                        .unwrap_or_else(|| "?".into());
                    let admin = loc.and_then(|l| l.admin1.clone()).unwrap_or_default();
                    let country = loc.and_then(|l| l.country.clone()).unwrap_or_default();
                    let date = e
                        .date
                        .as_ref()
                        .and_then(|d| d.value.clone())
                        .unwrap_or_else(|| "?".into());
                    let actors: Vec<String> = [&e.actor1, &e.actor2]
                        .iter()
                        .filter_map(|a| a.as_ref().map(|a| a.name.clone()))
                        .collect();
                    let evidence: String = e.span.slice(&doc.text).chars().take(80).collect();
                    writeln!(
                        out,
                        "{:<10} {} | {} / {} | {place} ({admin}, {country}) | deaths {} | {} | by {} | {}…",
                        date,
                        e.id,
                        e.event_type,
                        e.sub_event_type,
                        e.fatalities,
                        actors.join(" vs "),
                        e.claimed_by,
                        evidence
                    )?;
                }
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(super::input::outcome(failures, count))
}
