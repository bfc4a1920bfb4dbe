//! Regression tests for the data-safety issue's defects, each named after its defect, at the lowest layer that shows
//! it. Each starts from the demo department's export (as a hostile or careless file would) and changes one thing.

mod common;
use common::*;
use rop::domain::core::rules::Rule;
use rop::domain::planning::metric::Builtin;
use rop::domain::{core::date, Dataset, Edit, EditError, Stamp, StoreName};
use rop::sync::{export, read_file, Context, ImportError, ProblemKind};
use serde_json::{json, Value};

/// The golden file's data (the demo department, a few days of facts): every store, small enough to read often.
fn good() -> Value {
    serde_json::from_str(&export(&golden_data(), "0.1.0")).unwrap()
}

fn read_with(v: &Value, context: &Context) -> Result<Dataset, ImportError> {
    read_file(serde_json::to_string(v).unwrap().as_bytes(), context)
}

fn read(v: &Value) -> Result<Dataset, ImportError> {
    read_with(v, &Context::alone(NOW))
}

/// The problems of a refused file as `(store, field, kind)`.
fn problems(r: Result<Dataset, ImportError>) -> Vec<(String, String, ProblemKind)> {
    match r {
        Err(ImportError::Invalid { problems, .. }) => problems
            .into_iter()
            .map(|p| (p.store, p.field, p.kind))
            .collect(),
        other => panic!("expected a list of problems, got {other:?}"),
    }
}

/// The one problem of a file changed in one place, without serde's own words.
fn one_problem(v: &Value) -> (String, String, ProblemKind) {
    let mut got = problems(read(v));
    assert_eq!(got.len(), 1, "{got:?}");
    let (store, field, kind) = got.remove(0);
    let kind = match kind {
        ProblemKind::WrongValue { .. } => ProblemKind::WrongValue {
            detail: String::new(),
        },
        other => other,
    };
    (store, field, kind)
}

fn wrong() -> ProblemKind {
    ProblemKind::WrongValue {
        detail: String::new(),
    }
}

fn at(store: &str, field: &str, kind: ProblemKind) -> (String, String, ProblemKind) {
    (store.into(), field.into(), kind)
}

fn index_of(v: &Value, store: &str, test: impl Fn(&Value) -> bool) -> usize {
    v["stores"][store]
        .as_array()
        .unwrap()
        .iter()
        .position(test)
        .unwrap()
}

// Defect 1 (critical): a promise dated at chrono's last day was accepted and made every later page panic.

#[test]
fn regression_promise_at_chronos_last_day_is_refused() {
    for due in ["+262142-12-31", "+10000-01-01", "2100-01-01"] {
        let mut v = good();
        v["stores"]["promises"][0]["data"]["due"] = json!(due);
        assert_eq!(
            one_problem(&v),
            at("promises", "data.due", wrong()),
            "{due}"
        );
    }
}

#[test]
fn every_stored_date_field_refuses_a_date_outside_the_contract() {
    // Every field of every store that holds a date in the demo export, changed one at a time.
    let v = good();
    let mut fields = Vec::new();
    for (store, records) in v["stores"].as_object().unwrap() {
        let Some(first) = records.as_array().and_then(|r| r.first()) else {
            continue;
        };
        collect_dates(&first["data"], "data", &mut |path| {
            fields.push((store.clone(), path))
        });
    }
    assert!(fields.len() >= 15, "dates found: {fields:?}");
    for (store, path) in fields {
        for bad in [
            "2100-01-01",
            "1969-12-31",
            "-0001-01-01",
            "2022-7-28",
            " 2022-07-28",
        ] {
            let mut v = good();
            let pointer = format!("/stores/{store}/0/{}", path.replace('.', "/"));
            *v.pointer_mut(&pointer).unwrap() = json!(bad);
            let got = problems(read(&v));
            assert!(
                got.iter().any(|(s, f, _)| *s == store && *f == path),
                "{store} {path} = {bad:?} was accepted: {got:?}"
            );
        }
    }
}

