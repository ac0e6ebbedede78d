//! The public JSON contract `rasid.document/1`.
//!
//! Offsets are Unicode character offsets (half-open, like Python slicing);
//! every object with `start`/`end` (sentences aside) repeats its `text`, so a
//! reader can check `text[start:end] == obj.text`. Keys are never renamed or
//! repurposed; new keys may be added.

use crate::model::*;
use rasid_text::{CharIndex, Span};
use serde::Serialize;

pub const SCHEMA: &str = "rasid.document/1";

/// What to include beyond the contract's layers.
#[derive(Default)]
pub struct JsonOptions<'a> {
    /// Include the token layer, each token with its normalized form.
    pub tokens: Option<&'a dyn Fn(&str) -> String>,
}

struct Conv<'a> {
    text: &'a str,
    idx: CharIndex,
}

impl<'a> Conv<'a> {
    fn chars(&self, s: Span) -> (usize, usize) {
        (
            self.idx.char_of_byte(self.text, s.start),
            self.idx.char_of_byte(self.text, s.end),
        )
    }
    fn span(&self, s: Span) -> SpanText<'a> {
        let (start, end) = self.chars(s);
        SpanText {
            start,
            end,
            text: s.slice(self.text),
        }
    }
    fn opt(&self, s: Option<Span>) -> Option<SpanText<'a>> {
        s.map(|s| self.span(s))
    }
}

#[derive(Serialize)]
struct SpanText<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct Bare {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct WireToken<'a> {
    #[serde(flatten)]
    span: SpanText<'a>,
    kind: &'static str,
    norm: String,
}

#[derive(Serialize)]
struct WireEntity<'a> {
    id: &'a str,
    #[serde(flatten)]
    span: SpanText<'a>,
    label: EntityLabel,
    canonical: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<&'a Place>,
    by: String,
}

#[derive(Serialize)]
struct WireDate<'a> {
    id: &'a str,
    #[serde(flatten)]
    span: SpanText<'a>,
    value: Option<&'a str>,
    precision: DatePrecision,
    relative: bool,
    by: String,
}

#[derive(Serialize)]
struct WireSpeaker<'a> {
    #[serde(flatten)]
    span: SpanText<'a>,
    entity: Option<&'a str>,
}

#[derive(Serialize)]
struct WireVia<'a> {
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    span: Option<SpanText<'a>>,
    /// Only when there is no span (which carries its own text).
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    entity: Option<&'a str>,
}

#[derive(Serialize)]
struct WireQuote<'a> {
    id: &'a str,
    #[serde(flatten)]
    span: SpanText<'a>,
    kind: QuoteKind,
    cue: SpanText<'a>,
    content: SpanText<'a>,
    speaker: Option<WireSpeaker<'a>>,
    source_type: SourceType,
    via: Vec<WireVia<'a>>,
    by: String,
}

#[derive(Serialize)]
struct WireLoaded<'a> {
    #[serde(flatten)]
    span: SpanText<'a>,
    technique: &'a str,
}

#[derive(Serialize)]
struct WireClaim<'a> {
    id: &'a str,
    #[serde(flatten)]
    span: SpanText<'a>,
    attributed_to: &'a str,
    hedges: Vec<SpanText<'a>>,
    boosters: Vec<SpanText<'a>>,
    loaded: Vec<WireLoaded<'a>>,
    checkworthy: f32,
    by: String,
}

#[derive(Serialize)]
struct WireActor<'a> {
    name: &'a str,
    inter: Option<u8>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    span: Option<SpanText<'a>>,
}

#[derive(Serialize)]
struct WireLocation<'a> {
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    span: Option<SpanText<'a>>,
    place: Option<&'a str>,
    admin1: Option<&'a str>,
    country: Option<&'a str>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    geo_precision: Option<u8>,
}

#[derive(Serialize)]
struct WireEventDate<'a> {
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    span: Option<SpanText<'a>>,
    value: Option<&'a str>,
    time_precision: Option<u8>,
}

