//! Team rules: what a manager, an absence and the settings may hold, and the demo department.

use chrono::NaiveDate;
use rop::domain::core::dataset::Edit;
use rop::domain::core::rules::{FieldProblem, Rule};
use rop::domain::{
    demo, Absence, AbsenceKind, Clock, Dataset, Manager, ManagerStatus, Role, Settings,
};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn rules(p: Vec<FieldProblem>) -> Vec<(&'static str, Rule)> {
    // The team's fields are all plain names (no list positions).
    p.into_iter()
        .map(|p| match p.field {
            std::borrow::Cow::Borrowed(f) => (f, p.rule),
            std::borrow::Cow::Owned(f) => panic!("a list position in {f}"),
        })
        .collect()
}

#[test]
fn manager_rules() {
    let ok = Manager::new("  Иванов Иван Иванович ", Role::Seller, d("2025-03-01"));
    assert_eq!(ok.full_name, "Иванов Иван Иванович", "names are trimmed");
    assert!(ok.problems().is_empty());

    let table: Vec<(Box<dyn Fn(&mut Manager)>, Vec<(&str, Rule)>)> = vec![
        (
            Box::new(|m| m.full_name = " ".into()),
            vec![("full_name", Rule::Required)],
        ),
        (
            Box::new(|m| m.full_name = "Я".repeat(201)),
            vec![("full_name", Rule::TooLong { max: 200, len: 201 })],
        ),
        (
            Box::new(|m| m.max_open_deals = 0),
            vec![(
                "max_open_deals",
                Rule::Range {
                    min: 1,
                    max: 10_000,
                },
            )],
        ),
        (
            Box::new(|m| m.max_open_deals = 10_001),
            vec![(
                "max_open_deals",
                Rule::Range {
                    min: 1,
                    max: 10_000,
                },
            )],
        ),
        (
            Box::new(|m| m.email = "+7 916 000".into()),
            vec![("email", Rule::Email)],
        ),
        (Box::new(|m| m.email = "a@b.ru".into()), vec![]),
        (
            Box::new(|m| {
                m.status = ManagerStatus::Left {
                    on: d("2025-02-28"),
                }
            }),
            vec![("status.on", Rule::BeforeHired)],
        ),
        (
            Box::new(|m| {
                m.status = ManagerStatus::Left {
                    on: d("2025-03-01"),
                }
            }),
            vec![],
        ),
    ];
    for (i, (change, expected)) in table.into_iter().enumerate() {
        let mut m = ok.clone();
        change(&mut m);
        assert_eq!(rules(m.problems()), expected, "case {i}");
    }
}

#[test]
fn absence_rules_and_days() {
    let a = Absence {
        manager: uuid::Uuid::nil(),
        kind: AbsenceKind::Vacation,
        from: d("2026-07-01"),
        to: d("2026-07-14"),
        note: String::new(),
    };
    assert_eq!(a.days(), 14);
    assert!(a.covers(d("2026-07-14")) && !a.covers(d("2026-07-15")));
    assert!(a.problems().is_empty());
    let backwards = Absence {
        to: d("2026-06-30"),
        ..a.clone()
    };
    assert_eq!(
        rules(backwards.problems()),
        vec![("to", Rule::EndBeforeStart)]
    );
    let too_long = Absence {
        to: d("2027-07-02"),
        ..a
    };
    assert_eq!(
        rules(too_long.problems()),
        vec![("to", Rule::SpanTooLong { max_days: 366 })]
    );
}

#[test]
fn settings_rules() {
    assert!(Settings::default().problems().is_empty());
    let none = Settings {
        working_week: [false; 7],
        currency: "rub".into(),
        ..Settings::default()
    };
    assert_eq!(
        rules(none.problems()),
        vec![
            ("currency", Rule::Required),
            ("working_week", Rule::NoWorkingDay)
        ]
    );
    let s = Settings::default();
    assert!(s.is_working_weekday(d("2026-11-27")) && !s.is_working_weekday(d("2026-11-28")));
}

