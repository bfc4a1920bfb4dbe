//! The store in a real browser (headless Chromium via wasm-bindgen-test): writes commit or change nothing, the
//! schema upgrades from v1 with its data, backups are kept and pruned, errors are typed.
#![cfg(target_arch = "wasm32")]

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use rop::domain::demo::scale::Scale;
use rop::domain::{demo, Change, Dataset, Edit, Manager, Role};
use rop::store::schema::{self, MANAGERS};
use rop::store::{Backup, Store, StoreError};
use rop::sync::{export, merge, Batch, ImportMode, Session, Storage};
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A database of its own for each test.
fn db_name(test: &str) -> String {
    format!("rop-test-{test}-{}", uuid::Uuid::new_v4())
}

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The one write path over the browser database, as the app opens it.
async fn session(name: &str) -> (Session<Rc<Store>>, Dataset) {
    let store = Rc::new(Store::open(name).await.unwrap());
    let data = store.load().await.unwrap();
    let device = store.device();
    (Session::new(store, device, &data), data)
}

async fn with_demo(name: &str) -> (Session<Rc<Store>>, Dataset) {
    let (session, empty) = session(name).await;
    let changes = session
        .save(&empty, demo::department(day("2026-11-27")), now())
        .await
        .unwrap();
    let mut data = empty;
    changes.into_iter().for_each(|c| data.apply(c));
    (session, data)
}

/// Puts manager records as JSON texts straight into the database, past the app's typing: what an older version
/// (or another program) may have left there.
async fn put_raw_managers(db: &indexed_db_futures::database::Database, records: &[String]) {
    put_raw(db, MANAGERS, records).await;
}

