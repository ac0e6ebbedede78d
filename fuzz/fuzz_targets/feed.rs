//! Any bytes as an RSS/Atom feed.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = rasid_ingest::feed::parse("fuzz.rss", data);
});
