//! HTML article extraction: the main text of a news page without navigation,
//! ads, comments, related-article lists and share widgets, with the page's
//! metadata (title, author, date, outlet, canonical URL, language).
//!
//! The page is parsed by html5ever (through `scraper`) and walked without
//! recursion (deeply nested hostile pages cannot overflow the stack). Text is
//! cut into paragraphs at block elements; each paragraph knows its ancestors
//! and its share of link text. Paragraphs inside boilerplate (by tag, or by a
//! class or id such as `share`, `related`, `comment`) are dropped; the
//! container that holds the most well-formed paragraph text is the article,
//! and its paragraphs, in order, are the body.

use crate::jsonl::iso_date;
use ego_tree::iter::Edge;
use scraper::{Html, Node, Selector};

/// What a page yields.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct HtmlArticle {
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "select",
    "input", "textarea", "nav", "aside", "footer", "head", "object", "embed", "video", "audio",
    "map",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "td",
    "th",
    "tr",
    "table",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "header",
    "address",
    "center",
    "tbody",
    "thead",
    "body",
    "html",
    "br",
    "hr",
];
/// class/id fragments of page furniture (matched on lowercase words)
const BOILER_WORDS: &[&str] = &[
    "comment",
    "comments",
    "share",
    "sharing",
    "social",
    "related",
    "sidebar",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "footer",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "promo",
    "newsletter",
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "subscribe",
    "popup",
    "modal",
    "cookie",
    "banner",
    "widget",
    "recommended",
    "recommend",
    "outbrain",
    "taboola",
    "sponsored",
    "toolbar",
    "login",
    "signup",
    "masthead",
    "byline",
    "author",
    "caption",
    "credit",
    "meta",
    "disclaimer",
    "most-read",
    "mostread",
    "trending",
    "more",
    "readmore",
    "read-more",
    "pagination",
    "print",
    "rating",
];

/// Furniture phrases (`data/page_phrases.txt`), search-normalized.
fn page_phrases() -> &'static [String] {
    static P: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        include_str!("../data/page_phrases.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| rasid_arabic::Normalizer::search().normalize_str(l.trim()))
            .collect()
    })
}

fn is_furniture_text(text: &str) -> bool {
    text.chars().count() < 400 && {
        let n = rasid_arabic::Normalizer::search().normalize_str(text);
        page_phrases().iter().any(|p| n.contains(p.as_str()))
    }
}

fn is_boiler_attr(v: &str) -> bool {
    v.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| BOILER_WORDS.contains(&w))
}

struct Para {
    text: String,
    link_chars: usize,
    ancestors: Vec<u32>,
    /// index in `ancestors` of the deepest element whose class or id looks like
    /// page furniture: such an element removes text only inside the article
    /// container, never when it wraps the container (class="… has-section-nav")
    furniture: Option<usize>,
    heading: bool,
}

fn select_attr(doc: &Html, selector: &str, attr: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|s| !s.is_empty())
}

fn select_text(doc: &Html, selector: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .find(|s| !s.is_empty())
}

/// Values from JSON-LD blocks (`datePublished`, `author.name`, `headline`).
fn json_ld(doc: &Html, key: &str) -> Option<String> {
    let sel = Selector::parse("script[type='application/ld+json']").ok()?;
    for s in doc.select(&sel) {
        let raw: String = s.text().collect();
        let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
            continue;
        };
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Object(m) => {
                    if let Some(x) = m.get(key) {
                        match x {
                            serde_json::Value::String(s) if !s.trim().is_empty() => {
                                return Some(s.trim().to_string())
                            }
                            serde_json::Value::Object(o) => {
                                if let Some(serde_json::Value::String(n)) = o.get("name") {
                                    return Some(n.trim().to_string());
                                }
                            }
                            serde_json::Value::Array(a) => {
                                if let Some(serde_json::Value::Object(o)) = a.first() {
                                    if let Some(serde_json::Value::String(n)) = o.get("name") {
                                        return Some(n.trim().to_string());
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    stack.extend(m.into_iter().map(|(_, v)| v));
                }
                serde_json::Value::Array(a) => stack.extend(a),
                _ => {}
            }
        }
    }
    None
}

/// `/2013/08/03/` or `/2013/8/3/` in a URL.
fn date_in_url(url: &str) -> Option<String> {
    let parts: Vec<&str> = url.split('/').collect();
    parts.windows(3).find_map(|w| {
        let y: i32 = w[0].parse().ok().filter(|y| (1990..=2100).contains(y))?;
        let m: u32 = w[1].parse().ok().filter(|m| (1..=12).contains(m))?;
        let d: u32 = w[2].parse().ok().filter(|d| (1..=31).contains(d))?;
        Some(format!("{y:04}-{m:02}-{d:02}"))
    })
}

fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.trim_start_matches("www.").to_string()).filter(|h| !h.is_empty())
}

