//! The one write path (`sync::Session`) driven natively on the memory storage: local edits, a failed write that
//! changes nothing, imports that change something or nothing, restores, and an edit after an import.

mod common;
use common::*;
use rop::domain::{Dataset, Edit, EditError, Manager, Role, Stamp};
use rop::sync::{
    export, read_file, Context, ImportMode, Memory, RestoreError, SaveError, Session, StoreError,
};

fn session(data: &Dataset) -> Session<Memory> {
    Session::new(Memory::with(data.clone()), device(1), data)
}

fn manager(name: &str) -> Manager {
    Manager::new(name, Role::Seller, day("2026-01-12"))
}

#[tokio::test]
async fn a_saved_edit_is_written_and_returned_to_apply() {
    let mut data = Dataset::default();
    let s = session(&data);
    let changes = s
        .save(&data, vec![Edit::put(id(1), manager("Иванов Иван"))], NOW)
        .await
        .unwrap();
    data.apply_all(changes);
    assert_eq!(s.storage().data(), data);
    assert_eq!(data.managers[&id(1)].updated, Stamp::new(NOW, 0));
    assert_eq!(data.managers[&id(1)].device, device(1));
}

#[tokio::test]
async fn a_write_that_fails_changes_nothing() {
    let data = demo_data(device(1));
    let s = session(&data);
    s.storage().fail_next(StoreError::QuotaExceeded);
    let got = s
        .save(&data, vec![Edit::put(id(1), manager("Иванов Иван"))], NOW)
        .await;
    assert_eq!(got, Err(StoreError::QuotaExceeded.into()));
    assert_eq!(s.storage().data(), data);
}

#[tokio::test]
async fn an_edit_is_refused_before_anything_is_written() {
    let data = Dataset::default();
    let s = session(&data);
    let got = s
        .save(&data, vec![Edit::put(id(1), manager(""))], NOW)
        .await;
    assert!(
        matches!(got, Err(SaveError::Edit(EditError::Invalid { .. }))),
        "{got:?}"
    );
    let got = s
        .save(&data, vec![Edit::delete::<Manager>(id(9))], NOW)
        .await;
    assert!(got.is_err());
    assert!(s.storage().data().is_empty(), "nothing was written");
}

#[tokio::test]
async fn a_merge_that_changes_nothing_writes_nothing_not_even_a_backup() {
    let data = demo_data(device(1));
    let s = session(&data);
    let done = s
        .import(&data, &data, ImportMode::Merge, "same.json", "t", NOW)
        .await
        .unwrap();
    assert_eq!(done.written, 0);
    assert!(s.storage().backups().is_empty());
}

#[tokio::test]
async fn an_import_writes_what_is_new_with_a_backup_of_before() {
    let before = Dataset::default();
    let s = session(&before);
    let file = demo_data(device(2));
    let done = s
        .import(&before, &file, ImportMode::Merge, "demo.json", "t", NOW)
        .await
        .unwrap();
    assert_eq!(done.written, file.record_count());
    assert_eq!(done.data, file);
    assert_eq!(s.storage().data(), file);
    let backups = s.storage().backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        (backups[0].reason.as_str(), backups[0].records),
        ("demo.json", 0)
    );
    assert!(!backups[0].before_mass_delete);
}

