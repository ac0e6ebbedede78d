//! Reading inputs into analysed documents, shared by the commands that take
//! PATHs: each bad input or record is reported once and the rest goes on.

use crate::cli::InputArgs;
use crate::Outcome;
use rasid_doc::Document;
use rasid_extract::Pipeline;
use rasid_ingest::{
    collect_inputs, parse_bytes, read_input, DecodeOptions, Deduplicator, FieldMap, IngestOptions,
};

/// Runs the standard pipeline over every document of the inputs and hands
/// each to `f`; returns how many inputs or records failed.
pub fn for_each_document(
    args: &InputArgs,
    mut f: impl FnMut(Document) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    if let Some(p) = &args.published {
        if rasid_ingest::jsonl::iso_date(p).is_none_or(|d| d.len() < 10) {
            anyhow::bail!("--published {p:?}: expected a date as YYYY-MM-DD");
        }
    }
    let (inputs, list_errors) = collect_inputs(&args.paths);
    let mut failures = 0usize;
    for e in &list_errors {
        eprintln!("rasid: {e}");
        failures += 1;
    }
    let opts = IngestOptions {
        decode: DecodeOptions {
            lossy: args.lossy,
            encoding: args.encoding.clone(),
        },
        fields: FieldMap {
            text: args.text_field.clone(),
            title: args.title_field.clone(),
            date: args.date_field.clone(),
            url: args.url_field.clone(),
            outlet: args.outlet_field.clone(),
            author: None,
        },
    };
    let pipeline = Pipeline::standard();
    let mut dedup = Deduplicator::default();
    for input in &inputs {
        let results = match read_input(input) {
            Ok(bytes) => parse_bytes(&input.name(), &bytes, &opts),
            Err(e) => vec![Err(e)],
        };
        for result in results {
            match result {
                Ok(mut doc) => {
                    if doc.meta.published.is_none() {
                        doc.meta.published = args.published.clone();
                    }
                    dedup.check(&mut doc);
                    pipeline.run(&mut doc);
                    f(doc)?;
                }
                Err(e) => {
                    eprintln!("rasid: {e}");
                    failures += 1;
                }
            }
        }
    }
    Ok(failures)
}

/// Exit status: any failure is an error (2); nothing produced is 1.
pub fn outcome(failures: usize, produced: usize) -> Outcome {
    if failures > 0 {
        Outcome::PartialFailure
    } else if produced == 0 {
        Outcome::NothingFound
    } else {
        Outcome::Ok
    }
}
