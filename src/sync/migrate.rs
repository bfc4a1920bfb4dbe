//! Migrations of older export files (and of older databases: the store's upgrade calls the same steps), one
//! function per schema step, on untyped JSON so that old shapes need no Rust types of their own.
//!
//! - v1 → v2: absences lived inside their manager (`data.absences: [...]`); they move to their own store, so that
//!   two devices editing different absences of one manager no longer overwrite each other. Each moved absence gets
//!   an id derived from its manager's id and its position (UUID v5), so migrating the same file on two devices
//!   gives the same ids, and it keeps its manager's sync fields.
//! - v2 → v3: planning adds the stores `actions`, `calendar`, `facts`, `metrics`, `plan_log`, `plans`,
//!   `promotions`, `reports`, `source_months` and `sources`, and the settings
//!   gain `ramp`, `on_track_from` and `at_risk_below`. A v2 file has none of them; the new stores start empty and
//!   the settings take their defaults, so no record changes shape and the step has nothing to move.
//! - v3 → v4: meetings add the stores `attendance`, `cases`, `meeting_notes`, `meeting_tasks`, `meetings`,
//!   `promises` and `templates`. A v3 file has none; nothing changes shape, nothing moves.
//! - v4 → v5: pay (M1) adds the stores `pay_schemes`, `payslips`, `reductions` and `refunds`. A v4 file has none;
//!   nothing changes shape, nothing moves.
//! - v5 → v6: motivation (M2–M4) adds the stores `contests`, `dev_plans`, `one_on_ones` and `recognitions`; the
//!   settings gain `badges` (every rule on) and `one_on_one_days` (14), and a manager gains `one_on_one_days`
//!   (`null`: the department's cadence). All are defaults of the typed records, so nothing moves.
//! - v6 → v7: training and quality (T1–T5, C2, C3 standards) add the stores `acknowledgements`, `attempts`,
//!   `cert_tests`, `hypotheses`, `materials`, `readings`, `reviews`, `scorecards`, `script_versions`, `scripts`,
//!   `skill_marks`, `skills`, `standards`, `training_attendance` and `training_events`; a case gains `script`
//!   (`null`); templates and meetings may use the kind `quality` and the block `hypotheses`. All are defaults, so
//!   nothing moves.
//! - v7 → v8: the sales floor (O1–O3, C3, P2) adds the stores `crm_snapshots`, `crm_sources`, `crm_stages`,
//!   `escalations`, `findings`, `time_logs` and `violations`. Nothing moves.
//! - v8 → v9: hiring (O7) adds the stores `candidates`, `interviews`, `onboardings` and `vacancies`. Nothing moves.

use serde_json::{Map, Value};

/// Brings `stores` of a file written with schema `from` up to the current schema. Shapes it does not recognise are
/// left alone for the validator to report with their place.
pub fn migrate_stores(stores: &mut Value, from: u32) {
    if from < 2 {
        v1_to_v2(stores);
    }
}

fn v1_to_v2(stores: &mut Value) {
    let Some(stores) = stores.as_object_mut() else {
        return;
    };
    let mut moved = Vec::new();
    if let Some(Value::Array(managers)) = stores.get_mut("managers") {
        for manager in managers.iter_mut() {
            moved.extend(split_v1_manager(manager));
        }
    }
    let absences = stores
        .entry("absences")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(list) = absences {
        list.extend(moved);
    }
}

/// Takes the inline absences out of one v1 manager record and returns them as v2 absence records.
pub fn split_v1_manager(manager: &mut Value) -> Vec<Value> {
    let Some(record) = manager.as_object_mut() else {
        return Vec::new();
    };
    let inline = match record
        .get_mut("data")
        .and_then(Value::as_object_mut)
        .and_then(|d| d.remove("absences"))
    {
        Some(Value::Array(list)) => list,
        _ => return Vec::new(),
    };
    let manager_id = record
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let namespace = uuid::Uuid::parse_str(&manager_id).unwrap_or_default();
    inline
        .into_iter()
        .enumerate()
        .map(|(i, mut data)| {
            if let Some(d) = data.as_object_mut() {
                d.insert("manager".into(), Value::String(manager_id.clone()));
            }
            let id = uuid::Uuid::new_v5(&namespace, format!("absence-{i}").as_bytes());
            let mut out = Map::new();
            out.insert("id".into(), Value::String(id.to_string()));
            for key in ["updated", "device", "deleted"] {
                out.insert(key.into(), record.get(key).cloned().unwrap_or(Value::Null));
            }
            out.insert("data".into(), data);
            Value::Object(out)
        })
        .collect()
}