/// A kept backup restored: the data is the backup's again, written as a restore with a backup of what it replaced;
/// a backup no longer kept is refused and nothing changes.
#[tokio::test]
async fn a_kept_backup_is_restored_in_place_of_everything() {
    let mut data = demo_data(device(1));
    let s = session(&data);
    // A merge of another device's file keeps a backup of the department as it was.
    let mut file = data.clone();
    file.apply_all(
        s.stamp(
            &data,
            vec![Edit::put(id(0x77), manager("Новый Менеджер"))],
            NOW,
        )
        .unwrap(),
    );
    let done = s
        .import(&data, &file, ImportMode::Merge, "other.json", "t", NOW + 1)
        .await
        .unwrap();
    assert_eq!(done.written, 1);
    data = done.data;
    let kept = s.storage().backups()[0].id.clone();
    let before_restore = data.live_count();
    let restored = s
        .restore_backup(&data, &kept, "↺", "t", NOW + 2)
        .await
        .unwrap();
    assert!(
        restored.data.live::<Manager>(id(0x77)).is_none(),
        "the merged manager is gone again"
    );
    assert_eq!(restored.data.live_count(), before_restore - 1);
    assert_eq!(s.storage().data(), restored.data);
    let backups = s.storage().backups();
    assert_eq!(backups.len(), 2, "the restore kept what it replaced");
    assert_eq!(backups[1].reason, "↺");
    // A backup that is not kept: refused, nothing written.
    let gone = s
        .restore_backup(&restored.data, "nope", "↺", "t", NOW + 3)
        .await;
    assert_eq!(gone, Err(RestoreError::Gone("nope".into())));
    assert_eq!(s.storage().backups().len(), 2);
}

#[tokio::test]
async fn a_restore_that_empties_the_department_marks_its_backup() {
    let data = demo_data(device(1));
    let s = session(&data);
    let done = s
        .import(
            &data,
            &Dataset::default(),
            ImportMode::Replace,
            "↺",
            "t",
            NOW,
        )
        .await
        .unwrap();
    assert!(done.data.is_empty());
    assert!(s.storage().data().is_empty());
    let backup = &s.storage().backups()[0];
    assert!(backup.before_mass_delete);
    assert_eq!(backup.live, Some(data.live_count()));
    assert_eq!(backup.file, export(&data, "t"));
}

/// Import, then edit a record the file brought: the edit is stamped after the imported version even when that
/// version's stamp is ahead of this device's wall clock (within the drift window), so merging the file again keeps
/// the edit. (In the unsaved session the clock never moved past imported stamps.)
#[tokio::test]
async fn import_then_edit_the_edit_wins_the_next_merge() {
    let other = demo_data(device(2));
    // The other device's clock is four minutes ahead of this one's.
    let ahead = 4 * 60 * 1000;
    let text = export(&other, "t").replace("2026-11-27T09:00:00", "2026-11-27T09:04:00");
    let file = read_file(text.as_bytes(), &Context::alone(NOW)).unwrap();
    assert_eq!(file.newest_stamp().unwrap().millis, NOW + ahead);

    let empty = Dataset::default();
    let s = session(&empty);
    let mut data = s
        .import(&empty, &file, ImportMode::Merge, "other.json", "t", NOW)
        .await
        .unwrap()
        .data;
    let (mid, m) = data
        .managers_by_name()
        .first()
        .map(|r| (r.id, r.data.clone()))
        .unwrap();
    let renamed = Manager {
        full_name: "Переименован Тест".into(),
        ..m
    };
    let changes = s
        .save(&data, vec![Edit::put(mid, renamed)], NOW + 1_000)
        .await
        .unwrap();
    data.apply_all(changes);
    assert!(data.managers[&mid].updated > file.managers[&mid].updated);
    let again = s
        .import(
            &data,
            &file,
            ImportMode::Merge,
            "other.json",
            "t",
            NOW + 2_000,
        )
        .await
        .unwrap();
    assert_eq!(again.written, 0);
    assert_eq!(data.managers[&mid].data.full_name, "Переименован Тест");
}

/// Clock poisoning through the write path: an import stamped ahead moves this device's clock at most the drift
/// window past the wall clock.
#[tokio::test]
async fn an_import_never_pulls_the_clock_past_the_drift_window() {
    let empty = Dataset::default();
    let s = session(&empty);
    let mut file = demo_data(device(2));
    let far = Stamp::new(NOW + 60 * 60 * 1000, 0);
    for r in file.managers.values_mut() {
        r.updated = far;
    }
    s.import(&empty, &file, ImportMode::Merge, "f", "t", NOW)
        .await
        .unwrap();
    assert_eq!(
        s.seen(),
        Stamp::new(NOW + rop::domain::core::clock::MAX_DRIFT_MS, 0)
    );
}

