//! Lookups in sorted, non-overlapping layers (tokens, sentences, entities,
//! dates) by binary search, so that work per annotation does not grow with
//! the size of the document.

use rasid_text::Span;
use std::ops::Range;

/// Indices of the items that lie inside `outer` (items sorted, not overlapping).
pub fn within<T>(items: &[T], outer: Span, span: impl Fn(&T) -> Span) -> Range<usize> {
    let lo = items.partition_point(|x| span(x).start < outer.start);
    let hi = items.partition_point(|x| span(x).end <= outer.end).max(lo);
    lo..hi
}

/// For each item, whether it lies inside one of `outers` (the tokens of the dates, of the places).
pub fn marked_within<T>(
    items: &[T],
    outers: impl Iterator<Item = Span>,
    span: impl Fn(&T) -> Span,
) -> Vec<bool> {
    let mut marked = vec![false; items.len()];
    for outer in outers {
        for k in within(items, outer, &span) {
            marked[k] = true;
        }
    }
    marked
}

/// Indices of the items that overlap `outer` (items sorted, not overlapping).
pub fn overlapping<T>(items: &[T], outer: Span, span: impl Fn(&T) -> Span) -> Range<usize> {
    let lo = items.partition_point(|x| span(x).end <= outer.start);
    let hi = items.partition_point(|x| span(x).start < outer.end).max(lo);
    lo..hi
}

/// Index of the item that contains byte `pos`, if any.
pub fn containing<T>(items: &[T], pos: usize, span: impl Fn(&T) -> Span) -> Option<usize> {
    let i = items.partition_point(|x| span(x).end <= pos);
    items.get(i).filter(|x| span(x).start <= pos).map(|_| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        let s = [Span::new(0, 3), Span::new(4, 8), Span::new(10, 12)];
        let id = |x: &Span| *x;
        assert_eq!(within(&s, Span::new(0, 9), id), 0..2);
        assert_eq!(within(&s, Span::new(1, 9), id), 1..2);
        assert_eq!(overlapping(&s, Span::new(2, 5), id), 0..2);
        assert_eq!(overlapping(&s, Span::new(8, 10), id), 2..2);
        assert_eq!(containing(&s, 5, id), Some(1));
        assert_eq!(containing(&s, 9, id), None);
    }
}
