//! Features of a token in its sentence, as stable hashes.

use super::hash::feature;
use super::resources::resources;
use rasid_arabic::{char_class, CharClass, Normalizer, Stemmer};
use std::fmt::Write;

/// What the features need to know about one token.
pub struct TokenView {
    /// log2 bucket of the form's count in unlabeled news (rare words are often names)
    pub freq: u8,
    /// search-normalized form (lowercase, no harakat, alef folded)
    pub form: String,
    /// stem key (see `word_key`)
    pub key: String,
    pub prefix: String,
    pub suffix: String,
    pub shape: &'static str,
}

impl TokenView {
    pub fn new(raw: &str) -> TokenView {
        let form = Normalizer::search().normalize_str(raw);
        let split = Stemmer::get().split(&form);
        let key = split.key(); // = word_key(&form), without splitting twice
        let count = Stemmer::get().count(&form);
        TokenView {
            freq: if count == 0 {
                0
            } else {
                (32 - count.leading_zeros()).min(20) as u8
            },
            shape: shape(&form),
            key,
            prefix: split.prefix,
            suffix: split.suffix,
            form,
        }
    }
}

fn shape(w: &str) -> &'static str {
    let mut arabic = false;
    let mut latin = false;
    let mut upper = false;
    let mut digit = false;
    let mut other = false;
    for c in w.chars() {
        match char_class(c) {
            CharClass::ArabicLetter | CharClass::ArabicMark => arabic = true,
            CharClass::LatinLetter => {
                latin = true;
                upper |= c.is_uppercase();
            }
            CharClass::Digit => digit = true,
            _ => other = true,
        }
    }
    let long = w.chars().count() > 5;
    match (arabic, latin, digit, other) {
        (true, false, false, false) if long => "ar-long",
        (true, false, false, false) => "ar",
        (false, true, false, false) if upper => "latin-cap",
        (false, true, _, false) => "latin",
        (false, false, true, _) => "digit",
        (false, false, false, true) => "punct",
        _ => "mixed",
    }
}

/// Feature hashes of every token of a sentence.
pub fn sentence_features(tokens: &[TokenView]) -> Vec<Vec<u64>> {
    let r = resources();
    let keys: Vec<&str> = tokens.iter().map(|t| t.key.as_str()).collect();
    let gaz = r.gazetteer.tag(&keys);
    let clusters: Vec<Option<(u16, u16)>> = keys.iter().map(|k| r.clusters.get(k)).collect();
    let n = tokens.len();
    let word = |i: isize| -> &str {
        if i < 0 {
            "<s>"
        } else if i as usize >= n {
            "</s>"
        } else {
            &tokens[i as usize].form
        }
    };
    let key = |i: isize| -> &str {
        if i < 0 || i as usize >= n {
            "<b>"
        } else {
            &tokens[i as usize].key
        }
    };
    let mut out = Vec::with_capacity(n);
    let mut buf = String::new();
    for i in 0..n {
        let t = &tokens[i];
        let ii = i as isize;
        let mut f = Vec::with_capacity(48);
        f.push(feature(0, &[]));
        f.push(feature(1, &[&t.form]));
        f.push(feature(2, &[&t.key]));
        f.push(feature(3, &[&t.prefix]));
        f.push(feature(4, &[&t.suffix]));
        f.push(feature(7, &[t.shape]));
        let chars: Vec<char> = t.key.chars().collect();
        for k in 1..=3.min(chars.len()) {
            buf.clear();
            buf.extend(&chars[..k]);
            f.push(feature(5, &[&buf]));
        }
        let fchars: Vec<char> = t.form.chars().collect();
        for k in 1..=4.min(fchars.len()) {
            buf.clear();
            buf.extend(&fchars[fchars.len() - k..]);
            f.push(feature(6, &[&buf]));
        }
        // character trigrams of the key (at most 6)
        for w in chars.windows(3).take(6) {
            buf.clear();
            buf.extend(w);
            f.push(feature(23, &[&buf]));
        }
        f.push(feature(8, &[word(ii - 1)]));
        f.push(feature(9, &[word(ii + 1)]));
        f.push(feature(10, &[word(ii - 2)]));
        f.push(feature(11, &[word(ii + 2)]));
        f.push(feature(12, &[key(ii - 1)]));
        f.push(feature(13, &[key(ii + 1)]));
        f.push(feature(14, &[word(ii - 1), &t.form]));
        f.push(feature(15, &[&t.form, word(ii + 1)]));
        f.push(feature(24, &[key(ii - 1), &t.key]));
        f.push(feature(25, &[&t.key, key(ii + 1)]));
        let freq = |j: isize| -> u8 {
            if j >= 0 && (j as usize) < n {
                tokens[j as usize].freq
            } else {
                99
            }
        };
        buf.clear();
        let _ = write!(buf, "{}", freq(ii));
        f.push(feature(26, &[&buf]));

        for (tpl, j) in [(16u8, ii), (17, ii - 1), (18, ii + 1)] {
            let c = if j >= 0 && (j as usize) < n {
                clusters[j as usize]
            } else {
                None
            };
            match c {
                Some((a, b)) => {
                    buf.clear();
                    let _ = write!(buf, "{a}");
                    f.push(feature(tpl, &["c", &buf]));
                    buf.clear();
                    let _ = write!(buf, "{b}");
                    f.push(feature(tpl, &["f", &buf]));
                }
                None => f.push(feature(tpl, &["none"])),
            }
        }
        for (ty, name) in super::resources::GAZ_TYPES.iter().enumerate() {
            let tag = |j: isize| {
                if j >= 0 && (j as usize) < n {
                    gaz[j as usize][ty]
                } else {
                    0
                }
            };
            let g = tag(ii);
            if g > 0 {
                f.push(feature(19, &[name, if g == 1 { "B" } else { "I" }]));
            }
            if tag(ii - 1) > 0 {
                f.push(feature(20, &[name, "prev"]));
            }
            if tag(ii + 1) > 0 {
                f.push(feature(20, &[name, "next"]));
            }
        }
        if i == 0 {
            f.push(feature(21, &["first"]));
        }
        if i + 1 == n {
            f.push(feature(21, &["last"]));
        }
        out.push(f);
    }
    out
}
