//! The database schema and its upgrade path. Each version adds one step; the browser runs the steps between the
//! stored version and [`VERSION`] inside one version-change transaction, so an upgrade completes or changes nothing.
//!
//! - v1: `managers` (absences inside each manager), `settings`, `meta`.
//! - v2: `absences` moves out of `managers` into its own store (indexed by manager), and `backups` is added. The
//!   records are moved by the same migration step the export file uses (`sync::migrate`), so an old database and
//!   an old file become the same data.
//! - v3: planning: `actions`, `calendar`, `facts` (indexed by date), `metrics`, `plan_log`, `plans`, `promotions`,
//!   `reports`, `source_months` and `sources`. Nothing moves.
//! - v4: meetings: `attendance`, `cases`, `meeting_notes`, `meeting_tasks`, `meetings`, `promises` and
//!   `templates`. Nothing moves.
//! - v5: pay: `pay_schemes`, `payslips`, `reductions`, `refunds`. v6: motivation: `contests`, `dev_plans`,
//!   `one_on_ones`, `recognitions`. v7: training and quality: `acknowledgements`, `attempts`, `cert_tests`,
//!   `hypotheses`, `materials`, `readings`, `reviews`, `scorecards`, `script_versions`, `scripts`, `skill_marks`,
//!   `skills`, `standards`, `training_attendance`, `training_events`. v8: the sales floor: `crm_snapshots`,
//!   `crm_sources`, `crm_stages`, `escalations`, `findings`, `time_logs`, `violations`. v9: hiring: `candidates`,
//!   `interviews`, `onboardings`, `vacancies`. Nothing moves in any of them.
//! - v10: pay a seller can check (`sync::migrate::v9_to_v10`): the records of `metrics`, `pay_schemes`, `payslips`,
//!   `reductions` and `violations` are read, migrated by the same step the export file uses, and written back, in
//!   the version-change transaction. No store is added; the step reaches that transaction through a store made
//!   for the purpose and dropped again before the upgrade ends.

use super::error::StoreError;
use crate::sync::migrate::{split_v1_manager, v9_to_v10, V10_STORES};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::KeyPath;
use serde_json::Value;

pub const VERSION: u32 = 10;
pub const MANAGERS: &str = "managers";
pub const SETTINGS: &str = "settings";
pub const ABSENCES: &str = "absences";
pub const META: &str = "meta";
pub const BACKUPS: &str = "backups";

/// Opens the database at [`VERSION`], upgrading from whatever version it has.
pub async fn open(name: &str) -> Result<Database, StoreError> {
    open_at(name, VERSION).await
}

/// Opens at a given version: the app uses [`VERSION`]; the upgrade test builds a v1 database first.
pub async fn open_at(name: &str, version: u32) -> Result<Database, StoreError> {
    let blocked = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = blocked.clone();
    let opened = Database::open(name)
        .with_version(version)
        .with_on_blocked(move |_| {
            // Another tab holds an older version open; the upgrade waits for it. Tell the page meanwhile.
            flag.set(true);
            super::browser::announce(super::browser::BLOCKED_EVENT);
            Ok(())
        })
        .with_on_upgrade_needed_fut(move |event, db| async move {
            let old = event.old_version() as u32;
            let new = event.new_version().map(|v| v as u32).unwrap_or(version);
            upgrade(&db, old, new).await
        })
        .await;
    match opened {
        Ok(db) => Ok(db),
        Err(_) if blocked.get() => Err(StoreError::Blocked),
        Err(e) => Err(StoreError::from_open(e)),
    }
}

