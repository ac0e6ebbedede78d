//! Sentence splitting over tokens. Rules (data in `data/punctuation.tsv` and
//! `data/abbreviations.txt`):
//!
//! - a line break always ends a sentence (headlines, list items and
//!   paragraphs without a full stop);
//! - `. ! ? ؟ ۔` end a sentence, together with the closing quotes and
//!   brackets that follow them;
//! - not inside a quotation that closes later on the same line, so a quoted
//!   statement with several sentences stays in the sentence that reports it;
//! - not between two Latin letters spelled in Arabic (`إف. بي. آي`,
//!   `data/letter_names.txt`), an acronym;
//! - not after an abbreviation (د. م. ص. أ., initials, Dr.), a list number at
//!   the start of a line (`1.`), before a lowercase Latin word, or at an
//!   ellipsis; decimals (3.5) are single tokens already.

use crate::table;
use crate::CharClass;
use rasid_text::{Span, Token, TokenKind};
use std::collections::HashSet;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Terminal,
    Ellipsis,
    Closer,
    /// family, and whether the mark reliably opens (Some(true)) or closes (Some(false))
    Quote(u8, Option<bool>),
}

struct Tables {
    /// sorted by character
    roles: Vec<(char, Role)>,
    abbreviations: HashSet<String>,
    letter_names: HashSet<&'static str>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut families: Vec<String> = Vec::new();
        let mut roles = Vec::new();
        for row in table::rows(include_str!("../data/punctuation.tsv")) {
            let c = table::code_point(row[0]).expect("punctuation.tsv: char");
            let role = match row[1] {
                "terminal" => Role::Terminal,
                "ellipsis" => Role::Ellipsis,
                "closer" => Role::Closer,
                "quote" => {
                    let fam = row[2].to_string();
                    let id = families.iter().position(|f| *f == fam).unwrap_or_else(|| {
                        families.push(fam);
                        families.len() - 1
                    });
                    let opens = match row[3] {
                        "open" => Some(true),
                        "close" => Some(false),
                        _ => None,
                    };
                    Role::Quote(id as u8, opens)
                }
                other => panic!("punctuation.tsv: unknown role {other:?}"),
            };
            roles.push((c, role));
        }
        roles.sort_by_key(|&(c, _)| c);
        let abbreviations = table::lines(include_str!("../data/abbreviations.txt"))
            .map(|l| l.trim().to_lowercase())
            .collect();
        let letter_names = table::lines(include_str!("../data/letter_names.txt"))
            .map(str::trim)
            .collect();
        Tables {
            roles,
            abbreviations,
            letter_names,
        }
    })
}

/// Splits a tokenized text into sentences. Stateless; see [`split_sentences`].
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceSplitter;

/// Sentence spans of `text`, given its tokens (from [`crate::tokenize`]).
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Span> {
    SentenceSplitter.split(text, tokens)
}

fn is_line_break(gap: &str) -> bool {
    if gap == " " {
        return false; // the usual gap, decided without a scan
    }
    gap.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
}

impl SentenceSplitter {
    pub fn split(&self, text: &str, tokens: &[Token]) -> Vec<Span> {
        let mut out = Vec::new();
        let mut line_start = 0;
        for i in 1..=tokens.len() {
            let at_break = i == tokens.len()
                || is_line_break(&text[tokens[i - 1].span.end..tokens[i].span.start]);
            if at_break {
                self.split_line(text, &tokens[line_start..i], &mut out);
                line_start = i;
            }
        }
        out
    }

