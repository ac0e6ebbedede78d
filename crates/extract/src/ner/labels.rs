//! BIO labels of the tagger.

use rasid_doc::EntityLabel;

pub const LABELS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];
pub const N: usize = LABELS.len();

/// Index of a CoNLL tag (ANERcorp writes PERS for persons).
pub fn parse(tag: &str) -> Option<usize> {
    let tag = tag.replace("PERS", "PER");
    LABELS.iter().position(|l| *l == tag)
}

pub fn entity_type(label: usize) -> Option<&'static str> {
    LABELS[label].get(2..)
}

pub fn is_begin(label: usize) -> bool {
    LABELS[label].starts_with("B-")
}

pub fn is_inside(label: usize) -> bool {
    LABELS[label].starts_with("I-")
}

/// May `next` follow `prev` in a BIO sequence? (`prev` None: sentence start)
pub fn allowed(prev: Option<usize>, next: usize) -> bool {
    if !is_inside(next) {
        return true;
    }
    matches!(prev, Some(p) if p != 0 && entity_type(p) == entity_type(next))
}

pub fn to_entity_label(t: &str) -> EntityLabel {
    match t {
        "PER" => EntityLabel::Person,
        "ORG" => EntityLabel::Organization,
        "LOC" => EntityLabel::Location,
        _ => EntityLabel::Misc,
    }
}

/// Entity spans `(start, end, type)` over token indices of a BIO sequence.
/// An I- without a matching B- starts an entity (lenient, as CoNLL's script).
pub fn spans(labels: &[usize]) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, &'static str)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let t = entity_type(l);
        let continues = is_inside(l) && cur.is_some_and(|(_, ct)| Some(ct) == t);
        if !continues {
            if let Some((s, ct)) = cur.take() {
                out.push((s, i, ct));
            }
            if let Some(t) = t {
                cur = Some((i, t));
            }
        }
    }
    if let Some((s, ct)) = cur {
        out.push((s, labels.len(), ct));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_spans_and_constraints() {
        let l = |s: &str| parse(s).unwrap();
        let seq = [
            l("B-PER"),
            l("I-PER"),
            l("O"),
            l("I-LOC"),
            l("B-ORG"),
            l("B-ORG"),
        ];
        assert_eq!(
            spans(&seq),
            [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG")]
        );
        assert!(allowed(Some(l("B-PER")), l("I-PER")));
        assert!(!allowed(Some(l("O")), l("I-PER")));
        assert!(!allowed(None, l("I-LOC")));
        assert_eq!(parse("B-PERS"), Some(1));
    }
}