/// Deepest element nesting kept: the HTML tree builder does work proportional
/// to the open-element depth for every tag, so hostile pages nested 100,000
/// levels deep would take minutes. Deeper tags are dropped; their text stays.
const MAX_DEPTH: usize = 512;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The page with tag markup beyond `max` nesting levels removed (text kept).
fn limit_depth(html: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let mut depth = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let start = i + off;
        let Some(len) = b[start..].iter().position(|&c| c == b'>') else {
            break;
        };
        let end = start + len + 1;
        let tag = &html[start..end];
        let closing = tag.starts_with("</");
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let is_tag = !name.is_empty() && !tag.starts_with("<!") && !tag.starts_with("<?");
        let mut drop = false;
        if is_tag && !VOID.contains(&name.as_str()) && !tag.ends_with("/>") {
            if closing {
                drop = depth > max;
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                drop = depth > max;
            }
        }
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..start]);
            copied = end;
        }
        i = end;
    }
    match out {
        Some(mut o) => {
            o.push_str(&html[copied..]);
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(html),
    }
}

pub fn extract(html: &str) -> HtmlArticle {
    let html = limit_depth(html, MAX_DEPTH);
    let doc = Html::parse_document(&html);
    let mut a = HtmlArticle {
        url: select_attr(&doc, "link[rel='canonical']", "href")
            .or_else(|| select_attr(&doc, "meta[property='og:url']", "content")),
        language: select_attr(&doc, "html", "lang"),
        description: select_attr(&doc, "meta[name='description']", "content")
            .or_else(|| select_attr(&doc, "meta[property='og:description']", "content")),
        ..Default::default()
    };
    a.outlet = select_attr(&doc, "meta[property='og:site_name']", "content")
        .or_else(|| a.url.as_deref().and_then(domain));
    a.title = select_attr(&doc, "meta[property='og:title']", "content")
        .or_else(|| json_ld(&doc, "headline"))
        .or_else(|| select_text(&doc, "title").map(|t| strip_site_suffix(&t, a.outlet.as_deref())))
        .or_else(|| select_text(&doc, "h1"));
    a.author = select_attr(&doc, "meta[name='author']", "content")
        .or_else(|| {
            select_attr(&doc, "meta[property='article:author']", "content")
                .filter(|s| !s.starts_with("http"))
        })
        .or_else(|| json_ld(&doc, "author"))
        .or_else(|| select_text(&doc, "[rel='author']"));
    a.published = [
        select_attr(&doc, "meta[property='article:published_time']", "content"),
        select_attr(&doc, "meta[name='pubdate']", "content"),
        select_attr(&doc, "meta[name='publishdate']", "content"),
        select_attr(&doc, "meta[name='date']", "content"),
        select_attr(&doc, "meta[itemprop='datePublished']", "content"),
        json_ld(&doc, "datePublished"),
        select_attr(&doc, "time[datetime]", "datetime"),
    ]
    .into_iter()
    .flatten()
    .find_map(|d| iso_date(&d))
    .or_else(|| a.url.as_deref().and_then(date_in_url));
    a.text = body(&doc, a.description.as_deref());
    a
}

