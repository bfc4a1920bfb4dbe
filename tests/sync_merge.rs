//! Merge: table tests in the Excalidraw style (local, file, who won), then the laws as property tests.

mod common;
use common::*;
use proptest::prelude::*;
use rop::domain::{Absence, AbsenceKind, Dataset, Manager, Record, Role, Stamp, StoreName};
use rop::sync::{merge, Counts, Side};

/// A manager record `id` with a name, stamped at `(millis, device)`, maybe a tombstone.
fn rec(id: u128, name: &str, millis: u64, dev: u128, deleted: bool) -> Record<Manager> {
    Record {
        id: uuid::Uuid::from_u128(id),
        updated: Stamp::new(NOW - 1_000_000 + millis, 0),
        device: device(dev),
        deleted,
        data: Manager::new(name, Role::Seller, day("2026-01-12")),
    }
}

fn data(records: &[Record<Manager>]) -> Dataset {
    let mut d = Dataset::default();
    for r in records {
        d.managers.insert(r.id, r.clone());
    }
    d
}

fn names(d: &Dataset) -> Vec<String> {
    d.managers
        .values()
        .map(|r| format!("{}{}", r.data.full_name, if r.deleted { "†" } else { "" }))
        .collect()
}

#[test]
fn who_wins() {
    let me = 1; // this device
                // (local, file, merged names, counts [added, updated, deleted, unchanged, kept_local], conflict winners)
    type Case = (
        Vec<Record<Manager>>,
        Vec<Record<Manager>>,
        Vec<&'static str>,
        [usize; 5],
        Vec<Side>,
    );
    let cases: Vec<Case> = vec![
        (
            vec![],
            vec![rec(1, "A", 1, 2, false)],
            vec!["A"],
            [1, 0, 0, 0, 0],
            vec![],
        ),
        (
            vec![rec(1, "A", 1, me, false)],
            vec![rec(1, "A", 1, me, false)],
            vec!["A"],
            [0, 0, 0, 1, 0],
            vec![],
        ),
        (
            vec![rec(1, "A", 1, me, false)],
            vec![rec(1, "B", 2, 2, false)],
            vec!["B"],
            [0, 1, 0, 0, 0],
            vec![Side::File],
        ),
        (
            vec![rec(1, "A", 3, me, false)],
            vec![rec(1, "B", 2, 2, false)],
            vec!["A"],
            [0, 0, 0, 0, 1],
            vec![Side::Local],
        ),
        // A delete made later on the other device beats my older edit…
        (
            vec![rec(1, "A", 1, me, false)],
            vec![rec(1, "A", 2, 2, true)],
            vec!["A†"],
            [0, 0, 1, 0, 0],
            vec![Side::File],
        ),
        // …and my later edit beats an older delete.
        (
            vec![rec(1, "B", 3, me, false)],
            vec![rec(1, "A", 2, 2, true)],
            vec!["B"],
            [0, 0, 0, 0, 1],
            vec![Side::Local],
        ),
        // Equal stamps: the larger device id wins, on both devices alike.
        (
            vec![rec(1, "A", 2, me, false)],
            vec![rec(1, "B", 2, 2, false)],
            vec!["B"],
            [0, 1, 0, 0, 0],
            vec![Side::File],
        ),
        // Two edits from the same other device: newer wins, and it is no conflict.
        (
            vec![rec(1, "A", 1, 2, false)],
            vec![rec(1, "B", 2, 2, false)],
            vec!["B"],
            [0, 1, 0, 0, 0],
            vec![],
        ),
    ];
    for (i, (local, file, want, counts, winners)) in cases.into_iter().enumerate() {
        let m = merge(&data(&local), &data(&file), device(me), None);
        assert_eq!(names(&m.data), want, "case {i}");
        let c = m.preview.stores[&StoreName::Managers];
        assert_eq!(
            [c.added, c.updated, c.deletes, c.unchanged, c.kept_local],
            counts,
            "case {i}"
        );
        assert_eq!(
            m.preview
                .conflicts
                .iter()
                .map(|c| c.winner)
                .collect::<Vec<_>>(),
            winners,
            "case {i}"
        );
        assert_eq!(
            m.writes.len(),
            c.writes(),
            "case {i}: only what the file changes is written"
        );
    }
}

/// Defect 12 of the data-safety issue: "edited on both devices" listed records this device had not touched since
/// it last sent them. An edit made before this device's last export may have reached the other device, so the
/// other device's newer copy is an ordinary update.
#[test]
fn regression_conflicts_are_only_edits_made_here_since_the_last_export() {
    let me = 1;
    let local = data(&[rec(1, "A", 10, me, false), rec(2, "C", 30, me, false)]);
    let file = data(&[rec(1, "B", 20, 2, false), rec(2, "D", 40, 2, false)]);
    let exported = Some(Stamp::new(NOW - 1_000_000 + 15, 0));
    let m = merge(&local, &file, device(me), exported);
    let ids: Vec<_> = m.preview.conflicts.iter().map(|c| c.id).collect();
    assert_eq!(
        ids,
        vec![uuid::Uuid::from_u128(2)],
        "only the edit made after the export"
    );
    assert_eq!(
        merge(&local, &file, device(me), None)
            .preview
            .conflicts
            .len(),
        2
    );
}

#[test]
fn mass_deletion_thresholds() {
    use rop::sync::is_mass_delete;
    // (deleted, live before, mass?)
    for (deleted, live, mass) in [
        (0, 0, false),
        (1, 1, false),
        (2, 2, false),
        (3, 15, true),
        (3, 16, false),
        (9, 1_000, false),
        (10, 1_000, true),
        (1_479, 1_479, true),
    ] {
        assert_eq!(is_mass_delete(deleted, live), mass, "{deleted} of {live}");
    }
}

