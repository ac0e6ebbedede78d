use rasid_text::{Span, Token};
use serde::Serialize;

/// Which component made an annotation, and which version of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Provenance {
    pub component: String,
    pub version: String,
}

impl Provenance {
    pub fn new(component: &str, version: &str) -> Self {
        Provenance {
            component: component.to_string(),
            version: version.to_string(),
        }
    }

    /// `component/version`, as written on each annotation in JSON.
    pub fn tag(&self) -> String {
        format!("{}/{}", self.component, self.version)
    }
}

/// Boilerplate recognized around the body and moved out of `text`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Boilerplate {
    /// outlet | title | byline | dateline | signature | read_also | end_marker
    pub kind: String,
    pub text: String,
}

/// Metadata of a document. The first seven fields are the public contract.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Meta {
    /// Where the document came from: a path, `stdin`, a URL or a record id.
    pub source: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    /// ISO 8601 date or date-time.
    pub published: Option<String>,
    /// ISO 639-1 code of the body's main language, when it can be told.
    pub language: Option<String>,
    /// Where in the input the document is (`line 12`, a WARC offset), for multi-record inputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// The input's character encoding before conversion to UTF-8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Lines removed from the body (outlet lines, by-lines, footers, markers).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<Boilerplate>,
    /// The title asks a question instead of stating news (هل تعيد الولايات المتحدة …؟):
    /// in headlines such questions insinuate rather than inform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_question: Option<bool>,
    /// The earlier document this one copies (syndicated or re-published text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    /// `exact` (same normalized body) or `near` (MinHash Jaccard ≥ 0.8 of word 3-shingles).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate: Option<String>,
    /// Problems met while reading that did not stop it (e.g. lossy decoding).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum EntityLabel {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "ORG")]
    Organization,
    #[serde(rename = "LOC")]
    Location,
    #[serde(rename = "MISC")]
    Misc,
}

/// Where a place entity is: a gazetteer entry with its hierarchy and coordinates.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// source:code of the gazetteer entry (ocha:IQG01, geonames:98717, country:IQ)
    pub id: String,
    pub name: String,
    /// country | admin1 | admin2 | admin3 | place | airbase; unlisted (a name no gazetteer
    /// lists, placed in the place next to it) | quarter (a quarter of a town, حي X, placed in
    /// that town)
    pub kind: String,
    /// ISO 3166 alpha-2
    pub country: String,
    pub admin1: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub id: String,
    pub span: Span,
    pub label: EntityLabel,
    pub canonical: Option<String>,
    /// For places: where it is (filled by the geocoder).
    pub place: Option<Place>,
    pub provenance: Provenance,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    pub id: String,
    pub span: Span,
    /// ISO date, or `None` when it cannot be resolved: `YYYY-MM-DD`, or `YYYY-MM` and
    /// `YYYY` for a whole Gregorian month or year. A period that is none of these (a week,
    /// a part of a month, a Hijri month or year) is dated, as ACLED does, by a day inside it
    /// (`YYYY-MM-DD`), and `precision` says how wide the period is; a season (الشتاء الماضي)
    /// by its middle month (`YYYY-MM`).
    pub value: Option<String>,
    pub precision: DatePrecision,
    /// Written relative to the publication date (أمس، الأسبوع الماضي).
    pub relative: bool,
    pub provenance: Provenance,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceType {
    NamedPerson,
    Organization,
    Agency,
    Media,
    Anonymous,
    Author,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    pub span: Span,
    /// Id of the entity the speaker refers to, when known.
    pub entity: Option<String>,
}

