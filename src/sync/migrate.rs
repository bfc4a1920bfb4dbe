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
//! - v9 → v10 (pay a seller can check, [`v9_to_v10`]): a payslip no longer stores `commission_rate_bp` (a refund's
//!   rate is read from the frozen lines, the commission on payments only); a violation no longer carries
//!   `reduction_bp` (the reduction decided for it is its own personal record, one per violation); a per-unit bonus
//!   on a money metric gains `step` 1,00 ₽ (it paid per kopeck, which no scheme means). Pay stays what it was:
//!   see the step's own comment.

use crate::domain::core::ids::derived;
use crate::domain::motivation::reduction::BonusReduction;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Brings `stores` of a file written with schema `from` up to the current schema. Shapes it does not recognise are
/// left alone for the validator to report with their place.
pub fn migrate_stores(stores: &mut Value, from: u32) {
    if from < 2 {
        v1_to_v2(stores);
    }
    if from < 10 {
        v9_to_v10(stores);
    }
}

/// The stores [`v9_to_v10`] reads or changes: the database's upgrade to v10 runs it on these alone.
pub const V10_STORES: [&str; 5] = [
    "metrics",
    "pay_schemes",
    "payslips",
    "reductions",
    "violations",
];

/// v9 → v10. Each record's change depends only on the file's own records, so two devices migrating the same data
/// get the same records (ids, stamps and all).
/// - Payslips: `commission_rate_bp` goes (it mixed every commission; the rate now comes from the frozen lines).
/// - Per-unit bonuses on a money metric (`payments`, `average_check`, a custom money metric): `step` 100 (1 ₽).
/// - Violations: `reduction_bp` goes. In v9 a month's shares were summed into one reduction per person and month
///   (the id `reduction` + manager + month), which a manual reduction of that month replaced. Where that record
///   still holds the shares' sum (capped at 100 %), it is replaced by one reduction per violation, with the
///   violation's share and its line of the old reason (the whole reason when the lines do not pair up), stamped as
///   the old record was; the reductions take together what the old one took (both are capped at the variable
///   pay). Where it was replaced by a manual one, or deleted, it stays as it is and the shares go: pay stays what
///   it was.
pub fn v9_to_v10(stores: &mut Value) {
    let Some(stores) = stores.as_object_mut() else {
        return;
    };
    for r in records(stores, "payslips") {
        if let Some(d) = data(r) {
            d.remove("commission_rate_bp");
        }
    }
    let mut money: Vec<String> = vec!["payments".into(), "average_check".into()];
    money.extend(
        stores
            .get("metrics")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|r| r.pointer("/data/unit").and_then(Value::as_str) == Some("money"))
            .filter_map(|r| r.get("id").and_then(Value::as_str).map(String::from)),
    );
    for r in records(stores, "pay_schemes") {
        let components = r
            .pointer_mut("/data/components")
            .and_then(Value::as_array_mut);
        for c in components.into_iter().flatten() {
            let Some(spif) = c.get_mut("per_unit").and_then(Value::as_object_mut) else {
                continue;
            };
            let on_money = spif
                .get("metric")
                .and_then(Value::as_str)
                .is_some_and(|m| money.iter().any(|x| x == m));
            if on_money && !spif.contains_key("step") {
                spif.insert("step".into(), Value::from(100));
            }
        }
    }
    // Each counted violation's share, by (manager, month): (date, violation id, share).
    let mut shares: BTreeMap<(String, String), Vec<(String, String, i64)>> = BTreeMap::new();
    for r in records(stores, "violations") {
        let id = r
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let deleted = r.get("deleted").and_then(Value::as_bool).unwrap_or(false);
        let Some(d) = data(r) else {
            continue;
        };
        let Some(share) = d.remove("reduction_bp").and_then(|v| v.as_i64()) else {
            continue;
        };
        let counts = d.get("decision").and_then(Value::as_str) != Some("dismissed");
        let (Some(manager), Some(date)) = (
            d.get("manager").and_then(Value::as_str),
            d.get("date").and_then(Value::as_str),
        ) else {
            continue;
        };
        if deleted || !counts || date.len() < 8 {
            continue;
        }
        let month = format!("{}01", &date[..8]);
        shares
            .entry((manager.to_string(), month))
            .or_default()
            .push((date.to_string(), id, share));
    }
    let Some(Value::Array(reductions)) = stores.get_mut("reductions") else {
        return;
    };
    let mut made = Vec::new();
    reductions.retain(|r| {
        let old = (|| {
            let id = r.get("id")?.as_str()?;
            if r.get("deleted")?.as_bool()? {
                return None;
            }
            let d = r.get("data")?.as_object()?;
            let key = (
                d.get("manager")?.as_str()?.to_string(),
                d.get("month")?.as_str()?.to_string(),
            );
            (id == derived("reduction", &[&key.0, &key.1]).to_string()).then_some(())?;
            let list = shares.get(&key)?;
            let sum: i64 = list.iter().map(|s| s.2).sum();
            (d.get("percent_bp")?.as_i64()? == sum.min(10_000)).then_some(())?;
            Some((key, list.clone(), d.get("reason")?.as_str()?.to_string()))
        })();
        let Some(((manager, month), mut list, reason)) = old else {
            return true;
        };
        list.sort();
        let lines: Vec<&str> = reason.split('\n').collect();
        for (i, (_, violation, share)) in list.iter().enumerate() {
            let reason = if lines.len() == list.len() {
                lines[i]
            } else {
                reason.as_str()
            };
            let mut data = Map::new();
            data.insert("manager".into(), Value::from(manager.clone()));
            data.insert("month".into(), Value::from(month.clone()));
            data.insert("percent_bp".into(), Value::from(*share));
            data.insert("reason".into(), Value::from(reason));
            data.insert("violation".into(), Value::from(violation.clone()));
            let vid = uuid::Uuid::parse_str(violation).unwrap_or_default();
            let mut out = Map::new();
            out.insert(
                "id".into(),
                Value::from(BonusReduction::id_for_violation(vid).to_string()),
            );
            for key in ["updated", "device"] {
                out.insert(key.into(), r.get(key).cloned().unwrap_or(Value::Null));
            }
            out.insert("deleted".into(), Value::Bool(false));
            out.insert("data".into(), Value::Object(data));
            made.push(Value::Object(out));
        }
        false
    });
    reductions.extend(made);
}

/// The records of a store, if the file has it.
fn records<'a>(
    stores: &'a mut Map<String, Value>,
    name: &str,
) -> impl Iterator<Item = &'a mut Value> {
    stores
        .get_mut(name)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// A record's data object.
fn data(record: &mut Value) -> Option<&mut Map<String, Value>> {
    record.get_mut("data").and_then(Value::as_object_mut)
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
