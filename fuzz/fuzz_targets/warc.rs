//! Any bytes after a WARC version line, plain and as a gzip member.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut warc = b"WARC/1.0\r\n".to_vec();
    warc.extend_from_slice(data);
    let _ = rasid_ingest::warc::parse("fuzz.warc", &warc);
    let _ = rasid_ingest::warc::parse("fuzz.warc", data);
});