fn strip_site_suffix(title: &str, outlet: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if outlet.is_some_and(|o| tail.contains(o) || o.contains(tail))
                || tail.chars().count() <= 25 && head.chars().count() > tail.chars().count() * 2
            {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The article body: paragraphs of the container with the most good text.
/// Words of a text (lowercase), for comparing a paragraph with the page description.
fn words(s: &str) -> std::collections::HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .collect()
}

fn body(doc: &Html, description: Option<&str>) -> String {
    let lede = description.map(words).filter(|w| w.len() >= 5);
    let mut paras: Vec<Para> = Vec::new();
    let mut buf = String::new();
    let mut link_chars = 0usize;
    let mut ancestors: Vec<u32> = Vec::new();
    let mut furniture: Vec<bool> = Vec::new();
    let mut skip_depth: Option<usize> = None; // inside script, style, nav … from this depth
    let mut in_link = 0usize;
    let mut heading = 0usize;
    let mut next_id = 0u32;
    let mut stack_is_block: Vec<bool> = Vec::new();
    // the element the page itself marks as the article's body (schema.org)
    let mut article_body: Option<u32> = None;
    // the class attribute of every element, by element id (ids count elements in order)
    let mut classes: Vec<Option<&str>> = Vec::new();
    let flush = |buf: &mut String,
                 link_chars: &mut usize,
                 ancestors: &[u32],
                 furniture: &[bool],
                 paras: &mut Vec<Para>,
                 heading: bool| {
        let text = buf.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            let deepest = furniture[..ancestors.len()].iter().rposition(|&f| f);
            paras.push(Para {
                text,
                link_chars: *link_chars,
                ancestors: ancestors.to_vec(),
                furniture: deepest,
                heading,
            });
        }
        buf.clear();
        *link_chars = 0;
    };
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    let block = BLOCK_TAGS.contains(&name);
                    if block && skip_depth.is_none() {
                        flush(
                            &mut buf,
                            &mut link_chars,
                            &ancestors,
                            &furniture,
                            &mut paras,
                            heading > 0,
                        );
                    }
                    stack_is_block.push(block);
                    classes.push(el.attr("class").map(str::trim).filter(|c| !c.is_empty()));
                    if article_body.is_none() && el.attr("itemprop") == Some("articleBody") {
                        article_body = Some(next_id);
                    }
                    ancestors.push(next_id);
                    next_id += 1;
                    let looks_like_furniture = el.attr("class").is_some_and(is_boiler_attr)
                        || el.attr("id").is_some_and(is_boiler_attr)
                        || el.attr("role").is_some_and(|r| {
                            matches!(r, "navigation" | "complementary" | "banner" | "contentinfo")
                        });
                    furniture.push(
                        looks_like_furniture
                            && !matches!(name, "body" | "html" | "article" | "main"),
                    );
                    let hidden =
                        el.attr("aria-hidden") == Some("true") || el.attr("hidden").is_some();
                    if skip_depth.is_none() && (SKIP_TAGS.contains(&name) || hidden) {
                        skip_depth = Some(ancestors.len());
                    }
                    if name == "a" {
                        in_link += 1;
                    }
                    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                        heading += 1;
                    }
                }
                Node::Text(t) if skip_depth.is_none() => {
                    buf.push_str(t);
                    if in_link > 0 {
                        link_chars += t.trim().chars().count();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if stack_is_block.pop().unwrap_or(false) && skip_depth.is_none() {
                        flush(
                            &mut buf,
                            &mut link_chars,
                            &ancestors,
                            &furniture,
                            &mut paras,
                            heading > 0,
                        );
                    }
                    if skip_depth == Some(ancestors.len()) {
                        skip_depth = None;
                        buf.clear();
                        link_chars = 0;
                    }
                    ancestors.pop();
                    furniture.pop();
                    if name == "a" {
                        in_link = in_link.saturating_sub(1);
                    }
                    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                        heading = heading.saturating_sub(1);
                    }
                }
            }
        }
    }
    flush(
        &mut buf,
        &mut link_chars,
        &ancestors,
        &furniture,
        &mut paras,
        false,
    );
    // score containers by the good paragraphs they hold (parent most, then up),
    // never through furniture between the container and the paragraph
    let good_from = |min_chars: usize| {
        move |p: &Para| {
            let n = p.text.chars().count();
            n >= min_chars && p.link_chars * 3 < n && !p.heading
        }
    };
    // a page too short for any 40-character paragraph (a one-line brief) is scored on all its
    // text outside links and headings rather than read as empty
    let good = if paras.iter().any(good_from(40)) {
        good_from(40)
    } else {
        good_from(1)
    };
    let mut scores: Vec<f64> = vec![0.0; next_id as usize];
    for p in paras.iter().filter(|p| good(p)) {
        let mut n = p.text.chars().count() as f64;
        // the page's description is usually its lede: the article is where it is
        if let Some(lede) = &lede {
            let w = words(&p.text);
            let shared = lede.iter().filter(|x| w.contains(*x)).count();
            // the paragraph holds most of the description, or the description most of it
            if shared * 2 >= lede.len() || w.len() >= 8 && shared * 4 >= w.len() * 3 {
                n *= 4.0;
            }
        }
        let floor = p.furniture.unwrap_or(0);
        for (k, idx) in (0..p.ancestors.len()).rev().take(4).enumerate() {
            if idx < floor {
                break;
            }
            scores[p.ancestors[idx] as usize] += n * [1.0, 0.75, 0.5, 0.3][k];
        }
    }
    // a body the page marks itself (itemprop="articleBody") is the article when it holds text
    let marked = article_body.filter(|&id| {
        paras
            .iter()
            .filter(|p| p.ancestors.contains(&id) && p.link_chars * 3 < p.text.chars().count())
            .map(|p| p.text.chars().count())
            .sum::<usize>()
            >= 150
    });
    let Some(best) = marked.or_else(|| {
        scores
            .iter()
            .enumerate()
            .filter(|(_, &v)| v > 0.0)
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
            .map(|(id, _)| id as u32)
    }) else {
        return String::new();
    };
    let containers = if marked.is_some() {
        std::collections::HashSet::from([best])
    } else {
        sections_of(&paras, &classes, best, good)
    };
    let mut out: Vec<&str> = Vec::new();
    for p in &paras {
        let Some(at) = p.ancestors.iter().position(|a| containers.contains(a)) else {
            continue;
        };
        if p.furniture.is_some_and(|f| f > at) {
            continue; // furniture inside the article (share bar, related list)
        }
        let n = p.text.chars().count();
        let linky = p.link_chars * 2 > n;
        if linky || (p.heading && n < 8) || is_furniture_text(&p.text) {
            continue;
        }
        if n >= 15
            || good(p)
            || p.heading
            || p.text.ends_with(['.', '؟', '?', '!', ':', '»', '"', '”'])
        {
            out.push(&p.text);
        }
    }
    out.join("\n\n")
}

