//! Bytes → UTF-8 text, refusing what is not text, with the byte offset of the
//! first problem.

use crate::IngestError;

#[derive(Clone, Debug, Default)]
pub struct DecodeOptions {
    /// Replace invalid UTF-8 by U+FFFD instead of failing (a warning is kept).
    pub lossy: bool,
    /// Read the input in this encoding (a WHATWG label: windows-1256, iso-8859-6, ...).
    pub encoding: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding the input was in (`utf-8`, `utf-16le`, `utf-16be`).
    pub encoding: String,
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
    if let Some(label) = &opts.encoding {
        let enc = encoding_rs::Encoding::for_label(label.as_bytes())
            .ok_or_else(|| IngestError::new(source, format!("unknown encoding {label:?}")))?;
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        let mut warnings = Vec::new();
        if had_errors {
            warnings.push(format!(
                "bytes invalid in {} replaced by U+FFFD",
                enc.name()
            ));
        }
        return check_text(
            source,
            text.into_owned(),
            enc.name().to_lowercase(),
            warnings,
        );
    }
    if let Some(name) = utf16_without_bom(bytes) {
        let unit = if name == "utf-16le" {
            u16::from_le_bytes
        } else {
            u16::from_be_bytes
        };
        return utf16(source, bytes, unit, name);
    }
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
            let (valid, invalid) = utf8_sequences(bytes);
            if valid >= 2 * invalid {
                // UTF-8 with a few damaged bytes: read as a legacy encoding, its Arabic
                // letters would turn into mojibake that still looks Arabic
                return Err(IngestError::new(
                    source,
                    format!(
                        "invalid UTF-8 at byte offset {} ({invalid} invalid sequence{} among {valid} valid multi-byte characters: damaged UTF-8; --lossy replaces the invalid bytes)",
                        e.valid_up_to(),
                        if invalid == 1 { "" } else { "s" }
                    ),
                ));
            }
            if let Some(d) = legacy_arabic(bytes) {
                return check_text(source, d.0, d.1, Vec::new());
            }
            return Err(IngestError::new(
                source,
                format!(
                    "invalid UTF-8 at byte offset {}, and not text in a legacy Arabic encoding either (--encoding NAME reads it as NAME; --lossy replaces invalid bytes)",
                    e.valid_up_to()
                ),
            ));
        }
    };
    check_text(source, text, "utf-8".into(), warnings)
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
    check_text(source, text, name.into(), Vec::new())
}

/// UTF-16 without a byte order mark: most high bytes are 0x00 (ASCII) or 0x06
/// (Arabic), at odd offsets (little endian) or even ones (big endian).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let n = bytes.len().min(4096) / 2;
    if n < 8 {
        return None;
    }
    let share = |offset: usize| {
        let hits = (0..n)
            .filter(|&i| matches!(bytes[2 * i + offset], 0x00 | 0x06))
            .count();
        let arabic = (0..n).filter(|&i| bytes[2 * i + offset] == 0x06).count();
        (hits * 10 >= n * 9, arabic)
    };
    match (share(1), share(0)) {
        ((true, a), _) if a > 0 || bytes.chunks(2).take(n).all(|c| c[0] != 0) => Some("utf-16le"),
        (_, (true, a)) if a > 0 || bytes.chunks(2).take(n).all(|c| c[1] != 0) => Some("utf-16be"),
        _ => None,
    }
}

/// Valid multi-byte UTF-8 characters and invalid sequences in `bytes`. Text in a
/// single-byte encoding has next to no valid multi-byte sequences; damaged UTF-8 has
/// many more of them than invalid ones.
fn utf8_sequences(mut bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0usize, 0usize);
    loop {
        let (ok, rest) = match std::str::from_utf8(bytes) {
            Ok(s) => (s, None),
            Err(e) => {
                let (ok, rest) = bytes.split_at(e.valid_up_to());
                let bad = e.error_len().unwrap_or(rest.len());
                // valid by construction: the prefix up to valid_up_to
                let ok = std::str::from_utf8(ok).unwrap_or_default();
                (ok, Some(&rest[bad..]))
            }
        };
        valid += ok.chars().filter(|c| !c.is_ascii()).count();
        match rest {
            Some(rest) => {
                invalid += 1;
                bytes = rest;
            }
            None => return (valid, invalid),
        }
    }
}

