/// Converts between byte offsets and Unicode scalar (character) offsets of one
/// text in O(block) time, using a checkpoint every `BLOCK` bytes.
///
/// JSON output uses character offsets so that Python users can slice the text
/// directly; Rust works in bytes. This keeps the conversion cheap for the many
/// spans of one document without a table per byte.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// chars_before[k] = number of characters starting before byte k * BLOCK.
    chars_before: Vec<usize>,
    len_bytes: usize,
}

const BLOCK: usize = 256;

#[inline]
fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut chars_before = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut count = 0usize;
        for chunk in bytes.chunks(BLOCK) {
            chars_before.push(count);
            count += chunk.iter().filter(|&&b| is_char_start(b)).count();
        }
        chars_before.push(count);
        CharIndex {
            chars_before,
            len_bytes: bytes.len(),
        }
    }

    /// Number of characters in the text.
    pub fn len_chars(&self) -> usize {
        *self.chars_before.last().unwrap_or(&0)
    }

    /// Character offset of a byte offset (which must be a char boundary).
    pub fn char_of_byte(&self, text: &str, byte: usize) -> usize {
        debug_assert!(text.is_char_boundary(byte));
        let block = byte / BLOCK;
        let base = block * BLOCK;
        self.chars_before[block]
            + text.as_bytes()[base..byte]
                .iter()
                .filter(|&&b| is_char_start(b))
                .count()
    }

    /// Byte offset of a character offset, or `None` past the end.
    pub fn byte_of_char(&self, text: &str, ch: usize) -> Option<usize> {
        if ch > self.len_chars() {
            return None;
        }
        // last block whose start has at most `ch` chars before it
        let block = self.chars_before.partition_point(|&c| c <= ch) - 1;
        let mut seen = self.chars_before[block];
        let mut pos = (block * BLOCK).min(self.len_bytes);
        let bytes = text.as_bytes();
        while pos < bytes.len() {
            if is_char_start(bytes[pos]) {
                if seen == ch {
                    return Some(pos);
                }
                seen += 1;
            }
            pos += 1;
        }
        (seen == ch).then_some(bytes.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn arabic_offsets() {
        let text = "قال: “نعم”";
        let idx = CharIndex::new(text);
        assert_eq!(idx.len_chars(), text.chars().count());
        let colon = text.find(':').unwrap();
        assert_eq!(idx.char_of_byte(text, colon), 3);
        assert_eq!(idx.byte_of_char(text, 3), Some(colon));
        assert_eq!(idx.byte_of_char(text, idx.len_chars()), Some(text.len()));
        assert_eq!(idx.byte_of_char(text, idx.len_chars() + 1), None);
    }

    proptest! {
        #[test]
        fn roundtrip(s in "\\PC{0,700}") {
            let idx = CharIndex::new(&s);
            for (ci, (bi, _)) in s.char_indices().enumerate() {
                prop_assert_eq!(idx.char_of_byte(&s, bi), ci);
                prop_assert_eq!(idx.byte_of_char(&s, ci), Some(bi));
            }
            prop_assert_eq!(idx.char_of_byte(&s, s.len()), s.chars().count());
        }
    }
}
