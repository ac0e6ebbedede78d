//! Canonical entities: a curated alias table (`data/entities/aliases.tsv`)
//! links name variants of the actors that dominate the news to one canonical
//! name and finds unambiguous ones the tagger missed; within a document, later
//! short mentions (a surname) join the earlier full name.

use crate::ner::resources::{phrase_key, word_key};
use crate::Component;
use rasid_arabic::Normalizer;
use rasid_doc::{Document, Entity, EntityLabel};
use rasid_text::{Span, TokenKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

struct Alias {
    canonical: String,
    label: EntityLabel,
    /// false for names that are ambiguous alone (marked ~ in the table)
    detect: bool,
}

struct Aliases {
    /// key sequence (space-joined stem keys) → alias
    by_keys: HashMap<String, Alias>,
    max_len: usize,
}

fn keys_of(text: &str) -> Vec<String> {
    phrase_key(text)
        .split(' ')
        .filter(|k| !k.is_empty())
        .map(str::to_string)
        .collect()
}

fn aliases() -> &'static Aliases {
    static A: OnceLock<Aliases> = OnceLock::new();
    A.get_or_init(|| {
        let mut by_keys = HashMap::new();
        let mut max_len = 1;
        let src = include_str!("../data/entities/aliases.tsv");
        for line in src.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 3 {
                continue;
            }
            let label = crate::ner::labels::to_entity_label(c[1]);
            for a in c[2].split('|') {
                let (detect, name) = match a.strip_prefix('~') {
                    Some(n) => (false, n),
                    None => (true, a),
                };
                let keys = keys_of(name);
                if keys.is_empty() {
                    continue;
                }
                max_len = max_len.max(keys.len());
                by_keys.entry(keys.join(" ")).or_insert(Alias {
                    canonical: c[0].to_string(),
                    label,
                    detect,
                });
            }
        }
        Aliases { by_keys, max_len }
    })
}

/// The canonical name of a mention, from the alias table.
pub fn canonical_of(mention: &str) -> Option<&'static str> {
    aliases()
        .by_keys
        .get(&keys_of(mention).join(" "))
        .map(|a| a.canonical.as_str())
}

/// Links entities to canonical names and adds alias-table mentions the tagger missed.
pub struct EntityLinker;