/// The container and the other sections of an article cut by figures or pull quotes: going up
/// from the container (at most four levels), the siblings of the same class as the element
/// on the way that hold good text of their own.
fn sections_of(
    paras: &[Para],
    classes: &[Option<&str>],
    best: u32,
    good: impl Fn(&Para) -> bool,
) -> std::collections::HashSet<u32> {
    let mut out = std::collections::HashSet::from([best]);
    let mut node = best;
    for _ in 0..4 {
        let Some(class) = classes.get(node as usize).copied().flatten() else {
            break;
        };
        // the parent: the ancestor just above `node` in any paragraph under it
        let Some(parent) = paras.iter().find_map(|p| {
            let i = p.ancestors.iter().position(|&a| a == node)?;
            i.checked_sub(1).map(|j| p.ancestors[j])
        }) else {
            break;
        };
        let mut text: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
        for p in paras.iter().filter(|p| good(p)) {
            let Some(i) = p.ancestors.iter().position(|&a| a == parent) else {
                continue;
            };
            if let Some(&sib) = p.ancestors.get(i + 1) {
                if sib != node
                    && classes.get(sib as usize).copied().flatten() == Some(class)
                    && p.furniture.is_none_or(|f| f <= i)
                {
                    *text.entry(sib).or_default() += p.text.chars().count();
                }
            }
        }
        out.extend(text.into_iter().filter(|&(_, n)| n >= 100).map(|(s, _)| s));
        node = parent;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html><html lang="ar"><head>
<title>مقتل خمسة جنود في الأنبار - وكالة الرصد</title>
<meta property="og:site_name" content="وكالة الرصد">
<meta property="article:published_time" content="2020-03-18T09:30:00+03:00">
<meta name="author" content="سامي يوسف">
<link rel="canonical" href="https://example.org/news/2020/03/18/anbar">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/iraq">العراق</a></li></ul></nav>
<div class="share-buttons"><a href="#">شارك على فيسبوك</a></div>
<article><h1>مقتل خمسة جنود في الأنبار</h1>
<p>قتل خمسة جنود عراقيين أمس بانفجار عبوة ناسفة قرب مدينة الرمادي في محافظة الأنبار، بحسب مصدر أمني.</p>
<p>وقال المصدر إن <a href="/x">القوات الأمنية</a> فتحت تحقيقا في الحادث وأغلقت الطرق المؤدية إلى المنطقة.</p>
<div class="related"><h3>أخبار ذات صلة</h3><ul><li><a href="/1">انفجار في بغداد يوقع ضحايا من المدنيين في سوق شعبي</a></li></ul></div>
<p>ولم تتبن أي جهة الهجوم حتى الآن، فيما تشهد المحافظة هجمات متفرقة منذ أشهر.</p>
</article>
<div id="comments"><p>تعليق: هذا خبر محزن جدا ونتمنى السلامة للجميع في كل مكان.</p></div>
<footer><p>جميع الحقوق محفوظة لوكالة الرصد 2020 وهذا نص طويل بما يكفي ليبدو فقرة.</p></footer>
</body></html>"##;

    #[test]
    fn article_text_and_metadata() {
        let a = extract(PAGE);
        assert_eq!(a.title.as_deref(), Some("مقتل خمسة جنود في الأنبار"));
        assert_eq!(a.outlet.as_deref(), Some("وكالة الرصد"));
        assert_eq!(a.author.as_deref(), Some("سامي يوسف"));
        assert_eq!(a.published.as_deref(), Some("2020-03-18T09:30:00+03:00"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://example.org/news/2020/03/18/anbar")
        );
        assert_eq!(a.language.as_deref(), Some("ar"));
        let paras: Vec<&str> = a.text.split("\n\n").collect();
        assert!(
            paras.iter().any(|p| p.starts_with("قتل خمسة جنود")),
            "{paras:?}"
        );
        assert!(
            paras
                .iter()
                .any(|p| p.contains("القوات الأمنية فتحت تحقيقا")),
            "{paras:?}"
        );
        assert!(paras.iter().any(|p| p.starts_with("ولم تتبن")), "{paras:?}");
        for bad in [
            "الرئيسية",
            "شارك",
            "أخبار ذات صلة",
            "انفجار في بغداد",
            "تعليق",
            "جميع الحقوق",
        ] {
            assert!(!a.text.contains(bad), "{bad} leaked: {}", a.text);
        }
    }

    #[test]
    fn an_article_cut_into_sections_by_a_figure_is_whole() {
        let para = |t: &str| {
            format!(
                "<p>{t} {}</p>",
                "وهذا نص طويل يكفي ليبدو فقرة حقيقية من مقال. ".repeat(4)
            )
        };
        let page = format!(
            r#"<html><body><nav><a href="/">الرئيسية</a></nav><main>
<section class="part"><div class="text">{}{}</div></section>
<figure><img src="x.jpg"><figcaption>صورة</figcaption></figure>
<section class="part"><div class="text">{}</div></section>
</main><footer><p>جميع الحقوق محفوظة</p></footer></body></html>"#,
            para("الأولى"),
            para("الثانية"),
            para("الثالثة")
        );
        let text = extract(&page).text;
        for w in ["الأولى", "الثانية", "الثالثة"] {
            assert!(text.contains(w), "{w}: {text}");
        }
        assert!(!text.contains("الرئيسية"));
    }

    #[test]
    fn deep_nesting_and_garbage_do_not_crash() {
        let deep = format!("<html><body>{}<p>نص عميق جدا داخل عناصر متداخلة كثيرة لاختبار المتانة.</p>{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000));
        let a = extract(&deep);
        assert!(a.text.contains("نص عميق"));
        assert_eq!(
            limit_depth("<div><div><p>x</p></div></div>", 2),
            "<div><div>x</div></div>"
        );
        assert_eq!(limit_depth("<p>ok<br>fine</p>", 1), "<p>ok<br>fine</p>");
        let _ = extract("<<<>>><p><b><i>غير مغلق");
        let _ = extract("");
        assert_eq!(
            date_in_url("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"),
            None
        );
        assert_eq!(
            date_in_url("https://x.com/news/2020/3/18/a").as_deref(),
            Some("2020-03-18")
        );
    }

    #[test]
    fn a_one_line_brief_is_its_text_and_a_page_of_links_is_empty() {
        let brief = extract(
            "<html><body><nav><a href=\"/\">الرئيسية</a></nav>\
             <article><h1>عاجل</h1><p>قال الوزير.</p></article></body></html>",
        );
        assert_eq!(brief.text, "قال الوزير.");
        let links = extract(
            "<html><body><ul><li><a href=\"/1\">الرئيسية</a></li>\
             <li><a href=\"/2\">العراق</a></li></ul></body></html>",
        );
        assert_eq!(links.text, "");
    }
}
