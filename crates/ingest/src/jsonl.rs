//! JSON Lines: one article per line, fields mapped to the document.

use crate::{detect_language, document_id, IngestError};
use rasid_doc::{Document, Meta};
use serde_json::Value;

/// Which JSON fields hold what. `None` tries common names in order.
#[derive(Clone, Debug, Default)]
pub struct FieldMap {
    pub text: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
}

const TEXT: &[&str] = &[
    "text",
    "content",
    "body",
    "article",
    "articleBody",
    "article_body",
];
const TITLE: &[&str] = &["title", "headline"];
const DATE: &[&str] = &[
    "published",
    "date",
    "datePublished",
    "pubDate",
    "publish_date",
    "date_published",
    "date_extracted",
];
const URL: &[&str] = &["url", "link", "href"];
const OUTLET: &[&str] = &["outlet", "source", "site", "site_name", "publisher"];
const AUTHOR: &[&str] = &["author", "byline", "authors"];

fn field<'a>(
    obj: &'a serde_json::Map<String, Value>,
    chosen: &Option<String>,
    candidates: &[&str],
) -> Option<&'a str> {
    match chosen {
        Some(name) => obj.get(name)?.as_str(),
        None => candidates.iter().find_map(|c| obj.get(*c)?.as_str()),
    }
    .map(str::trim)
    .filter(|s| !s.is_empty())
}

/// `2015-07-21 02:51:32`, `2015-07-21T02:51:32Z`, `2015/07/21` → ISO 8601.
pub fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if b.len() < 10
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
        || !matches!(b[4], b'-' | b'/')
        || b[7] != b[4]
    {
        return None;
    }
    let (y, m, d) = (&s[0..4], &s[5..7], &s[8..10]);
    let (mi, di): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&mi) || !(1..=31).contains(&di) {
        return None;
    }
    let date = format!("{y}-{m}-{d}");
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(date);
    }
    let t = rest.strip_prefix(['T', ' '])?;
    if t.len() >= 8
        && t.as_bytes()[2] == b':'
        && t.as_bytes()[5] == b':'
        && t[..8].bytes().filter(u8::is_ascii_digit).count() == 6
    {
        let zone = &t[8..];
        let zone = zone
            .split_once('.')
            .map(|(_, z)| z.trim_start_matches(|c: char| c.is_ascii_digit()))
            .unwrap_or(zone);
        return Some(format!("{date}T{}{}", &t[..8], zone));
    }
    Some(date)
}

/// Every line of a JSON Lines input: a document, or an error naming the line.
pub fn parse(source: &str, text: &str, map: &FieldMap) -> Vec<Result<Document, IngestError>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record = format!("line {}", n + 1);
        let err = |reason: String| IngestError::new(source, reason).at(record.clone());
        let value: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                out.push(Err(err(format!("not JSON: {e}"))));
                continue;
            }
        };
        let Value::Object(obj) = value else {
            out.push(Err(err("not a JSON object".into())));
            continue;
        };
        let Some(body) = field(&obj, &map.text, TEXT) else {
            let looked = map
                .text
                .as_deref()
                .map(|f| vec![f])
                .unwrap_or_else(|| TEXT.to_vec());
            out.push(Err(err(format!(
                "no text (looked for a non-empty string in {})",
                looked.join(", ")
            ))));
            continue;
        };
        let mut meta = Meta {
            source: Some(source.to_string()),
            record: Some(record.clone()),
            url: field(&obj, &map.url, URL).map(str::to_string),
            outlet: field(&obj, &map.outlet, OUTLET).map(str::to_string),
            title: field(&obj, &map.title, TITLE).map(str::to_string),
            author: field(&obj, &map.author, AUTHOR).map(str::to_string),
            language: detect_language(body),
            ..Default::default()
        };
        if let Some(d) = field(&obj, &map.date, DATE) {
            match iso_date(d) {
                Some(iso) => meta.published = Some(iso),
                None => meta.warnings.push(format!("date {d:?} not understood")),
            }
        }
        out.push(Ok(Document::new(document_id(body), meta, body.to_string())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saudinewsnet_fields_and_bad_lines() {
        let input = concat!(
            "{\"source\": \"aawsat\", \"url\": \"http://x\", \"date_extracted\": \"2015-07-21 02:51:32\", \"title\": \"عنوان\", \"author\": \"لندن: رنيم\", \"content\": \"قال الوزير إن الاجتماع انتهى.\"}\n",
            "not json\n",
            "\n",
            "{\"content\": \"\"}\n",
            "[1, 2]\n",
        );
        let r = parse("snn.jsonl", input, &FieldMap::default());
        assert_eq!(r.len(), 4);
        let d = r[0].as_ref().unwrap();
        assert_eq!(d.text, "قال الوزير إن الاجتماع انتهى.");
        assert_eq!(d.meta.outlet.as_deref(), Some("aawsat"));
        assert_eq!(d.meta.published.as_deref(), Some("2015-07-21T02:51:32"));
        assert_eq!(d.meta.title.as_deref(), Some("عنوان"));
        assert_eq!(d.meta.record.as_deref(), Some("line 1"));
        let e = r[1].as_ref().unwrap_err().to_string();
        assert!(e.starts_with("snn.jsonl: line 2: not JSON"), "{e}");
        assert!(r[2]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("line 4: no text"));
        assert!(r[3]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("line 5: not a JSON object"));
        // an explicit mapping
        let map = FieldMap {
            text: Some("body".into()),
            outlet: Some("site".into()),
            ..Default::default()
        };
        let r = parse("x", "{\"body\": \"نص\", \"site\": \"sana\"}", &map);
        assert_eq!(r[0].as_ref().unwrap().meta.outlet.as_deref(), Some("sana"));
    }

    #[test]
    fn dates() {
        assert_eq!(iso_date("2015-07-21").as_deref(), Some("2015-07-21"));
        assert_eq!(iso_date("2015/07/21").as_deref(), Some("2015-07-21"));
        assert_eq!(
            iso_date("2020-03-01T10:00:00Z").as_deref(),
            Some("2020-03-01T10:00:00Z")
        );
        assert_eq!(
            iso_date("2020-03-01T10:00:00.123+03:00").as_deref(),
            Some("2020-03-01T10:00:00+03:00")
        );
        assert_eq!(iso_date("21 July 2015"), None);
        assert_eq!(iso_date("2015-13-01"), None);
    }
}
