//! Plain-text articles: finds the outlet line, title, by-line, signature,
//! "read also" footer and end marker around the body with general rules (and
//! the cue lists of `data/boilerplate.tsv`), moves them into `meta`, and keeps
//! the body as an untouched slice of the input.

use crate::{detect_language, document_id, IngestError};
use rasid_arabic::{tokenize, Normalizer};
use rasid_doc::{Boilerplate, Document, Meta};
use rasid_text::{Span, TokenKind};
use std::collections::HashSet;
use std::sync::OnceLock;

struct Cues {
    byline: Vec<String>,
    read_also: Vec<String>,
    end_words: HashSet<String>,
    outlets: HashSet<String>,
}

fn norm(s: &str) -> String {
    Normalizer::search().normalize_str(s)
}

fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Cues {
            byline: Vec::new(),
            read_also: Vec::new(),
            end_words: HashSet::new(),
            outlets: HashSet::new(),
        };
        for row in data_rows(include_str!("../data/boilerplate.tsv")) {
            let cue = norm(row[1]);
            match row[0] {
                "byline" => c.byline.push(cue),
                "read_also" => c.read_also.push(cue),
                "end_word" => {
                    c.end_words.insert(cue);
                }
                k => panic!("boilerplate.tsv: unknown kind {k:?}"),
            }
        }
        // longest cue first, so "written by" wins over "by"
        c.byline.sort_by_key(|s| std::cmp::Reverse(s.len()));
        for row in data_rows(include_str!("../data/outlets.tsv")) {
            c.outlets.insert(norm(row[0]));
        }
        c
    })
}

fn data_rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// One non-empty line of the input.
struct Line<'a> {
    span: Span,
    text: &'a str,
    norm: String,
    words: usize,
    puncts: usize,
    last_punct: Option<char>,
}

impl<'a> Line<'a> {
    fn new(content: &'a str, span: Span) -> Self {
        let text = span.slice(content);
        let toks = tokenize(text);
        let words = toks.iter().filter(|t| t.kind.is_wordlike()).count();
        let puncts = toks
            .iter()
            .filter(|t| {
                t.kind == TokenKind::Punct && !matches!(t.span.slice(text), "-" | "|" | "·")
            })
            .count();
        let last_punct = toks
            .last()
            .filter(|t| t.kind == TokenKind::Punct)
            .and_then(|t| t.span.slice(text).chars().last());
        Line {
            span,
            text,
            norm: norm(text),
            words,
            puncts,
            last_punct,
        }
    }

    /// A name on a line of its own: an outlet, a signature.
    fn is_short_name(&self) -> bool {
        (1..=4).contains(&self.words) && self.puncts == 0 && self.text.chars().count() <= 40
    }

    /// A paragraph of running text rather than a title.
    fn is_body_like(&self) -> bool {
        self.words >= 25
            || (self.words >= 6 && matches!(self.last_punct, Some('.' | '۔' | ':' | '،' | ',')))
    }

    fn starts_with_cue(&self, cue: &str) -> bool {
        let n = self.norm.trim_start();
        n.starts_with(cue)
            && n[cue.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    }

    /// The author named by a by-line ("by NAME", "بقلم: NAME").
    fn byline_author(&self) -> Option<String> {
        if self.words > 10 {
            return None;
        }
        let cue = cues().byline.iter().find(|c| self.starts_with_cue(c))?;
        // drop as many original tokens as the cue has words
        let cue_words = cue.split_whitespace().count();
        let toks = tokenize(self.text);
        let mut wordlike = 0;
        let rest_at = toks
            .iter()
            .position(|t| {
                if t.kind.is_wordlike() {
                    wordlike += 1;
                }
                wordlike > cue_words
            })
            .map(|i| toks[i].span.start)?;
        let author = self.text[rest_at..].trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '-' | '،' | ',' | '—' | '–')
        });
        (!author.is_empty()).then(|| author.to_string())
    }

    fn is_read_also(&self) -> bool {
        cues().read_also.iter().any(|c| self.starts_with_cue(c))
    }

    fn is_end_marker(&self) -> bool {
        let t = self.text.trim();
        if t.chars().count() > 24 {
            return false;
        }
        if t.len() > 2 && t.starts_with('/') && t.ends_with('/') {
            return true; // agency end marks: /انتهى/, /ح.س/
        }
        let inner = self.norm.trim_matches(|c: char| !c.is_alphanumeric());
        cues().end_words.contains(inner)
    }
}

