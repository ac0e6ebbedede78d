//! Precision, recall and F1 from counts, shared by the evaluation commands.

#[derive(Default)]
pub struct Prf {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn p(&self) -> f64 {
        self.correct as f64 / self.predicted.max(1) as f64
    }
    pub fn r(&self) -> f64 {
        self.correct as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({"precision": self.p(), "recall": self.r(), "f1": self.f1(),
            "correct": self.correct, "predicted": self.predicted, "gold": self.gold})
    }
}