#[test]
fn demo_department_is_valid_and_stable() {
    let today = d("2026-11-27");
    let edits = demo::department(today);
    let mut data = Dataset::default();
    let mut clock = Clock::default();
    for e in edits.clone() {
        let change = data
            .stamp(e, &mut clock, 1_795_000_000_000, uuid::Uuid::nil())
            .unwrap();
        data.apply_all(change);
    }
    let active = data
        .managers
        .values()
        .filter(|m| m.data.is_active())
        .count();
    assert_eq!(active, 8);
    assert_eq!(data.managers.len(), 9, "eight active and one who left");
    assert_eq!(data.absences.len(), 4);
    assert!(data.managers.values().all(|m| m.data.problems().is_empty()));
    assert!(data
        .absences
        .values()
        .all(|a| a.data.problems().is_empty() && data.managers.contains_key(&a.data.manager)));
    assert_eq!(data.settings().department, "Отдел продаж B2B");
    assert_eq!(
        demo::department(today),
        edits,
        "same day, same demo (fixed ids)"
    );
    let trainee = data
        .managers
        .values()
        .find(|m| m.data.role == Role::Trainee)
        .unwrap();
    assert_eq!(trainee.data.hired, d("2026-10-27"));
    assert!(matches!(
        &edits[0],
        Edit::Put(rop::domain::Draft::Settings(..))
    ));
}

#[test]
fn stamping_sets_sync_fields_and_deletes_keep_data() {
    let dev = uuid::Uuid::from_u128(7);
    let mut data = Dataset::default();
    let mut clock = Clock::default();
    let id = uuid::Uuid::from_u128(1);
    let m = Manager::new("Петров Пётр", Role::Seller, d("2026-01-12"));
    let c = data.stamp(Edit::put(id, m), &mut clock, 1000, dev).unwrap();
    data.apply_all(c);
    let aid = uuid::Uuid::from_u128(2);
    let a = Absence {
        manager: id,
        kind: AbsenceKind::SickLeave,
        from: d("2026-02-02"),
        to: d("2026-02-03"),
        note: "".into(),
    };
    let c = data
        .stamp(Edit::put(aid, a.clone()), &mut clock, 1000, dev)
        .unwrap();
    data.apply_all(c);
    let c = data
        .stamp(
            Edit::delete::<rop::domain::Absence>(aid),
            &mut clock,
            900,
            dev,
        )
        .unwrap();
    data.apply_all(c);
    let r = &data.absences[&aid];
    assert!(r.deleted);
    assert_eq!(r.data, a);
    assert_eq!(
        r.updated.to_string(),
        "1970-01-01T00:00:01.000Z-0002",
        "the wall clock went back; the stamp did not"
    );
    assert!(data.absences_of(id).is_empty());
    assert!(data
        .stamp(
            Edit::delete::<rop::domain::Absence>(uuid::Uuid::from_u128(99)),
            &mut clock,
            1,
            dev
        )
        .is_err());
}

#[test]
fn short_names_for_grids() {
    let mut m = Manager::new(
        "Кузнецов Артём Игоревич",
        Role::Seller,
        NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
    );
    assert_eq!(m.short_name(), "Кузнецов А. И.");
    m.full_name = "  Madonna ".into();
    assert_eq!(m.short_name(), "Madonna");
    m.full_name = String::new();
    assert_eq!(m.short_name(), "");
}

/// Defect 2 of the data-safety issue: tab A renames a manager and saves; tab B, still showing the old name, changes
/// the phone and saves. B's save must keep A's rename: only the fields B's user touched are B's.
#[test]
fn regression_stale_tab_keeps_the_other_tabs_edit() {
    use rop::domain::core::rebase::rebase;
    let base = Manager::new("Кузнецов Алексей", Role::Seller, d("2025-03-03"));
    let mut saved_by_a = base.clone();
    saved_by_a.full_name = "Кузнецов Алексей Игоревич".into();
    let mut draft_b = base.clone();
    draft_b.phone = "+7 900 000-00-00".into();
    let written = rebase(&base, &draft_b, &saved_by_a);
    assert_eq!(written.full_name, "Кузнецов Алексей Игоревич");
    assert_eq!(written.phone, "+7 900 000-00-00");
    // Nested: B archives the manager while A changed the role; both stay.
    let mut draft_b = base.clone();
    draft_b.status = ManagerStatus::Left {
        on: d("2026-11-30"),
    };
    let mut saved_by_a = base.clone();
    saved_by_a.role = Role::SeniorSeller;
    let written = rebase(&base, &draft_b, &saved_by_a);
    assert_eq!(
        (written.role, written.status),
        (
            Role::SeniorSeller,
            ManagerStatus::Left {
                on: d("2026-11-30")
            }
        )
    );
    // Both changed the same field: the draft being saved wins.
    let mut a = base.clone();
    a.phone = "1".into();
    let mut b = base.clone();
    b.phone = "2".into();
    assert_eq!(rebase(&base, &b, &a).phone, "2");
    // Nothing changed in the draft: the stored record as it is.
    assert_eq!(rebase(&base, &base, &a), a);
}
