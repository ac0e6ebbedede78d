//! Word tokenizer for Arabic news text. Tokens are spans of the original text;
//! nothing is rewritten. Clitics stay attached (see [`crate::Stemmer`]).

use crate::charclass::{char_class, CharClass};
use rasid_text::{Span, Token, TokenKind};

/// Splits text into tokens. Stateless; see [`tokenize`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Tokenizer;

impl Tokenizer {
    pub fn tokens<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens { text, pos: 0 }
    }
}

/// All tokens of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    // news text averages about 6 bytes per token
    let mut v = Vec::with_capacity(text.len() / 5 + 1);
    v.extend(Tokenizer.tokens(text));
    v
}

/// Iterator over the tokens of a text.
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        loop {
            let c = char_at(text, self.pos)?;
            if c == ' ' || c == '\n' {
                self.pos += 1;
                continue;
            }
            match char_class(c) {
                CharClass::Space | CharClass::Newline | CharClass::Invisible => {
                    self.pos += c.len_utf8()
                }
                _ => break,
            }
        }
        let start = self.pos;
        let (end, kind) = scan(text, start);
        debug_assert!(end > start);
        self.pos = end;
        Some(Token {
            span: Span::new(start, end),
            kind,
        })
    }
}

/// The character starting at byte `i` (a char boundary), decoded without
/// re-validating: the hot path of the tokenizer.
#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<char> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some(b as char);
    }
    if b & 0xE0 == 0xC0 && i + 1 < bytes.len() {
        let c = ((b as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
        return char::from_u32(c);
    }
    text.get(i..)?.chars().next()
}

#[inline]
fn class_at(text: &str, i: usize) -> Option<CharClass> {
    char_at(text, i).map(char_class)
}

/// Advances over characters while `keep` holds; returns the new position.
fn consume(text: &str, mut i: usize, keep: impl Fn(char, CharClass) -> bool) -> usize {
    while let Some(c) = char_at(text, i) {
        if !keep(c, char_class(c)) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn scan(text: &str, start: usize) -> (usize, TokenKind) {
    let c = char_at(text, start).expect("scan at a character");
    let class = char_class(c);
    if matches!(c, 'h' | 'H' | 'w' | 'W' | 'f' | 'F') {
        if let Some(end) = url(text, start) {
            return (end, TokenKind::Url);
        }
    }
    if matches!(class, CharClass::LatinLetter | CharClass::Digit) {
        if let Some(end) = email(text, start) {
            return (end, TokenKind::Email);
        }
    }
    match class {
        CharClass::Digit => number(text, start),
        CharClass::ArabicLetter => (word(text, start, is_arabic_word_char), TokenKind::Arabic),
        CharClass::LatinLetter => (latin(text, start), TokenKind::Latin),
        CharClass::OtherLetter => (word(text, start, is_other_word_char), TokenKind::Word),
        CharClass::ArabicMark | CharClass::Mark => {
            let end = consume(text, start, |_, k| k.is_mark());
            // a stray haraka typed before its word belongs to the word
            if class_at(text, end) == Some(CharClass::ArabicLetter) {
                (word(text, start, is_arabic_word_char), TokenKind::Arabic)
            } else {
                (end, TokenKind::Symbol)
            }
        }
        _ => punct_or_symbol(text, start, c, class),
    }
}

fn is_arabic_word_char(k: CharClass) -> bool {
    matches!(
        k,
        CharClass::ArabicLetter | CharClass::ArabicMark | CharClass::Mark
    )
}

fn is_other_word_char(k: CharClass) -> bool {
    matches!(k, CharClass::OtherLetter | CharClass::Mark)
}

/// A word of one script; invisible joiners are kept when the word goes on after them.
fn word(text: &str, start: usize, part: impl Fn(CharClass) -> bool + Copy) -> usize {
    let bytes = text.as_bytes();
    let fast = crate::charclass::fast_table();
    let mut i = start;
    loop {
        // fast path: two-byte characters (Arabic, Latin-1 and extended Latin letters)
        while i + 1 < bytes.len() && bytes[i] & 0xE0 == 0xC0 {
            let u = ((bytes[i] as usize & 0x1F) << 6) | (bytes[i + 1] as usize & 0x3F);
            if !part(fast[u]) {
                break;
            }
            i += 2;
        }
        if bytes.get(i).is_none_or(|&b| b == b' ') {
            return i; // the usual end of a word
        }
        i = consume(text, i, |_, k| part(k));
        let after_invisible = consume(text, i, |_, k| k == CharClass::Invisible);
        if after_invisible > i && class_at(text, after_invisible).is_some_and(part) {
            i = after_invisible;
        } else {
            return i;
        }
    }
}

fn latin(text: &str, start: usize) -> usize {
    let part = |c: char, k: CharClass| {
        matches!(k, CharClass::LatinLetter | CharClass::Mark) || c.is_ascii_digit()
    };
    let mut i = consume(text, start, part);
    // inner apostrophe: don't, O'Brien
    while let Some(q @ ('\'' | '’')) = char_at(text, i) {
        let next = i + q.len_utf8();
        if class_at(text, next) == Some(CharClass::LatinLetter) {
            i = consume(text, next, part);
        } else {
            break;
        }
    }
    i
}

fn is_digit(c: char) -> bool {
    char_class(c) == CharClass::Digit
}

fn digits(text: &str, i: usize) -> usize {
    consume(text, i, |c, _| is_digit(c))
}

/// 1,500 / 3.5 / ٣٫٥ / 50٪ / 26.729.709 (thousands grouped by dots, as many Arabic outlets
/// write them); digits glued to Latin letters (5G, 19th) are one Latin token.
fn number(text: &str, start: usize) -> (usize, TokenKind) {
    let mut i = digits(text, start);
    let mut grouped = false;
    let mut decimal = false;
    // (three digits after a dot, then another dot and three digits: groups of thousands,
    // not a decimal)
    let mut fraction_len = 0;
    while let Some(c) = char_at(text, i) {
        let after = i + c.len_utf8();
        if c == '.' && decimal && fraction_len == 3 {
            let end = digits(text, after);
            if text[after..end].chars().count() == 3 {
                i = end;
                continue;
            }
        }
        if matches!(c, ',' | '٬') && !decimal {
            let end = digits(text, after);
            let group_len = text[after..end].chars().count();
            if group_len == 3 {
                i = end;
                grouped = true;
                continue;
            }
        } else if matches!(c, '.' | '٫') && !decimal {
            // (a direction mark may stand after the point: 4.\u{200f}436)
            let fraction = consume(text, after, |_, k| k == CharClass::Invisible);
            let end = digits(text, fraction);
            if end > fraction {
                fraction_len = text[fraction..end].chars().count();
                i = end;
                decimal = true;
                continue;
            }
        }
        break;
    }
    if let Some(p @ ('%' | '٪')) = char_at(text, i) {
        return (i + p.len_utf8(), TokenKind::Number);
    }
    if !grouped && !decimal && class_at(text, i) == Some(CharClass::LatinLetter) {
        return (latin(text, i), TokenKind::Latin);
    }
    (i, TokenKind::Number)
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn url(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let scheme = ["https://", "http://", "ftp://", "www."]
        .iter()
        .find(|p| starts_with_ci(rest, p))?;
    let body = start + scheme.len();
    let mut end = consume(text, body, |c, k| {
        !k.is_space()
            && k != CharClass::Invisible
            && !c.is_control()
            && !matches!(c, '"' | '<' | '>' | '“' | '”' | '«' | '»' | '`')
    });
    if end == body {
        return None;
    }
    // trailing punctuation belongs to the sentence, not the URL
    loop {
        let last = text[..end].chars().next_back()?;
        let opens = text[start..end].matches('(').count();
        let closes = text[start..end].matches(')').count();
        let strip = matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | ']' | '}' | '،' | '؛' | '؟' | '’'
        ) || (last == ')' && closes > opens);
        if strip && end - last.len_utf8() > body {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    Some(end)
}

fn email(text: &str, start: usize) -> Option<usize> {
    let local_end = consume(text, start, |c, _| {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
    });
    if char_at(text, local_end) != Some('@') {
        return None;
    }
    let domain = local_end + 1;
    let end = consume(text, domain, |c, _| {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '-')
    });
    let dom = text[domain..end].trim_end_matches(['.', '-']);
    let (_, tld) = dom.rsplit_once('.')?;
    if tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Some(domain + dom.len())
}

fn is_tag_char(c: char, k: CharClass) -> bool {
    c == '_'
        || matches!(
            k,
            CharClass::ArabicLetter
                | CharClass::ArabicMark
                | CharClass::LatinLetter
                | CharClass::OtherLetter
                | CharClass::Mark
                | CharClass::Digit
        )
}

fn punct_or_symbol(text: &str, start: usize, c: char, class: CharClass) -> (usize, TokenKind) {
    let next = start + c.len_utf8();
    match c {
        '#' if char_at(text, next).is_some_and(|n| is_tag_char(n, char_class(n))) => {
            return (consume(text, next, is_tag_char), TokenKind::Hashtag);
        }
        '@' if char_at(text, next).is_some_and(|n| n.is_ascii_alphanumeric() || n == '_') => {
            let end = consume(text, next, |n, _| n.is_ascii_alphanumeric() || n == '_');
            return (end, TokenKind::Mention);
        }
        '.' => return (consume(text, start, |n, _| n == '.'), TokenKind::Punct),
        '!' | '?' | '؟' => {
            let end = consume(text, start, |n, _| matches!(n, '!' | '?' | '؟'));
            return (end, TokenKind::Punct);
        }
        _ => {}
    }
    // combining marks and emoji presentation selectors stay with their base
    let end = consume(text, next, |n, k| {
        k.is_mark() || matches!(n, '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}')
    });
    let kind = if class == CharClass::Punct {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    };
    (end, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s)
            .into_iter()
            .map(|t| (t.span.slice(s), t.kind))
            .collect()
    }

    fn texts(s: &str) -> Vec<&str> {
        toks(s).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn arabic_words_keep_harakat_tatweel_and_clitics() {
        assert_eq!(
            texts("قالَ الرئيسُ: والعراقُ جـميل، بخير."),
            ["قالَ", "الرئيسُ", ":", "والعراقُ", "جـميل", "،", "بخير", "."]
        );
    }

    #[test]
    fn numbers_in_all_forms() {
        use TokenKind::*;
        assert_eq!(
            toks("1,500 و3.5 و٣٫٥ و50٪ و١٬٥٠٠ و12,5"),
            [
                ("1,500", Number),
                ("و", Arabic),
                ("3.5", Number),
                ("و", Arabic),
                ("٣٫٥", Number),
                ("و", Arabic),
                ("50٪", Number),
                ("و", Arabic),
                ("١٬٥٠٠", Number),
                ("و", Arabic),
                ("12", Number),
                (",", Punct),
                ("5", Number),
            ]
        );
        assert_eq!(texts("عام 2014م."), ["عام", "2014", "م", "."]);
        assert_eq!(toks("5G")[0], ("5G", Latin));
        // thousands grouped by dots are one number; a date's dots are not groups
        assert_eq!(texts("بلغ 26.729.709."), ["بلغ", "26.729.709", "."]);
        // a direction mark after the decimal point does not end the number (nor the sentence)
        assert_eq!(
            texts("بلغت 4.\u{200f}436 مليار."),
            ["بلغت", "4.\u{200f}436", "مليار", "."]
        );
        assert_eq!(texts("في 26.7.2015"), ["في", "26.7", ".", "2015"]);
    }

    #[test]
    fn urls_emails_hashtags_mentions() {
        use TokenKind::*;
        let s = "راجع https://example.com/a_(b)?x=1، أو www.sana.sy. راسلنا info@sana.sy #داعش_الإرهابي @Reuters_Ar";
        assert_eq!(
            toks(s),
            [
                ("راجع", Arabic),
                ("https://example.com/a_(b)?x=1", Url),
                ("،", Punct),
                ("أو", Arabic),
                ("www.sana.sy", Url),
                (".", Punct),
                ("راسلنا", Arabic),
                ("info@sana.sy", Email),
                ("#داعش_الإرهابي", Hashtag),
                ("@Reuters_Ar", Mention),
            ]
        );
        assert_eq!(
            texts("http://aawsat.com/home/article/410826/بريطانيا-أربعة"),
            ["http://aawsat.com/home/article/410826/بريطانيا-أربعة"]
        );
    }

    #[test]
    fn all_arabic_punctuation() {
        let s = "، ؛ ؟ “ ” « » ‹ › … ( ) - ! ? ; : \" ' [ ] —";
        let expected: Vec<&str> = s.split(' ').collect();
        assert_eq!(texts(s), expected);
        assert_eq!(texts("قال...!؟"), ["قال", "...", "!؟"]);
        assert_eq!(texts("الألمانية”Dpa”"), ["الألمانية", "”", "Dpa", "”"]);
    }

    #[test]
    fn invisible_marks() {
        // a zero-width non-joiner inside a word keeps it whole; a zero-width space splits
        assert_eq!(texts("می\u{200C}خواهم"), ["می\u{200C}خواهم"]);
        assert_eq!(texts("قال\u{200B}الوزير"), ["قال", "الوزير"]);
        assert_eq!(texts("\u{200F}قال\u{200F} "), ["قال"]);
    }

    #[test]
    fn latin_words() {
        assert_eq!(
            texts("don't O’Brien F-16"),
            ["don't", "O’Brien", "F", "-", "16"]
        );
    }
}
