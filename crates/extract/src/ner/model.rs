//! A structured averaged perceptron (Collins 2002) over BIO labels, decoded
//! with Viterbi under BIO constraints. Weights are stored per feature hash
//! for the features seen in training; the file quantizes them to 16 bits.

use super::hash::BuildPreHashed;
use super::labels::{self, N};
use std::collections::HashMap;

pub struct Model {
    pub(super) index: HashMap<u64, u32, BuildPreHashed>,
    pub(super) weights: Vec<f32>,
    pub(super) trans: [[f32; N]; N],
    pub(super) start: [f32; N],
}

/// One training example: features per token and gold label per token.
pub struct Example {
    pub features: Vec<Vec<u64>>,
    pub gold: Vec<usize>,
}

#[derive(Clone, Debug)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Features seen fewer times than this in training are dropped.
    pub min_count: u32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 10,
            seed: 7,
            min_count: 3,
        }
    }
}

const MAGIC: &[u8] = b"RASIDNER1\n";

impl Model {
    /// All weights zero, for the features of `index` (where training starts).
    pub(super) fn zeros(index: HashMap<u64, u32, BuildPreHashed>) -> Model {
        let nf = index.len();
        Model {
            index,
            weights: vec![0.0; nf * N],
            trans: [[0.0; N]; N],
            start: [0.0; N],
        }
    }

    pub fn feature_count(&self) -> usize {
        self.index.len()
    }

    pub(super) fn emissions(&self, feats: &[Vec<u64>]) -> Vec<[f32; N]> {
        feats
            .iter()
            .map(|fs| {
                let mut e = [0f32; N];
                for f in fs {
                    if let Some(&id) = self.index.get(f) {
                        let row = &self.weights[id as usize * N..id as usize * N + N];
                        for (x, w) in e.iter_mut().zip(row) {
                            *x += w;
                        }
                    }
                }
                e
            })
            .collect()
    }

    /// The best label sequence for a sentence.
    pub fn predict(&self, feats: &[Vec<u64>]) -> Vec<usize> {
        viterbi(&self.emissions(feats), &self.trans, &self.start)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut ids: Vec<(u64, u32)> = self.index.iter().map(|(&h, &i)| (h, i)).collect();
        ids.sort_unstable();
        let max = self
            .weights
            .iter()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-9);
        let scale = max / i16::MAX as f32;
        let mut out =
            Vec::with_capacity(MAGIC.len() + 16 + ids.len() * (8 + 2 * N) + 4 * N * (N + 1));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(N as u32).to_le_bytes());
        out.extend_from_slice(&(ids.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for (h, _) in &ids {
            out.extend_from_slice(&h.to_le_bytes());
        }
        for (_, id) in &ids {
            for w in &self.weights[*id as usize * N..*id as usize * N + N] {
                out.extend_from_slice(&((w / scale).round() as i16).to_le_bytes());
            }
        }
        for row in &self.trans {
            for t in row {
                out.extend_from_slice(&t.to_le_bytes());
            }
        }
        for s in &self.start {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        let rest = b
            .strip_prefix(MAGIC)
            .ok_or("not a Rasid NER model (bad magic)")?;
        let mut pos = 0;
        let mut take = |n: usize| -> Result<&[u8], String> {
            let s = rest.get(pos..pos + n).ok_or("truncated NER model")?;
            pos += n;
            Ok(s)
        };
        let u32_at = |s: &[u8]| u32::from_le_bytes(s.try_into().unwrap());
        let labels = u32_at(take(4)?) as usize;
        if labels != N {
            return Err(format!("model has {labels} labels, expected {N}"));
        }
        let n = u32_at(take(4)?) as usize;
        let scale = f32::from_le_bytes(take(4)?.try_into().unwrap());
        let hashes = take(n * 8)?;
        let ws = take(n * N * 2)?;
        let mut index = HashMap::with_capacity_and_hasher(n, BuildPreHashed::default());
        for (i, h) in hashes.chunks_exact(8).enumerate() {
            index.insert(u64::from_le_bytes(h.try_into().unwrap()), i as u32);
        }
        let weights = ws
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]) as f32 * scale)
            .collect();
        let mut f32s =
            || -> Result<f32, String> { Ok(f32::from_le_bytes(take(4)?.try_into().unwrap())) };
        let mut trans = [[0f32; N]; N];
        for row in trans.iter_mut() {
            for t in row.iter_mut() {
                *t = f32s()?;
            }
        }
        let mut start = [0f32; N];
        for s in start.iter_mut() {
            *s = f32s()?;
        }
        Ok(Model {
            index,
            weights,
            trans,
            start,
        })
    }
}

/// A trained model laid out for tagging: each feature's weights stored beside its hash, so a
/// feature costs one memory access instead of two (the index, then the weights); on the
/// ANERcorp benchmark that lookup was a quarter of the tagging time.
pub struct Scorer {
    rows: HashMap<u64, [f32; N], BuildPreHashed>,
    trans: [[f32; N]; N],
    start: [f32; N],
}

impl Scorer {
    pub fn new(m: &Model) -> Scorer {
        let mut rows = HashMap::with_capacity_and_hasher(m.index.len(), BuildPreHashed::default());
        for (&h, &id) in &m.index {
            let mut row = [0f32; N];
            row.copy_from_slice(&m.weights[id as usize * N..id as usize * N + N]);
            rows.insert(h, row);
        }
        Scorer {
            rows,
            trans: m.trans,
            start: m.start,
        }
    }

    pub fn feature_count(&self) -> usize {
        self.rows.len()
    }

