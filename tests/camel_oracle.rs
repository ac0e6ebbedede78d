//! CAMeL Tools as a differential oracle: on real SaudiNewsNet articles, where
//! the two rule sets coincide (harakat and dagger alef removal, alef folding,
//! splitting at spaces and punctuation), Rasid's tokens must agree with
//! CAMeL's; every difference must fall into a known, justified class.
//!
//! Needs `python3` with camel-tools and `xz` (.ci/run installs both). Outside
//! CI the test is skipped, with a message, when they are missing.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn camel_available() -> bool {
    Command::new("python3")
        .args(["-c", "import camel_tools.tokenizers.word"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn agrees_with_camel_tools_where_the_rules_coincide() {
    if !camel_available() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install camel-tools (see .ci/run)"
        );
        eprintln!("skipped: camel-tools is not installed (pip install --no-deps camel-tools && pip install emoji six)");
        return;
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/saudinewsnet/saudinewsnet.jsonl.xz");
    let head = Command::new("sh")
        .arg("-c")
        .arg(format!("xz -dc '{}' | head -n 600", corpus.display()))
        .output()
        .expect("run xz");
    assert!(!head.stdout.is_empty(), "cannot read {}", corpus.display());
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("sample.jsonl");
    std::fs::File::create(&sample)
        .unwrap()
        .write_all(&head.stdout)
        .unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .args(["bench", "text", "--corpus"])
        .arg(&sample)
        .arg("--camel")
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains("600 documents"), "{report}");
    assert!(
        report.contains("differential check against CAMeL"),
        "{report}"
    );
    assert!(!report.contains("normalization differs"), "{report}");
    assert!(!report.contains("CAMeL token not found"), "{report}");
    let unexplained: Vec<&str> = report
        .lines()
        .filter(|l| l.trim_end().ends_with("  other"))
        .collect();
    assert!(unexplained.is_empty(), "unexplained differences:\n{report}");
}
