pub struct Stem;
pub struct Stemmer;
