use crate::table;
use std::sync::OnceLock;

/// Character classes used by the tokenizer (from `data/charclass.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharClass {
    Space,
    Newline,
    /// Zero-width joiners, bidi controls: kept inside a word, skipped between words.
    Invisible,
    ArabicLetter,
    ArabicMark,
    LatinLetter,
    OtherLetter,
    Mark,
    Digit,
    Punct,
    Symbol,
}

impl CharClass {
    fn parse(s: &str) -> Result<Self, String> {
        Ok(match s {
            "space" => CharClass::Space,
            "newline" => CharClass::Newline,
            "invisible" => CharClass::Invisible,
            "arabic_letter" => CharClass::ArabicLetter,
            "arabic_mark" => CharClass::ArabicMark,
            "latin_letter" => CharClass::LatinLetter,
            "other_letter" => CharClass::OtherLetter,
            "mark" => CharClass::Mark,
            "digit" => CharClass::Digit,
            "punct" => CharClass::Punct,
            "symbol" => CharClass::Symbol,
            _ => return Err(format!("unknown class {s:?}")),
        })
    }

    pub fn is_space(self) -> bool {
        matches!(self, CharClass::Space | CharClass::Newline)
    }

    pub fn is_mark(self) -> bool {
        matches!(self, CharClass::ArabicMark | CharClass::Mark)
    }
}

const FAST: usize = 0x800;

struct Classes {
    /// every character below FAST, table rows and fallback resolved
    fast: Vec<CharClass>,
    ranges: Vec<(char, char, CharClass)>,
}

fn classes() -> &'static Classes {
    static C: OnceLock<Classes> = OnceLock::new();
    C.get_or_init(|| {
        let mut fast = vec![None; FAST];
        let mut ranges = Vec::new();
        for row in table::rows(include_str!("../data/charclass.tsv")) {
            let (lo, hi) = table::code_range(row[0]).expect("charclass.tsv: range");
            let class = CharClass::parse(row[1]).expect("charclass.tsv: class");
            for c in lo..=hi {
                if (c as usize) < FAST {
                    fast[c as usize].get_or_insert(class);
                }
            }
            if (hi as usize) >= FAST {
                ranges.push((lo, hi, class));
            }
        }
        let fast = fast
            .into_iter()
            .enumerate()
            .map(|(u, k)| k.unwrap_or_else(|| fallback(char::from_u32(u as u32).unwrap_or('\0'))))
            .collect();
        Classes { fast, ranges }
    })
}

/// Classes of every code point below U+0800 (ASCII, Latin, Arabic), for hot
/// loops that fetch the table once.
#[inline]
pub(crate) fn fast_table() -> &'static [CharClass] {
    &classes().fast
}

/// The class of a character: the data table first, then Unicode properties.
#[inline(always)]
pub fn char_class(c: char) -> CharClass {
    let t = classes();
    if (c as usize) < FAST {
        return t.fast[c as usize];
    } else if let Some(&(_, _, class)) = t.ranges.iter().find(|(lo, hi, _)| *lo <= c && c <= *hi) {
        return class;
    }
    fallback(c)
}

fn fallback(c: char) -> CharClass {
    if c.is_whitespace() {
        CharClass::Space
    } else if c.is_alphabetic() {
        CharClass::OtherLetter
    } else if c.is_ascii_punctuation() || is_general_punct(c) {
        CharClass::Punct
    } else {
        CharClass::Symbol // includes numerals that are not digits (½, Ⅻ)
    }
}

fn is_general_punct(c: char) -> bool {
    matches!(c,
        '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{060C}'..='\u{060D}' | '\u{061B}' | '\u{061D}'..='\u{061F}' | '\u{066A}'..='\u{066D}'
        | '\u{06D4}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{2E00}'..='\u{2E4F}'
        | '\u{3001}'..='\u{3003}' | '\u{FD3E}'..='\u{FD3F}' | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE6B}' | '\u{FF01}'..='\u{FF0F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_of_common_characters() {
        assert_eq!(char_class('ب'), CharClass::ArabicLetter);
        assert_eq!(char_class('ـ'), CharClass::ArabicLetter);
        assert_eq!(char_class('\u{064E}'), CharClass::ArabicMark);
        assert_eq!(char_class('٣'), CharClass::Digit);
        assert_eq!(char_class('۳'), CharClass::Digit);
        assert_eq!(char_class('،'), CharClass::Punct);
        assert_eq!(char_class('؟'), CharClass::Punct);
        assert_eq!(char_class('«'), CharClass::Punct);
        assert_eq!(char_class('“'), CharClass::Punct);
        assert_eq!(char_class('…'), CharClass::Punct);
        assert_eq!(char_class('\u{200C}'), CharClass::Invisible);
        assert_eq!(char_class('\u{200B}'), CharClass::Space);
        assert_eq!(char_class('\u{FEFB}'), CharClass::ArabicLetter);
        assert_eq!(char_class('é'), CharClass::LatinLetter);
        assert_eq!(char_class('ש'), CharClass::OtherLetter);
        assert_eq!(char_class('😀'), CharClass::Symbol);
        assert_eq!(char_class('٪'), CharClass::Punct);
    }
}