#[derive(Serialize)]
struct WireEvent<'a> {
    id: &'a str,
    #[serde(flatten)]
    span: SpanText<'a>,
    event_type: &'a str,
    sub_event_type: &'a str,
    actor1: Option<WireActor<'a>>,
    actor2: Option<WireActor<'a>>,
    location: Option<WireLocation<'a>>,
    date: Option<WireEventDate<'a>>,
    fatalities: u32,
    claimed_by: &'a str,
    by: String,
}

#[derive(Serialize)]
struct WireDocument<'a> {
    schema: &'static str,
    id: &'a str,
    meta: &'a Meta,
    text: &'a str,
    sentences: Vec<Bare>,
    entities: Vec<WireEntity<'a>>,
    dates: Vec<WireDate<'a>>,
    quotes: Vec<WireQuote<'a>>,
    claims: Vec<WireClaim<'a>>,
    events: Vec<WireEvent<'a>>,
    components: &'a [Provenance],
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<Vec<WireToken<'a>>>,
}

fn wire<'a>(doc: &'a Document, opts: &JsonOptions) -> WireDocument<'a> {
    let c = Conv {
        text: &doc.text,
        idx: CharIndex::new(&doc.text),
    };
    let actor = |a: &'a Option<Actor>| {
        a.as_ref().map(|a| WireActor {
            name: &a.name,
            inter: a.inter,
            span: c.opt(a.span),
        })
    };
    WireDocument {
        schema: SCHEMA,
        id: &doc.id,
        meta: &doc.meta,
        text: &doc.text,
        sentences: doc
            .sentences
            .iter()
            .map(|s| {
                let (start, end) = c.chars(*s);
                Bare { start, end }
            })
            .collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| WireEntity {
                id: &e.id,
                span: c.span(e.span),
                label: e.label,
                canonical: e.canonical.as_deref(),
                place: e.place.as_ref(),
                by: e.provenance.tag(),
            })
            .collect(),
        dates: doc
            .dates
            .iter()
            .map(|d| WireDate {
                id: &d.id,
                span: c.span(d.span),
                value: d.value.as_deref(),
                precision: d.precision,
                relative: d.relative,
                by: d.provenance.tag(),
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| WireQuote {
                id: &q.id,
                span: c.span(q.span),
                kind: q.kind,
                cue: c.span(q.cue),
                content: c.span(q.content),
                speaker: q.speaker.as_ref().map(|s| WireSpeaker {
                    span: c.span(s.span),
                    entity: s.entity.as_deref(),
                }),
                source_type: q.source_type,
                via: q
                    .via
                    .iter()
                    .map(|v| WireVia {
                        span: c.opt(v.span),
                        text: v.span.is_none().then_some(v.text.as_str()),
                        entity: v.entity.as_deref(),
                    })
                    .collect(),
                by: q.provenance.tag(),
            })
            .collect(),
        claims: doc
            .claims
            .iter()
            .map(|cl| WireClaim {
                id: &cl.id,
                span: c.span(cl.span),
                attributed_to: &cl.attributed_to,
                hedges: cl.hedges.iter().map(|s| c.span(*s)).collect(),
                boosters: cl.boosters.iter().map(|s| c.span(*s)).collect(),
                loaded: cl
                    .loaded
                    .iter()
                    .map(|l| WireLoaded {
                        span: c.span(l.span),
                        technique: &l.technique,
                    })
                    .collect(),
                checkworthy: cl.checkworthy,
                by: cl.provenance.tag(),
            })
            .collect(),
        events: doc
            .events
            .iter()
            .map(|e| WireEvent {
                id: &e.id,
                span: c.span(e.span),
                event_type: &e.event_type,
                sub_event_type: &e.sub_event_type,
                actor1: actor(&e.actor1),
                actor2: actor(&e.actor2),
                location: e.location.as_ref().map(|l| WireLocation {
                    span: c.opt(l.span),
                    place: l.place.as_deref(),
                    admin1: l.admin1.as_deref(),
                    country: l.country.as_deref(),
                    latitude: l.latitude,
                    longitude: l.longitude,
                    geo_precision: l.geo_precision,
                }),
                date: e.date.as_ref().map(|d| WireEventDate {
                    span: c.opt(d.span),
                    value: d.value.as_deref(),
                    time_precision: d.time_precision,
                }),
                fatalities: e.fatalities,
                claimed_by: &e.claimed_by,
                by: e.provenance.tag(),
            })
            .collect(),
        components: &doc.components,
        tokens: opts.tokens.map(|norm| {
            doc.tokens
                .iter()
                .map(|t| WireToken {
                    span: c.span(t.span),
                    kind: t.kind.as_str(),
                    norm: norm(t.span.slice(&doc.text)),
                })
                .collect()
        }),
    }
}

