//! A corpus of broken and hostile files: each gives its own clear error, and none is half-read.

mod common;
use common::*;
use rop::domain::core::rules::Rule;
use rop::sync::{export, read_file, ImportError, Problem, ProblemKind, MAX_FILE_BYTES, SCHEMA};
use serde_json::{json, Value};

fn good() -> Value {
    serde_json::from_str(&export(&demo_data(device(1)), "0.1.0")).unwrap()
}

fn read(v: &Value) -> Result<rop::domain::Dataset, ImportError> {
    read_file(
        serde_json::to_string(v).unwrap().as_bytes(),
        &rop::sync::Context::alone(NOW),
    )
}

/// The problems of an invalid file as `(store, index, field, kind)`.
fn problems(
    r: Result<rop::domain::Dataset, ImportError>,
) -> Vec<(String, Option<usize>, String, ProblemKind)> {
    match r {
        Err(ImportError::Invalid { problems, total }) => {
            assert_eq!(problems.len(), total);
            problems
                .into_iter()
                .map(
                    |Problem {
                         store,
                         index,
                         field,
                         kind,
                         ..
                     }| (store, index, field, kind),
                )
                .collect()
        }
        other => panic!("expected a list of problems, got {other:?}"),
    }
}

fn p(
    store: &str,
    index: usize,
    field: &str,
    kind: ProblemKind,
) -> (String, Option<usize>, String, ProblemKind) {
    (store.into(), Some(index), field.into(), kind)
}

#[test]
fn whole_file_errors() {
    let text = export(&demo_data(device(1)), "0.1.0");
    let cases: Vec<(Vec<u8>, ImportError)> = vec![
        (b"".to_vec(), ImportError::Empty),
        (b"  \n".to_vec(), ImportError::Empty),
        (
            text.as_bytes()[..text.len() / 2].to_vec(),
            ImportError::Truncated {
                line: 126,
                column: 0,
            },
        ),
        (
            b"{\"format\": rop}".to_vec(),
            ImportError::NotJson {
                line: 1,
                column: 12,
            },
        ),
        (
            b"\xff\xfe{}".to_vec(),
            ImportError::NotJson { line: 1, column: 1 },
        ),
        (b"[1, 2, 3]".to_vec(), ImportError::NotAnExport),
        (
            br#"{"format": "other-app", "schema": 2}"#.to_vec(),
            ImportError::NotAnExport,
        ),
        (
            br#"{"format": "rop-workbench"}"#.to_vec(),
            ImportError::NotAnExport,
        ),
        (
            br#"{"format": "rop-workbench", "schema": "2"}"#.to_vec(),
            ImportError::NotAnExport,
        ),
        (
            format!(
                r#"{{"format": "rop-workbench", "schema": {}, "stores": {{"deals": []}}}}"#,
                SCHEMA + 1
            )
            .into_bytes(),
            ImportError::NewerSchema {
                found: u64::from(SCHEMA + 1),
                supported: SCHEMA,
            },
        ),
        (
            format!("{}{}", "[".repeat(200), "]".repeat(200)).into_bytes(),
            ImportError::TooDeep,
        ),
    ];
    for (i, (bytes, expected)) in cases.into_iter().enumerate() {
        let got = read_file(&bytes, &rop::sync::Context::alone(NOW));
        match (&got, &expected) {
            (Err(ImportError::Truncated { .. }), ImportError::Truncated { .. }) => {}
            _ => assert_eq!(got, Err(expected), "case {i}"),
        }
    }
}

#[test]
fn a_file_over_the_size_cap_is_not_read() {
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        read_file(&huge, &rop::sync::Context::alone(NOW)),
        Err(ImportError::TooLarge {
            bytes: huge.len(),
            max: MAX_FILE_BYTES
        })
    );
}

#[test]
fn a_name_of_100_000_characters_is_a_problem_at_its_field() {
    let mut v = good();
    v["stores"]["managers"][2]["data"]["full_name"] = json!("Я".repeat(100_000));
    assert_eq!(
        problems(read(&v)),
        vec![p(
            "managers",
            2,
            "data.full_name",
            ProblemKind::Rule(Rule::TooLong {
                max: 200,
                len: 100_000
            })
        )]
    );
}