/// Where the parts of a plain-text article were found.
#[derive(Debug, Default, PartialEq)]
pub struct PlainTextLayout {
    pub body: Span,
    pub boilerplate: Vec<Boilerplate>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
}

fn line_spans(content: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in content.char_indices() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}') {
            out.push(Span::new(start, i));
            start = i + c.len_utf8();
        }
    }
    out.push(Span::new(start, content.len()));
    out.into_iter()
        .map(|s| s.trim(content))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Finds header and footer lines around the body.
pub fn layout(content: &str) -> PlainTextLayout {
    let lines: Vec<Line> = line_spans(content)
        .into_iter()
        .map(|s| Line::new(content, s))
        .collect();
    let whole = || PlainTextLayout {
        body: Span::new(0, content.len()).trim(content),
        ..Default::default()
    };
    let Some(first_body) = lines.iter().position(|l| l.is_body_like()) else {
        return whole();
    };
    let mut tail = Vec::new();
    // footer: a "read also" line followed only by short lines
    let mut end = lines.len();
    if let Some(k) = (first_body + 1..lines.len())
        .rev()
        .find(|&k| lines[k].is_read_also())
        .filter(|&k| lines[k + 1..].iter().all(|l| !l.is_body_like()))
    {
        let text = lines[k..]
            .iter()
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join("\n");
        tail.push(Boilerplate {
            kind: "read_also".into(),
            text,
        });
        end = k;
    }
    let mut signature: Option<&Line> = None;
    while end > first_body + 1 {
        let l = &lines[end - 1];
        let before_footer = end < lines.len();
        if l.is_end_marker() {
            tail.push(Boilerplate {
                kind: "end_marker".into(),
                text: l.text.into(),
            });
        } else if signature.is_none() && l.is_short_name() && before_footer {
            tail.push(Boilerplate {
                kind: "signature".into(),
                text: l.text.into(),
            });
            signature = Some(l);
        } else {
            break;
        }
        end -= 1;
    }
    tail.reverse();

    // header: the lines before the first paragraph
    let header = &lines[..first_body.min(5)];
    let mut out = PlainTextLayout::default();
    let mut consumed = vec![false; header.len()];
    for (i, l) in header.iter().enumerate() {
        if let Some(a) = l.byline_author() {
            out.boilerplate.push(Boilerplate {
                kind: "byline".into(),
                text: l.text.into(),
            });
            out.author.get_or_insert(a);
            consumed[i] = true;
        }
    }
    let rest: Vec<usize> = (0..header.len()).filter(|&i| !consumed[i]).collect();
    if let Some(&i0) = rest.first() {
        let l0 = &header[i0];
        let repeated_at_end = signature.is_some_and(|s| s.norm == l0.norm);
        let known_outlet = cues().outlets.contains(&l0.norm);
        let has_byline = consumed.iter().any(|&c| c);
        let is_outlet = l0.is_short_name()
            && (repeated_at_end || known_outlet || (has_byline && rest.len() >= 2));
        let title_idx = if is_outlet {
            out.outlet = Some(l0.text.to_string());
            out.boilerplate.insert(
                0,
                Boilerplate {
                    kind: "outlet".into(),
                    text: l0.text.into(),
                },
            );
            consumed[i0] = true;
            rest.get(1).copied()
        } else {
            Some(i0)
        };
        if let Some(t) = title_idx {
            out.title = Some(header[t].text.to_string());
            let at = out
                .boilerplate
                .iter()
                .position(|b| b.kind != "outlet")
                .unwrap_or(out.boilerplate.len());
            out.boilerplate.insert(
                at,
                Boilerplate {
                    kind: "title".into(),
                    text: header[t].text.into(),
                },
            );
            consumed[t] = true;
        }
    } else if let Some(s) = signature {
        out.outlet = Some(s.text.to_string());
    }
    if out.outlet.is_none() {
        if let Some(s) = signature.filter(|s| cues().outlets.contains(&s.norm)) {
            out.outlet = Some(s.text.to_string());
        }
    }
    let start = consumed.iter().position(|&c| !c).unwrap_or(header.len());
    if start >= end {
        return whole();
    }
    out.body = Span::new(lines[start].span.start, lines[end - 1].span.end);
    out.boilerplate.extend(tail);
    out
}

