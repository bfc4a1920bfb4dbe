//! A CRM file turned into a snapshot with its new stages, and the snapshots a page reads.

use super::*;
use crate::domain::core::text::fold;
use crate::domain::organisation::crm::columns::{CrmSystem, ExportKind, Field};
use crate::domain::organisation::crm::deal::{Item, Outcome, Row};
use crate::domain::{Dataset, Edit, RecordId};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A read file, its rows and what the user answered: everything [`import`] needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub source: String,
    pub system: CrmSystem,
    pub kind: ExportKind,
    pub taken: NaiveDate,
    pub file: String,
    /// The header texts of each field's column, remembered for the source.
    pub columns: BTreeMap<Field, String>,
    pub extra: Vec<String>,
    pub rows: Vec<Row>,
    pub users: BTreeMap<String, Option<RecordId>>,
}

/// What [`import`] refuses.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Users the mapping has not answered yet.
    #[error("CRM users with no manager: {0:?}")]
    Unmatched(Vec<String>),
    #[error("no rows")]
    Empty,
    #[error("more than {ROWS_MAX} rows")]
    TooMany,
    /// A snapshot of this source for this day is already here; importing replaces it.
    #[error("a snapshot of that day exists")]
    Exists,
}

/// The result of an import: the records to write in one transaction, and what the preview says.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub snapshot: CrmSnapshot,
    /// Stages seen for the first time, with their guessed order and outcome.
    pub new_stages: Vec<StageRule>,
    pub edits: Vec<Edit>,
    /// Rows left out because their user is not one of the department.
    pub skipped: usize,
}

/// Turns a read file into a snapshot: owners matched (rows of users mapped to nobody are left out), new stages
/// given a place in the funnel, the source's mapping remembered. All or nothing: the edits are one transaction.
pub fn import(data: &Dataset, reading: Reading) -> Result<Imported, ImportError> {
    // The answers remembered for the source, with this file's on top.
    let mut users = CrmSource::of(data, &reading.source, reading.kind)
        .map(|s| s.users)
        .unwrap_or_default();
    users.extend(reading.users);
    let unknown = unknown_owners(data, &reading.rows, &users);
    if !unknown.is_empty() {
        return Err(ImportError::Unmatched(unknown));
    }
    if reading.rows.is_empty() {
        return Err(ImportError::Empty);
    }
    if reading.rows.len() > ROWS_MAX {
        return Err(ImportError::TooMany);
    }
    let mut deals = Vec::new();
    let mut tasks = Vec::new();
    let mut skipped = 0;
    // Each CRM user is looked up once, however many rows they own.
    let mut owners: BTreeMap<String, Option<RecordId>> = BTreeMap::new();
    for row in reading.rows {
        let owner = match owners.get(&row.owner) {
            Some(o) => *o,
            None => {
                let o = owner_of(data, &users, &row.owner).flatten();
                owners.insert(row.owner.clone(), o);
                o
            }
        };
        match owner {
            None => skipped += 1,
            Some(manager) => match row.assign(manager) {
                Item::Deal(d) => deals.push(d),
                Item::Task(t) => tasks.push(t),
            },
        }
    }
    let snapshot = CrmSnapshot {
        source: reading.source.clone(),
        system: reading.system,
        kind: reading.kind,
        taken: reading.taken,
        file: reading.file,
        fields: reading.columns.keys().copied().collect(),
        extra: reading.extra,
        deals,
        tasks,
    };
    let new_stages = new_stages(data, &snapshot);
    let mut edits = vec![Edit::derived(snapshot.clone())];
    edits.extend(new_stages.iter().cloned().map(Edit::derived));
    edits.push(Edit::derived(CrmSource {
        name: reading.source,
        kind: reading.kind,
        columns: reading.columns,
        users,
    }));
    Ok(Imported {
        snapshot,
        new_stages,
        edits,
        skipped,
    })
}

/// Stages a snapshot shows that have no rule yet, placed after the known ones of their funnel. CRM exports do not
/// say a stage's place, so it is guessed: open stages by the mean age of their deals (a funnel's later stages hold
/// older deals), then won, then lost; the head corrects the order on the CRM page.
pub fn new_stages(data: &Dataset, snapshot: &CrmSnapshot) -> Vec<StageRule> {
    let known: BTreeMap<(String, String), u16> = data
        .live_records::<StageRule>()
        .map(|r| ((fold(&r.data.pipeline), fold(&r.data.stage)), r.data.order))
        .collect();
    // (pipeline, stage) → (name as written, deals, summed age in days)
    let mut seen: BTreeMap<(String, String), (String, String, i64, i64)> = BTreeMap::new();
    for d in &snapshot.deals {
        let key = (fold(&d.pipeline), fold(&d.stage));
        if known.contains_key(&key) {
            continue;
        }
        let e = seen
            .entry(key)
            .or_insert_with(|| (d.pipeline.clone(), d.stage.clone(), 0, 0));
        e.2 += 1;
        e.3 += (snapshot.taken - d.created).num_days().max(0);
    }
    let mut by_pipeline: BTreeMap<String, Vec<(String, String, Outcome, i64, i64)>> =
        BTreeMap::new();
    for ((pipeline, _), (p, s, n, age)) in seen {
        let outcome = Outcome::guess(&s);
        by_pipeline
            .entry(pipeline)
            .or_default()
            .push((p, s, outcome, n, age));
    }
    let mut out = Vec::new();
    for (pipeline, mut stages) in by_pipeline {
        // Mean age compared without division: a/n < b/m ⇔ a·m < b·n.
        stages.sort_by(|a, b| {
            (a.2, a.4 * b.3)
                .cmp(&(b.2, b.4 * a.3))
                .then_with(|| fold(&a.1).cmp(&fold(&b.1)))
        });
        let last = known
            .iter()
            .filter(|((p, _), _)| *p == pipeline)
            .map(|(_, o)| *o)
            .max()
            .unwrap_or(0);
        for (order, (p, s, outcome, _, _)) in (last + 1..).zip(stages) {
            out.push(StageRule {
                pipeline: p,
                stage: s,
                order,
                outcome,
                norm_days: None,
                required: Vec::new(),
            });
        }
    }
    out
}

/// Snapshots of deals, oldest first.
pub fn deal_snapshots(data: &Dataset) -> Vec<&CrmSnapshot> {
    let mut out: Vec<&CrmSnapshot> = data
        .live_records::<CrmSnapshot>()
        .map(|r| &r.data)
        .filter(|s| s.kind == ExportKind::Deals)
        .collect();
    out.sort_by(|a, b| a.taken.cmp(&b.taken).then_with(|| a.source.cmp(&b.source)));
    out
}

/// The task snapshot taken on `day`, if one was.
pub fn tasks_on(data: &Dataset, day: NaiveDate) -> Option<&CrmSnapshot> {
    data.live_records::<CrmSnapshot>()
        .map(|r| &r.data)
        .find(|s| s.kind == ExportKind::Tasks && s.taken == day)
}
