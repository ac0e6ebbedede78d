//! Stable feature hashing (FNV-1a, 64 bit): model files store these hashes,
//! so the function must never change.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
pub fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Hash of a feature: its template number and its parts.
#[inline]
pub fn feature(template: u8, parts: &[&str]) -> u64 {
    let mut h = fnv(FNV_OFFSET, &[template]);
    for p in parts {
        h = fnv(h, p.as_bytes());
        h = fnv(h, &[0x1f]);
    }
    h
}

/// A hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct PreHashed(u64);

impl std::hash::Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0 ^ FNV_OFFSET, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

pub type BuildPreHashed = std::hash::BuildHasherDefault<PreHashed>;
