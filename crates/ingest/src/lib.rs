//! Ingestion: input files → [`Document`]s that the rest of Rasid trusts.
//!
//! Every failure is an [`IngestError`] naming the input, the record inside it
//! when there is one, and the reason; one bad input never stops the others.

mod decode;
mod format;
mod inputs;
pub mod jsonl;
mod plaintext;

pub use decode::{decode, DecodeOptions, Decoded};
pub use format::{decompress, sniff, Format};
pub use inputs::{collect_inputs, read_input, Input};
pub use jsonl::FieldMap;
pub use plaintext::{parse_plain_text, PlainTextLayout};

use rasid_doc::Document;

/// A problem with one input (or one record of it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}{}: {reason}", record.as_ref().map(|r| format!(": {r}")).unwrap_or_default())]
pub struct IngestError {
    /// The file path, `-` for standard input, or a URL.
    pub source_name: String,
    /// Where inside the input: a line number, a byte offset, a record id.
    pub record: Option<String>,
    pub reason: String,
}

impl IngestError {
    pub fn new(source_name: impl Into<String>, reason: impl Into<String>) -> Self {
        IngestError {
            source_name: source_name.into(),
            record: None,
            reason: reason.into(),
        }
    }

    pub fn at(mut self, record: impl Into<String>) -> Self {
        self.record = Some(record.into());
        self
    }
}

/// Options for reading inputs.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    pub decode: DecodeOptions,
    /// Field mapping for JSON Lines.
    pub fields: FieldMap,
}

/// Reads one input's bytes into documents: the format is told from the
/// content (after gzip or xz decompression). Each record that fails is an
/// error of its own; the others are still read.
pub fn parse_bytes(
    source_name: &str,
    bytes: &[u8],
    opts: &IngestOptions,
) -> Vec<Result<Document, IngestError>> {
    let bytes = match decompress(source_name, bytes) {
        Ok(b) => b,
        Err(e) => return vec![Err(e)],
    };
    let format = sniff(&bytes);
    let unsupported = |what: &str| {
        vec![Err(IngestError::new(
            source_name,
            format!("{what} is recognized but not read yet (it arrives with the ingestion work)"),
        ))]
    };
    match format {
        Format::Html => return unsupported("an HTML page"),
        Format::Feed => return unsupported("an RSS/Atom feed"),
        Format::Warc => return unsupported("a WARC archive"),
        Format::PlainText | Format::JsonLines => {}
    }
    let decoded = match decode(source_name, &bytes, &opts.decode) {
        Ok(d) => d,
        Err(e) => return vec![Err(e)],
    };
    let mut docs = match format {
        Format::JsonLines => jsonl::parse(source_name, &decoded.text, &opts.fields),
        _ => vec![parse_plain_text(source_name, &decoded.text)],
    };
    for d in docs.iter_mut().flatten() {
        d.meta.encoding = Some(decoded.encoding.clone());
        d.meta.warnings.extend(decoded.warnings.iter().cloned());
    }
    docs
}

/// The stable id of a body: [`rasid_doc::content_id`] of its `search` form.
pub fn document_id(body: &str) -> String {
    rasid_doc::content_id(&rasid_arabic::Normalizer::search().normalize_str(body))
}

/// ISO 639-1 code of the dominant script's language, when the body is mostly
/// Arabic (`ar`) or Latin (`und-Latn` is not a language, so `None`).
pub fn detect_language(text: &str) -> Option<String> {
    let (mut arabic, mut other) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        match rasid_arabic::char_class(c) {
            rasid_arabic::CharClass::ArabicLetter => arabic += 1,
            rasid_arabic::CharClass::LatinLetter | rasid_arabic::CharClass::OtherLetter => {
                other += 1
            }
            _ => {}
        }
    }
    (arabic > 0 && arabic >= other * 2).then(|| "ar".to_string())
}
