//! Components that annotate a [`Document`]. Each one reads the layers made
//! before it and adds its own, tagged with its [`Provenance`]; a [`Pipeline`]
//! runs them in order.

pub mod calendar;
mod claims;
pub mod dates;
pub mod entities;
pub mod events;
pub mod geo;
pub mod ner;
pub mod quotes;
mod ranges;
mod segment;

/// The rows of a data table (`data/**/*.tsv`): tab-separated cells, the header line and
/// `#` comments and blank lines skipped.
pub(crate) fn table_rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data_lines(src).skip(1).map(|l| l.split('\t').collect())
}

/// Quotation marks, in the styles Arabic news uses.
pub(crate) const QUOTE_MARKS: [char; 6] = ['"', '“', '”', '«', '»', '„'];

/// A search-normalized word without its article and the clitics before it (والرمادي،
/// بالعبوة، للجيش → رمادي، عبوة، جيش); None when it has no article.
pub(crate) fn without_article(form: &str) -> Option<&str> {
    let f = form.strip_prefix(['و', 'ف']).unwrap_or(form);
    let f = f.strip_prefix(['ب', 'ك']).unwrap_or(f);
    f.strip_prefix("لل").or_else(|| f.strip_prefix("ال"))
}

/// Byte length of the combining marks (harakat, tatweel) at the start of `s`: a span never
/// starts on one (وَجبل without its و is جبل, not َجبل).
pub(crate) fn leading_marks(s: &str) -> usize {
    s.chars()
        .take_while(|&c| rasid_arabic::char_class(c).is_mark() || c == '\u{0640}')
        .map(char::len_utf8)
        .sum()
}

/// The lines of a data file, `#` comments and blank lines skipped.
pub(crate) fn data_lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// A `word<TAB>role` table of closed-class words (`data/*/words.tsv`), as one word list per
/// role: `role_of` gives a role's index (its enum value), `roles` how many there are.
pub(crate) fn words_by_role(
    src: &'static str,
    file: &str,
    roles: usize,
    role_of: impl Fn(&str) -> Option<usize>,
) -> Vec<Vec<&'static str>> {
    let mut words = vec![Vec::new(); roles];
    for r in table_rows(src) {
        let role = role_of(r[1]).unwrap_or_else(|| panic!("{file}: unknown role {:?}", r[1]));
        words[role].push(r[0]);
    }
    words
}

/// The search-normalized form of every token of a document (no harakat or tatweel, alef
/// forms folded): what the rules of each component read.
pub(crate) fn search_forms(doc: &rasid_doc::Document) -> Vec<String> {
    let norm = rasid_arabic::Normalizer::search();
    doc.tokens
        .iter()
        .map(|t| match norm.normalize_str(t.span.slice(&doc.text)) {
            // (فى is في written with a final alef maqsura, as often in Egyptian text; the
            // rules read في)
            f if f == "فى" => "في".to_string(),
            f => f,
        })
        .collect()
}

pub use claims::ClaimExtractor;
pub use dates::DateTagger;
pub use entities::EntityLinker;
pub use events::EventExtractor;
pub use geo::Geocoder;
pub use ner::NerTagger;
pub use quotes::QuoteExtractor;
pub use segment::Segmenter;

use rasid_doc::{Document, Provenance};

/// One step of analysis over a document.
pub trait Component: Send + Sync {
    /// Short stable name, written on every annotation it makes.
    fn name(&self) -> &'static str;
    fn version(&self) -> &'static str;
    /// Adds this component's layer to the document.
    fn process(&self, doc: &mut Document);

    fn provenance(&self) -> Provenance {
        Provenance::new(self.name(), self.version())
    }
}

/// Components run in order over each document.
pub struct Pipeline {
    components: Vec<Box<dyn Component>>,
}

/// A component shared by reference (the shipped models are loaded once).
struct Shared(&'static dyn Component);

impl Component for Shared {
    fn name(&self) -> &'static str {
        self.0.name()
    }
    fn version(&self) -> &'static str {
        self.0.version()
    }
    fn process(&self, doc: &mut Document) {
        self.0.process(doc)
    }
}

impl Pipeline {
    pub fn new(components: Vec<Box<dyn Component>>) -> Self {
        Pipeline { components }
    }

    /// The default analysis: everything Rasid knows how to do.
    pub fn standard() -> Self {
        Pipeline::new(vec![
            Box::new(Segmenter),
            Box::new(Shared(NerTagger::builtin())),
            Box::new(EntityLinker),
            Box::new(Geocoder),
            Box::new(DateTagger),
            Box::new(QuoteExtractor),
            Box::new(ClaimExtractor),
            Box::new(EventExtractor),
        ])
    }

    /// Segmentation only (tokens and sentences).
    pub fn segmentation() -> Self {
        Pipeline::new(vec![Box::new(Segmenter)])
    }

    pub fn components(&self) -> impl Iterator<Item = &dyn Component> {
        self.components.iter().map(|c| c.as_ref())
    }

    pub fn run(&self, doc: &mut Document) {
        for c in &self.components {
            c.process(doc);
            doc.components.push(c.provenance());
        }
        debug_assert!(doc.validate().is_ok(), "{:?}", doc.validate());
    }
}

/// A verb with the future prefix س (ستطلق، سيشن): an imperfect (ت، ي، ن) that news writes
/// more often without the س than with it, by `ratio` (سيارة is no سـ + يارة, سيدي no سـ +
/// يدي; ساعد starts no imperfect). A higher ratio finds fewer and surer future verbs.
pub(crate) fn future_verb(form: &str, ratio: f64) -> bool {
    let form = form.trim_start_matches(['و', 'ف']);
    let Some(rest) = form.strip_prefix('س') else {
        return false;
    };
    let stemmer = rasid_arabic::Stemmer::get();
    let (whole, bare) = (stemmer.count(form), stemmer.count(rest));
    rest.starts_with(['ت', 'ي', 'ن'])
        && rest.chars().count() >= 3
        && bare >= 20
        && bare as f64 >= ratio * whole as f64
}
