//! Aligned Arabic normalization driven by `data/normalization.tsv`.

use crate::table;
use rasid_text::{Aligned, AlignedBuilder};
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// A named set of normalization rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Search key: alef forms, harakat, tatweel, digits, presentation forms,
    /// invisible marks, odd spaces, ASCII case. Keeps ى and ة apart.
    Search,
    /// `Search` plus ى → ي, ة → ه and Persian yeh: for matching names.
    Match,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Search => "search",
            Profile::Match => "match",
        }
    }

    pub fn parse(s: &str) -> Option<Profile> {
        match s {
            "search" => Some(Profile::Search),
            "match" => Some(Profile::Match),
            _ => None,
        }
    }
}

/// What a rule does to the characters it matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleAction {
    Delete,
    Replace(String),
    /// Maps the range `from` onto a range starting at this character.
    ShiftTo(char),
    /// Compatibility decomposition, then the profile's other rules.
    Nfkc,
}

/// One row of `data/normalization.tsv`.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub profiles: Vec<String>,
    pub from: (char, char),
    pub action: RuleAction,
    pub example_in: String,
    pub example_out: String,
    pub note: String,
}

impl Rule {
    pub fn in_profile(&self, p: &str) -> bool {
        self.profiles.iter().any(|x| x == p)
    }
    fn matches(&self, c: char) -> bool {
        self.from.0 <= c && c <= self.from.1
    }
}

/// All rules of the data table, in order.
pub fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        table::rows(include_str!("../data/normalization.tsv"))
            .map(|r| parse_rule(&r).unwrap_or_else(|e| panic!("normalization.tsv: {e}: {r:?}")))
            .collect()
    })
}

fn parse_rule(r: &[&str]) -> Result<Rule, String> {
    if r.len() < 6 {
        return Err("expected 7 columns".into());
    }
    let from = table::code_range(r[2])?;
    let action = match r[3] {
        "-" => RuleAction::Delete,
        "nfkc" => RuleAction::Nfkc,
        t if t.ends_with("..") => RuleAction::ShiftTo(table::code_point(&t[..t.len() - 2])?),
        t => RuleAction::Replace(
            t.split(' ')
                .map(table::code_point)
                .collect::<Result<String, _>>()?,
        ),
    };
    Ok(Rule {
        id: r[0].to_string(),
        profiles: r[1].split(',').map(str::to_string).collect(),
        from,
        action,
        example_in: table::unescape(r[4]),
        example_out: table::unescape(r[5]),
        note: r.get(6).unwrap_or(&"").to_string(),
    })
}

const KEEP: u16 = 0;
const DELETE: u16 = 1;
const FAST: usize = 0x800;
const PUNCT_LO: u32 = 0x2000;
const PUNCT_HI: u32 = 0x2070;
const PRES_LO: u32 = 0xFB50;
const PRES_HI: u32 = 0xFF00;

/// A compiled rule set: per-character actions in lookup tables.
#[derive(Debug)]
pub struct Normalizer {
    name: String,
    fast: Vec<u16>,
    punct: Vec<u16>,
    pres: Vec<u16>,
    other: Vec<(char, u16)>,
    outputs: Vec<Box<str>>,
}

/// Receives the result of normalization: the aligned builder, or a plain string.
trait Sink {
    fn keep(&mut self, s: &str);
    fn edit(&mut self, orig: &str, out: &str);
}

impl Sink for AlignedBuilder {
    #[inline]
    fn keep(&mut self, s: &str) {
        AlignedBuilder::keep(self, s)
    }
    #[inline]
    fn edit(&mut self, orig: &str, out: &str) {
        AlignedBuilder::edit(self, orig, out)
    }
}

impl Sink for String {
    #[inline]
    fn keep(&mut self, s: &str) {
        self.push_str(s)
    }
    #[inline]
    fn edit(&mut self, _orig: &str, out: &str) {
        self.push_str(out)
    }
}

