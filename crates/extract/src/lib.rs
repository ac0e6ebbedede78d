//! Components that annotate a [`Document`]. Each one reads the layers made
//! before it and adds its own, tagged with its [`Provenance`]; a [`Pipeline`]
//! runs them in order.

mod segment;

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

impl Pipeline {
    pub fn new(components: Vec<Box<dyn Component>>) -> Self {
        Pipeline { components }
    }

    /// The default analysis: everything Rasid knows how to do.
    pub fn standard() -> Self {
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
