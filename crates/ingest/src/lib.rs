//! Ingestion: input files → [`Document`]s that the rest of Rasid trusts.
//!
//! Every failure is an [`IngestError`] naming the input, the record inside it
//! when there is one, and the reason; one bad input never stops the others.

mod decode;
mod inputs;
mod plaintext;

pub use decode::{decode, DecodeOptions, Decoded};
pub use inputs::{collect_inputs, read_input, Input};
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
}

/// Reads one input's bytes into documents (plain text: one document).
pub fn parse_bytes(
    source_name: &str,
    bytes: &[u8],
    opts: &IngestOptions,
) -> Result<Vec<Document>, IngestError> {
    let decoded = decode(source_name, bytes, &opts.decode)?;
    let mut doc = parse_plain_text(source_name, &decoded.text)?;
    doc.meta.encoding = Some(decoded.encoding.to_string());
    doc.meta.warnings.extend(decoded.warnings);
    Ok(vec![doc])
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