    fn split_line(&self, text: &str, toks: &[Token], out: &mut Vec<Span>) {
        if toks.is_empty() {
            return;
        }
        let t = tables();
        let role = |k: usize| -> Option<Role> {
            let tok = &toks[k];
            if tok.kind != TokenKind::Punct {
                return None;
            }
            let s = tok.span.slice(text);
            let first = s.chars().next()?;
            if first == '.' && s.len() > 1 {
                return Some(Role::Ellipsis);
            }
            t.roles
                .binary_search_by_key(&first, |&(c, _)| c)
                .ok()
                .map(|i| t.roles[i].1)
        };
        // pair quotation marks of each family in order of appearance
        let mut open: [Option<usize>; 8] = [None; 8];
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for k in 0..toks.len() {
            if let Some(Role::Quote(f, dir)) = role(k) {
                let slot = &mut open[f as usize % 8];
                match (slot.take(), dir) {
                    // «a … «b»: the first was never closed; b's quotation starts here
                    (Some(_), Some(true)) => *slot = Some(k),
                    (Some(o), _) => pairs.push((o, k)),
                    // a stray closing mark pairs with nothing
                    (None, Some(false)) => {}
                    (None, _) => *slot = Some(k),
                }
            }
        }
        // for each token: the closing mark of the innermost pair it lies in, and
        // whether it opens a pair (one sweep, not a search per token)
        let mut closes_at: Vec<Option<usize>> = vec![None; toks.len()];
        let mut opens = vec![false; toks.len()];
        let mut sorted = pairs.clone();
        sorted.sort_unstable();
        for &(o, c) in &sorted {
            opens[o] = true;
            for slot in closes_at.iter_mut().take(c).skip(o + 1) {
                slot.get_or_insert(c);
            }
        }
        let inside_quote = |k: usize| closes_at[k].map(|c| (0, c));
        let is_pair_open = |k: usize| opens[k];

        let mut start = 0;
        let mut k = 0;
        while k < toks.len() {
            if role(k) != Some(Role::Terminal) || !self.ends_here(text, toks, k) {
                k += 1;
                continue;
            }
            // take the closing quotes and brackets that follow
            let mut end = k;
            while end + 1 < toks.len() {
                match role(end + 1) {
                    Some(Role::Closer) => end += 1,
                    Some(Role::Quote(..)) if !is_pair_open(end + 1) => end += 1,
                    Some(Role::Terminal) => end += 1,
                    _ => break,
                }
            }
            if let Some((_, close)) = inside_quote(k) {
                if close > end {
                    k += 1;
                    continue; // the quotation goes on: not a sentence end
                }
            }
            out.push(Span::new(toks[start].span.start, toks[end].span.end));
            start = end + 1;
            k = end + 1;
        }
        if start < toks.len() {
            out.push(Span::new(
                toks[start].span.start,
                toks[toks.len() - 1].span.end,
            ));
        }
    }