#[test]
fn every_problem_is_listed_with_its_place() {
    let mut v = good();
    let m = &mut v["stores"]["managers"];
    m[0]["data"]["max_open_deals"] = json!("сорок"); // text in a number field
    m[1]["data"]["hired"] = json!("2026-02-30"); // no such day
    m[3]["data"]["role"] = json!("director"); // not a role
    m[4]["data"].as_object_mut().unwrap().remove("phone");
    m[5]["data"]["salary"] = json!(100); // not a field of the format
    m[8]["updated"] = json!("2027-11-27T09:00:00.000Z-0000"); // a year ahead
    let copy = m[7].clone();
    let last = m.as_array().unwrap().len();
    m.as_array_mut().unwrap().push(copy); // duplicate id
    v["stores"]["absences"][0]["data"]["manager"] = json!("11111111-1111-4111-8111-111111111111");
    v["stores"]["absences"][1]["data"]["to"] = json!("2000-01-01");
    v["stores"]["deals"] = json!([]);
    let got = problems(read(&v));
    let kinds: Vec<_> = got
        .iter()
        .map(|(s, i, f, k)| (s.as_str(), *i, f.as_str(), std::mem::discriminant(k)))
        .collect();
    let want = |s, i, f, k: ProblemKind| (s, Some(i), f, std::mem::discriminant(&k));
    let wrong = || ProblemKind::WrongValue {
        detail: String::new(),
    };
    assert_eq!(
        kinds,
        vec![
            (
                "deals",
                None,
                "",
                std::mem::discriminant(&ProblemKind::UnknownStore)
            ),
            want(
                "absences",
                1,
                "data.to",
                ProblemKind::Rule(Rule::EndBeforeStart)
            ),
            want("managers", 0, "data.max_open_deals", wrong()),
            want("managers", 1, "data.hired", wrong()),
            want("managers", 3, "data.role", wrong()),
            want("managers", 4, "data.phone", ProblemKind::Missing),
            want("managers", 5, "data.salary", ProblemKind::UnknownField),
            want(
                "managers",
                8,
                "updated",
                ProblemKind::FutureStamp {
                    ahead_ms: 0,
                    this_device: false
                }
            ),
            want("managers", last, "id", ProblemKind::DuplicateId),
            want(
                "absences",
                0,
                "data.manager",
                ProblemKind::UnknownReference {
                    store: rop::domain::StoreName::Managers
                }
            ),
        ]
    );
}

#[test]
fn wrong_types_at_the_top_and_in_sync_fields() {
    let mut v = good();
    v["stores"]["settings"][0]["deleted"] = json!("no");
    v["stores"]["settings"][0]["device"] = json!(42);
    let got = problems(read(&v));
    assert_eq!(
        got.len(),
        1,
        "one problem per record: the first field serde stops at"
    );
    assert_eq!(got[0].0, "settings");
    let mut v = good();
    v["stores"] = json!({"managers": {"not": "a list"}});
    let got = problems(read(&v));
    assert_eq!(
        (got[0].0.as_str(), got[0].1, got[0].2.as_str()),
        ("", None, "stores.managers")
    );
    let mut v = good();
    v["stores"]["settings"][0]["id"] = json!("6f000000-0000-4000-8000-000000000000");
    assert_eq!(
        problems(read(&v)),
        vec![p(
            "settings",
            0,
            "id",
            ProblemKind::NotDerivedId {
                expected: rop::domain::core::settings::SETTINGS_ID
            }
        )]
    );
}

#[test]
fn problem_lists_are_capped_but_counted() {
    let mut v = good();
    let template = v["stores"]["managers"][0].clone();
    let list: Vec<Value> = (0..500)
        .map(|i| {
            let mut m = template.clone();
            m["id"] = json!(format!("00000000-0000-4000-8000-{i:012}"));
            m["data"]["full_name"] = json!("");
            m
        })
        .collect();
    // The managers alone: the rest of the demo would refer to managers this file no longer has.
    v["stores"] = json!({ "managers": list });
    match read(&v) {
        Err(ImportError::Invalid { problems, total }) => {
            assert_eq!((problems.len(), total), (200, 500))
        }
        other => panic!("{other:?}"),
    }
}
