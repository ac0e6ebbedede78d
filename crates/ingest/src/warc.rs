//! WARC archives (.warc and .warc.gz, one gzip member per record): every HTTP
//! response record with an HTML payload becomes a document. Request, metadata
//! and other records are skipped; a broken record is reported with its byte
//! offset in the file and skipped, and reading goes on with the next one.

use crate::{html_document, IngestError};
use rasid_doc::Document;
use std::io::Read;

/// One record: its offset in the file, WARC headers and block.
struct Record {
    offset: usize,
    headers: Vec<(String, String)>,
    block: Vec<u8>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Parses one record at the start of `b`; returns it and the bytes it used.
fn record(b: &[u8], offset: usize) -> Result<(Record, usize), String> {
    let start = b
        .iter()
        .position(|&c| c != b'\r' && c != b'\n')
        .ok_or("no record")?;
    let b2 = &b[start..];
    if !b2.starts_with(b"WARC/") {
        return Err("not a WARC record (no WARC/ version line)".into());
    }
    let head_end = find(b2, b"\r\n\r\n").ok_or("record headers not terminated")?;
    let head = String::from_utf8_lossy(&b2[..head_end]);
    let mut headers = Vec::new();
    for line in head.lines().skip(1) {
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
        .and_then(|(_, v)| v.parse().ok())
        .ok_or("record without a valid Content-Length")?;
    let body_start = head_end + 4;
    let block = b2.get(body_start..body_start + len).ok_or_else(|| {
        format!(
            "record truncated: Content-Length {len}, {} bytes left",
            b2.len() - body_start
        )
    })?;
    Ok((
        Record {
            offset,
            headers,
            block: block.to_vec(),
        },
        start + body_start + len,
    ))
}

/// All records of a (possibly gzipped) WARC, with the errors met on the way.
fn records(bytes: &[u8]) -> (Vec<Record>, Vec<(usize, String)>) {
    let mut recs = Vec::new();
    let mut errs = Vec::new();
    if bytes.starts_with(&[0x1f, 0x8b]) {
        // one gzip member per record: offsets are those of the members in the file
        let mut rest = bytes;
        while !rest.is_empty() {
            let offset = bytes.len() - rest.len();
            let mut dec = flate2::bufread::GzDecoder::new(rest);
            let mut out = Vec::new();
            match dec.read_to_end(&mut out) {
                Ok(_) => {
                    rest = dec.into_inner();
                    match record(&out, offset) {
                        Ok((r, _)) => recs.push(r),
                        Err(e) => errs.push((offset, e)),
                    }
                }
                Err(e) => {
                    errs.push((offset, format!("corrupt or truncated gzip member: {e}")));
                    break;
                }
            }
        }
    } else {
        let mut pos = 0;
        while pos < bytes.len() && bytes[pos..].iter().any(|&c| !c.is_ascii_whitespace()) {
            match record(&bytes[pos..], pos) {
                Ok((r, used)) => {
                    recs.push(r);
                    pos += used;
                }
                Err(e) => {
                    errs.push((pos, e));
                    // resynchronise at the next record
                    match find(&bytes[pos + 1..], b"WARC/1.") {
                        Some(n) => pos += 1 + n,
                        None => break,
                    }
                }
            }
        }
    }
    (recs, errs)
}

/// Splits an HTTP response into headers and body, undoing chunked transfer
/// and gzip/deflate content encodings.
fn http_payload(block: &[u8]) -> Result<(String, Vec<u8>), String> {
    let head_end = find(block, b"\r\n\r\n").ok_or("HTTP headers not terminated")?;
    let head = String::from_utf8_lossy(&block[..head_end]).to_string();
    let mut body = block[head_end + 4..].to_vec();
    let header = |name: &str| {
        head.lines().skip(1).find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_ascii_lowercase())
        })
    };
    if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        let mut out = Vec::new();
        let mut rest = &body[..];
        loop {
            let line_end = find(rest, b"\r\n").ok_or("bad chunked encoding")?;
            let size_hex = String::from_utf8_lossy(&rest[..line_end]);
            let size = usize::from_str_radix(size_hex.split(';').next().unwrap_or("").trim(), 16)
                .map_err(|_| "bad chunk size")?;
            rest = &rest[line_end + 2..];
            if size == 0 {
                break;
            }
            out.extend_from_slice(rest.get(..size).ok_or("truncated chunk")?);
            rest = rest.get(size + 2..).unwrap_or(&[]);
        }
        body = out;
    }
    match header("content-encoding").as_deref() {
        Some("gzip") | Some("x-gzip") => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("bad gzip body: {e}"))?;
            body = out;
        }
        Some("deflate") => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("bad deflate body: {e}"))?;
            body = out;
        }
        _ => {}
    }
    Ok((head, body))
}