/// Records written as raw JSON into a store of a database opened at an older version.
async fn put_raw(db: &indexed_db_futures::database::Database, store: &str, records: &[String]) {
    let tx = db
        .transaction(store)
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    for r in records {
        tx.object_store(store)
            .unwrap()
            .put(js_sys::JSON::parse(r).unwrap())
            .primitive()
            .unwrap()
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

#[wasm_bindgen_test]
async fn the_first_screens_load_without_the_late_stores_and_typing_them_completes_the_data() {
    let name = db_name("late");
    let (session, data) = with_demo(&name).await;
    let store = session.storage();
    let (mut first, late) = store.load_first().await.unwrap();
    assert!(
        first.skills.is_empty() && first.reviews.is_empty() && first.training_events.is_empty()
    );
    assert_eq!(
        first.managers, data.managers,
        "the first screens' stores are typed"
    );
    assert!(!late.is_empty());
    let typed = rop::store::type_late(late);
    assert!(typed.error.is_none() && typed.unreadable.is_empty());
    first.absorb_late(typed.data);
    assert_eq!(first, data);
}

#[wasm_bindgen_test]
async fn saved_edits_come_back_after_reopening() {
    let name = db_name("reopen");
    let (session, data) = with_demo(&name).await;
    let store = session.storage();
    assert_eq!(store.load().await.unwrap(), data);
    let device = store.device();
    drop(session);
    let (again, loaded) = self::session(&name).await;
    assert_eq!(again.device(), device, "the device id is kept");
    assert_eq!(loaded.managers.len(), 9);
    assert_eq!(export(&loaded, "t"), export(&data, "t"));
    // The clock continues after the newest stored stamp.
    let id = uuid::Uuid::new_v4();
    let c = again
        .save(
            &loaded,
            vec![Edit::put(
                id,
                Manager::new("Новый Н.", Role::Seller, day("2026-11-27")),
            )],
            now(),
        )
        .await
        .unwrap();
    let Change::Manager(r) = &c[0] else { panic!() };
    assert!(r.updated > loaded.newest_stamp().unwrap());
}

#[wasm_bindgen_test]
async fn an_import_that_fails_half_way_changes_nothing() {
    let name = db_name("halfway");
    let (session, before) = with_demo(&name).await;
    let store = session.storage();
    // A file from another device: the demo, edited there.
    let mut incoming = before.clone();
    for (i, m) in incoming.managers.values_mut().enumerate() {
        m.data.notes = format!("правка {i}");
        m.updated = rop::domain::Stamp::new(m.updated.millis + 1000, 0);
        m.device = uuid::Uuid::from_u128(42);
    }
    let merged = merge(&before, &incoming, store.device(), None);
    assert_eq!(merged.writes.len(), 9);
    let batch = Batch {
        clear: false,
        backup: Some(Backup::of(
            &before,
            "test.json",
            "t",
            session.next_backup_id(now()),
            false,
        )),
        puts: merged.writes.clone(),
        scrub: None,
    };
    let result = store.commit_failing_at(batch, 5).await;
    assert!(result.is_err(), "the poisoned write fails the transaction");
    assert_eq!(
        store.load().await.unwrap(),
        before,
        "not one record of the failed import is kept"
    );
    assert!(store.backups().await.unwrap().is_empty(), "nor its backup");
    // The same import through the write path goes through, with its backup.
    let done = session
        .import(
            &before,
            &incoming,
            ImportMode::Merge,
            "test.json",
            "t",
            now(),
        )
        .await
        .unwrap();
    assert_eq!(done.data, merged.data);
    assert_eq!(store.load().await.unwrap(), merged.data);
    assert_eq!(store.backups().await.unwrap().len(), 1);
}

#[wasm_bindgen_test]
async fn replace_keeps_the_last_ten_backups() {
    let name = db_name("backups");
    let (session, data) = with_demo(&name).await;
    let store = session.storage();
    for i in 0..12 {
        session
            .import(
                &data,
                &data,
                ImportMode::Replace,
                &format!("restore {i}"),
                "t",
                now(),
            )
            .await
            .unwrap();
    }
    let list = store.backups().await.unwrap();
    assert_eq!(list.len(), 10);
    assert_eq!(list[0].reason, "restore 11", "newest first");
    assert_eq!(list[9].reason, "restore 2");
    let file = store.backup_file(&list[0].id).await.unwrap().unwrap();
    assert_eq!(file, export(&data, "t"));
    // Replace with an empty dataset removes everything but the backups.
    session
        .import(
            &data,
            &Dataset::default(),
            ImportMode::Replace,
            "wipe",
            "t",
            now(),
        )
        .await
        .unwrap();
    assert!(store.load().await.unwrap().is_empty());
}

/// O7: an erasure rewrites, in its own transaction, the stored backups that still hold the candidate; reopened, the
/// database has the erasure and no backup names them.
#[wasm_bindgen_test]
async fn an_erasure_cleans_the_stored_backups_in_its_own_transaction() {
    use rop::domain::team::hiring::{candidate::Candidate, erase};
    let name = db_name("erasure");
    let (session, data) = with_demo(&name).await;
    let store = session.storage();
    session
        .import(&data, &data, ImportMode::Replace, "restore", "t", now())
        .await
        .unwrap();
    let before = store.backups().await.unwrap();
    let file = store.backup_file(&before[0].id).await.unwrap().unwrap();
    assert!(file.contains("Фролов Максим"));
    let rejected = data
        .live_records::<Candidate>()
        .find(|r| r.data.full_name.starts_with("Фролов Максим"))
        .map(|r| r.id)
        .unwrap();
    let edits = erase(&data, rejected, day("2026-11-27")).unwrap();
    let changes = session.stamp(&data, edits, now()).unwrap();
    session.write_erasure(changes).await.unwrap();
    drop(session);
    let (_, reopened) = self::session(&name).await;
    assert!(reopened.candidates[&rejected].data.erased.is_some());
    let store = Store::open(&name).await.unwrap();
    let after = store.backups().await.unwrap();
    assert_eq!(after.len(), before.len());
    for b in after {
        let file = store.backup_file(&b.id).await.unwrap().unwrap();
        assert!(
            !file.contains("Фролов Максим"),
            "{}: still names the candidate",
            b.reason
        );
    }
}

/// Defect 5 of the data-safety issue: ten imports that changed little pushed out the only backup taken before a
/// mass delete. That backup is now kept until the next one like it, and the list tells live records from deleted.
#[wasm_bindgen_test]
async fn regression_backup_before_a_mass_delete_is_never_pruned() {
    let name = db_name("pinned");
    let (session, data) = with_demo(&name).await;
    let store = session.storage();
    let empty = Dataset::default();
    session
        .import(&data, &empty, ImportMode::Replace, "wipe", "t", now())
        .await
        .unwrap();
    let mut current = empty;
    for i in 0..12 {
        current = session
            .import(
                &current,
                &data,
                ImportMode::Replace,
                &format!("import {i}"),
                "t",
                now(),
            )
            .await
            .unwrap()
            .data;
    }
    let list = store.backups().await.unwrap();
    assert_eq!(list.len(), 11, "ten recent ones and the pinned one");
    let pinned = list.last().unwrap();
    assert_eq!(
        (pinned.reason.as_str(), pinned.before_mass_delete),
        ("wipe", true)
    );
    assert_eq!(pinned.live, Some(data.live_count()));
    assert_eq!(list[0].reason, "import 11");
}

#[wasm_bindgen_test]
async fn a_v1_database_upgrades_with_its_absences_moved_out() {
    let name = db_name("upgrade");
    // Build the database as version 1 of the app left it: absences inside their manager.
    let db = schema::open_at(&name, 1).await.unwrap();
    let v1 = include_str!("golden/v1.json");
    let file: serde_json::Value = serde_json::from_str(v1).unwrap();
    let managers: Vec<String> = file["stores"]["managers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.to_string())
        .collect();
    put_raw_managers(&db, &managers).await;
    db.close();

    let store = Store::open(&name).await.unwrap();
    let data = store.load().await.unwrap();
    assert_eq!(data.managers.len(), 2);
    assert_eq!(data.absences.len(), 3);
    // Exactly what the file migration makes of the same records.
    let from_file = rop::sync::read_file(
        v1.as_bytes(),
        &rop::sync::Context::alone(js_sys::Date::now() as u64),
    )
    .unwrap();
    assert_eq!(data.managers, from_file.managers);
    assert_eq!(data.absences, from_file.absences);
}

/// Issue 23's schema step: a v9 database (payslips with the mixed rate, a violation carrying its share, the
/// month's summed reduction) opens as v10 with exactly what the file migration makes of the same records.
#[wasm_bindgen_test]
async fn a_v9_database_upgrades_its_pay_records_as_a_v9_file_does() {
    let name = db_name("upgrade-v10");
    let db = schema::open_at(&name, 9).await.unwrap();
    let v9 = include_str!("golden/v9.json");
    let file: serde_json::Value = serde_json::from_str(v9).unwrap();
    for store in rop::sync::migrate::V10_STORES {
        let records: Vec<String> = file["stores"][store]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.to_string())
            .collect();
        put_raw(&db, store, &records).await;
    }
    db.close();

    let store = Store::open(&name).await.unwrap();
    let data = store.load().await.unwrap();
    let from_file = rop::sync::read_file(
        v9.as_bytes(),
        &rop::sync::Context::alone(js_sys::Date::now() as u64),
    )
    .unwrap();
    assert!(!from_file.reductions.is_empty() && !from_file.violations.is_empty());
    assert_eq!(data.payslips, from_file.payslips);
    assert_eq!(data.reductions, from_file.reductions);
    assert_eq!(data.violations, from_file.violations);
    assert_eq!(data.pay_schemes, from_file.pay_schemes);
}

#[wasm_bindgen_test]
fn quota_errors_in_every_engine_spelling() {
    for (name, message) in [
        ("QuotaExceededError", "The quota has been exceeded."),
        ("NS_ERROR_DOM_QUOTA_REACHED", ""),
        ("UnknownError", "Quota exceeded"),
    ] {
        assert_eq!(
            StoreError::from_dom(name, message),
            StoreError::QuotaExceeded,
            "{name}"
        );
    }
    assert_eq!(
        StoreError::from_dom("VersionError", "x"),
        StoreError::TooNew
    );
    assert!(matches!(
        StoreError::from_dom("SecurityError", "private mode"),
        StoreError::Unavailable(_)
    ));
    assert!(matches!(
        StoreError::from_dom("DataError", "bad key"),
        StoreError::Failed(_)
    ));
}

/// Defect 10 of the data-safety issue: with the storage full, Chromium fails the write with a plain AbortError and
/// keeps QuotaExceededError on the transaction; the message must be the storage-full one.
#[wasm_bindgen_test]
fn regression_quota_error_is_read_from_the_transaction() {
    let quota =
        web_sys::DomException::new_with_message_and_name("full", "QuotaExceededError").unwrap();
    let other = web_sys::DomException::new_with_message_and_name("x", "AbortError").unwrap();
    assert_eq!(
        StoreError::with_cause(StoreError::Aborted, Some(&quota)),
        StoreError::QuotaExceeded
    );
    assert_eq!(
        StoreError::with_cause(StoreError::Aborted, Some(&other)),
        StoreError::Aborted
    );
    assert_eq!(
        StoreError::with_cause(StoreError::Aborted, None),
        StoreError::Aborted
    );
}

/// A write of many records (a restore of a large backup) goes in steps so the page can paint and show progress,
/// yet stays one transaction: a failure in its last step keeps nothing of the earlier steps.
#[wasm_bindgen_test]
async fn a_long_write_reports_progress_and_still_commits_or_changes_nothing() {
    let name = db_name("long");
    let store = Store::open(&name).await.unwrap();
    let data = rop::domain::demo::scale::generated(Scale::S, day("2026-11-27"), 1_795_770_000_000);
    let total = data.record_count();
    assert!(total > 2_000, "more than one step: {total} records");
    let seen = Rc::new(std::cell::RefCell::new(Vec::new()));
    let log = seen.clone();
    store.on_progress(Rc::new(move |done, all| log.borrow_mut().push((done, all))));
    let batch = || Batch {
        clear: true,
        backup: None,
        puts: data.all_changes(),
        scrub: None,
    };
    let failed = store.commit_failing_at(batch(), total - 1).await;
    assert!(failed.is_err(), "the write fails in its last step");
    assert_eq!(
        store.load().await.unwrap(),
        Dataset::default(),
        "nothing of the earlier steps is kept"
    );
    seen.borrow_mut().clear();
    store.commit(batch()).await.unwrap();
    assert_eq!(store.load().await.unwrap(), data);
    let seen = seen.borrow();
    assert!(seen.len() >= 3, "progress in steps: {seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0].0 < w[1].0),
        "progress only moves on: {seen:?}"
    );
    assert_eq!(seen.last(), Some(&(total, total)), "and ends at the total");
}

#[wasm_bindgen_test]
async fn one_unreadable_record_is_left_out_and_named_and_its_store_still_loads() {
    let name = db_name("unreadable");
    let (session, data) = with_demo(&name).await;
    drop(session);
    // A manager record as an older or foreign version might have left it: a field this version does not know.
    let db = schema::open(&name).await.unwrap();
    let broken = r#"{"id":"00000000-0000-4000-8000-0000000000aa","updated":"2026-11-27T09:00:00.000Z-0000","device":"00000000-0000-0000-0000-000000000001","deleted":false,"data":{"full_name":"Х","shoe_size":42}}"#;
    put_raw_managers(&db, &[broken.to_string()]).await;
    db.close();

    let store = Store::open(&name).await.unwrap();
    let loaded = store.load().await.unwrap();
    assert_eq!(loaded, data, "every readable record, and only those");
    let unreadable = store.unreadable();
    assert_eq!(unreadable.len(), 1, "{unreadable:?}");
    assert!(unreadable[0].starts_with("managers: "), "{unreadable:?}");
}