/// O7: "erased for good" includes the automatic backups. A backup made before the erasure is cleaned in the
/// erasure's own write (a backup without the candidate is left as it is); another device's erasure cleans that
/// device's backups when its file is imported.
#[tokio::test]
async fn an_erasure_cleans_the_backups_made_before_it() {
    use rop::domain::team::hiring::{candidate::Candidate, erase};
    const NAME: &str = "Фролов Максим";
    let data = demo_data(device(1));
    let rejected = data
        .live_records::<Candidate>()
        .find(|r| r.data.full_name.starts_with(NAME))
        .map(|r| r.id)
        .expect("the demo's rejected candidate");
    let s = session(&data);
    // Two backups: one of the demo (with the candidate), one of an empty department (without).
    let newer = {
        let mut d = data.clone();
        apply(&mut d, vec![Edit::put(id(1), manager("Иванов Иван"))]);
        d
    };
    let data = s
        .import(&data, &newer, ImportMode::Merge, "a.json", "t", NOW)
        .await
        .unwrap()
        .data;
    let before = s.storage().backups();
    assert!(before[0].file.contains(NAME));

    let edits = erase(&data, rejected, day("2026-11-20")).unwrap();
    let changes = s.stamp(&data, edits, NOW + 1_000).unwrap();
    let erased = changes.len();
    let without = rop::sync::Backup::of(&Dataset::default(), "empty", "t", "0".into(), false);
    assert!(
        rop::sync::erasure::scrub(&without, &changes).is_none(),
        "a backup without the candidate is left as it is"
    );
    s.write_erasure(changes).await.unwrap();
    let after = s.storage().backups();
    assert!(
        !after[0].file.contains(NAME),
        "the backup still names the candidate"
    );
    assert_eq!(
        after[0].records, before[0].records,
        "the records stay, as tombstones"
    );
    assert_eq!(after[0].live, before[0].live.map(|n| n - erased));
    assert_eq!(
        (after[0].id.as_str(), after[0].reason.as_str()),
        (before[0].id.as_str(), "a.json")
    );
    // Still a backup this device can restore: everything but the erased records as it was.
    let restored = read_file(
        after[0].file.as_bytes(),
        &Context {
            own_backup: true,
            ..Context::alone(NOW)
        },
    )
    .unwrap();
    assert_eq!(restored.record_count(), before[0].records);
    assert!(restored
        .managers
        .values()
        .any(|m| m.data.full_name == "Соколова Анна Дмитриевна"));

    // The other device's backup of the same department, cleaned as the erasure arrives by file.
    let other = Session::new(Memory::with(data.clone()), device(2), &data);
    other
        .import(
            &data,
            &s.storage().data(),
            ImportMode::Merge,
            "from-laptop.json",
            "t",
            NOW + 2_000,
        )
        .await
        .unwrap();
    let theirs = other.storage().backups();
    assert_eq!(theirs.len(), 1);
    assert!(
        !theirs[0].file.contains(NAME),
        "the other device's backup still names the candidate"
    );
}