    /// Whether the terminal mark at `k` can end a sentence.
    fn ends_here(&self, text: &str, toks: &[Token], k: usize) -> bool {
        let mark = toks[k].span.slice(text);
        if mark != "." {
            return true;
        }
        let next = toks.get(k + 1);
        let Some(next) = next else {
            return true;
        };
        // before a lowercase Latin word (an English abbreviation or a domain)
        if next.kind == TokenKind::Latin
            && next
                .span
                .slice(text)
                .starts_with(|c: char| c.is_lowercase())
        {
            return false;
        }
        let Some(prev) = k.checked_sub(1).map(|p| &toks[p]) else {
            return true;
        };
        let glued = prev.span.end == toks[k].span.start;
        // list number at the start of a line: "1. ..."
        if k == 1 && prev.kind == TokenKind::Number && glued {
            return false;
        }
        if !glued
            || !matches!(
                prev.kind,
                TokenKind::Arabic | TokenKind::Latin | TokenKind::Word
            )
        {
            return true;
        }
        // a letter glued to a number is a unit or era marker (2014م.), not an abbreviation
        let after_number = k >= 2
            && toks[k - 2].kind == TokenKind::Number
            && toks[k - 2].span.end == prev.span.start;
        if after_number {
            return true;
        }
        let word = prev.span.slice(text);
        // a dotted acronym spelled in Arabic letters: إف. بي. آي
        let letter_name = |w: &str| tables().letter_names.contains(w);
        if letter_name(word) && letter_name(next.span.slice(text)) {
            return false;
        }
        // a conjunction may be glued to the abbreviation: وأ. د. = "and Prof. Dr."
        let bare = match word.strip_prefix(['و', 'ف']) {
            Some(rest) if prev.kind == TokenKind::Arabic && !rest.is_empty() => rest,
            _ => word,
        };
        let letters = bare
            .chars()
            .filter(|&c| {
                matches!(
                    crate::char_class(c),
                    CharClass::ArabicLetter | CharClass::LatinLetter | CharClass::OtherLetter
                )
            })
            .count();
        let is_abbrev = letters == 1 || tables().abbreviations.contains(&bare.to_lowercase());
        let word_follows = next.kind.is_wordlike();
        !(is_abbrev && word_follows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn sents(s: &str) -> Vec<&str> {
        split_sentences(s, &tokenize(s))
            .into_iter()
            .map(|sp| sp.slice(s))
            .collect()
    }

    #[test]
    fn dotted_acronyms_in_arabic_letters_stay_in_one_sentence() {
        assert_eq!(
            sents("حقق مكتب إف. بي. آي في الحادث. وقال الشاهد إنه رأى سي. إن. إن هناك. ثم غادر"),
            [
                "حقق مكتب إف. بي. آي في الحادث.",
                "وقال الشاهد إنه رأى سي. إن. إن هناك.",
                "ثم غادر"
            ]
        );
        // a letter name at the end of a sentence still ends it
        assert_eq!(
            sents("بثته قناة بي بي سي. وقال المذيع"),
            ["بثته قناة بي بي سي.", "وقال المذيع"]
        );
    }

    #[test]
    fn arabic_marks_end_sentences() {
        assert_eq!(
            sents("وصل الوفد. هل انتهى الاجتماع؟ نعم! انتهى۔ ثم غادر"),
            [
                "وصل الوفد.",
                "هل انتهى الاجتماع؟",
                "نعم!",
                "انتهى۔",
                "ثم غادر"
            ]
        );
    }

    #[test]
    fn quotations_with_sentence_marks_stay_whole() {
        let s =
            "وقال الوزير: “حدث عصيان. وتمت السيطرة عليه.” ثم غادر. وأضاف «لا. لن نقبل» للصحفيين.";
        assert_eq!(
            sents(s),
            [
                "وقال الوزير: “حدث عصيان. وتمت السيطرة عليه.”",
                "ثم غادر.",
                "وأضاف «لا. لن نقبل» للصحفيين."
            ]
        );
    }

    #[test]
    fn unbalanced_quotes_do_not_swallow_the_line() {
        let s = "قال ”مصدر. ثم غادر. وعاد";
        assert_eq!(sents(s), ["قال ”مصدر.", "ثم غادر.", "وعاد"]);
    }

    #[test]
    fn an_unclosed_guillemet_does_not_shift_the_later_pairs() {
        let s = "وتوعدت «سنأتيكم. ومن المتوقع ان تنتشر. والهجوم نفذته «فتاتان» في السوق، بحسب الحاكم. وقال مصدر ان «فتاتين فجرتا نفسيهما» امس.";
        assert_eq!(
            sents(s),
            [
                "وتوعدت «سنأتيكم.",
                "ومن المتوقع ان تنتشر.",
                "والهجوم نفذته «فتاتان» في السوق، بحسب الحاكم.",
                "وقال مصدر ان «فتاتين فجرتا نفسيهما» امس."
            ]
        );
    }

    #[test]
    fn abbreviations_decimals_and_lists() {
        assert_eq!(
            sents("التقى د. محمد بـ م. أحمد وأ. د. سالم. ارتفع بنسبة 3.5 بالمئة."),
            [
                "التقى د. محمد بـ م. أحمد وأ. د. سالم.",
                "ارتفع بنسبة 3.5 بالمئة."
            ]
        );
        assert_eq!(
            sents("وقع ذلك عام 2014م. ثم عادوا"),
            ["وقع ذلك عام 2014م.", "ثم عادوا"]
        );
        assert_eq!(
            sents("الشروط:\n1. وقف النار\n2. تبادل الأسرى"),
            ["الشروط:", "1. وقف النار", "2. تبادل الأسرى"]
        );
        assert_eq!(
            sents("Dr. Smith met the U.S. envoy. He left."),
            ["Dr. Smith met the U.S. envoy.", "He left."]
        );
    }

    #[test]
    fn headlines_and_ellipsis() {
        assert_eq!(
            sents("انفجار في بغداد\n\nقال شهود... إن الانفجار وقع صباحا"),
            ["انفجار في بغداد", "قال شهود... إن الانفجار وقع صباحا"]
        );
    }
}
