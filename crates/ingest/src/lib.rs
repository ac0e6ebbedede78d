//! Ingestion: input files → [`Document`]s that the rest of Rasid trusts.
//!
//! Every failure is an [`IngestError`] naming the input, the record inside it
//! when there is one, and the reason; one bad input never stops the others.

mod decode;
pub mod dedup;
pub mod feed;
mod format;
pub mod html;
mod inputs;
pub mod jsonl;
mod plaintext;
pub mod warc;

pub use decode::{decode, DecodeOptions, Decoded};
pub use dedup::Deduplicator;
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
    // a .warc.gz keeps its gzip members: records are read member by member
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut head = Vec::new();
        let _ = std::io::Read::read_to_end(
            &mut std::io::Read::take(flate2::read::GzDecoder::new(bytes), 64),
            &mut head,
        );
        if sniff(&head) == Format::Warc {
            return warc::parse(source_name, bytes);
        }
    }
    let bytes = match decompress(source_name, bytes) {
        Ok(b) => b,
        Err(e) => return vec![Err(e)],
    };
    let format = sniff(&bytes);
    match format {
        Format::Feed => return feed::parse(source_name, &bytes),
        Format::Warc => return warc::parse(source_name, &bytes),
        Format::Arc => {
            return vec![Err(IngestError::new(
                source_name,
                "an ARC archive (the format before WARC) is not read: convert it to WARC first (e.g. `warcio recompress`)",
            ))]
        }
        Format::Html | Format::PlainText | Format::JsonLines => {}
    }
    // a page that is not UTF-8 says its charset in a meta tag
    let mut decode_opts = opts.decode.clone();
    if format == Format::Html
        && decode_opts.encoding.is_none()
        && std::str::from_utf8(&bytes).is_err()
    {
        decode_opts.encoding = declared_charset(&bytes);
    }
    let decoded = match decode(source_name, &bytes, &decode_opts) {
        Ok(d) => d,
        Err(e) => return vec![Err(e)],
    };
    let mut docs = match format {
        Format::JsonLines => jsonl::parse(source_name, &decoded.text, &opts.fields),
        Format::Html => vec![html_document(source_name, &decoded.text)],
        _ => vec![parse_plain_text(source_name, &decoded.text)],
    };
    for d in docs.iter_mut().flatten() {
        d.meta.encoding = Some(decoded.encoding.clone());
        d.meta.warnings.extend(decoded.warnings.iter().cloned());
    }
    docs
}

/// `<meta charset="windows-1256">` or `content="text/html; charset=..."` in the first bytes.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes()).map(|e| e.name().to_string())
}

/// Reads a page's bytes (compressed or not, any declared charset) and extracts its article.
pub fn read_html(source: &str, bytes: &[u8]) -> Result<html::HtmlArticle, IngestError> {
    let bytes = decompress(source, bytes)?;
    let mut opts = DecodeOptions::default();
    if std::str::from_utf8(&bytes).is_err() {
        opts.encoding = declared_charset(&bytes);
    }
    let decoded = decode(source, &bytes, &opts)?;
    Ok(html::extract(&decoded.text))
}

/// An HTML page as a document: the article text and the page's metadata.
pub fn html_document(source: &str, page: &str) -> Result<Document, IngestError> {
    article_document(source, html::extract(page))
}

/// A document from an extracted article.
pub fn article_document(source: &str, a: html::HtmlArticle) -> Result<Document, IngestError> {
    if a.text.trim().is_empty() {
        return Err(IngestError::new(source, "HTML page without article text"));
    }
    let meta = rasid_doc::Meta {
        source: Some(source.to_string()),
        url: a.url,
        outlet: a.outlet,
        title: a.title,
        author: a.author,
        published: a.published,
        language: a
            .language
            .map(|l| l.split(['-', '_']).next().unwrap_or("").to_lowercase())
            .filter(|l| !l.is_empty())
            .or_else(|| detect_language(&a.text)),
        ..Default::default()
    };
    Ok(Document::new(document_id(&a.text), meta, a.text))
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
