//! Light stemming by clitic splitting, guarded by a lexicon.
//!
//! Arabic glues conjunctions, prepositions, the article and the future marker
//! to the front of a word and object/possessive pronouns to its end:
//! والعراق، بالعراق، للعراق all contain العراق. Stripping by pattern alone
//! over-strips names and words that merely start with such a letter (وزير،
//! بيان، كامل، بغداد). The guard: a split without the article is accepted only
//! if what remains is a known word (`data/lexicon.tsv`) that is frequent enough
//! compared with the whole form. Forms with the article need no check.
//!
//! Input is a search-normalized word (see [`crate::Normalizer`]); ة and ى are
//! still distinct there, which tells the pronoun ه from the feminine ending.

use crate::table;
use crate::{Normalizer, Profile};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// One clitic of `data/clitics.tsv`.
#[derive(Clone, Debug)]
struct Clitic {
    form: String,
    article: bool,
    min_stem: usize,
    ratio: f64,
    next: Option<Vec<char>>,
}

/// The parts of a word: proclitics + stem + enclitics (search-normalized).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stem {
    pub prefix: String,
    /// The stem, with a feminine ending restored when the enclitic had turned
    /// it into ت (حكومته → حكومة).
    pub stem: String,
    pub suffix: String,
}

impl Stem {
    /// The conflation key: the stem without the article, in the `match`
    /// profile (ى → ي, ة → ه), so all forms of one word meet.
    pub fn key(&self) -> String {
        let bare = self
            .stem
            .strip_prefix("ال")
            .filter(|r| r.chars().count() >= 2);
        Normalizer::get(Profile::Match).normalize_str(bare.unwrap_or(&self.stem))
    }
}

/// The light stemmer, with its clitic table and lexicon loaded once.
pub struct Stemmer {
    proclitics: Vec<Clitic>,
    enclitics: Vec<Clitic>,
    exceptions: HashSet<&'static str>,
    lexicon: HashMap<&'static str, u32>,
}

/// Occurrences a remainder needs in the lexicon to count as a known word.
const MIN_KNOWN: u32 = 5;