/// The document as a `rasid.document/1` JSON value.
pub fn to_value(doc: &Document, opts: &JsonOptions) -> serde_json::Value {
    serde_json::to_value(wire(doc, opts)).expect("documents serialize")
}

/// Writes the document as one line of JSON (no trailing newline).
pub fn write_line<W: std::io::Write>(
    out: &mut W,
    doc: &Document,
    opts: &JsonOptions,
) -> std::io::Result<()> {
    serde_json::to_writer(out, &wire(doc, opts)).map_err(std::io::Error::other)
}

/// Writes the document as indented JSON.
pub fn write_pretty<W: std::io::Write>(
    out: &mut W,
    doc: &Document,
    opts: &JsonOptions,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(out, &wire(doc, opts)).map_err(std::io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        let text = "قال المتحدث “حدث عصيان” في الحسكة 😀.".to_string();
        let p = Provenance::new("test", "1");
        let find = |s: &str| {
            let i = text.find(s).unwrap();
            Span::new(i, i + s.len())
        };
        let mut d = Document::new("abc".into(), Meta::default(), text.clone());
        d.sentences = vec![Span::new(0, text.len())];
        d.entities.push(Entity {
            id: "e1".into(),
            span: find("الحسكة"),
            label: EntityLabel::Location,
            canonical: Some("الحسكة".into()),
            place: None,
            provenance: p.clone(),
        });
        d.quotes.push(Quote {
            id: "q1".into(),
            span: find("قال المتحدث “حدث عصيان”"),
            kind: QuoteKind::Direct,
            cue: find("قال"),
            content: find("حدث عصيان"),
            speaker: Some(Speaker {
                span: find("المتحدث"),
                entity: None,
            }),
            source_type: SourceType::NamedPerson,
            via: vec![Via {
                span: None,
                text: "Dpa".into(),
                entity: None,
            }],
            provenance: p,
        });
        d
    }

    /// Every object with start/end carries text == text[start:end] in characters.
    fn check_offsets(v: &serde_json::Value, chars: &[char]) {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(s), Some(e), Some(t)) = (m.get("start"), m.get("end"), m.get("text")) {
                    let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                    let slice: String = chars[s..e].iter().collect();
                    assert_eq!(slice, t.as_str().unwrap());
                }
                m.values().for_each(|x| check_offsets(x, chars));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| check_offsets(x, chars)),
            _ => {}
        }
    }

    #[test]
    fn contract_keys_and_char_offsets() {
        let d = sample();
        d.validate().unwrap();
        let v = to_value(&d, &JsonOptions::default());
        assert_eq!(v["schema"], SCHEMA);
        for key in [
            "id",
            "meta",
            "text",
            "sentences",
            "entities",
            "dates",
            "quotes",
            "claims",
            "events",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        for key in [
            "source",
            "url",
            "outlet",
            "title",
            "author",
            "published",
            "language",
        ] {
            assert!(v["meta"].get(key).is_some(), "missing meta.{key}");
        }
        let chars: Vec<char> = d.text.chars().collect();
        check_offsets(&v, &chars);
        assert_eq!(v["entities"][0]["label"], "LOC");
        assert_eq!(v["quotes"][0]["source_type"], "named_person");
        assert_eq!(v["quotes"][0]["via"][0]["text"], "Dpa");
        assert_eq!(v["sentences"][0]["end"], chars.len());
        assert!(v.get("tokens").is_none());
    }

    #[test]
    fn invalid_span_is_reported() {
        let mut d = sample();
        d.entities[0].span = Span::new(1, 2); // inside a two-byte letter
        assert!(d.validate().unwrap_err().contains("e1"));
    }
}
