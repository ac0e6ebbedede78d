//! Any bytes through format sniffing, decompression, decoding and every reader.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for doc in rasid_ingest::parse_bytes("fuzz", data, &Default::default()).into_iter().flatten() {
        assert!(doc.validate().is_ok());
    }
});