/// Reads a plain-text article into a document.
pub fn parse_plain_text(source: &str, content: &str) -> Result<Document, IngestError> {
    let l = layout(content);
    let text = l.body.slice(content).to_string();
    if text.trim().is_empty() {
        return Err(IngestError::new(source, "no text"));
    }
    let meta = Meta {
        source: Some(source.to_string()),
        outlet: l.outlet,
        title: l.title,
        author: l.author,
        language: detect_language(&text),
        boilerplate: l.boilerplate,
        ..Default::default()
    };
    Ok(Document::new(document_id(&text), meta, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "قال المتحدث باسم الوزارة في بيان صحفي يوم الأحد إن القوات سيطرت على المنطقة بعد اشتباكات استمرت ساعات، وأضاف أن العملية مستمرة حتى تأمين الطرق المؤدية إلى المدينة بالكامل.";

    fn kinds(l: &PlainTextLayout) -> Vec<&str> {
        l.boilerplate.iter().map(|b| b.kind.as_str()).collect()
    }

    #[test]
    fn outlet_title_byline_signature_footer() {
        let content = format!(
            "وكالة الرصد\n\nهل تعود الاشتباكات إلى الشمال؟\n\nبقلم: سامي يوسف\n\n{BODY}\n\n{BODY}\n\nوكالة الرصد\n\nاقرأ أيضاً\nعنوان مقال آخر"
        );
        let l = layout(&content);
        assert_eq!(l.outlet.as_deref(), Some("وكالة الرصد"));
        assert_eq!(l.title.as_deref(), Some("هل تعود الاشتباكات إلى الشمال؟"));
        assert_eq!(l.author.as_deref(), Some("سامي يوسف"));
        assert_eq!(
            kinds(&l),
            ["outlet", "title", "byline", "signature", "read_also"]
        );
        assert_eq!(l.body.slice(&content), format!("{BODY}\n\n{BODY}"));
    }

    #[test]
    fn title_and_end_marker() {
        let content = format!("عنوان الخبر: مسؤول يتحدث عن الوضع\n{BODY}\n{BODY}\n/ع.م/\n");
        let l = layout(&content);
        assert_eq!(
            l.title.as_deref(),
            Some("عنوان الخبر: مسؤول يتحدث عن الوضع")
        );
        assert_eq!(l.outlet, None);
        assert_eq!(kinds(&l), ["title", "end_marker"]);
        assert!(l.body.slice(&content).ends_with("بالكامل."));
        let content = format!("{BODY}\n(انتهى)");
        assert_eq!(layout(&content).body.slice(&content), BODY);
    }

    #[test]
    fn short_first_line_without_evidence_is_a_title() {
        // a short headline followed by a subtitle: no outlet is invented
        let content = format!("انفجار في بغداد\nمقتل خمسة أشخاص وإصابة عشرة\n{BODY}");
        let l = layout(&content);
        assert_eq!(l.outlet, None);
        assert_eq!(l.title.as_deref(), Some("انفجار في بغداد"));
        assert!(l.body.slice(&content).starts_with("مقتل خمسة"));
    }

    #[test]
    fn english_byline_and_text_without_header() {
        let content = format!("Some Outlet\nعنوان قصير للخبر\nby Jane Doe\n{BODY}");
        let l = layout(&content);
        assert_eq!(l.outlet.as_deref(), Some("Some Outlet"));
        assert_eq!(l.author.as_deref(), Some("Jane Doe"));
        let l = layout(BODY);
        assert_eq!(l.body.slice(BODY), BODY);
        assert!(l.boilerplate.is_empty());
        let short = "نص قصير";
        assert_eq!(layout(short).body.slice(short), short);
    }

    #[test]
    fn document_has_id_language_and_untouched_body() {
        let content = format!("عنوان\n{BODY}\n");
        let d = parse_plain_text("x.txt", &content).unwrap();
        assert_eq!(d.text, BODY);
        assert_eq!(d.meta.language.as_deref(), Some("ar"));
        assert_eq!(d.meta.source.as_deref(), Some("x.txt"));
        assert_eq!(d.id.len(), 32);
    }
}
