//! One name, one reading per document: a word sequence the tagger labels as an entity in one
//! sentence is labelled so where the tagger left it untagged elsewhere in the same document
//! (a name is often recognized in its full context once and missed in a bare mention), and a
//! name labelled with two types takes the one most of its mentions have; a person named in full
//! is found again by the surname alone.

use super::labels::{self, LABELS};
use rasid_arabic::Normalizer;
use std::collections::HashMap;

/// Longest entity, in words, that is propagated.
const MAX_WORDS: usize = 4;

/// Lexicon count from which a one-word name is an everyday word and is not propagated.
const COMMON: u32 = 1000;

/// Whether one word alone may be propagated as a name: a word of some length that is not a
/// function word nor an everyday word (a common word tagged once is more often a tagging slip).
fn name_word(word: &str) -> bool {
    word.chars().count() >= 3
        && !rasid_arabic::is_stopword(word)
        && rasid_arabic::Stemmer::get().count(word) < COMMON
}

/// Relabels, in place, untagged occurrences of the document's tagged names. `sentences` are the
/// tokens (raw text) of each sentence, `tags` the tagger's BIO labels for them.
pub fn propagate(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let norm = Normalizer::search();
    let forms: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| s.iter().map(|t| norm.normalize_str(t)).collect())
        .collect();
    // votes: name (its words) → count per type
    let mut votes: HashMap<Vec<&str>, HashMap<&'static str, usize>> = HashMap::new();
    for (f, t) in forms.iter().zip(tags.iter()) {
        for (s, e, ty) in labels::spans(t) {
            if e - s <= MAX_WORDS {
                let key: Vec<&str> = f[s..e].iter().map(String::as_str).collect();
                *votes.entry(key).or_default().entry(ty).or_default() += 1;
            }
        }
    }
    let mut names: HashMap<Vec<&str>, &'static str> = votes
        .iter()
        .filter(|(k, _)| k.len() > 1 || name_word(k[0]))
        .filter_map(|(k, v)| {
            let (&ty, _) = v.iter().max_by_key(|&(ty, n)| (*n, *ty))?;
            Some((k.clone(), ty))
        })
        .collect();
    // a person named in full is later named by the last word (عادل مولان … مولان)
    let surnames: Vec<Vec<&str>> = names
        .iter()
        .filter(|(k, ty)| **ty == "PER" && k.len() >= 2)
        .map(|(k, _)| vec![k[k.len() - 1]])
        .filter(|k| name_word(k[0]))
        .collect();
    for k in surnames {
        names.entry(k).or_insert("PER");
    }
    if names.is_empty() {
        return;
    }
    // most words start no name: they are passed over at once
    let first_words: std::collections::HashSet<&str> = names.keys().map(|k| k[0]).collect();
    let label = |prefix: &str, ty: &str| {
        LABELS
            .iter()
            .position(|l| l.strip_prefix(prefix) == Some(ty))
    };
    let begin = |ty: &str| label("B-", ty);
    let inside = |ty: &str| label("I-", ty);
    for (f, t) in forms.iter().zip(tags.iter_mut()) {
        // a name read two ways takes the document's majority reading
        for (s, e, ty) in labels::spans(t) {
            let key: Vec<&str> = f[s..e].iter().map(String::as_str).collect();
            if let Some(&major) = names.get(&key) {
                // (strictly more votes: a tie keeps the tagger's reading)
                let count = |t: &str| votes.get(&key).and_then(|v| v.get(t)).copied();
                if major != ty && count(major) > count(ty) {
                    if let (Some(b), Some(n)) = (begin(major), inside(major)) {
                        t[s] = b;
                        for l in &mut t[s + 1..e] {
                            *l = n;
                        }
                    }
                }
            }
        }
        let mut i = 0;
        while i < f.len() {
            if !first_words.contains(f[i].as_str()) {
                i += 1;
                continue;
            }
            let mut hit = None;
            for len in (1..=MAX_WORDS.min(f.len() - i)).rev() {
                // only a stretch the tagger left untagged, not inside or next to an entity
                let free = t[i..i + len].iter().all(|&l| l == 0)
                    && t.get(i + len).is_none_or(|&l| !labels::is_inside(l));
                if !free {
                    continue;
                }
                let key: Vec<&str> = f[i..i + len].iter().map(String::as_str).collect();
                if let Some(&ty) = names.get(&key) {
                    hit = Some((len, ty));
                    break;
                }
            }
            match hit {
                Some((len, ty)) => {
                    if let (Some(b), Some(n)) = (begin(ty), inside(ty)) {
                        t[i] = b;
                        for l in &mut t[i + 1..i + len] {
                            *l = n;
                        }
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_tagged_once_is_tagged_where_it_was_missed() {
        let l = |s: &str| labels::parse(s).unwrap();
        let sentences = vec![
            vec!["قال", "عادل", "مولان", "إن", "القوات", "تقدمت"],
            vec!["وأكد", "مولان", "أن", "المعارك", "مستمرة"],
            vec!["وفي", "المعارك", "قتل", "عشرة"],
        ];
        let mut tags = vec![
            vec![l("O"), l("B-PER"), l("I-PER"), l("O"), l("O"), l("O")],
            vec![l("O"), l("O"), l("O"), l("O"), l("O")],
            vec![l("O"), l("O"), l("O"), l("O")],
        ];
        // the person named in full is later named by the surname alone
        propagate(&sentences, &mut tags);
        assert_eq!(tags[1][1], l("B-PER"));
        // "المعارك" was never tagged: nothing else changes
        assert_eq!(tags[2], vec![l("O"); 4]);
        tags[1][1] = l("B-PER");
        // with "مولان" tagged in one sentence, it is tagged in another (not inside a name)
        let sentences2 = vec![
            sentences[1].clone(),
            vec!["وقال", "مولان", "إن", "الهجوم", "فشل"],
        ];
        let mut tags2 = vec![tags[1].clone(), vec![l("O"); 5]];
        propagate(&sentences2, &mut tags2);
        assert_eq!(tags2[1][1], l("B-PER"));
        // a name read two ways takes the majority reading; a tie keeps each
        let mut tags4 = vec![
            vec![l("B-ORG"), l("O")],
            vec![l("B-ORG"), l("O")],
            vec![l("B-LOC"), l("O")],
        ];
        let s4 = vec![
            vec!["كفرنبل", "فاز"],
            vec!["كفرنبل", "خسر"],
            vec!["كفرنبل", "تعادل"],
        ];
        propagate(&s4, &mut tags4);
        assert_eq!(tags4[2][0], l("B-ORG"));
        let mut tags5 = vec![vec![l("B-ORG")], vec![l("B-LOC")]];
        propagate(&[vec!["كفرنبل"], vec!["كفرنبل"]], &mut tags5);
        assert_eq!((tags5[0][0], tags5[1][0]), (l("B-ORG"), l("B-LOC")));
        // a function word is never propagated
        let mut tags3 = vec![vec![l("B-ORG"), l("O")], vec![l("O"), l("O")]];
        propagate(&[vec!["في", "x"], vec!["في", "y"]], &mut tags3);
        assert_eq!(tags3[1], vec![l("O"), l("O")]);
    }
}