/// Windows-1256 or ISO-8859-6 text: the detector's guess, kept only when it
/// decodes without errors into mostly Arabic letters, in words of two letters or more
/// (stray high bytes in Latin text decode to lone Arabic letters).
fn legacy_arabic(bytes: &[u8]) -> Option<(String, String)> {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let guess = det.guess(None, chardetng::Utf8Detection::Deny);
    let candidates = [guess, encoding_rs::WINDOWS_1256, encoding_rs::ISO_8859_6];
    for enc in candidates {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if had_errors {
            continue;
        }
        let is_arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c) && c.is_alphabetic();
        let (mut arabic, mut letters, mut run) = (0usize, 0usize, 0usize);
        for c in text.chars().chain([' ']) {
            if is_arabic(c) {
                run += 1;
                continue;
            }
            if run >= 2 {
                arabic += run;
            }
            letters += run + usize::from(c.is_alphabetic());
            run = 0;
        }
        if arabic > 0 && arabic * 2 >= letters {
            return Some((text.into_owned(), enc.name().to_lowercase()));
        }
    }
    None
}

fn check_text(
    source: &str,
    text: String,
    encoding: String,
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
        // not UTF-8, and not Arabic in a legacy encoding either
        let e = decode("c.txt", b"ok \xc3\x28 fine", &o).unwrap_err();
        assert!(e.reason.contains("invalid UTF-8 at byte offset 3"), "{e}");
        // stray high bytes in Latin text decode to lone Arabic letters, not words
        let e = decode("d.txt", b"\xc3\x28 x \xe4\xb8 y", &o).unwrap_err();
        assert!(
            e.reason.contains("not text in a legacy Arabic encoding"),
            "{e}"
        );
        // Arabic UTF-8 with one damaged byte is damaged UTF-8, not windows-1256 mojibake
        let mut damaged = b"\xc3\x28 ".to_vec();
        damaged.extend_from_slice("نص عربي صحيح".as_bytes());
        let e = decode("e.txt", &damaged, &o).unwrap_err();
        assert!(e.reason.contains("damaged UTF-8; --lossy"), "{e}");
    }

    #[test]
    fn legacy_arabic_encodings() {
        let o = DecodeOptions::default();
        let text = "قال المتحدث باسم الوزارة إن الاجتماع انتهى دون اتفاق";
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        let d = decode("a.txt", &cp1256, &o).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str()),
            (text, "windows-1256")
        );
        let (iso, _, _) = encoding_rs::ISO_8859_6.encode(text);
        let d = decode("b.txt", &iso, &o).unwrap();
        assert_eq!(d.text, text);
        // UTF-16 without a byte order mark
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode("c.txt", &le, &o).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), (text, "utf-16le"));
        // an explicit encoding
        let forced = DecodeOptions {
            encoding: Some("windows-1256".into()),
            ..Default::default()
        };
        assert_eq!(decode("d.txt", &cp1256, &forced).unwrap().text, text);
        let bad = DecodeOptions {
            encoding: Some("klingon".into()),
            ..Default::default()
        };
        assert!(decode("d.txt", &cp1256, &bad)
            .unwrap_err()
            .reason
            .contains("unknown encoding"));
    }

    #[test]
    fn lossy_and_boms() {
        let d = decode(
            "c.txt",
            b"ok \xe4\xc7",
            &DecodeOptions {
                lossy: true,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(d.text, "ok \u{FFFD}\u{FFFD}");
        assert_eq!(d.warnings.len(), 1);
        let d = decode("d.txt", "\u{FEFF}قال".as_bytes(), &DecodeOptions::default()).unwrap();
        assert_eq!(d.text, "قال");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("قال".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let d = decode("e.txt", &utf16, &DecodeOptions::default()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("قال", "utf-16le"));
    }
}
