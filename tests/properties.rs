//! No input of any bytes panics the reader, the pipeline or the JSON writer,
//! and every span in the output slices back to its own text.

use proptest::prelude::*;
use rasid_doc::json::{to_value, JsonOptions};
use rasid_extract::Pipeline;
use rasid_ingest::{parse_bytes, IngestOptions};

fn check_json_spans(v: &serde_json::Value, chars: &[char]) -> Result<(), TestCaseError> {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start"), m.get("end")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                prop_assert!(s <= e && e <= chars.len());
                if let Some(t) = m.get("text") {
                    let slice: String = chars[s..e].iter().collect();
                    prop_assert_eq!(slice.as_str(), t.as_str().unwrap());
                }
            }
            for x in m.values() {
                check_json_spans(x, chars)?;
            }
        }
        serde_json::Value::Array(a) => {
            for x in a {
                check_json_spans(x, chars)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        "\\PC{0,300}".prop_map(String::into_bytes),
        prop::collection::vec(
            prop::sample::select(vec![
                "أثر برس\n", "عنوان الخبر؟\n", "by Someone\n", "قال الوزير إن القوات سيطرت على المنطقة بعد اشتباكات استمرت ساعات طويلة في الريف الشرقي.\n",
                "اقرأ أيضاً\n", "/انتهى/", "\n", "“", "”", "٣٫٥", "\u{FEFF}", "\r\n", "\u{200F}",
            ]),
            0..30
        )
        .prop_map(|v| v.concat().into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_bytes_give_a_document_or_an_error(input in bytes(), lossy in any::<bool>()) {
        let mut opts = IngestOptions::default();
        opts.decode.lossy = lossy;
        for result in parse_bytes("input.txt", &input, &opts) {
            match result {
            Err(e) => prop_assert!(e.to_string().starts_with("input.txt: ")),
            Ok(mut doc) => {
                {
                    Pipeline::standard().run(&mut doc);
                    prop_assert!(doc.validate().is_ok());
                    let v = to_value(&doc, &JsonOptions::default());
                    let chars: Vec<char> = doc.text.chars().collect();
                    check_json_spans(&v, &chars)?;
                    for s in &doc.sentences {
                        prop_assert!(s.get(&doc.text).is_some());
                    }
                }
            }
        }
        }
    }
}
