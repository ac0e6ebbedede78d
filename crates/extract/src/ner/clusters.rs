//! Word clusters learned without labels from a corpus, for the tagger's
//! features: stem keys are embedded by their left and right neighbours
//! (PPMI-weighted counts, random projection) and grouped by two levels of
//! spherical k-means (coarse clusters, then fine clusters inside each).

use super::resources::word_key;
use rasid_arabic::{tokenize, Normalizer};
use rasid_text::TokenKind;
use std::collections::HashMap;

pub struct ClusterConfig {
    pub vocab: usize,
    pub contexts: usize,
    pub dims: usize,
    pub coarse: usize,
    pub fine: usize,
    pub iterations: usize,
    pub seed: u64,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            vocab: 40_000,
            contexts: 1_000,
            dims: 400,
            coarse: 64,
            fine: 16,
            iterations: 12,
            seed: 17,
        }
    }
}

const BOUNDARY: u32 = u32::MAX;

/// Builds clusters; returns (key, coarse id, fine id) sorted by key.
pub fn build(texts: impl Iterator<Item = String>, cfg: &ClusterConfig) -> Vec<(String, u16, u16)> {
    let norm = Normalizer::search();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut counts: Vec<u64> = Vec::new();
    let mut seq: Vec<u32> = Vec::new();
    for text in texts {
        for t in tokenize(&text) {
            if !matches!(t.kind, TokenKind::Arabic | TokenKind::Latin) {
                seq.push(BOUNDARY);
                continue;
            }
            let key = word_key(&norm.normalize_str(t.span.slice(&text)));
            let id = *ids.entry(key.clone()).or_insert_with(|| {
                names.push(key);
                counts.push(0);
                (names.len() - 1) as u32
            });
            counts[id as usize] += 1;
            seq.push(id);
        }
        seq.push(BOUNDARY);
    }
    let mut by_freq: Vec<u32> = (0..names.len() as u32).collect();
    by_freq.sort_by(|a, b| {
        counts[*b as usize]
            .cmp(&counts[*a as usize])
            .then(names[*a as usize].cmp(&names[*b as usize]))
    });
    let vocab: Vec<u32> = by_freq.iter().take(cfg.vocab).copied().collect();
    let mut rank = vec![u32::MAX; names.len()];
    for (r, &id) in vocab.iter().enumerate() {
        rank[id as usize] = r as u32;
    }
    let ctx = cfg.contexts.min(vocab.len());
    // co-occurrence with the previous and next word (context dims: 2 * ctx)
    let mut co: Vec<HashMap<u32, u32>> = vec![HashMap::new(); vocab.len()];
    let mut ctx_total = vec![0u64; 2 * ctx];
    for i in 0..seq.len() {
        let w = seq[i];
        if w == BOUNDARY || rank[w as usize] == u32::MAX {
            continue;
        }
        let r = rank[w as usize] as usize;
        for (offset, side) in [(-1isize, 0usize), (1, 1)] {
            let j = i as isize + offset;
            if j < 0 || j as usize >= seq.len() {
                continue;
            }
            let c = seq[j as usize];
            if c == BOUNDARY {
                continue;
            }
            let cr = rank[c as usize] as usize;
            if cr < ctx {
                let dim = (side * ctx + cr) as u32;
                *co[r].entry(dim).or_default() += 1;
                ctx_total[dim as usize] += 1;
            }
        }
    }
    let total: u64 = ctx_total.iter().sum::<u64>().max(1);
    // random ±1 projection vector per context dimension, from a seeded generator
    let mut rng = Rng(cfg.seed.max(1));
    let proj: Vec<Vec<f32>> = (0..2 * ctx)
        .map(|_| {
            (0..cfg.dims)
                .map(|_| if rng.next() & 1 == 0 { 1.0 } else { -1.0 })
                .collect()
        })
        .collect();
    let emb: Vec<Vec<f32>> = co
        .iter()
        .map(|row| {
            let wsum: u64 = row.values().map(|&v| v as u64).sum::<u64>().max(1);
            let mut v = vec![0f32; cfg.dims];
            for (&dim, &n) in row {
                let pmi = ((n as f64 * total as f64)
                    / (wsum as f64 * ctx_total[dim as usize].max(1) as f64))
                    .ln();
                if pmi > 0.0 {
                    for (x, p) in v.iter_mut().zip(&proj[dim as usize]) {
                        *x += pmi as f32 * p;
                    }
                }
            }
            normalize(&mut v);
            v
        })
        .collect();
    let all: Vec<usize> = (0..vocab.len()).collect();
    let coarse = kmeans(&emb, &all, cfg.coarse, cfg.iterations);
    let mut out = Vec::with_capacity(vocab.len());
    for c in 0..cfg.coarse {
        let members: Vec<usize> = all.iter().copied().filter(|&i| coarse[i] == c).collect();
        let fine = if members.len() > cfg.fine {
            kmeans(&emb, &members, cfg.fine, cfg.iterations)
        } else {
            vec![0; emb.len()]
        };
        for &i in &members {
            out.push((
                names[vocab[i] as usize].clone(),
                c as u16,
                (c * cfg.fine + fine[i]) as u16,
            ));
        }
    }
    out.sort();
    out
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn normalize(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// Spherical k-means over `members` (indices into `emb`), started from k
/// members drawn with a seeded generator, so it is deterministic. Returns a
/// cluster per embedding index (only members' entries are meaningful).
fn kmeans(emb: &[Vec<f32>], members: &[usize], k: usize, iterations: usize) -> Vec<usize> {
    let k = k.min(members.len()).max(1);
    let dims = emb[0].len();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D ^ members.len() as u64);
    let mut picked: Vec<usize> = Vec::with_capacity(k);
    while picked.len() < k {
        let m = members[(rng.next() % members.len() as u64) as usize];
        if !picked.contains(&m) {
            picked.push(m);
        }
    }
    let mut centroids: Vec<Vec<f32>> = picked.iter().map(|&i| emb[i].clone()).collect();
    let mut assign = vec![0usize; emb.len()];
    for _ in 0..iterations {
        for &i in members {
            let mut best = f32::NEG_INFINITY;
            for (c, cen) in centroids.iter().enumerate() {
                let s: f32 = emb[i].iter().zip(cen).map(|(a, b)| a * b).sum();
                if s > best {
                    best = s;
                    assign[i] = c;
                }
            }
        }
        let mut sums = vec![vec![0f32; dims]; k];
        for &i in members {
            for (s, x) in sums[assign[i]].iter_mut().zip(&emb[i]) {
                *s += x;
            }
        }
        for (c, s) in sums.into_iter().enumerate() {
            let mut s = s;
            if s.iter().any(|x| *x != 0.0) {
                normalize(&mut s);
                centroids[c] = s;
            }
        }
    }
    assign
}