pub fn parse(source: &str, bytes: &[u8]) -> Vec<Result<Document, IngestError>> {
    let (recs, errs) = records(bytes);
    let mut out: Vec<Result<Document, IngestError>> = errs
        .into_iter()
        .map(|(off, e)| {
            Err(IngestError::new(source, e).at(format!("WARC record at byte offset {off}")))
        })
        .collect();
    for r in recs {
        let at = format!("WARC record at byte offset {}", r.offset);
        if r.header("WARC-Type") != Some("response") {
            continue; // warcinfo, request, metadata, revisit, resource
        }
        let (head, body) = match http_payload(&r.block) {
            Ok(x) => x,
            Err(e) => {
                out.push(Err(IngestError::new(source, e).at(at)));
                continue;
            }
        };
        let content_type = head
            .lines()
            .find_map(|l| {
                l.split_once(':')
                    .filter(|(k, _)| k.trim().eq_ignore_ascii_case("content-type"))
                    .map(|(_, v)| v.trim().to_ascii_lowercase())
            })
            .unwrap_or_default();
        let is_html = content_type.contains("html")
            || (content_type.is_empty() && crate::sniff(&body) == crate::Format::Html);
        if !is_html {
            continue;
        }
        let charset = content_type
            .split("charset=")
            .nth(1)
            .map(|c| c.trim_matches(['"', ' ', ';']).to_string());
        let text = match charset
            .as_deref()
            .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
        {
            Some(enc) => enc.decode(&body).0.into_owned(),
            None => match std::str::from_utf8(&body) {
                Ok(s) => s.to_string(),
                Err(_) => crate::read_html(source, &body)
                    .map(|_| String::new())
                    .unwrap_or_default(),
            },
        };
        let doc = if text.is_empty() {
            crate::read_html(source, &body).and_then(|a| crate::article_document(source, a))
        } else {
            html_document(source, &text)
        };
        match doc {
            Ok(mut d) => {
                if let Some(uri) = r.header("WARC-Target-URI") {
                    d.meta.url.get_or_insert_with(|| uri.to_string());
                }
                d.meta.record = Some(at);
                out.push(Ok(d));
            }
            Err(e) => out.push(Err(IngestError::new(source, e.reason).at(at))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const DATA: &str = "../../../shared/data/warc/warcio-testdata";

    fn load(name: &str) -> Vec<u8> {
        std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(DATA)
                .join(name),
        )
        .unwrap()
    }

    #[test]
    fn warcio_test_files() {
        // example.warc: warcinfo ×2, response, request, revisit, request: one HTML response
        for name in ["example.warc", "example.warc.gz"] {
            let r = parse(name, &load(name));
            let docs: Vec<&Document> = r.iter().filter_map(|x| x.as_ref().ok()).collect();
            assert_eq!(docs.len(), 1, "{name}: {r:?}");
            assert!(docs[0].text.contains("This domain is"), "{}", docs[0].text);
            assert_eq!(docs[0].meta.url.as_deref(), Some("http://example.com/"));
        }
        // chunked transfer encoding
        let r = parse("chunked", &load("example-iana.org-chunked.warc"));
        assert!(
            r.iter().any(|x| x
                .as_ref()
                .is_ok_and(|d| d.text.contains("Root Zone trust anchor")
                    && d.meta.url.as_deref() == Some("http://iana.org/"))),
            "{r:?}"
        );
    }

    fn arabic_warc() -> Vec<u8> {
        let page = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(
            "../../../shared/data/html/newspaper-arabic-cnn/newspaper4k/arabic_article.html",
        ))
        .unwrap();
        let mut http =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
        http.extend_from_slice(&page);
        let mut rec = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            http.len()
        )
        .into_bytes();
        rec.extend_from_slice(&http);
        rec.extend_from_slice(b"\r\n\r\n");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&rec).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn arabic_page_in_a_warc_and_truncation() {
        let one = arabic_warc();
        let mut two = one.clone();
        two.extend_from_slice(&one);
        let r = parse("ar.warc.gz", &two);
        assert_eq!(r.len(), 2);
        let d = r[0].as_ref().unwrap();
        assert!(d.text.contains("أكدت جهات سورية معارضة"));
        assert_eq!(
            d.meta.title.as_deref(),
            Some("معارضون يسيطرون على مخازن للصواريخ بريف دمشق")
        );
        assert_eq!(
            r[1].as_ref().unwrap().meta.record.as_deref(),
            Some(format!("WARC record at byte offset {}", one.len()).as_str())
        );
        // the second record cut in half: the first is still read, the second named by offset
        let cut = &two[..one.len() + one.len() / 2];
        let r = parse("cut.warc.gz", cut);
        assert!(r.iter().any(|x| x.is_ok()));
        let e = r.iter().find_map(|x| x.as_ref().err()).unwrap().to_string();
        assert!(
            e.contains(&format!(
                "cut.warc.gz: WARC record at byte offset {}: corrupt or truncated gzip",
                one.len()
            )),
            "{e}"
        );
    }
}