#[test]
fn the_export_reminder_comes_a_week_after_the_last_file() {
    use rop::sync::reminder::{days_since_export, export_reminder, EXPORT_NUDGE_DAYS};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    // Saved on 30 November: 7 days before 7 December.
    assert_eq!(
        days_since_export("2026-11-30T18:05:00+03:00", today),
        Some(7)
    );
    assert_eq!(days_since_export("2026-12-06T09:00:00Z", today), Some(1));
    // A clock that ran ahead on another device reads as today, not as negative days.
    assert_eq!(days_since_export("2026-12-09T09:00:00Z", today), Some(0));
    assert_eq!(days_since_export("", today), None);
    assert_eq!(days_since_export("вчера", today), None);
    // Six days: no reminder; seven: "7 days ago"; never: the week's figure; an empty department: nothing.
    assert_eq!(export_reminder(Some(6), true), None);
    assert_eq!(export_reminder(Some(7), true), Some(7));
    assert_eq!(export_reminder(None, true), Some(EXPORT_NUDGE_DAYS));
    assert_eq!(export_reminder(Some(30), false), None);
}

/// The write path's reference check (`Dataset::check_references`, run by the app before every local write): the
/// demo department, saved as one batch on an empty device, refers only to records of its own batch; a day's facts
/// of a manager that exists nowhere is refused with the field that refers, while one whose manager is written in
/// the same batch, or is only a tombstone here, resolves.
#[test]
fn a_local_write_refers_only_to_records_that_exist() {
    use rop::domain::planning::fact::DayFacts;
    use rop::domain::StoreName;
    let empty = Dataset::default();
    let s = session(&empty);
    let demo = rop::domain::demo::department(day("2026-12-07"));
    let changes = s.stamp(&empty, demo, NOW).unwrap();
    assert_eq!(empty.check_references(&changes), Ok(()));

    let facts = |who| DayFacts {
        manager: who,
        date: day("2026-12-07"),
        values: Default::default(),
    };
    let lone = s
        .stamp(
            &empty,
            vec![Edit::put(
                DayFacts::id_for(id(7), day("2026-12-07")),
                facts(id(7)),
            )],
            NOW,
        )
        .unwrap();
    assert_eq!(
        empty.check_references(&lone),
        Err(EditError::UnknownReference {
            store: StoreName::Facts,
            id: DayFacts::id_for(id(7), day("2026-12-07")),
            field: "manager",
            to: StoreName::Managers,
        })
    );
    let with_manager = s
        .stamp(
            &empty,
            vec![
                Edit::put(DayFacts::id_for(id(7), day("2026-12-07")), facts(id(7))),
                Edit::put(id(7), manager("Иванов Иван")),
            ],
            NOW,
        )
        .unwrap();
    assert_eq!(empty.check_references(&with_manager), Ok(()));
    let mut gone = Dataset::default();
    apply(&mut gone, vec![Edit::put(id(7), manager("Иванов Иван"))]);
    apply(&mut gone, vec![Edit::delete::<Manager>(id(7))]);
    assert_eq!(
        gone.check_references(&lone),
        Ok(()),
        "a tombstone resolves, as in the import"
    );
}

/// Before the late stores are typed (the first second after start) their tables are empty, so a reference into one
/// is not checked then; once typed it is.
#[test]
fn a_reference_into_a_late_store_waits_for_its_typing() {
    use rop::domain::training::case::Case;
    let mut data = Dataset::default();
    apply(&mut data, vec![Edit::put(id(1), manager("Иванов Иван"))]);
    let s = session(&data);
    let demo = rop::domain::demo::department(day("2026-12-07"));
    let with_script = demo
        .into_iter()
        .find_map(|e| match e {
            Edit::Put(rop::domain::Draft::Case(id, case)) if case.script.is_some() => {
                Some((id, case))
            }
            _ => None,
        })
        .expect("the demo has a case with a script");
    let changes = s
        .stamp(
            &data,
            vec![Edit::put(
                with_script.0,
                Case {
                    raised_by: None,
                    ..with_script.1
                },
            )],
            NOW,
        )
        .unwrap();
    let (changes, links) = rop::domain::Change::with_links(changes);
    assert_eq!(data.unresolved(&changes, &links, false), Ok(()));
    assert!(matches!(
        data.unresolved(&changes, &links, true),
        Err(EditError::UnknownReference {
            field: "script",
            ..
        })
    ));
}
