//! Small parsers shared by the data tables in `data/`.

/// Non-empty, non-comment lines of a data file.
pub(crate) fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Rows of a TSV data file, header skipped.
pub(crate) fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    lines(src).skip(1).map(|l| l.split('\t').collect())
}

/// `U+0627` → 'ا'.
pub(crate) fn code_point(s: &str) -> Result<char, String> {
    let hex = s
        .strip_prefix("U+")
        .ok_or_else(|| format!("expected U+XXXX, got {s:?}"))?;
    u32::from_str_radix(hex, 16)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| format!("bad code point {s:?}"))
}

/// `U+0660..U+0669` or `U+0627` → inclusive range.
pub(crate) fn code_range(s: &str) -> Result<(char, char), String> {
    match s.split_once("..") {
        Some((a, b)) => {
            let (a, b) = (code_point(a)?, code_point(b)?);
            if a > b {
                return Err(format!("empty range {s:?}"));
            }
            Ok((a, b))
        }
        None => {
            let c = code_point(s)?;
            Ok((c, c))
        }
    }
}

/// Expands `\u{XXXX}` escapes used in examples of the data tables.
pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let close = after.find('}').expect("unterminated \\u{ escape");
        let c = u32::from_str_radix(&after[..close], 16)
            .ok()
            .and_then(char::from_u32)
            .expect("bad \\u{} escape");
        out.push(c);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
