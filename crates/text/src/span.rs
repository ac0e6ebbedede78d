use std::ops::Range;

/// A half-open byte range `[start, end)` into the original text of a document.
///
/// Spans always lie on UTF-8 character boundaries of the text they index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers. Panics if the span is out of bounds or not
    /// on character boundaries: that is a bug in whoever made the span.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// Like [`Span::slice`] but returns `None` instead of panicking.
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Length of the overlap in bytes (0 when disjoint).
    pub fn overlap_len(self, other: Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }

    pub fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The same span with leading and trailing whitespace of `text` removed.
    pub fn trim(self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_and_trims() {
        let text = "  قال الوزير  ";
        let all = Span::new(0, text.len());
        let t = all.trim(text);
        assert_eq!(t.slice(text), "قال الوزير");
        assert_eq!(Span::new(0, 4).overlap_len(Span::new(2, 9)), 2);
        assert!(Span::new(0, 4).overlaps(Span::new(3, 5)));
        assert!(!Span::new(0, 4).overlaps(Span::new(4, 5)));
        assert_eq!(Span::new(3, 4).cover(Span::new(0, 1)), Span::new(0, 4));
        assert_eq!(Span::new(0, 1).get("ق"), None);
    }
}
