//! RSS 2.0 and Atom feeds (through feed-rs): one document per item, with the
//! item's date, link and title, and the richest body available
//! (`content:encoded` / Atom content over the description / summary).

use crate::{detect_language, document_id, html, IngestError};
use rasid_doc::{Document, Meta};

/// Text of an HTML fragment (an item body): the article extractor, or all its
/// text when the fragment has no article structure.
fn fragment_text(fragment: &str) -> String {
    let a = html::extract(&format!(
        "<html><body><article>{fragment}</article></body></html>"
    ));
    if !a.text.trim().is_empty() {
        return a.text;
    }
    let doc = scraper::Html::parse_fragment(fragment);
    doc.root_element()
        .text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn parse(source: &str, bytes: &[u8]) -> Vec<Result<Document, IngestError>> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return vec![Err(IngestError::new(
                source,
                format!("not a valid RSS/Atom feed: {e}"),
            ))]
        }
    };
    let outlet = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let mut out = Vec::new();
    for (n, entry) in feed.entries.iter().enumerate() {
        let record = format!("item {}", n + 1);
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let text = fragment_text(&body);
        if text.trim().is_empty() {
            out.push(Err(IngestError::new(
                source,
                "item without text (no content or description)",
            )
            .at(record)));
            continue;
        }
        let meta = Meta {
            source: Some(source.to_string()),
            record: Some(record),
            url: entry.links.first().map(|l| l.href.clone()),
            outlet: outlet.clone(),
            title: entry
                .title
                .as_ref()
                .map(|t| fragment_text(&t.content))
                .filter(|t| !t.is_empty()),
            author: entry
                .authors
                .iter()
                .find_map(|a| a.name.clone())
                .filter(|a| !a.trim().is_empty()),
            published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
            language: detect_language(&text),
            ..Default::default()
        };
        out.push(Ok(Document::new(document_id(&text), meta, text)));
    }
    if out.is_empty() {
        out.push(Err(IngestError::new(source, "feed without items")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Built from the real CNN Arabic article in ../shared/data/html (its title, URL and
    /// description): no Arabic feed is stored anywhere, see ../shared/data/feeds/README.md.
    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>CNNArabic</title><link>http://arabic.cnn.com</link><description>أخبار</description>
<item><title>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</title>
<link>http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html</link>
<pubDate>Sat, 03 Aug 2013 10:00:00 GMT</pubDate>
<description>أكدت جهات سورية معارضة أن فصائل مسلحة معارضة تمكنت من السيطرة على مستودعات للأسلحة بريف دمشق.</description>
<content:encoded><![CDATA[<p>أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد تمكنت من السيطرة على مستودعات للأسلحة بريف دمشق.</p><p>وقال المرصد السوري لحقوق الإنسان إن المعارك مستمرة في المنطقة منذ أيام.</p>]]></content:encoded>
</item>
<item><title>بلا نص</title><link>http://x</link></item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_documents() {
        let r = parse("cnn.rss", RSS.as_bytes());
        assert_eq!(r.len(), 2);
        let d = r[0].as_ref().unwrap();
        assert!(
            d.text.contains("وقال المرصد السوري"),
            "content:encoded is preferred: {}",
            d.text
        );
        assert_eq!(
            d.meta.title.as_deref(),
            Some("معارضون يسيطرون على مخازن للصواريخ بريف دمشق")
        );
        assert_eq!(d.meta.outlet.as_deref(), Some("CNNArabic"));
        assert!(d
            .meta
            .published
            .as_deref()
            .unwrap()
            .starts_with("2013-08-03T10:00:00"));
        assert_eq!(d.meta.record.as_deref(), Some("item 1"));
        let e = r[1].as_ref().unwrap_err().to_string();
        assert!(e.contains("cnn.rss: item 2: item without text"), "{e}");
    }

    #[test]
    fn atom_and_malformed_feeds() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة</title>
<entry><title>خبر</title><link href="http://x/1"/><id>1</id><updated>2020-03-18T09:00:00Z</updated>
<summary>قال الوزير إن الاجتماع انتهى دون اتفاق بين الطرفين.</summary></entry></feed>"#;
        let r = parse("a.atom", atom.as_bytes());
        let d = r[0].as_ref().unwrap();
        assert_eq!(d.text, "قال الوزير إن الاجتماع انتهى دون اتفاق بين الطرفين.");
        assert_eq!(d.meta.url.as_deref(), Some("http://x/1"));
        let bad = parse("b.rss", b"<rss><channel><item><title>x</ti");
        assert!(bad[0]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("not a valid RSS/Atom feed"));
    }
}