impl Stemmer {
    /// The shared stemmer (the lexicon is parsed on first use).
    pub fn get() -> &'static Stemmer {
        static S: OnceLock<Stemmer> = OnceLock::new();
        S.get_or_init(Stemmer::load)
    }

    fn load() -> Stemmer {
        let mut proclitics = Vec::new();
        let mut enclitics = Vec::new();
        for r in table::rows(include_str!("../data/clitics.tsv")) {
            let c = Clitic {
                form: r[1].to_string(),
                article: r[2] == "yes",
                min_stem: r[3].parse().expect("clitics.tsv: min_stem"),
                ratio: if r[4] == "-" {
                    0.0
                } else {
                    r[4].parse().expect("clitics.tsv: ratio")
                },
                next: (r[5] != "-").then(|| r[5].chars().collect()),
            };
            match r[0] {
                "proclitic" => proclitics.push(c),
                "enclitic" => enclitics.push(c),
                k => panic!("clitics.tsv: unknown kind {k:?}"),
            }
        }
        let exceptions = table::lines(include_str!("../data/stem_exceptions.txt")).collect();
        let lexicon = table::rows(include_str!("../data/lexicon.tsv"))
            .map(|r| (r[0], r[1].parse().expect("lexicon.tsv: count")))
            .collect();
        Stemmer {
            proclitics,
            enclitics,
            exceptions,
            lexicon,
        }
    }

    /// Lexicon count of a search-normalized word.
    pub fn count(&self, word: &str) -> u32 {
        self.lexicon.get(word).copied().unwrap_or(0)
    }

    fn known_enough(&self, rest: &str, whole: &str, ratio: f64) -> bool {
        let r = self.count(rest);
        r >= MIN_KNOWN && r as f64 >= ratio * self.count(whole) as f64
    }

    /// Splits a search-normalized word into proclitics, stem and enclitics.
    pub fn split(&self, word: &str) -> Stem {
        let whole = || Stem {
            prefix: String::new(),
            stem: word.to_string(),
            suffix: String::new(),
        };
        if self.exceptions.contains(word) || word.chars().count() < 3 {
            return whole();
        }
        let mut prefix = "";
        let mut rest = word;
        let mut has_article = false;
        for p in &self.proclitics {
            let Some(r) = word.strip_prefix(p.form.as_str()) else {
                continue;
            };
            if r.chars().count() < p.min_stem {
                continue;
            }
            if let Some(next) = &p.next {
                if !r.starts_with(next.as_slice()) {
                    continue;
                }
            }
            if p.article || self.known_enough(r, word, p.ratio) {
                prefix = &word[..p.form.len()];
                rest = r;
                has_article = p.article;
                break;
            }
        }
        // the article keeps its place in the stem (العراق), so that the stem
        // is a word; the key drops it
        let (prefix, stem_start) = if has_article {
            let art = prefix.len() - "ال".len();
            // لل = li + the article with its alef elided
            if prefix.ends_with("لل") && !prefix.ends_with("ال") {
                (&word[..prefix.len() - "ل".len()], "ال".to_string())
            } else {
                (&word[..art], String::from("ال"))
            }
        } else {
            (prefix, String::new())
        };
        let mut stem = stem_start;
        stem.push_str(rest);
        let mut suffix = String::new();
        // a pronoun cannot follow the article's noun
        if !has_article && !self.exceptions.contains(rest) {
            if let Some((base, enc)) = self.enclitic(rest) {
                stem = format!("{}{}", stem.strip_suffix(rest).unwrap_or(""), base);
                suffix = enc.to_string();
            }
        }
        Stem {
            prefix: prefix.to_string(),
            stem,
            suffix,
        }
    }

    fn enclitic<'a>(&self, w: &'a str) -> Option<(String, &'a str)> {
        for e in &self.enclitics {
            let Some(base) = w.strip_suffix(e.form.as_str()) else {
                continue;
            };
            if base.chars().count() < e.min_stem {
                continue;
            }
            // حكومته → حكومت + ه → حكومة
            let feminine = base.strip_suffix('ت').map(|b| format!("{b}ة"));
            if let Some(f) = &feminine {
                if self.known_enough(f, w, e.ratio) {
                    return Some((f.clone(), &w[base.len()..]));
                }
            }
            // the possessive ي is taken only in the feminine case above:
            // otherwise it is the nisba ending of an adjective (عراقي)
            if e.form != "ي" && self.known_enough(base, w, e.ratio) {
                return Some((base.to_string(), &w[base.len()..]));
            }
        }
        None
    }

    /// The conflation key of a search-normalized word.
    pub fn key(&self, word: &str) -> String {
        self.split(word).key()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(w: &str) -> String {
        let n = Normalizer::search().normalize_str(w);
        Stemmer::get().key(&n)
    }

    #[test]
    fn clitic_forms_of_a_name_meet() {
        for w in [
            "العراق",
            "والعراق",
            "بالعراق",
            "للعراق",
            "فالعراق",
            "وبالعراق",
        ] {
            assert_eq!(key(w), "عراق", "{w}");
        }
        for w in ["سوريا", "وسوريا", "لسوريا", "بسوريا"] {
            assert_eq!(key(w), "سوريا", "{w}");
        }
    }

    #[test]
    fn guards_against_over_stripping() {
        for w in [
            "وزير",
            "بيان",
            "كامل",
            "بغداد",
            "لبنان",
            "وليد",
            "فرنسا",
            "كركوك",
            "سوريا",
        ] {
            assert_eq!(key(w), Normalizer::matching().normalize_str(w), "{w}");
        }
        // nisba adjectives keep their ي
        assert_eq!(key("عراقي"), "عراقي");
        assert_eq!(key("أمني"), "امني");
    }

    #[test]
    fn splits_parts() {
        let s = Stemmer::get().split("للعراق");
        assert_eq!(
            (s.prefix.as_str(), s.stem.as_str(), s.suffix.as_str()),
            ("ل", "العراق", "")
        );
        let s = Stemmer::get().split("وحكومته");
        assert_eq!(
            (s.prefix.as_str(), s.stem.as_str(), s.suffix.as_str()),
            ("و", "حكومة", "ه")
        );
        let s = Stemmer::get().split("سيقول");
        assert_eq!(s.stem, "يقول");
        assert_eq!(Stemmer::get().split("قالها").stem, "قال");
    }
}
