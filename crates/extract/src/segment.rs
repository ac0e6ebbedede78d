use crate::Component;
use rasid_arabic::{split_sentences, tokenize};
use rasid_doc::Document;

/// Tokens and sentences: the layers every other component reads.
pub struct Segmenter;

impl Component for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn version(&self) -> &'static str {
        "1"
    }

    fn process(&self, doc: &mut Document) {
        doc.tokens = tokenize(&doc.text);
        doc.sentences = split_sentences(&doc.text, &doc.tokens);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use rasid_doc::Meta;

    #[test]
    fn fills_tokens_and_sentences() {
        let mut d = Document::new("x".into(), Meta::default(), "قال الوزير. ثم غادر".into());
        Pipeline::standard().run(&mut d);
        assert_eq!(d.tokens.len(), 5);
        assert_eq!(d.sentences.len(), 2);
        assert_eq!(d.components[0].tag(), "segment/1");
    }
}