impl Component for EntityLinker {
    fn name(&self) -> &'static str {
        "link"
    }

    fn version(&self) -> &'static str {
        "1"
    }

    fn process(&self, doc: &mut Document) {
        let a = aliases();
        let prov = self.provenance();
        // 1. unambiguous alias mentions missed by the tagger: adjacent word
        //    tokens only; a longer alias name replaces tagger entities inside it
        let norm = Normalizer::search();
        let words: Vec<(usize, Span, String)> = doc
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                matches!(
                    t.kind,
                    TokenKind::Arabic | TokenKind::Latin | TokenKind::Word
                )
            })
            .map(|(n, t)| {
                (
                    n,
                    t.span,
                    word_key(&norm.normalize_str(t.span.slice(&doc.text))),
                )
            })
            .collect();
        // entities by start: non-overlapping, so overlap tests are two lookups
        let mut ents: BTreeMap<usize, Entity> = std::mem::take(&mut doc.entities)
            .into_iter()
            .map(|e| (e.span.start, e))
            .collect();
        let overlaps = |ents: &BTreeMap<usize, Entity>, span: Span| {
            ents.range(..span.end)
                .next_back()
                .is_some_and(|(_, e)| e.span.end > span.start)
        };
        let mut i = 0;
        while i < words.len() {
            let mut found = None;
            for len in (1..=a.max_len.min(words.len() - i)).rev() {
                let run = &words[i..i + len];
                if run.windows(2).any(|w| w[1].0 != w[0].0 + 1) {
                    continue; // punctuation in between
                }
                let key = run
                    .iter()
                    .map(|w| w.2.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(al) = a.by_keys.get(&key).filter(|al| al.detect) {
                    found = Some((len, al));
                    break;
                }
            }
            let Some((len, al)) = found else {
                i += 1;
                continue;
            };
            let first = crate::ner::without_proclitic(&doc.text, words[i].1);
            let span = Span::new(first.start, words[i + len - 1].1.end);
            let starts_before = ents
                .range(..span.start)
                .next_back()
                .is_some_and(|(_, e)| e.span.end > span.start);
            let inside: Vec<usize> = ents.range(span.start..span.end).map(|(&k, _)| k).collect();
            let runs_past = inside.iter().any(|k| ents[k].span.end > span.end);
            let exact = inside.iter().any(|k| ents[k].span == span);
            if !starts_before && !runs_past && !exact && !doc.text[span.range()].contains('\n') {
                // a longer alias name replaces the tagger's entities inside it
                for k in inside {
                    ents.remove(&k);
                }
                ents.insert(
                    span.start,
                    Entity {
                        id: String::new(),
                        span,
                        label: al.label,
                        canonical: Some(al.canonical.clone()),
                        place: None,
                        provenance: prov.clone(),
                    },
                );
            }
            i += len;
        }
        // 2. a name found once is a name wherever else the document writes it
        //    (multi-word names, or single words rare in news)
        let mut found: Vec<(Vec<String>, EntityLabel, Option<String>)> = Vec::new();
        let mut known: HashSet<Vec<String>> = HashSet::new();
        for e in ents.values() {
            let keys = keys_of(e.span.slice(&doc.text));
            let rare = keys.len() == 1
                && rasid_arabic::Stemmer::get().count(&norm.normalize_str(e.span.slice(&doc.text)))
                    < 500;
            if (keys.len() >= 2 || rare) && known.insert(keys.clone()) {
                found.push((keys, e.label, e.canonical.clone()));
            }
        }
        let mut at: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            at.entry(w.2.as_str()).or_default().push(i);
        }
        for (keys, label, canonical) in found {
            for &i in at.get(keys[0].as_str()).into_iter().flatten() {
                let Some(run) = words.get(i..i + keys.len()) else {
                    continue;
                };
                if run.windows(2).any(|w| w[1].0 != w[0].0 + 1)
                    || run.iter().zip(&keys).any(|(w, k)| &w.2 != k)
                {
                    continue;
                }
                let first = crate::ner::without_proclitic(&doc.text, run[0].1);
                let span = Span::new(first.start, run[keys.len() - 1].1.end);
                if !overlaps(&ents, span) {
                    let e = Entity {
                        id: String::new(),
                        span,
                        label,
                        canonical: canonical.clone(),
                        place: None,
                        provenance: prov.clone(),
                    };
                    ents.insert(span.start, e);
                }
            }
        }
        doc.entities = ents.into_values().collect();
        // 3. canonical names: alias table, else an earlier longer mention of a
        //    person that ends with this one (full name, then surname), else the
        //    mention's own form
        let mut surnames: HashMap<String, String> = HashMap::new();
        for (n, e) in doc.entities.iter_mut().enumerate() {
            e.id = format!("e{}", n + 1);
            let keys = keys_of(e.span.slice(&doc.text));
            let joined = keys.join(" ");
            if let Some(al) = a.by_keys.get(&joined) {
                e.canonical.get_or_insert_with(|| al.canonical.clone());
                if al.detect {
                    e.label = al.label; // the curated table knows this name's type
                }
            }
            if e.canonical.is_none() && e.label == EntityLabel::Person {
                e.canonical = surnames.get(&joined).cloned();
            }
            let canonical = e
                .canonical
                .get_or_insert_with(|| norm.normalize_str(e.span.slice(&doc.text)))
                .clone();
            if e.label == EntityLabel::Person {
                for k in 1..keys.len() {
                    surnames
                        .entry(keys[k..].join(" "))
                        .or_insert_with(|| canonical.clone());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use rasid_doc::Meta;

    fn analyse(text: &str) -> Document {
        let mut d = Document::new("t".into(), Meta::default(), text.into());
        Pipeline::standard().run(&mut d);
        d
    }

    fn canon<'a>(d: &'a Document, mention: &str) -> Option<&'a str> {
        d.entities
            .iter()
            .find(|e| e.span.slice(&d.text) == mention)
            .and_then(|e| e.canonical.as_deref())
    }

    #[test]
    fn aliases_link_to_one_actor() {
        let d = analyse("هاجم تنظيم الدولة الإسلامية مواقع قسد، وردت قوات سوريا الديمقراطية بقصف مواقع داعش قرب واشنطن.");
        assert_eq!(canon(&d, "تنظيم الدولة الإسلامية"), Some("داعش"));
        assert_eq!(canon(&d, "داعش"), Some("داعش"));
        assert_eq!(canon(&d, "قسد"), Some("قوات سوريا الديمقراطية"));
        assert_eq!(
            canon(&d, "قوات سوريا الديمقراطية"),
            Some("قوات سوريا الديمقراطية")
        );
        assert_eq!(canon(&d, "واشنطن"), Some("الولايات المتحدة"));
        assert_eq!(
            canonical_of("والولايات المتحدة الأمريكية"),
            Some("الولايات المتحدة")
        );
        assert_eq!(canonical_of("الأمريكيون"), Some("الولايات المتحدة"));
        assert_eq!(canonical_of("الحشد الشعبي"), Some("الحشد الشعبي"));
        for e in &d.entities {
            assert!(e.span.get(&d.text).is_some());
        }
    }

    #[test]
    fn ambiguous_aliases_do_not_create_entities() {
        // الأسد is also "the lion": linked only when the tagger finds a name (the linker
        // alone, on a document where the tagger found none, adds no بشار الأسد)
        let mut d = Document::new(
            "t".into(),
            Meta::default(),
            "شاهد الأطفال الأسد في حديقة الحيوان.".into(),
        );
        crate::Pipeline::new(vec![
            Box::new(crate::segment::Segmenter),
            Box::new(EntityLinker),
        ])
        .run(&mut d);
        assert!(
            d.entities
                .iter()
                .all(|e| e.canonical.as_deref() != Some("بشار الأسد")),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn clitics_are_left_out_of_entity_spans() {
        let d = analyse("ووصل الوفد إلى بغداد ثم عاد والعراق يشهد توترا مع الولايات المتحدة.");
        let texts: Vec<&str> = d.entities.iter().map(|e| e.span.slice(&d.text)).collect();
        assert!(texts.contains(&"العراق"), "{texts:?}");
        assert!(texts.contains(&"الولايات المتحدة"), "{texts:?}");
        assert!(texts.contains(&"بغداد"), "{texts:?}");
    }

    #[test]
    fn surname_joins_the_full_name() {
        let d =
            analyse("قال الرئيس الأمريكي دونالد ترامب إن بلاده ستنسحب. وأضاف ترامب أن القرار نهائي.");
        let people: Vec<(&str, Option<&str>)> = d
            .entities
            .iter()
            .filter(|e| e.label == EntityLabel::Person)
            .map(|e| (e.span.slice(&d.text), e.canonical.as_deref()))
            .collect();
        assert!(
            people.iter().any(|(t, _)| *t == "دونالد ترامب"),
            "{people:?}"
        );
        assert!(
            people.iter().all(|(_, c)| *c == Some("دونالد ترامب")),
            "{people:?}"
        );
    }
}
