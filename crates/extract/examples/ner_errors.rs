//! Prints the errors of a model on a CoNLL file (for error analysis on the dev split).
//! cargo run --release -p rasid-extract --example ner_errors -- DEV.conll MODEL [N]
use rasid_extract::ner::{conll, labels};
use rasid_extract::NerTagger;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let s = conll::parse(&std::fs::read_to_string(&a[1]).unwrap()).unwrap();
    let t = NerTagger::from_bytes(&std::fs::read(&a[2]).unwrap()).unwrap();
    let max: usize = a.get(3).map(|x| x.parse().unwrap()).unwrap_or(40);
    let mut shown = 0;
    for sent in &s {
        let toks: Vec<&str> = sent.tokens.iter().map(String::as_str).collect();
        let p = t.tag(&toks);
        let g = labels::spans(&sent.tags);
        let ps = labels::spans(&p);
        let ctx = |e: &(usize, usize, &str)| {
            toks[e.0.saturating_sub(3)..(e.1 + 2).min(toks.len())].join(" ")
        };
        for e in g.iter().filter(|e| !ps.contains(e)) {
            println!("MISS  {} {}  | {}", e.2, toks[e.0..e.1].join(" "), ctx(e));
            shown += 1;
        }
        for e in ps.iter().filter(|e| !g.contains(e)) {
            println!("FALSE {} {}  | {}", e.2, toks[e.0..e.1].join(" "), ctx(e));
            shown += 1;
        }
        if shown >= max {
            break;
        }
    }
}
