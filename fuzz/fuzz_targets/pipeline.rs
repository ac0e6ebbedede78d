//! Any text through the whole analysis; every span must slice back to the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_doc::{Document, Meta};

fuzz_target!(|text: &str| {
    let meta = Meta { published: Some("2020-03-18".into()), ..Default::default() };
    let mut doc = Document::new("fuzz".into(), meta, text.to_string());
    rasid_extract::Pipeline::standard().run(&mut doc);
    if let Err(e) = doc.validate() {
        panic!("{e}");
    }
    let _ = rasid_doc::json::to_value(&doc, &Default::default());
});
