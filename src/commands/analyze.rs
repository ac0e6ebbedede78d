//! `rasid analyze`: read inputs, run the pipeline, print each document as it
//! is done (memory stays flat in the number of inputs).

use crate::cli::{AnalyzeArgs, Format};
use crate::Outcome;
use rasid_arabic::Normalizer;
use rasid_doc::json::{self, JsonOptions};
use rasid_doc::Document;
use std::io::Write;

pub fn run(args: AnalyzeArgs) -> anyhow::Result<Outcome> {
    let norm = |s: &str| Normalizer::search().normalize_str(s);
    let json_opts = JsonOptions {
        tokens: args.tokens.then_some(&norm as &dyn Fn(&str) -> String),
    };
    let stdout = std::io::stdout();
    let mut out = Printer::new(std::io::BufWriter::new(stdout.lock()), args.format);
    let failures =
        super::input::for_each_document(&args.input, |doc| out.document(&doc, &json_opts))?;
    let printed = out.finish(&json_opts)?;
    Ok(super::input::outcome(failures, printed))
}

/// Writes documents in the chosen format as they come. For `json`, one
/// document is printed as itself and several as one `rasid.corpus/1` object,
/// so the first is held back until the second arrives.
struct Printer<W: Write> {
    out: W,
    format: Format,
    count: usize,
    held: Option<Document>,
}

impl<W: Write> Printer<W> {
    fn new(out: W, format: Format) -> Self {
        Printer {
            out,
            format,
            count: 0,
            held: None,
        }
    }

    fn document(&mut self, doc: &Document, opts: &JsonOptions) -> anyhow::Result<()> {
        self.count += 1;
        match self.format {
            Format::Text => super::analyze_report::write(&mut self.out, doc)?,
            Format::Jsonl => {
                json::write_line(&mut self.out, doc, opts)?;
                writeln!(self.out)?;
            }
            Format::Json => {
                if self.count == 1 {
                    self.held = Some(doc.clone());
                    return Ok(());
                }
                if let Some(first) = self.held.take() {
                    writeln!(self.out, "{{\"schema\":\"rasid.corpus/1\",\"documents\":[")?;
                    json::write_pretty(&mut self.out, &first, opts)?;
                }
                writeln!(self.out, ",")?;
                json::write_pretty(&mut self.out, doc, opts)?;
            }
        }
        Ok(())
    }

    fn finish(mut self, opts: &JsonOptions) -> anyhow::Result<usize> {
        if self.format == Format::Json {
            if let Some(only) = self.held.take() {
                json::write_pretty(&mut self.out, &only, opts)?;
                writeln!(self.out)?;
            } else if self.count > 1 {
                writeln!(self.out, "\n]}}")?;
            }
        }
        self.out.flush()?;
        Ok(self.count)
    }
}
