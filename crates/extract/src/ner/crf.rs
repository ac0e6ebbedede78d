//! Trains the tagger's weights as a linear-chain CRF (Lafferty et al. 2001):
//! the log-likelihood of the gold labels maximized by stochastic gradient
//! ascent, with the iterates averaged (as the perceptron's weights are; on
//! the dev split averaging beat an L2 penalty). The result is an ordinary
//! [`Model`]: same features, same Viterbi decoding, same file.

use super::labels::{self, N};
use super::model::{feature_index, shuffle, Example, Model};

#[derive(Clone, Debug)]
pub struct CrfConfig {
    pub epochs: usize,
    pub seed: u64,
    pub min_count: u32,
    /// Learning rate, constant: the averaging does the decay's work (a rate
    /// falling with the epochs scored lower on the dev split).
    pub rate: f64,
}

impl Default for CrfConfig {
    fn default() -> Self {
        CrfConfig {
            epochs: 10,
            seed: 7,
            min_count: 3,
            rate: 0.1,
        }
    }
}

fn log_sum_exp(xs: impl Iterator<Item = f64> + Clone) -> f64 {
    let m = xs.clone().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + xs.map(|x| (x - m).exp()).sum::<f64>().ln()
}

/// Gold labels with each I- that BIO does not allow turned into a B- (ANERcorp has a few).
fn legal(gold: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(gold.len());
    for (i, &g) in gold.iter().enumerate() {
        let prev = if i == 0 { None } else { Some(out[i - 1]) };
        out.push(if labels::allowed(prev, g) { g } else { g - 1 });
    }
    out
}

/// Node and edge marginals of one sentence under the current weights, with
/// the transitions BIO forbids left out (as in decoding).
struct Marginals {
    node: Vec<[f64; N]>,
    edge: Vec<[[f64; N]; N]>,
}

fn marginals(emit: &[[f32; N]], trans: &[[f32; N]; N], start: &[f32; N]) -> Marginals {
    let n = emit.len();
    let tr = |a: usize, b: usize| {
        if labels::allowed(Some(a), b) {
            trans[a][b] as f64
        } else {
            f64::NEG_INFINITY
        }
    };
    let mut alpha = vec![[f64::NEG_INFINITY; N]; n];
    for y in 0..N {
        if labels::allowed(None, y) {
            alpha[0][y] = start[y] as f64 + emit[0][y] as f64;
        }
    }
    for i in 1..n {
        for y in 0..N {
            alpha[i][y] =
                log_sum_exp((0..N).map(|p| alpha[i - 1][p] + tr(p, y))) + emit[i][y] as f64;
        }
    }
    let mut beta = vec![[0f64; N]; n];
    for i in (0..n.saturating_sub(1)).rev() {
        for y in 0..N {
            beta[i][y] =
                log_sum_exp((0..N).map(|b| tr(y, b) + emit[i + 1][b] as f64 + beta[i + 1][b]));
        }
    }
    let log_z = log_sum_exp(alpha[n - 1].iter().copied());
    let node = (0..n)
        .map(|i| {
            let mut p = [0f64; N];
            for y in 0..N {
                p[y] = (alpha[i][y] + beta[i][y] - log_z).exp();
            }
            p
        })
        .collect();
    let edge = (1..n)
        .map(|i| {
            let mut p = [[0f64; N]; N];
            for a in 0..N {
                for b in 0..N {
                    p[a][b] =
                        (alpha[i - 1][a] + tr(a, b) + emit[i][b] as f64 + beta[i][b] - log_z).exp();
                }
            }
            p
        })
        .collect();
    Marginals { node, edge }
}

