//! Arabic text processing for Rasid. The rules live in `data/` as tables; this
//! crate parses them and applies them without ever losing the original text:
//!
//! - [`Normalizer`]: an aligned normalized view (profiles `search` and `match`);
//! - [`tokenize`]: words of any script, numbers, URLs, e-mail, hashtags,
//!   mentions and punctuation, as spans of the original;
//! - [`split_sentences`]: sentence spans (quotations, abbreviations, lists,
//!   headlines without a full stop);
//! - [`Stemmer`]: a light stemmer / clitic splitter guarded by a lexicon.

mod charclass;
mod normalize;
mod sentences;
mod stem;
mod table;
mod tokenize;

pub use charclass::{char_class, CharClass};
pub use normalize::{Normalizer, Profile, Rule, RuleAction};
pub use sentences::{split_sentences, SentenceSplitter};
pub use stem::{Stem, Stemmer};
pub use tokenize::{tokenize, Tokenizer};

/// Arabic function words (search-normalized), from `data/stopwords.txt`.
pub fn is_stopword(search_normalized: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static STOP: OnceLock<HashSet<&'static str>> = OnceLock::new();
    STOP.get_or_init(|| table::lines(include_str!("../data/stopwords.txt")).collect())
        .contains(search_normalized)
}
