//! Language data the tagger reads besides its weights: the gazetteer and the
//! word clusters (both plain files in `data/ner/`).

use super::hash::{self, BuildPreHashed};
use rasid_arabic::{tokenize, Normalizer, Stemmer};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The key a word is looked up by: its stem without clitics or article, in the
/// `match` profile (so والعراق، بالعراق، للعراق and العراق share it).
pub fn word_key(search_form: &str) -> String {
    Stemmer::get().key(search_form)
}

/// The key of a phrase: the word keys of its words, space-joined
/// (مدينة الرمادي، بالرمادي → "مدينه رمادي", "رمادي").
pub fn phrase_key(text: &str) -> String {
    let norm = Normalizer::search();
    tokenize(text)
        .iter()
        .filter(|t| t.kind.is_wordlike())
        .map(|t| word_key(&norm.normalize_str(t.span.slice(text))))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Gazetteer feature types. Curated names (gazetteer.tsv) and names induced from unlabeled news
/// (induced.tsv) share them: kept apart, the tagger did worse on the dev split (0.709 vs 0.723).
pub const GAZ_TYPES: [&str; 3] = ["PER", "ORG", "LOC"];

pub struct Gazetteer {
    /// hash of a key sequence → bit mask of GAZ_TYPES
    entries: HashMap<u64, u8, BuildPreHashed>,
    max_len: usize,
}

fn seq_hash(keys: &[&str]) -> u64 {
    let mut h = hash::FNV_OFFSET;
    for k in keys {
        h = hash::fnv(h, k.as_bytes());
        h = hash::fnv(h, b" ");
    }
    h
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut entries: HashMap<u64, u8, BuildPreHashed> = HashMap::default();
        let mut max_len = 1;
        let norm = Normalizer::search();
        // curated names, then names induced from unlabeled news: the same feature types
        let lines = [
            include_str!("../../data/ner/gazetteer.tsv"),
            include_str!("../../data/ner/induced.tsv"),
        ]
        .into_iter()
        .flat_map(|src| src.lines().filter(|l| !l.starts_with('#')).skip(1));
        for line in lines {
            let mut cols = line.split('\t');
            let (Some(name), Some(typ)) = (cols.next(), cols.next()) else {
                continue;
            };
            let Some(bit) = GAZ_TYPES.iter().position(|t| *t == typ) else {
                continue;
            };
            let keys: Vec<String> = tokenize(name)
                .iter()
                .filter(|t| t.kind.is_wordlike())
                .map(|t| word_key(&norm.normalize_str(t.span.slice(name))))
                .collect();
            if keys.is_empty() || keys.len() > 6 {
                continue;
            }
            max_len = max_len.max(keys.len());
            let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
            *entries.entry(seq_hash(&refs)).or_default() |= 1 << bit;
        }
        Gazetteer { entries, max_len }
    }

    /// For each token, per type: 0 none, 1 begins a match, 2 inside a match
    /// (longest match first, left to right, each type on its own).
    pub fn tag(&self, keys: &[&str]) -> Vec<[u8; GAZ_TYPES.len()]> {
        let n = keys.len();
        let mut out = vec![[0u8; GAZ_TYPES.len()]; n];
        // the type mask of every span, looked up once for all three types
        let w = self.max_len.max(1);
        let mut masks = vec![0u8; n * w];
        for i in 0..n {
            // (seq_hash of keys[i..i + len], one key more each step: hashing each span anew
            // was a tenth of the tagging time)
            let mut h = hash::FNV_OFFSET;
            for len in 1..=self.max_len.min(n - i) {
                h = hash::fnv(hash::fnv(h, keys[i + len - 1].as_bytes()), b" ");
                masks[i * w + len - 1] = self.entries.get(&h).copied().unwrap_or(0);
            }
        }
        for (t, _) in GAZ_TYPES.iter().enumerate() {
            let mut i = 0;
            while i < n {
                let mut best = 0;
                for len in (1..=self.max_len.min(n - i)).rev() {
                    if masks[i * w + len - 1] & (1 << t) != 0 {
                        best = len;
                        break;
                    }
                }
                if best > 0 {
                    out[i][t] = 1;
                    for o in out.iter_mut().skip(i + 1).take(best - 1) {
                        o[t] = 2;
                    }
                    i += best;
                } else {
                    i += 1;
                }
            }
        }
        out
    }
}

/// Word clusters learned without labels (see `clusters.rs`): key → (coarse, fine).
pub struct Clusters {
    map: HashMap<String, (u16, u16)>,
}

impl Clusters {
    fn load() -> Clusters {
        let src = include_str!("../../data/ner/clusters.tsv");
        let mut map = HashMap::new();
        for line in src.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let mut c = line.split('\t');
            if let (Some(k), Some(a), Some(b)) = (c.next(), c.next(), c.next()) {
                if let (Ok(a), Ok(b)) = (a.parse(), b.parse()) {
                    map.insert(k.to_string(), (a, b));
                }
            }
        }
        Clusters { map }
    }

    pub fn get(&self, key: &str) -> Option<(u16, u16)> {
        self.map.get(key).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

pub struct Resources {
    pub gazetteer: Gazetteer,
    pub clusters: Clusters,
}

/// Whether the gazetteer lists this one word (search-normalized) as a person's name.
pub fn is_listed_person(search_form: &str) -> bool {
    let key = word_key(search_form);
    let mask = resources()
        .gazetteer
        .entries
        .get(&seq_hash(&[key.as_str()]))
        .copied()
        .unwrap_or(0);
    mask & 1 != 0 // GAZ_TYPES[0] is PER
}

pub fn resources() -> &'static Resources {
    static R: OnceLock<Resources> = OnceLock::new();
    R.get_or_init(|| Resources {
        gazetteer: Gazetteer::load(),
        clusters: Clusters::load(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_matches_clitic_forms() {
        let g = &resources().gazetteer;
        let keys: Vec<String> = ["زار", "الرئيس", "والعراق", "ثم", "دير", "الزور"]
            .iter()
            .map(|w| word_key(&Normalizer::search().normalize_str(w)))
            .collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let tags = g.tag(&refs);
        assert_eq!(tags[2][2], 1, "العراق is a LOC: {keys:?} {tags:?}");
        assert_eq!(
            (tags[4][2], tags[5][2]),
            (1, 2),
            "دير الزور: {keys:?} {tags:?}"
        );
        assert!(resources().clusters.len() > 10_000);
    }
}