async fn upgrade(db: &Database, old: u32, new: u32) -> indexed_db_futures::Result<()> {
    if old < 1 && new >= 1 {
        db.create_object_store(MANAGERS)
            .with_key_path(KeyPath::One("id"))
            .build()?;
        db.create_object_store(SETTINGS)
            .with_key_path(KeyPath::One("id"))
            .build()?;
        db.create_object_store(META)
            .with_key_path(KeyPath::One("key"))
            .build()?;
    }
    if old < 2 && new >= 2 {
        let absences = db
            .create_object_store(ABSENCES)
            .with_key_path(KeyPath::One("id"))
            .build()?;
        absences
            .create_index("manager", KeyPath::One("data.manager"))
            .build()?;
        db.create_object_store(BACKUPS)
            .with_key_path(KeyPath::One("id"))
            .build()?;
        if old == 1 {
            // Move inline absences out of the v1 manager records, in this same version-change transaction.
            let tx = absences.transaction();
            let managers = tx.object_store(MANAGERS)?;
            let all: Vec<Value> = managers
                .get_all::<Value>()
                .serde()?
                .await?
                .collect::<Result<_, _>>()?;
            for mut manager in all {
                for absence in split_v1_manager(&mut manager) {
                    absences.put(absence).serde()?.await?;
                }
                managers.put(manager).serde()?.await?;
            }
        }
    }
    if old < 3 && new >= 3 {
        for name in [
            "actions",
            "calendar",
            "metrics",
            "plan_log",
            "plans",
            "promotions",
            "reports",
            "source_months",
            "sources",
        ] {
            db.create_object_store(name)
                .with_key_path(KeyPath::One("id"))
                .build()?;
        }
        db.create_object_store("facts")
            .with_key_path(KeyPath::One("id"))
            .build()?
            .create_index("date", KeyPath::One("data.date"))
            .build()?;
    }
    if old < 4 && new >= 4 {
        for name in [
            "attendance",
            "cases",
            "meeting_notes",
            "meeting_tasks",
            "meetings",
            "promises",
            "templates",
        ] {
            db.create_object_store(name)
                .with_key_path(KeyPath::One("id"))
                .build()?;
        }
    }
    if old < 5 && new >= 5 {
        for name in ["pay_schemes", "payslips", "reductions", "refunds"] {
            db.create_object_store(name)
                .with_key_path(KeyPath::One("id"))
                .build()?;
        }
    }
    if old < 6 && new >= 6 {
        for name in ["contests", "dev_plans", "one_on_ones", "recognitions"] {
            db.create_object_store(name)
                .with_key_path(KeyPath::One("id"))
                .build()?;
        }
    }
    if old < 7 && new >= 7 {
        for name in [
            "acknowledgements",
            "attempts",
            "cert_tests",
            "hypotheses",
            "materials",
            "readings",
            "reviews",
            "scorecards",
            "script_versions",
            "scripts",
            "skill_marks",
            "skills",
            "standards",
            "training_attendance",
            "training_events",
        ] {
            db.create_object_store(name)
                .with_key_path(KeyPath::One("id"))
                .build()?;
        }
    }
    if old < 8 && new >= 8 {
        for name in [
            "crm_snapshots",
            "crm_sources",
            "crm_stages",
            "escalations",
            "findings",
            "time_logs",
            "violations",
        ] {
            db.create_object_store(name)
                .with_key_path(KeyPath::One("id"))
                .build()?;
        }
    }
    if old < 9 && new >= 9 {
        for name in ["candidates", "interviews", "onboardings", "vacancies"] {
            db.create_object_store(name)
                .with_key_path(KeyPath::One("id"))
                .build()?;
        }
    }
    if (1..10).contains(&old) && new >= 10 {
        migrate_v10(db).await?;
    }
    Ok(())
}

/// The records of [`V10_STORES`] migrated in place (a database older than v5 has none of them yet, and a store
/// this upgrade has just made is empty: both read as empty).
async fn migrate_v10(db: &Database) -> indexed_db_futures::Result<()> {
    const HANDLE: &str = "upgrade_v10";
    let handle = db
        .create_object_store(HANDLE)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    let tx = handle.transaction();
    let names: Vec<String> = db.object_store_names().collect();
    let mut stores = serde_json::Map::new();
    for name in V10_STORES.iter().filter(|n| names.iter().any(|x| x == *n)) {
        let all: Vec<Value> = tx
            .object_store(name)?
            .get_all::<Value>()
            .serde()?
            .await?
            .collect::<Result<_, _>>()?;
        stores.insert((*name).to_string(), Value::Array(all));
    }
    let mut stores = Value::Object(stores);
    v9_to_v10(&mut stores);
    if let Value::Object(stores) = stores {
        for (name, records) in stores {
            let store = tx.object_store(&name)?;
            store.clear()?.await?;
            for r in records.as_array().into_iter().flatten() {
                store.put(r).serde()?.await?;
            }
        }
    }
    db.delete_object_store(HANDLE)?;
    Ok(())
}