/// Calls `found` with the path of every string that is a date as the contract writes it.
fn collect_dates(v: &Value, path: &str, found: &mut impl FnMut(String)) {
    match v {
        Value::String(s) if date::parse(s).is_ok() => found(path.to_string()),
        Value::Object(o) => {
            for (k, x) in o {
                collect_dates(x, &format!("{path}.{k}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn a_promise_longer_than_a_quarter_is_refused() {
    let mut v = good();
    let made = v["stores"]["promises"][0]["data"]["made"]
        .as_str()
        .unwrap()
        .to_string();
    let due = date::add_days(date::parse(&made).unwrap(), 66_000);
    v["stores"]["promises"][0]["data"]["due"] = json!(due.min(date::MAX).to_string());
    assert_eq!(
        one_problem(&v),
        at(
            "promises",
            "data.due",
            ProblemKind::Rule(Rule::SpanTooLong { max_days: 92 })
        )
    );
}

#[test]
fn date_arithmetic_saturates_instead_of_panicking() {
    let last = chrono::NaiveDate::MAX;
    assert_eq!(date::add_days(last, 1), last);
    assert_eq!(
        date::add_days(chrono::NaiveDate::MIN, -1),
        chrono::NaiveDate::MIN
    );
    assert_eq!(date::month_end(last), last);
    assert_eq!(date::monday(chrono::NaiveDate::MIN), chrono::NaiveDate::MIN);
    // Walks over a window that ends at chrono's last day end instead of looping.
    assert_eq!(date::days(add(last, -2), last).count(), 3);
    assert_eq!(date::months(add(last, -40), last).count(), 2);
}

fn add(d: chrono::NaiveDate, n: i64) -> chrono::NaiveDate {
    date::add_days(d, n)
}

// Defect 4 (high): a second fact or plan record under another id was counted twice.

#[test]
fn regression_double_counting_a_second_copy_under_another_id_is_refused() {
    // Every store whose ids are derived from their subject: a day's facts, a plan cell, a calendar day, a report,
    // a source's month, a template, a regular meeting, an attendance mark, the settings.
    for store in [
        "facts",
        "plans",
        "calendar",
        "reports",
        "source_months",
        "templates",
        "meetings",
        "attendance",
        "settings",
        "payslips",
        "reductions",
    ] {
        let mut v = good();
        let i = index_of(&v, store, |r| r["data"]["kind"] != json!("other"));
        let mut copy = v["stores"][store][i].clone();
        copy["id"] = json!("ffffffff-0000-4000-8000-000000000001");
        v["stores"][store].as_array_mut().unwrap().push(copy);
        let expected = v["stores"][store][i]["id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(
            one_problem(&v),
            at(store, "id", ProblemKind::NotDerivedId { expected }),
            "{store}"
        );
    }
}

#[test]
fn a_local_edit_under_a_wrong_derived_id_is_refused_too() {
    let data = demo_data(device(1));
    let facts = data.facts.values().next().unwrap().data.clone();
    let mut clock = rop::domain::Clock::default();
    let got = data.stamp(Edit::put(id(42), facts.clone()), &mut clock, NOW, device(1));
    assert_eq!(
        got,
        Err(EditError::NotDerivedId {
            id: id(42),
            expected: rop::domain::planning::fact::DayFacts::id_for(facts.manager, facts.date)
        })
    );
}

// Defect 7 (medium, clock poisoning) and defect 3 (high, restore with the clock set back).

#[test]
fn regression_clock_poisoning_a_record_half_an_hour_ahead_is_refused() {
    let mut v = good();
    v["stores"]["managers"][0]["updated"] = json!("2026-11-27T09:30:00.000Z-0000");
    assert_eq!(
        one_problem(&v),
        at(
            "managers",
            "updated",
            ProblemKind::FutureStamp {
                ahead_ms: 30 * 60 * 1000,
                this_device: false
            }
        )
    );
}

#[test]
fn regression_restore_with_clock_set_back_reads_this_devices_own_backup() {
    let v = good();
    let day = 24 * 60 * 60 * 1000;
    // The wall clock now stands a day behind the stamps this device wrote.
    let own = Context {
        own_backup: true,
        ..Context::alone(NOW - day)
    };
    assert!(read_with(&v, &own).is_ok());
    // Its own export imported again: this device has seen those stamps, so they are not "from the future".
    let seen = Context {
        seen: Stamp::new(NOW, 100),
        device: device(1),
        ..Context::alone(NOW - day)
    };
    assert!(read_with(&v, &seen).is_ok());
    // With nothing seen (an emptied browser), the refusal says that it is this device's clock that is behind.
    let empty = Context {
        device: device(1),
        ..Context::alone(NOW - day)
    };
    let got = problems(read_with(&v, &empty));
    assert!(got.iter().all(|(_, _, k)| matches!(
        k,
        ProblemKind::FutureStamp {
            this_device: true,
            ..
        }
    )));
}

// Defect 8 (medium): references to records that exist nowhere.

#[test]
fn regression_ghost_references_facts_of_a_manager_that_exists_nowhere_are_refused() {
    let ghost = json!("11111111-1111-4111-8111-111111111111");
    for (store, field) in [
        ("facts", "manager"),
        ("plans", "manager"),
        ("promises", "manager"),
        ("attendance", "manager"),
        ("meeting_tasks", "meeting"),
        ("meeting_notes", "meeting"),
        ("attendance", "meeting"),
    ] {
        let mut v = good();
        let i = index_of(&v, store, |r| !r["data"][field].is_null());
        v["stores"][store][i]["data"][field] = ghost.clone();
        let got = problems(read(&v));
        assert!(
            got.iter().any(|(s, f, k)| *s == store
                && *f == format!("data.{field}")
                && matches!(k, ProblemKind::UnknownReference { .. })),
            "{store}.{field}: {got:?}"
        );
    }
}

#[test]
fn a_reference_to_a_record_on_this_device_is_fine() {
    // A file with a manager's facts but not the manager: refused alone, accepted when merging into a device that
    // has the manager.
    let local = golden_data();
    let mut v = good();
    v["stores"]["managers"] = json!([]);
    v["stores"]["absences"] = json!([]);
    assert!(read(&v).is_err());
    let merging = Context {
        local: Some(&local),
        ..Context::alone(NOW)
    };
    assert!(read_with(&v, &merging).is_ok());
}

#[test]
fn a_custom_metric_that_exists_nowhere_is_a_ghost_reference() {
    let mut v = good();
    v["stores"]["facts"][0]["data"]["values"]["22222222-2222-4222-8222-222222222222"] = json!(5);
    assert_eq!(
        one_problem(&v),
        at(
            "facts",
            "data.values",
            ProblemKind::UnknownReference {
                store: StoreName::Metrics
            }
        )
    );
}

// Defect 9 (medium): values beyond any sane limit, and a product that wrapped.

#[test]
fn regression_overflow_each_unit_has_its_own_daily_limit() {
    for (metric, value, max) in [
        ("task_quality", 2_003_764i64, 10_000i64),
        ("minutes", 1_441, 1_440),
        ("calls", 100_001, 100_000),
        ("payments", 1_000_000_000_001, 1_000_000_000_000),
    ] {
        let mut v = good();
        v["stores"]["facts"][0]["data"]["values"][metric] = json!(value);
        assert_eq!(
            one_problem(&v),
            at(
                "facts",
                "data.values",
                ProblemKind::Rule(Rule::Range { min: 0, max })
            ),
            "{metric}"
        );
    }
}

#[test]
fn regression_overflow_a_weighted_mean_of_huge_values_does_not_wrap() {
    // Values only a broken database could hold: the mean saturates, it never turns negative or small.
    let mut data = demo_data(device(1));
    for r in data.facts.values_mut() {
        r.data
            .values
            .insert(Builtin::TaskQuality.id(), i64::MAX / 2);
        r.data.values.insert(Builtin::TasksDone.id(), i64::MAX / 2);
    }
    let calendar = data.calendar();
    let metrics = rop::domain::planning::metric::catalog(&data);
    let period = rop::domain::planning::planfact::Period::month(day("2026-11-01"));
    let managers: Vec<_> = data.managers.keys().copied().collect();
    let board = rop::domain::planning::planfact::board(
        &data,
        &calendar,
        &metrics,
        &managers,
        period,
        day("2026-11-27"),
    );
    let quality = board.department.cells[&Builtin::TaskQuality.id()];
    let rop::domain::planning::planfact::Cell::Mean { fact, .. } = quality else {
        panic!("{quality:?}")
    };
    assert!(fact.num > 0 && fact.den > 0, "{fact:?}");
}

// Defect 11 (low): a reader looser than the contract.

#[test]
fn regression_reader_looser_than_the_contract() {
    let cases: Vec<(&str, &str, Value, ProblemKind)> = vec![
        ("managers", "/data/hired", json!("+10000-01-01"), wrong()),
        ("managers", "/data/hired", json!("-0001-01-01"), wrong()),
        ("managers", "/data/hired", json!(" 2022-7-28"), wrong()),
        (
            "managers",
            "/updated",
            json!("2026-11-27 08:00:00.000Z-0000"),
            wrong(),
        ),
        (
            "managers",
            "/data/full_name",
            json!("\u{200b}\u{200b}"),
            ProblemKind::Rule(Rule::Required),
        ),
        (
            "managers",
            "/data/full_name",
            json!("Иванов\u{200b} Иван"),
            ProblemKind::Rule(Rule::Invisible),
        ),
        (
            "managers",
            "/data/full_name",
            json!("\u{202e}навИ вонавИ"),
            ProblemKind::Rule(Rule::Invisible),
        ),
    ];
    for (store, pointer, value, kind) in cases {
        let mut v = good();
        *v["stores"][store][0].pointer_mut(pointer).unwrap() = value.clone();
        let field = pointer.trim_start_matches('/').replace('/', ".");
        assert_eq!(one_problem(&v), at(store, &field, kind), "{value}");
    }
}

#[test]
fn regression_unknown_fields_inside_a_status_are_refused() {
    let mut v = good();
    v["stores"]["managers"][0]["data"]["status"] =
        json!({"state": "active", "since": "2020-01-01"});
    assert_eq!(
        one_problem(&v),
        at("managers", "data.status.since", ProblemKind::UnknownField)
    );
}

// Defect 12 (low): what the import screen says.

#[test]
fn regression_a_record_without_id_names_the_field() {
    let mut v = good();
    v["stores"]["managers"][0]
        .as_object_mut()
        .unwrap()
        .remove("id");
    let got = problems(read(&v));
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str(), &got[0].2),
        ("managers", "id", &ProblemKind::Missing)
    );
}

#[test]
fn regression_an_id_written_as_urn_is_refused_for_its_spelling() {
    let mut v = good();
    let i = index_of(&v, "sources", |_| true);
    let plain = v["stores"]["sources"][i]["id"]
        .as_str()
        .unwrap()
        .to_string();
    v["stores"]["sources"][i]["id"] = json!(format!("urn:uuid:{plain}"));
    assert_eq!(
        one_problem(&v),
        at(
            "sources",
            "id",
            ProblemKind::NotCanonical {
                found: format!("urn:uuid:{plain}"),
                expected: plain
            }
        )
    );
}
