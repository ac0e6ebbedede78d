//! Properties of the text layer that must hold for any input.

use proptest::prelude::*;
use rasid_arabic::{split_sentences, tokenize, Normalizer, Profile, Stemmer};

/// Strings drawn from what Arabic news text is made of, plus the awkward parts.
fn arabic_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال",
        "الوزير",
        "والعراق",
        "بِسْمِ",
        "جـميل",
        "أحمد",
        "إلى",
        "آمن",
        "ٱلله",
        "مستشفى",
        "مدينة",
        "ﻻ",
        "ﷲ",
        "ﺍﻟﺤﺮﺏ",
        "٣٫٥",
        "١٬٥٠٠",
        "50٪",
        "1,500",
        "3.5",
        "2014م",
        "Dpa",
        "don't",
        "https://sana.sy/a?b=1",
        "www.x.com",
        "info@x.org",
        "#داعش_الآن",
        "@Reuters",
        "،",
        "؛",
        "؟",
        "!",
        ".",
        "...",
        "…",
        "“",
        "”",
        "«",
        "»",
        "‹",
        "›",
        "(",
        ")",
        "-",
        ":",
        "\"",
        "'",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\u{200B}",
        "\u{200C}",
        "\u{200F}",
        "\u{202B}",
        "\u{00A0}",
        "\u{FEFF}",
        "\u{064E}",
        "\u{0651}",
        "\u{0670}",
        "د.",
        "م.",
        "1.",
        "😀",
        "ש",
        "\u{0}",
        "\t",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabic_text(), "\\PC{0,200}", any::<String>()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every token is a non-empty, char-aligned slice without white space;
    /// tokens are in order and do not overlap.
    #[test]
    fn tokens_slice_back(text in any_text()) {
        let toks = tokenize(&text);
        let mut prev_end = 0;
        for t in &toks {
            prop_assert!(t.span.start >= prev_end && t.span.start < t.span.end);
            let s = t.span.get(&text);
            prop_assert!(s.is_some(), "token {:?} off char boundaries", t.span);
            prop_assert!(!s.unwrap().chars().any(|c| c == ' ' || c == '\n'));
            prev_end = t.span.end;
        }
    }

    /// Sentences are char-aligned, ordered, start and end on tokens, and every
    /// token lies in exactly one sentence.
    #[test]
    fn sentences_cover_tokens(text in any_text()) {
        let toks = tokenize(&text);
        let sents = split_sentences(&text, &toks);
        let mut prev_end = 0;
        for s in &sents {
            prop_assert!(s.get(&text).is_some());
            prop_assert!(s.start >= prev_end && s.start < s.end);
            prop_assert!(toks.iter().any(|t| t.span.start == s.start));
            prop_assert!(toks.iter().any(|t| t.span.end == s.end));
            prev_end = s.end;
        }
        for t in &toks {
            prop_assert_eq!(sents.iter().filter(|s| s.contains(t.span)).count(), 1);
        }
    }

    /// Normalizing a token's original text gives the token's slice of the
    /// document's normalized view, and the view maps back inside the text.
    #[test]
    fn token_normal_forms_agree_with_the_view(text in any_text()) {
        for profile in [Profile::Search, Profile::Match] {
            let n = Normalizer::get(profile);
            let view = n.normalize(&text);
            prop_assert_eq!(view.original_len(), text.len());
            for t in tokenize(&text) {
                let alone = n.normalize_str(t.span.slice(&text));
                prop_assert_eq!(view.view_text(t.span), alone.as_str());
                // mapping back gives original characters that normalize to the same text
                // (deleted marks before the first letter may be left out)
                let back = view.to_original(view.to_view(t.span));
                prop_assert!(back.get(&text).is_some());
                prop_assert_eq!(n.normalize_str(back.slice(&text)), alone);
            }
        }
    }

    /// Normalization is idempotent, and the stemmer never panics and returns
    /// parts that come from the word.
    #[test]
    fn normalization_is_idempotent(text in any_text()) {
        for profile in [Profile::Search, Profile::Match] {
            let n = Normalizer::get(profile);
            let once = n.normalize_str(&text);
            prop_assert_eq!(n.normalize_str(&once), once.clone());
        }
        for t in tokenize(&text) {
            let w = Normalizer::search().normalize_str(t.span.slice(&text));
            let s = Stemmer::get().split(&w);
            prop_assert!(w.starts_with(&s.prefix) && w.ends_with(&s.suffix));
        }
    }
}
