//! What an input is, told from its content (not its name): compression,
//! then WARC, JSON Lines, feeds, HTML or plain text.

use crate::IngestError;
use std::borrow::Cow;
use std::io::Read;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    PlainText,
    JsonLines,
    Html,
    Feed,
    Warc,
    /// The pre-WARC Internet Archive format (recognized, not read).
    Arc,
}

/// Decompressed inputs may not grow past this (a guard against gzip bombs).
pub const MAX_DECOMPRESSED: u64 = 2 << 30;

/// Undoes gzip (multi-member) or xz compression; other bytes pass unchanged.
pub fn decompress<'a>(source: &str, bytes: &'a [u8]) -> Result<Cow<'a, [u8]>, IngestError> {
    let (name, reader): (&str, Box<dyn Read + 'a>) = if bytes.starts_with(&[0x1f, 0x8b]) {
        ("gzip", Box::new(flate2::read::MultiGzDecoder::new(bytes)))
    } else if bytes.starts_with(&[0xFD, b'7', b'z', b'X', b'Z', 0]) {
        (
            "xz",
            Box::new(liblzma::read::XzDecoder::new_multi_decoder(bytes)),
        )
    } else {
        return Ok(Cow::Borrowed(bytes));
    };
    let mut out = Vec::new();
    match reader.take(MAX_DECOMPRESSED + 1).read_to_end(&mut out) {
        Ok(_) if out.len() as u64 > MAX_DECOMPRESSED => Err(IngestError::new(
            source,
            format!(
                "{name} data decompresses to more than {} GiB",
                MAX_DECOMPRESSED >> 30
            ),
        )),
        Ok(_) => Ok(Cow::Owned(out)),
        Err(e) => Err(IngestError::new(
            source,
            format!(
                "corrupt or truncated {name} data after {} decompressed bytes: {e}",
                out.len()
            ),
        )),
    }
}

/// Tells the format from the first bytes.
pub fn sniff(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(4096)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if head.starts_with(b"filedesc://") {
        return Format::Arc;
    }
    if head.starts_with(b"{") {
        let line_end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map(|p| start + p)
            .unwrap_or(bytes.len());
        if serde_json::from_slice::<serde_json::Value>(&bytes[start..line_end])
            .is_ok_and(|v| v.is_object())
        {
            return Format::JsonLines;
        }
    }
    if head.starts_with(b"<") {
        let lower: Vec<u8> = head.iter().take(2048).map(u8::to_ascii_lowercase).collect();
        let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
            return Format::Feed;
        }
        if has(b"<html")
            || has(b"<!doctype html")
            || has(b"<body")
            || has(b"<head")
            || has(b"<div")
            || has(b"<p")
        {
            return Format::Html;
        }
    }
    Format::PlainText
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn sniffs_formats_from_content() {
        assert_eq!(sniff(b"WARC/1.0\r\nWARC-Type: warcinfo"), Format::Warc);
        assert_eq!(
            sniff(b"filedesc://example.arc 0.0.0.0 20140101"),
            Format::Arc
        );
        assert_eq!(
            sniff(b"{\"text\": \"x\"}\n{\"text\": \"y\"}"),
            Format::JsonLines
        );
        assert_eq!(sniff(b"{not json"), Format::PlainText);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(sniff(b"  <!DOCTYPE html><html lang=\"ar\">"), Format::Html);
        assert_eq!(sniff("قال الوزير".as_bytes()), Format::PlainText);
    }

    #[test]
    fn gzip_xz_and_truncation() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all("قال الوزير".as_bytes()).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(
            decompress("a.gz", &gz).unwrap().as_ref(),
            "قال الوزير".as_bytes()
        );
        let e = decompress("a.gz", &gz[..gz.len() - 6]).unwrap_err();
        assert!(e.reason.contains("truncated gzip"), "{e}");
        let mut xz = liblzma::write::XzEncoder::new(Vec::new(), 6);
        xz.write_all(b"{\"text\":\"x\"}\n").unwrap();
        let xz = xz.finish().unwrap();
        assert_eq!(
            decompress("a.xz", &xz).unwrap().as_ref(),
            b"{\"text\":\"x\"}\n"
        );
        assert!(matches!(
            decompress("plain", b"abc").unwrap(),
            Cow::Borrowed(_)
        ));
    }
}
