//! The human-readable report of `rasid analyze --format text`.

use rasid_doc::Document;
use std::io::Write;

pub fn write<W: Write>(out: &mut W, doc: &Document) -> std::io::Result<()> {
    let m = &doc.meta;
    writeln!(
        out,
        "══ {}  (id {})",
        m.source.as_deref().unwrap_or("-"),
        &doc.id[..12.min(doc.id.len())]
    )?;
    let field = |name: &str, v: &Option<String>| v.as_ref().map(|v| format!("{name}: {v}"));
    let fields: Vec<String> = [
        field("outlet", &m.outlet),
        field("title", &m.title),
        field("author", &m.author),
        field("published", &m.published),
        field("language", &m.language),
        field("encoding", &m.encoding),
    ]
    .into_iter()
    .flatten()
    .collect();
    for f in fields {
        writeln!(out, "   {f}")?;
    }
    if !m.boilerplate.is_empty() {
        let kinds: Vec<&str> = m.boilerplate.iter().map(|b| b.kind.as_str()).collect();
        writeln!(out, "   removed from the body: {}", kinds.join(", "))?;
    }
    for w in &m.warnings {
        writeln!(out, "   warning: {w}")?;
    }
    let words = doc.tokens.iter().filter(|t| t.kind.is_wordlike()).count();
    writeln!(
        out,
        "   {} characters, {} sentences, {} tokens ({} words)",
        doc.text.chars().count(),
        doc.sentences.len(),
        doc.tokens.len(),
        words
    )?;
    if !doc.entities.is_empty() {
        // one line per canonical entity: label, name, mentions
        let mut groups: Vec<(String, &str, usize)> = Vec::new();
        for e in &doc.entities {
            let name = e
                .canonical
                .clone()
                .unwrap_or_else(|| e.span.slice(&doc.text).to_string());
            let label = match e.label {
                rasid_doc::EntityLabel::Person => "PER",
                rasid_doc::EntityLabel::Organization => "ORG",
                rasid_doc::EntityLabel::Location => "LOC",
                rasid_doc::EntityLabel::Misc => "MISC",
            };
            match groups.iter_mut().find(|g| g.0 == name && g.1 == label) {
                Some(g) => g.2 += 1,
                None => groups.push((name, label, 1)),
            }
        }
        writeln!(out, "   entities ({} mentions):", doc.entities.len())?;
        for (name, label, n) in &groups {
            writeln!(out, "     {label:<4} {name}  ×{n}")?;
        }
    }
    if !doc.dates.is_empty() {
        writeln!(out, "   dates:")?;
        for d in &doc.dates {
            let value = d.value.as_deref().unwrap_or("unresolved");
            writeln!(
                out,
                "     {}  → {value} ({:?}{})",
                d.span.slice(&doc.text),
                d.precision,
                if d.relative { ", relative" } else { "" }
            )?;
        }
    }
    if !doc.quotes.is_empty() {
        writeln!(out, "   quotes:")?;
        for q in &doc.quotes {
            let who = q
                .speaker
                .as_ref()
                .map(|s| s.span.slice(&doc.text))
                .unwrap_or("?");
            let via: Vec<&str> = q.via.iter().map(|v| v.text.as_str()).collect();
            let content: String = q.content.slice(&doc.text).chars().take(90).collect();
            let via = if via.is_empty() {
                String::new()
            } else {
                format!(" via {}", via.join(" → "))
            };
            writeln!(
                out,
                "     {} [{:?}, {:?}] {who}{via}: «{content}…»",
                q.id, q.kind, q.source_type
            )?;
        }
    }
    for (i, s) in doc.sentences.iter().enumerate() {
        let text = s.slice(&doc.text).replace('\n', " ");
        writeln!(out, "   [{:>3}] {}", i + 1, text)?;
    }
    writeln!(out)
}