#[test]
fn a_restore_counts_the_live_records_it_removes() {
    let local = data(&[
        rec(1, "A", 1, 1, false),
        rec(2, "B", 1, 1, false),
        rec(3, "C", 1, 1, true),
    ]);
    let file = data(&[rec(1, "A", 1, 1, false), rec(2, "B", 2, 1, true)]);
    assert_eq!(rop::sync::replace_deletions(&local, &file), 1);
    assert_eq!(rop::sync::replace_deletions(&local, &Dataset::default()), 2);
}

#[test]
fn importing_my_own_export_changes_nothing() {
    let mine = demo_data(device(1));
    let m = merge(&mine, &mine, device(1), None);
    assert_eq!(m.data, mine);
    assert!(m.writes.is_empty());
    assert_eq!(
        m.preview.total(),
        Counts {
            unchanged: mine.record_count(),
            ..Counts::default()
        }
    );
}

/// Small random datasets whose ids, stamps and devices collide often, so the laws are tested where it matters.
fn arb_record() -> impl Strategy<Value = Record<Manager>> {
    (
        0u128..6,
        prop::sample::select(vec!["A", "B", "C"]),
        0u64..4,
        1u128..4,
        any::<bool>(),
    )
        .prop_map(|(id, name, t, dev, deleted)| rec(id, name, t, dev, deleted))
}

fn arb_absence() -> impl Strategy<Value = Record<Absence>> {
    (0u128..4, 0u64..3, 1u128..3, any::<bool>(), 1u64..3).prop_map(|(id, t, dev, deleted, len)| {
        Record {
            id: uuid::Uuid::from_u128(100 + id),
            updated: Stamp::new(NOW + t, 0),
            device: device(dev),
            deleted,
            data: Absence {
                manager: uuid::Uuid::from_u128(1),
                kind: AbsenceKind::Vacation,
                from: day("2026-07-01"),
                to: day("2026-07-01") + chrono::Days::new(len),
                note: String::new(),
            },
        }
    })
}

fn arb_dataset() -> impl Strategy<Value = Dataset> {
    (
        prop::collection::vec(arb_record(), 0..8),
        prop::collection::vec(arb_absence(), 0..5),
    )
        .prop_map(|(m, a)| {
            let mut d = Dataset::default();
            for r in m {
                d.managers.insert(r.id, r);
            }
            for r in a {
                d.absences.insert(r.id, r);
            }
            d
        })
}

fn m(a: &Dataset, b: &Dataset) -> Dataset {
    merge(a, b, device(1), None).data
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn commutative(a in arb_dataset(), b in arb_dataset()) {
        prop_assert_eq!(m(&a, &b), m(&b, &a));
    }

    #[test]
    fn associative(a in arb_dataset(), b in arb_dataset(), c in arb_dataset()) {
        prop_assert_eq!(m(&m(&a, &b), &c), m(&a, &m(&b, &c)));
    }

    #[test]
    fn idempotent(a in arb_dataset()) {
        prop_assert_eq!(m(&a, &a), a);
    }

    #[test]
    fn reimport_is_a_no_op(a in arb_dataset(), b in arb_dataset()) {
        let once = merge(&a, &b, device(1), None);
        let twice = merge(&once.data, &b, device(1), None);
        prop_assert_eq!(&twice.data, &once.data);
        prop_assert!(twice.writes.is_empty());
    }
}

/// The data page's preview, natively: the device's own export merges to nothing; a file of one manager replacing
/// the demo department deletes every other live record and needs the second confirmation; a meeting-room file
/// restored keeps this device's pay; a broken file is its error.
#[test]
fn an_import_is_previewed_as_the_save_applies_it() {
    use rop::sync::{export, export_scoped, preview, Device, ImportError, ImportMode, Scope};
    let mine = golden_data();
    let device = Device {
        now_millis: NOW,
        seen: mine.newest_stamp().unwrap(),
        id: device(1),
        exported: None,
    };
    let own = export(&mine, "0.1.0");
    let plan = preview(&mine, own.as_bytes(), ImportMode::Merge, device).unwrap();
    assert!(plan.merged.writes.is_empty());
    assert_eq!((plan.deletes, plan.live), (0, mine.live_count()));
    assert!(!plan.is_mass_delete());

    let mut one = Dataset::default();
    let first = *mine.managers.keys().next().unwrap();
    one.managers.insert(first, mine.managers[&first].clone());
    let small = export(&one, "0.1.0");
    let plan = preview(&mine, small.as_bytes(), ImportMode::Replace, device).unwrap();
    assert_eq!(
        plan.deletes,
        mine.live_count() - 1,
        "all but the one manager"
    );
    assert!(plan.is_mass_delete());
    // Merged instead, nothing is deleted: the file only adds and updates.
    let plan = preview(&mine, small.as_bytes(), ImportMode::Merge, device).unwrap();
    assert_eq!(plan.deletes, 0);

    let room = export_scoped(&mine, "0.1.0", Scope::MeetingRoom);
    let plan = preview(&mine, room.as_bytes(), ImportMode::Replace, device).unwrap();
    assert_eq!(plan.scope, Scope::MeetingRoom);
    assert!(!mine.payslips.is_empty());
    assert_eq!(
        plan.incoming.payslips, mine.payslips,
        "this device's pay stays"
    );
    assert_eq!(
        plan.deletes, 0,
        "a restore of the same department deletes nothing"
    );

    let broken = &own[..own.len() / 2];
    assert!(matches!(
        preview(&mine, broken.as_bytes(), ImportMode::Merge, device),
        Err(ImportError::NotJson { .. }) | Err(ImportError::Truncated { .. })
    ));
}