impl Normalizer {
    /// The shared normalizer of a profile.
    pub fn get(profile: Profile) -> &'static Normalizer {
        static SEARCH: OnceLock<Normalizer> = OnceLock::new();
        static MATCH: OnceLock<Normalizer> = OnceLock::new();
        let cell = match profile {
            Profile::Search => &SEARCH,
            Profile::Match => &MATCH,
        };
        cell.get_or_init(|| Normalizer::for_profile(profile.name()))
    }

    pub fn search() -> &'static Normalizer {
        Normalizer::get(Profile::Search)
    }

    pub fn matching() -> &'static Normalizer {
        Normalizer::get(Profile::Match)
    }

    /// Compiles the rules of a profile named in the data table.
    pub fn for_profile(profile: &str) -> Normalizer {
        let selected: Vec<&Rule> = rules().iter().filter(|r| r.in_profile(profile)).collect();
        Normalizer::compile(profile, &selected)
    }

    /// Compiles an explicit subset of rules, by id (for comparisons with other
    /// tools that apply only some of them). Unknown ids are an error.
    pub fn from_rule_ids(ids: &[&str]) -> Result<Normalizer, String> {
        let mut selected = Vec::new();
        for id in ids {
            let rule = rules()
                .iter()
                .find(|r| r.id == *id)
                .ok_or_else(|| format!("unknown normalization rule {id:?}"))?;
            selected.push(rule);
        }
        // keep table order: the first matching row wins
        selected.sort_by_key(|r| rules().iter().position(|x| x.id == r.id));
        Ok(Normalizer::compile(&ids.join("+"), &selected))
    }

    fn compile(name: &str, rules: &[&Rule]) -> Normalizer {
        let mut n = Normalizer {
            name: name.to_string(),
            fast: vec![KEEP; FAST],
            punct: vec![KEEP; (PUNCT_HI - PUNCT_LO) as usize],
            pres: vec![KEEP; (PRES_HI - PRES_LO) as usize],
            other: Vec::new(),
            outputs: Vec::new(),
        };
        let simple: Vec<&Rule> = rules
            .iter()
            .copied()
            .filter(|r| r.action != RuleAction::Nfkc)
            .collect();
        let apply_simple = |c: char| -> String {
            match simple.iter().find(|r| r.matches(c)) {
                Some(r) => output_of(r, c),
                None => c.to_string(),
            }
        };
        let mut seen = std::collections::HashSet::new();
        for rule in rules {
            for c in rule.from.0..=rule.from.1 {
                if !seen.insert(c) {
                    continue; // an earlier row already decided this character
                }
                let out = match rule.action {
                    RuleAction::Nfkc => std::iter::once(c)
                        .nfkc()
                        .map(apply_simple)
                        .collect::<String>(),
                    _ => output_of(rule, c),
                };
                let code = if out.len() == c.len_utf8() && out.starts_with(c) {
                    KEEP
                } else if out.is_empty() {
                    DELETE
                } else {
                    n.outputs.push(out.into_boxed_str());
                    (n.outputs.len() + 1) as u16
                };
                n.set(c, code);
            }
        }
        n.other.sort_unstable();
        n
    }

    fn set(&mut self, c: char, code: u16) {
        let u = c as u32;
        if (u as usize) < FAST {
            self.fast[u as usize] = code;
        } else if (PUNCT_LO..PUNCT_HI).contains(&u) {
            self.punct[(u - PUNCT_LO) as usize] = code;
        } else if (PRES_LO..PRES_HI).contains(&u) {
            self.pres[(u - PRES_LO) as usize] = code;
        } else if code != KEEP {
            self.other.push((c, code));
        }
    }

    #[inline]
    fn code(&self, c: char) -> u16 {
        let u = c as u32;
        if (u as usize) < FAST {
            self.fast[u as usize]
        } else if (PUNCT_LO..PUNCT_HI).contains(&u) {
            self.punct[(u - PUNCT_LO) as usize]
        } else if (PRES_LO..PRES_HI).contains(&u) {
            self.pres[(u - PRES_LO) as usize]
        } else if self.other.is_empty() {
            KEEP
        } else {
            match self.other.binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => self.other[i].1,
                Err(_) => KEEP,
            }
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// What this normalizer makes of one character (`None`: unchanged).
    pub fn map_char(&self, c: char) -> Option<&str> {
        match self.code(c) {
            KEEP => None,
            DELETE => Some(""),
            k => Some(&self.outputs[(k - 2) as usize]),
        }
    }

    /// The normalized view of `text`, aligned with it.
    pub fn normalize(&self, text: &str) -> Aligned {
        let mut b = AlignedBuilder::with_capacity(text.len());
        self.run(text, &mut b);
        b.finish()
    }

    /// The normalized text alone (no alignment kept).
    pub fn normalize_str(&self, text: &str) -> String {
        let mut s = String::with_capacity(text.len());
        self.run(text, &mut s);
        s
    }

    /// Appends the normalized form of `text` to `out`.
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        self.run(text, out);
    }

    fn run<S: Sink>(&self, text: &str, sink: &mut S) {
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut kept_from = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // one- and two-byte characters (ASCII, Latin, Arabic) index the table directly
            let (code, w) = if b < 0x80 {
                (self.fast[b as usize], 1)
            } else if b & 0xE0 == 0xC0 && i + 1 < bytes.len() {
                let u = ((b as usize & 0x1F) << 6) | (bytes[i + 1] as usize & 0x3F);
                (self.fast[u], 2)
            } else {
                let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
                (self.code(c), c.len_utf8())
            };
            if code != KEEP {
                if kept_from < i {
                    sink.keep(&text[kept_from..i]);
                }
                let out = if code == DELETE {
                    ""
                } else {
                    &self.outputs[(code - 2) as usize]
                };
                sink.edit(&text[i..i + w], out);
                kept_from = i + w;
            }
            i += w;
        }
        if kept_from < bytes.len() {
            sink.keep(&text[kept_from..]);
        }
    }
}

