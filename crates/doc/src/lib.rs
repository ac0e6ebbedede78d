//! The stable document model of Rasid.
//!
//! A [`Document`] owns the original body text, which never changes. Everything
//! else is a layer of annotations that point into it with byte [`Span`]s:
//! sentences and tokens, entities (one non-overlapping layer), dates, quotes,
//! claims and events (overlapping groups that refer to each other by id).
//! Each annotation records which component made it ([`Provenance`]).
//!
//! [`json`] writes the public `rasid.document/1` contract, with Unicode
//! character offsets instead of bytes.

pub mod json;
mod model;

pub use model::*;
pub use rasid_text::{Span, Token, TokenKind};

/// The stable content id of a body: SHA-256 of its normalized form with
/// whitespace runs collapsed, first 16 bytes in hex. Callers pass the body
/// already normalized (Rasid uses the `search` profile), so copies that differ
/// only in diacritics, tatweel or spacing share an id.
pub fn content_id(normalized_body: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let mut first = true;
    for word in normalized_body.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        h.update(word.as_bytes());
        first = false;
    }
    let digest = h.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn content_id_ignores_spacing() {
        assert_eq!(
            super::content_id("قال  الوزير\n"),
            super::content_id("قال الوزير")
        );
        assert_ne!(
            super::content_id("قال الوزير"),
            super::content_id("قال الرئيس")
        );
        assert_eq!(super::content_id("x").len(), 32);
    }
}
