//! Named-entity recognition: a structured averaged perceptron that Rasid
//! trains itself (`rasid train ner`), over rich features (normalized and
//! stemmed forms, clitics, affixes, character n-grams, shape, context words,
//! gazetteer matches, word clusters learned from unlabeled news).

pub mod clusters;
pub mod conll;
pub mod consistency;
pub mod crf;
mod features;
mod hash;
pub mod labels;
pub mod model;
pub mod resources;

use crate::Component;
use features::{sentence_features, TokenView};
use model::{Model, Scorer};
use rasid_arabic::Normalizer;
use rasid_doc::{Document, Entity};
use rasid_text::Span;
use std::sync::OnceLock;

/// The model shipped with Rasid, trained on ANERcorp's train split minus its last 10 % (the
/// development split) and on the train split of Rasid's SaudiNewsNet NER gold
/// (`data/gold/ner`).
static BUILTIN: &[u8] = include_bytes!("../../data/ner/model.bin");

/// The entity tagger component.
pub struct NerTagger {
    scorer: Scorer,
}

impl NerTagger {
    /// The shipped model (parsed once).
    pub fn builtin() -> &'static NerTagger {
        static T: OnceLock<NerTagger> = OnceLock::new();
        T.get_or_init(|| NerTagger::from_bytes(BUILTIN).expect("the shipped NER model is valid"))
    }

    pub fn from_bytes(b: &[u8]) -> Result<NerTagger, String> {
        Ok(NerTagger::new(&Model::from_bytes(b)?))
    }

    pub fn new(model: &Model) -> NerTagger {
        NerTagger {
            scorer: Scorer::new(model),
        }
    }

    /// The features the model has weights for.
    pub fn feature_count(&self) -> usize {
        self.scorer.feature_count()
    }

    /// BIO labels (indices into [`labels::LABELS`]) for the tokens of a sentence.
    pub fn tag(&self, tokens: &[&str]) -> Vec<usize> {
        let views: Vec<TokenView> = tokens.iter().map(|t| TokenView::new(t)).collect();
        self.scorer.predict(&sentence_features(&views))
    }

    /// BIO labels for the sentences of one document: each sentence tagged, then the
    /// document's names given one reading (see [`consistency`]).
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<usize>> {
        let mut tags: Vec<Vec<usize>> = sentences.iter().map(|s| self.tag(s)).collect();
        consistency::propagate(sentences, &mut tags);
        tags
    }

    /// Feature hashes of a sentence (for training).
    pub fn features(tokens: &[&str]) -> Vec<Vec<u64>> {
        let views: Vec<TokenView> = tokens.iter().map(|t| TokenView::new(t)).collect();
        sentence_features(&views)
    }
}

/// The original span of a token without the conjunction or preposition glued
/// to its front (والعراق → العراق), when the rest is a slice of the token.
pub fn without_proclitic(text: &str, token: Span) -> Span {
    let raw = token.slice(text);
    let view = Normalizer::search().normalize(raw);
    let split = rasid_arabic::Stemmer::get().split(view.as_str());
    // only conjunctions and prepositions: a name never carries the future marker
    let particles = |c: char| matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل');
    if split.prefix.is_empty()
        || !split.prefix.chars().all(particles)
        || !view.as_str()[split.prefix.len()..].starts_with(&split.stem)
    {
        return token;
    }
    // (one particle only when the rest, read alone, has none: وكريم is و + كريم, whose ك is
    // the name's own; وبالعراق is و + ب + العراق)
    let first = split.prefix.chars().next().map_or(0, char::len_utf8);
    let prefix_len = if split.prefix.len() > first
        && rasid_arabic::Stemmer::get()
            .split(&view.as_str()[first..])
            .prefix
            .is_empty()
    {
        first
    } else {
        split.prefix.len()
    };
    let cut = view.to_original(Span::new(prefix_len, view.as_str().len()));
    Span::new(token.start + cut.start, token.end)
}

impl Component for NerTagger {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn version(&self) -> &'static str {
        "1"
    }

    fn process(&self, doc: &mut Document) {
        let prov = self.provenance();
        // the tokens of each sentence
        let mut ranges = Vec::with_capacity(doc.sentences.len());
        let mut t0 = 0;
        for sent in &doc.sentences {
            while t0 < doc.tokens.len() && doc.tokens[t0].span.start < sent.start {
                t0 += 1;
            }
            let mut t1 = t0;
            while t1 < doc.tokens.len() && doc.tokens[t1].span.end <= sent.end {
                t1 += 1;
            }
            ranges.push(t0..t1);
            t0 = t1;
        }
        let raw: Vec<Vec<&str>> = ranges
            .iter()
            .map(|r| {
                doc.tokens[r.clone()]
                    .iter()
                    .map(|t| t.span.slice(&doc.text))
                    .collect()
            })
            .collect();
        let tags = self.tag_document(&raw);
        let mut entities = Vec::new();
        for (r, t) in ranges.iter().zip(&tags) {
            let toks = &doc.tokens[r.clone()];
            for (s, e, ty) in labels::spans(t) {
                let first = without_proclitic(&doc.text, toks[s].span);
                let span = Span::new(first.start, toks[e - 1].span.end);
                entities.push(Entity {
                    id: String::new(),
                    span,
                    label: labels::to_entity_label(ty),
                    canonical: None,
                    place: None,
                    provenance: prov.clone(),
                });
            }
        }
        doc.entities = entities;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_names_own_first_letter_is_not_a_proclitic() {
        let cut = |w: &str| {
            without_proclitic(w, Span::new(0, w.len()))
                .slice(w)
                .to_string()
        };
        assert_eq!(cut("وكريم"), "كريم");
        assert_eq!(cut("وبشير"), "بشير");
        assert_eq!(cut("والعراق"), "العراق");
        assert_eq!(cut("وبالرمادي"), "الرمادي");
    }
}