    /// The best label sequence for a sentence (the same as [`Model::predict`]).
    pub fn predict(&self, feats: &[Vec<u64>]) -> Vec<usize> {
        let emit: Vec<[f32; N]> = feats
            .iter()
            .map(|fs| {
                let mut e = [0f32; N];
                for row in fs.iter().filter_map(|f| self.rows.get(f)) {
                    for (x, w) in e.iter_mut().zip(row) {
                        *x += w;
                    }
                }
                e
            })
            .collect();
        viterbi(&emit, &self.trans, &self.start)
    }
}

fn viterbi(emit: &[[f32; N]], trans: &[[f32; N]; N], start: &[f32; N]) -> Vec<usize> {
    let n = emit.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![[f32::NEG_INFINITY; N]; n];
    let mut back = vec![[0usize; N]; n];
    for y in 0..N {
        if labels::allowed(None, y) {
            score[0][y] = start[y] + emit[0][y];
        }
    }
    for i in 1..n {
        for y in 0..N {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0;
            for p in 0..N {
                if !labels::allowed(Some(p), y) {
                    continue;
                }
                let s = score[i - 1][p] + trans[p][y];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            score[i][y] = best + emit[i][y];
            back[i][y] = arg;
        }
    }
    let mut y = (0..N)
        .max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b]))
        .unwrap();
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = y;
        y = back[i][y];
    }
    out
}

/// Trains a model; deterministic for a given configuration and data order.
pub fn train(
    data: &[Example],
    cfg: &TrainConfig,
    mut progress: impl FnMut(usize, &Model),
) -> Model {
    let mut model = Model::zeros(feature_index(data, cfg.min_count));
    let nf = model.feature_count();
    // Daumé's averaging: avg = w - u / c, with u accumulating c * delta
    let mut u_w = vec![0f32; nf * N];
    let mut u_t = [[0f32; N]; N];
    let mut u_s = [0f32; N];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = cfg.seed.max(1);
    for epoch in 0..cfg.epochs {
        shuffle(&mut order, &mut rng);
        for &k in &order {
            let ex = &data[k];
            let pred = model.predict(&ex.features);
            if pred != ex.gold {
                for (i, fs) in ex.features.iter().enumerate() {
                    let (g, p) = (ex.gold[i], pred[i]);
                    if g != p {
                        for f in fs {
                            if let Some(&id) = model.index.get(f) {
                                let base = id as usize * N;
                                model.weights[base + g] += 1.0;
                                model.weights[base + p] -= 1.0;
                                u_w[base + g] += c;
                                u_w[base + p] -= c;
                            }
                        }
                    }
                    let (gp, pp) = if i == 0 {
                        (None, None)
                    } else {
                        (Some(ex.gold[i - 1]), Some(pred[i - 1]))
                    };
                    if (gp, g) != (pp, p) {
                        match (gp, pp) {
                            (Some(a), Some(b)) => {
                                model.trans[a][g] += 1.0;
                                model.trans[b][p] -= 1.0;
                                u_t[a][g] += c;
                                u_t[b][p] -= c;
                            }
                            _ => {
                                model.start[g] += 1.0;
                                model.start[p] -= 1.0;
                                u_s[g] += c;
                                u_s[p] -= c;
                            }
                        }
                    }
                }
            }
            c += 1.0;
        }
        let averaged = average(&model, &u_w, &u_t, &u_s, c);
        progress(epoch + 1, &averaged);
    }
    average(&model, &u_w, &u_t, &u_s, c)
}

/// Fisher-Yates with xorshift: reproducible across platforms.
pub(super) fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        order.swap(i, (*rng % (i as u64 + 1)) as usize);
    }
}

/// Row numbers for the features seen at least `min_count` times in training.
pub(super) fn feature_index(data: &[Example], min_count: u32) -> HashMap<u64, u32, BuildPreHashed> {
    let mut counts: HashMap<u64, u32, BuildPreHashed> = HashMap::default();
    for ex in data {
        for fs in &ex.features {
            for f in fs {
                *counts.entry(*f).or_default() += 1;
            }
        }
    }
    let mut kept: Vec<u64> = counts
        .into_iter()
        .filter(|&(_, c)| c >= min_count)
        .map(|(f, _)| f)
        .collect();
    kept.sort_unstable();
    kept.iter()
        .enumerate()
        .map(|(i, &f)| (f, i as u32))
        .collect()
}

fn average(m: &Model, u_w: &[f32], u_t: &[[f32; N]; N], u_s: &[f32; N], c: f32) -> Model {
    let mut trans = m.trans;
    for (a, row) in trans.iter_mut().enumerate() {
        for (b, t) in row.iter_mut().enumerate() {
            *t -= u_t[a][b] / c;
        }
    }
    let mut start = m.start;
    for (s, u) in start.iter_mut().zip(u_s) {
        *s -= u / c;
    }
    // drop features whose averaged weights are all zero
    let mut index = HashMap::with_capacity_and_hasher(m.index.len(), BuildPreHashed::default());
    let mut weights = Vec::with_capacity(m.weights.len());
    let mut kept = 0u32;
    let mut ids: Vec<(u64, u32)> = m.index.iter().map(|(&h, &i)| (h, i)).collect();
    ids.sort_unstable();
    for (h, id) in ids {
        let base = id as usize * N;
        let row: Vec<f32> = (0..N)
            .map(|y| m.weights[base + y] - u_w[base + y] / c)
            .collect();
        if row.iter().any(|w| w.abs() > 1e-3) {
            index.insert(h, kept);
            weights.extend(row);
            kept += 1;
        }
    }
    Model {
        index,
        weights,
        trans,
        start,
    }
}

/// A model with no features (every token O), for tests and bootstrapping.
pub fn empty() -> Model {
    Model::zeros(HashMap::default())
}