/// Trains a model; deterministic for a given configuration and data order.
pub fn train(data: &[Example], cfg: &CrfConfig, mut progress: impl FnMut(usize, &Model)) -> Model {
    let mut model = Model::zeros(feature_index(data, cfg.min_count));
    let nf = model.feature_count();
    let mut v = vec![0f64; nf * N];
    // iterate averaging (as the perceptron's): avg = w - u / c
    let mut u_v = vec![0f64; nf * N];
    let mut u_t = [[0f64; N]; N];
    let mut u_s = [0f64; N];
    let mut c = 1f64;
    let golds: Vec<Vec<usize>> = data.iter().map(|ex| legal(&ex.gold)).collect();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = cfg.seed.max(1);
    for epoch in 0..cfg.epochs {
        shuffle(&mut order, &mut rng);
        let rate = cfg.rate;
        for &k in &order {
            let (ex, gold) = (&data[k], &golds[k]);
            if gold.is_empty() {
                continue;
            }
            // the emissions under the current weights
            let emit: Vec<[f32; N]> = ex
                .features
                .iter()
                .map(|fs| {
                    let mut e = [0f64; N];
                    for f in fs {
                        if let Some(&id) = model.index.get(f) {
                            let row = &v[id as usize * N..id as usize * N + N];
                            for (x, w) in e.iter_mut().zip(row) {
                                *x += w;
                            }
                        }
                    }
                    e.map(|x| x as f32)
                })
                .collect();
            let m = marginals(&emit, &model.trans, &model.start);
            for (i, fs) in ex.features.iter().enumerate() {
                let mut grad = m.node[i].map(|p| -p);
                grad[gold[i]] += 1.0;
                for f in fs {
                    if let Some(&id) = model.index.get(f) {
                        let row = &mut v[id as usize * N..id as usize * N + N];
                        let urow = &mut u_v[id as usize * N..id as usize * N + N];
                        for ((x, u), g) in row.iter_mut().zip(urow).zip(&grad) {
                            *x += rate * g;
                            *u += c * rate * g;
                        }
                    }
                }
                if i == 0 {
                    for ((s, u), g) in model.start.iter_mut().zip(&mut u_s).zip(&grad) {
                        *s += (rate * g) as f32;
                        *u += c * rate * g;
                    }
                } else {
                    let p = &m.edge[i - 1];
                    for a in 0..N {
                        for b in 0..N {
                            let observed = (gold[i - 1] == a && gold[i] == b) as u8 as f64;
                            let d = rate * (observed - p[a][b]);
                            model.trans[a][b] += d as f32;
                            u_t[a][b] += c * d;
                        }
                    }
                }
            }
            c += 1.0;
        }
        progress(epoch + 1, &averaged(&model, &v, &u_v, &u_t, &u_s, c));
    }
    averaged(&model, &v, &u_v, &u_t, &u_s, c)
}

fn averaged(
    m: &Model,
    v: &[f64],
    u_v: &[f64],
    u_t: &[[f64; N]; N],
    u_s: &[f64; N],
    c: f64,
) -> Model {
    let mut out = Model {
        index: m.index.clone(),
        weights: v.iter().zip(u_v).map(|(x, u)| (x - u / c) as f32).collect(),
        trans: m.trans,
        start: m.start,
    };
    for (row, u_row) in out.trans.iter_mut().zip(u_t) {
        for (t, u) in row.iter_mut().zip(u_row) {
            *t -= (u / c) as f32;
        }
    }
    for (s, u) in out.start.iter_mut().zip(u_s) {
        *s -= (u / c) as f32;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::hash::feature;
    use super::*;

    #[test]
    fn marginals_sum_to_one_and_respect_bio() {
        let emit = vec![[0.5f32, 1.0, -1.0, 0.0, 0.2, 0.1, 0.3, 0.0, 0.0]; 3];
        let m = marginals(&emit, &[[0.0; N]; N], &[0.0; N]);
        for p in &m.node {
            assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        }
        // a sentence cannot open inside a name
        assert_eq!(m.node[0][labels::parse("I-PER").unwrap()], 0.0);
        let e: f64 = m.edge[0].iter().flatten().sum();
        assert!((e - 1.0).abs() < 1e-9);
    }

    #[test]
    fn learns_a_name_from_its_context_word() {
        // "قال X" where X is a person; the model must tag an unseen X after قال
        let feat = |w: &str, prev: &str| vec![feature(0, &[w]), feature(1, &[prev])];
        let mut data = Vec::new();
        for name in ["أحمد", "سعيد", "خالد", "ليلى"] {
            for _ in 0..3 {
                data.push(Example {
                    features: vec![feat("قال", "^"), feat(name, "قال")],
                    gold: vec![0, 1],
                });
            }
        }
        let cfg = CrfConfig {
            min_count: 1,
            ..CrfConfig::default()
        };
        let m = train(&data, &cfg, |_, _| {});
        assert_eq!(
            m.predict(&[feat("قال", "^"), feat("زيد", "قال")]),
            vec![0, 1]
        );
    }
}