/// A link of a relay chain: "... لوكالة الأنباء الألمانية" = via Dpa.
#[derive(Clone, Debug, PartialEq)]
pub struct Via {
    pub span: Option<Span>,
    pub text: String,
    pub entity: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub id: String,
    pub span: Span,
    pub kind: QuoteKind,
    pub cue: Span,
    pub content: Span,
    pub speaker: Option<Speaker>,
    pub source_type: SourceType,
    pub via: Vec<Via>,
    pub provenance: Provenance,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub span: Span,
    pub technique: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub id: String,
    pub span: Span,
    /// A quote id, or `"author"`.
    pub attributed_to: String,
    pub hedges: Vec<Span>,
    pub boosters: Vec<Span>,
    pub loaded: Vec<Loaded>,
    pub checkworthy: f32,
    pub provenance: Provenance,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    pub name: String,
    pub span: Option<Span>,
    /// ACLED actor type code (1 state forces … 8 external/other forces).
    pub inter: Option<u8>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventLocation {
    pub span: Option<Span>,
    pub place: Option<String>,
    pub admin1: Option<String>,
    pub country: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: Option<u8>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventDate {
    pub span: Option<Span>,
    pub value: Option<String>,
    pub time_precision: Option<u8>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub span: Span,
    pub event_type: String,
    pub sub_event_type: String,
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    pub location: Option<EventLocation>,
    pub date: Option<EventDate>,
    pub fatalities: u32,
    /// A quote id, or `"author"`.
    pub claimed_by: String,
    pub provenance: Provenance,
}

/// One article: its original body and every layer of annotations over it.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Stable content id (see [`crate::content_id`]).
    pub id: String,
    pub meta: Meta,
    /// The body, original characters. Never modified after creation.
    pub text: String,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    pub dates: Vec<DateMention>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub events: Vec<Event>,
    /// The components that ran over this document, in order.
    pub components: Vec<Provenance>,
}

impl Document {
    pub fn new(id: String, meta: Meta, text: String) -> Self {
        Document {
            id,
            meta,
            text,
            ..Default::default()
        }
    }

    /// Every span of every layer, with a name for error messages.
    pub fn all_spans(&self) -> Vec<(String, Span)> {
        let mut v: Vec<(String, Span)> = Vec::new();
        v.extend(self.sentences.iter().map(|s| ("sentence".into(), *s)));
        v.extend(self.tokens.iter().map(|t| ("token".into(), t.span)));
        v.extend(self.entities.iter().map(|e| (e.id.clone(), e.span)));
        v.extend(self.dates.iter().map(|d| (d.id.clone(), d.span)));
        for q in &self.quotes {
            v.push((q.id.clone(), q.span));
            v.push((format!("{}.cue", q.id), q.cue));
            v.push((format!("{}.content", q.id), q.content));
            if let Some(s) = &q.speaker {
                v.push((format!("{}.speaker", q.id), s.span));
            }
            v.extend(
                q.via
                    .iter()
                    .filter_map(|x| x.span)
                    .map(|s| (format!("{}.via", q.id), s)),
            );
        }
        for c in &self.claims {
            v.push((c.id.clone(), c.span));
            v.extend(c.hedges.iter().map(|s| (format!("{}.hedge", c.id), *s)));
            v.extend(c.boosters.iter().map(|s| (format!("{}.booster", c.id), *s)));
            v.extend(
                c.loaded
                    .iter()
                    .map(|l| (format!("{}.loaded", c.id), l.span)),
            );
        }
        for e in &self.events {
            v.push((e.id.clone(), e.span));
            for a in [&e.actor1, &e.actor2].into_iter().flatten() {
                v.extend(a.span.map(|s| (format!("{}.actor", e.id), s)));
            }
            if let Some(s) = e.location.as_ref().and_then(|l| l.span) {
                v.push((format!("{}.location", e.id), s));
            }
            if let Some(s) = e.date.as_ref().and_then(|d| d.span) {
                v.push((format!("{}.date", e.id), s));
            }
        }
        v
    }

    /// Checks that every span lies inside the text on character boundaries.
    /// A failure is a bug in the component that made the span.
    pub fn validate(&self) -> Result<(), String> {
        for (name, s) in self.all_spans() {
            if s.start > s.end || s.get(&self.text).is_none() {
                return Err(format!(
                    "document {}: {name} span {}..{} is not a slice of the text ({} bytes)",
                    self.id,
                    s.start,
                    s.end,
                    self.text.len()
                ));
            }
        }
        Ok(())
    }
}
