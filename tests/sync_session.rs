//! The one write path (`sync::Session`) driven natively on the memory storage: local edits, a failed write that
//! changes nothing, imports that change something or nothing, restores, and an edit after an import.

mod common;
use common::*;
use rop::domain::{Dataset, Edit, EditError, Manager, Role, Stamp};
use rop::sync::{export, read_file, Context, ImportMode, Memory, SaveError, Session, StoreError};

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
