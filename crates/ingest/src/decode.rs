//! Bytes → UTF-8 text, refusing what is not text, with the byte offset of the
//! first problem.

use crate::IngestError;

#[derive(Clone, Debug, Default)]
pub struct DecodeOptions {
    /// Replace invalid UTF-8 by U+FFFD instead of failing (a warning is kept).
    pub lossy: bool,
}

#[derive(Clone, Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding the input was in (`utf-8`, `utf-16le`, `utf-16be`).
    pub encoding: &'static str,
    pub warnings: Vec<String>,
}

/// How far into the input binary detection looks.
const SNIFF: usize = 64 * 1024;

pub fn decode(source: &str, bytes: &[u8], opts: &DecodeOptions) -> Result<Decoded, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::new(source, "empty file"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(source, rest, u16::from_le_bytes, "utf-16le");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(source, rest, u16::from_be_bytes, "utf-16be");
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = bytes[..bytes.len().min(SNIFF)].iter().position(|&b| b == 0) {
        return Err(IngestError::new(
            source,
            format!("binary file (NUL byte at byte offset {pos}), not text"),
        ));
    }
    let mut warnings = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) if opts.lossy => {
            warnings.push(format!(
                "invalid UTF-8 from byte offset {} replaced by U+FFFD (--lossy)",
                e.valid_up_to()
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
        Err(e) => {
            return Err(IngestError::new(
                source,
                format!(
                    "invalid UTF-8 at byte offset {} (the file may be in a legacy encoding; --lossy replaces invalid bytes)",
                    e.valid_up_to()
                ),
            ))
        }
    };
    check_text(source, text, "utf-8", warnings)
}

fn utf16(
    source: &str,
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
    name: &'static str,
) -> Result<Decoded, IngestError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(IngestError::new(
            source,
            format!("{name} text with an odd number of bytes (truncated?)"),
        ));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len());
    for (i, r) in char::decode_utf16(units).enumerate() {
        match r {
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(IngestError::new(
                    source,
                    format!(
                        "invalid {name} (unpaired surrogate) at byte offset {}",
                        2 + i * 2
                    ),
                ))
            }
        }
    }
    check_text(source, text, name, Vec::new())
}

fn check_text(
    source: &str,
    text: String,
    encoding: &'static str,
    warnings: Vec<String>,
) -> Result<Decoded, IngestError> {
    if text.trim().is_empty() {
        return Err(IngestError::new(source, "empty file (only white space)"));
    }
    // text files have few control characters; binaries decoded as UTF-8 have many
    let sample: Vec<char> = text.chars().take(SNIFF).collect();
    let controls = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls * 100 > sample.len() {
        return Err(IngestError::new(
            source,
            format!(
                "binary file ({controls} control characters in the first {} characters), not text",
                sample.len()
            ),
        ));
    }
    Ok(Decoded {
        text,
        encoding,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_problem() {
        let o = DecodeOptions::default();
        assert_eq!(
            decode("a.txt", b"", &o).unwrap_err().to_string(),
            "a.txt: empty file"
        );
        assert!(decode("a.txt", b" \n\t", &o)
            .unwrap_err()
            .reason
            .contains("empty"));
        let e = decode("a.txt", b"abc\x00def", &o).unwrap_err();
        assert!(e.reason.contains("NUL byte at byte offset 3"), "{e}");
        let e = decode("b.txt", "قال \u{0}".as_bytes(), &o).unwrap_err();
        assert!(e.reason.contains("binary"));
        // windows-1256 "قال" is not UTF-8
        let e = decode("c.txt", b"ok \xe4\xc7\xe1", &o).unwrap_err();
        assert!(e.reason.contains("invalid UTF-8 at byte offset 3"), "{e}");
    }

    #[test]
    fn lossy_and_boms() {
        let d = decode("c.txt", b"ok \xe4\xc7", &DecodeOptions { lossy: true }).unwrap();
        assert_eq!(d.text, "ok \u{FFFD}\u{FFFD}");
        assert_eq!(d.warnings.len(), 1);
        let d = decode("d.txt", "\u{FEFF}قال".as_bytes(), &DecodeOptions::default()).unwrap();
        assert_eq!(d.text, "قال");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("قال".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let d = decode("e.txt", &utf16, &DecodeOptions::default()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("قال", "utf-16le"));
    }
}
