//! Any text as an HTML page.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|page: &str| {
    let _ = rasid_ingest::html::extract(page);
});
