//! Exact and near-duplicate documents, so syndicated copies are linked and not
//! counted twice. Exact: the same content id (hash of the normalized body).
//! Near: MinHash of word 3-shingles (match-normalized) with an estimated
//! Jaccard similarity of at least 0.8 to an earlier document; LSH bands
//! (16 bands of 4 hashes) find the candidates without scanning every document.

use rasid_arabic::Normalizer;
use rasid_doc::Document;
use std::collections::{HashMap, HashSet};

const HASHES: usize = 64;
const ROWS: usize = 4;
const MIN_SIMILARITY: f64 = 0.8;

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Multiplier and offset of the i-th hash function (fixed, so results are stable).
fn coefficients(i: usize) -> (u64, u64) {
    let mut x = (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 31;
    (
        (x | 1).wrapping_mul(0xBF58_476D_1CE4_E5B9) | 1,
        x.wrapping_mul(0x94D0_49BB_1331_11EB),
    )
}

/// MinHash signature of a body's word 3-shingles (None under 8 words: short
/// texts are matched exactly only).
pub fn signature(text: &str) -> Option<[u64; HASHES]> {
    let norm = Normalizer::matching().normalize_str(text);
    let words: Vec<&str> = norm
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 8 {
        return None;
    }
    let shingles: HashSet<u64> = words.windows(3).map(|w| fnv(&w.join(" "))).collect();
    let mut sig = [u64::MAX; HASHES];
    for (i, s) in sig.iter_mut().enumerate() {
        let (a, b) = coefficients(i);
        for &x in &shingles {
            *s = (*s).min(x.wrapping_mul(a).wrapping_add(b));
        }
    }
    Some(sig)
}

fn similarity(a: &[u64; HASHES], b: &[u64; HASHES]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

/// Remembers the documents seen so far and marks copies.
#[derive(Default)]
pub struct Deduplicator {
    ids: HashSet<String>,
    signatures: Vec<([u64; HASHES], String)>,
    bands: HashMap<(usize, u64), Vec<usize>>,
}

impl Deduplicator {
    /// Marks `doc` as a copy of an earlier document (meta.duplicate_of), or
    /// remembers it. Returns true for a copy.
    pub fn check(&mut self, doc: &mut Document) -> bool {
        if !self.ids.insert(doc.id.clone()) {
            doc.meta.duplicate_of = Some(doc.id.clone());
            doc.meta.duplicate = Some("exact".into());
            return true;
        }
        let Some(sig) = signature(&doc.text) else {
            return false;
        };
        let band_keys: Vec<(usize, u64)> = (0..HASHES / ROWS)
            .map(|b| (b, fnv(&format!("{:?}", &sig[b * ROWS..(b + 1) * ROWS]))))
            .collect();
        let mut best: Option<(f64, usize)> = None;
        let mut seen = HashSet::new();
        for k in &band_keys {
            for &i in self.bands.get(k).into_iter().flatten() {
                if seen.insert(i) {
                    let s = similarity(&sig, &self.signatures[i].0);
                    if s >= MIN_SIMILARITY && best.is_none_or(|(bs, _)| s > bs) {
                        best = Some((s, i));
                    }
                }
            }
        }
        if let Some((_, i)) = best {
            doc.meta.duplicate_of = Some(self.signatures[i].1.clone());
            doc.meta.duplicate = Some("near".into());
            return true;
        }
        let idx = self.signatures.len();
        self.signatures.push((sig, doc.id.clone()));
        for k in band_keys {
            self.bands.entry(k).or_default().push(idx);
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_doc::Meta;

    fn doc(text: &str) -> Document {
        Document::new(crate::document_id(text), Meta::default(), text.to_string())
    }

    #[test]
    fn exact_near_and_different() {
        let base = [
            "أعلنت وزارة الداخلية السعودية اليوم عن القبض على خلية إرهابية مكونة من عشرة أشخاص في منطقة الرياض بعد عملية أمنية استمرت عدة أسابيع.",
            "وأوضحت الوزارة في بيان أن التحقيقات ما زالت جارية مع الموقوفين لمعرفة ارتباطاتهم الخارجية ومصادر تمويلهم والجهات التي كانت تخطط معهم.",
            "وأضاف البيان أن الأجهزة الأمنية ضبطت أسلحة وذخائر ومواد تستخدم في صنع المتفجرات داخل أحد المنازل في حي سكني شرق العاصمة.",
            "وأشار المتحدث الأمني إلى أن المتهمين كانوا يخططون لاستهداف مواقع حيوية ومنشآت عامة خلال الفترة المقبلة بحسب اعترافاتهم الأولية.",
            "ودعت الوزارة المواطنين والمقيمين إلى التعاون مع الجهات الأمنية والإبلاغ عن أي نشاط مشبوه عبر الأرقام المخصصة لذلك على مدار الساعة.",
        ]
        .join(" ");
        let base = base.as_str();
        let mut d = Deduplicator::default();
        let mut a = doc(base);
        assert!(!d.check(&mut a));
        // same text with harakat and different spacing: exact (same content id)
        let mut b = doc(&base.replace("أعلنت", "أَعلنت").replace(" في ", "  في "));
        assert!(d.check(&mut b));
        assert_eq!(
            (b.meta.duplicate.as_deref(), b.meta.duplicate_of.as_deref()),
            (Some("exact"), Some(a.id.as_str()))
        );
        // a syndicated copy with an outlet's own last sentence: near
        let mut c = doc(&format!("{base} وذلك حسب ما أفادت وكالة الأنباء"));
        assert!(d.check(&mut c));
        assert_eq!(
            (c.meta.duplicate.as_deref(), c.meta.duplicate_of.as_deref()),
            (Some("near"), Some(a.id.as_str()))
        );
        let mut e = doc("قال رئيس النادي إن الفريق سيخوض مباراة ودية الأسبوع المقبل استعدادا للموسم الجديد الذي يبدأ في أغسطس بمشاركة لاعبين جدد");
        assert!(!d.check(&mut e));
    }
}