fn output_of(rule: &Rule, c: char) -> String {
    match &rule.action {
        RuleAction::Delete => String::new(),
        RuleAction::Replace(s) => s.clone(),
        RuleAction::ShiftTo(base) => char::from_u32(*base as u32 + (c as u32 - rule.from.0 as u32))
            .map(String::from)
            .unwrap_or_default(),
        RuleAction::Nfkc => c.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_text::Span;

    /// Every row of the data table carries its own example; each must hold in
    /// every profile the row belongs to.
    #[test]
    fn every_rule_passes_its_own_example() {
        let mut failures = Vec::new();
        for rule in rules() {
            assert!(
                !rule.example_in.is_empty(),
                "rule {} has no example",
                rule.id
            );
            for p in &rule.profiles {
                assert!(
                    Profile::parse(p).is_some(),
                    "rule {}: unknown profile {p}",
                    rule.id
                );
                let got = Normalizer::for_profile(p).normalize_str(&rule.example_in);
                if got != rule.example_out {
                    failures.push(format!(
                        "{} [{p}]: {:?} → {:?}, expected {:?}",
                        rule.id, rule.example_in, got, rule.example_out
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn every_rule_is_applied_alone() {
        // each row also works on its own, so subsets (like a peer's rule set) are sound
        for rule in rules() {
            let n = Normalizer::from_rule_ids(&[&rule.id]).unwrap();
            let first = rule.from.0;
            let mapped = n.normalize_str(&first.to_string());
            match &rule.action {
                RuleAction::Delete => assert_eq!(mapped, "", "{}", rule.id),
                RuleAction::Replace(s) => assert_eq!(&mapped, s, "{}", rule.id),
                _ => {}
            }
        }
    }

    #[test]
    fn profiles_differ_only_in_lossy_folds() {
        let s = "مستشفى المدينة";
        assert_eq!(Normalizer::search().normalize_str(s), s);
        assert_eq!(Normalizer::matching().normalize_str(s), "مستشفي المدينه");
    }

    #[test]
    fn aligned_view_maps_back_to_original_characters() {
        let text = "قالَ الرئيسُ ﻻ «٣٫٥٪» Dpa";
        let v = Normalizer::search().normalize(text);
        assert_eq!(v.as_str(), "قال الرئيس لا «3.5%» dpa");
        let i = v.as_str().find("الرئيس").unwrap();
        let back = v.to_original(Span::new(i, i + "الرئيس".len()));
        assert_eq!(back.slice(text), "الرئيسُ");
        let i = v.as_str().find("3.5%").unwrap();
        assert_eq!(v.to_original(Span::new(i, i + 4)).slice(text), "٣٫٥٪");
    }

    #[test]
    fn unknown_rule_is_an_error() {
        assert!(Normalizer::from_rule_ids(&["no_such_rule"]).is_err());
    }
}
