//! O2 an imported export as a dated snapshot, the rules of each funnel stage, and what the mapping step answered
//! for a source; and the one action that turns a read file into records ([`import`]).

use super::columns::{CrmSystem, ExportKind, Field};
use super::deal::{CrmTask, Deal, Item, Outcome, Row, CELL_MAX};
use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, check_range, FieldProblem, Rule,
};
use crate::domain::core::text::fold;
use crate::domain::core::unit::MONEY_DAY_MAX;
use crate::domain::team::find_manager;
use crate::domain::{Dataset, Edit, RecordId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One export file as it was on the day it was taken. Deals keep their CRM ids, so two snapshots tell which deal
/// moved where. One snapshot per source, kind and day: a second file of the same day replaces the first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrmSnapshot {
    /// The source's name («amoCRM», «Bitrix24», or the name the user gave a mapped table).
    pub source: String,
    pub system: CrmSystem,
    pub kind: ExportKind,
    #[serde(with = "crate::domain::core::date")]
    pub taken: NaiveDate,
    /// The file's name, for the list of imports.
    pub file: String,
    /// The fields the file had columns for: a check needs its column (no «Причина отказа», no lost-reason check).
    pub fields: Vec<Field>,
    /// The export's other columns (custom fields and the like), which stages may require.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deals: Vec<Deal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<CrmTask>,
}

/// The most rows one snapshot holds: twice the 50 000 deals a large department's export has.
pub const ROWS_MAX: usize = 100_000;
/// The most other columns kept: amoCRM lists every custom field; more than this is not a CRM export.
pub const EXTRA_MAX: usize = 300;
pub const NAME_MAX: usize = 200;

impl CrmSnapshot {
    pub fn id_for(source: &str, kind: ExportKind, taken: NaiveDate) -> RecordId {
        let kind = match kind {
            ExportKind::Deals => "deals",
            ExportKind::Tasks => "tasks",
        };
        derived("crm_snapshot", &[&fold(source), kind, &taken.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "source", &self.source, NAME_MAX);
        check_len(&mut out, "file", &self.file, NAME_MAX);
        check_count(&mut out, "extra".into(), self.extra.len(), EXTRA_MAX);
        for (i, e) in self.extra.iter().enumerate() {
            check_part(&mut out, &format!("extra[{i}]"), |one| {
                check_len(one, "name", e, CELL_MAX)
            });
        }
        check_count(&mut out, "deals".into(), self.deals.len(), ROWS_MAX);
        check_count(&mut out, "tasks".into(), self.tasks.len(), ROWS_MAX);
        let mut ids = BTreeSet::new();
        for (i, d) in self.deals.iter().enumerate() {
            check_part(&mut out, &format!("deals[{i}]"), |one| {
                check_name(one, "id", &d.id, CELL_MAX);
                check_len(one, "name", &d.name, CELL_MAX);
                check_name(one, "owner", &d.owner, CELL_MAX);
                check_name(one, "stage", &d.stage, CELL_MAX);
                check_len(one, "pipeline", &d.pipeline, CELL_MAX);
                check_len(one, "source", &d.source, CELL_MAX);
                check_len(one, "lost_reason", &d.lost_reason, CELL_MAX);
                check_range(one, "amount", d.amount, 0..=MONEY_DAY_MAX);
                if d.closed.is_some_and(|c| c < d.created) {
                    one.push(FieldProblem::new("closed", Rule::EndBeforeStart));
                }
                if d.blank.iter().any(|b| *b as usize >= self.extra.len()) {
                    one.push(FieldProblem::new(
                        "blank",
                        Rule::Range {
                            min: 0,
                            max: self.extra.len() as i64 - 1,
                        },
                    ));
                }
                if !ids.insert(d.id.as_str()) {
                    one.push(FieldProblem::new("id", Rule::Duplicate));
                }
            });
        }
        for (i, t) in self.tasks.iter().enumerate() {
            check_part(&mut out, &format!("tasks[{i}]"), |one| {
                check_name(one, "id", &t.id, CELL_MAX);
                check_len(one, "name", &t.name, CELL_MAX);
                check_name(one, "owner", &t.owner, CELL_MAX);
                check_len(one, "deal", &t.deal, CELL_MAX);
            });
        }
        out
    }

    /// Deals and tasks of one manager.
    pub fn deals_of(&self, manager: RecordId) -> impl Iterator<Item = &Deal> {
        self.deals.iter().filter(move |d| d.manager == manager)
    }
}

impl Related for CrmSnapshot {
    fn derived_id(&self) -> Option<RecordId> {
        Some(CrmSnapshot::id_for(&self.source, self.kind, self.taken))
    }

    fn links(&self) -> Vec<Link> {
        let people: BTreeSet<RecordId> = self
            .deals
            .iter()
            .map(|d| d.manager)
            .chain(self.tasks.iter().map(|t| t.manager))
            .collect();
        people
            .into_iter()
            .map(|id| Link::to("deals.manager", StoreName::Managers, id))
            .collect()
    }
}

/// A funnel stage and its rules: where it stands in the funnel, how it ends a deal, how many days a deal may sit
/// in it, and which card fields must be filled there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageRule {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pipeline: String,
    pub stage: String,
    /// Place in the funnel, from 1; closing stages come after the open ones.
    pub order: u16,
    pub outcome: Outcome,
    /// Days a deal may sit here before it is stuck; `None`: no norm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norm_days: Option<u16>,
    /// What must be filled on a card at this stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<Required>,
}

/// A card field a stage requires: one the app reads (the amount, the source…) or another column of the export.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Required {
    Field(Field),
    Column(String),
}

pub const NORM_DAYS_MAX: i64 = 365;
pub const REQUIRED_MAX: usize = 50;

impl StageRule {
    pub fn id_for(pipeline: &str, stage: &str) -> RecordId {
        derived("crm_stage", &[&fold(pipeline), &fold(stage)])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_len(&mut out, "pipeline", &self.pipeline, CELL_MAX);
        check_name(&mut out, "stage", &self.stage, CELL_MAX);
        check_range(&mut out, "order", self.order as i64, 1..=999);
        if let Some(n) = self.norm_days {
            check_range(&mut out, "norm_days", n as i64, 1..=NORM_DAYS_MAX);
        }
        check_count(
            &mut out,
            "required".into(),
            self.required.len(),
            REQUIRED_MAX,
        );
        for (i, r) in self.required.iter().enumerate() {
            if let Required::Column(c) = r {
                check_part(&mut out, &format!("required[{i}]"), |one| {
                    check_name(one, "column", c, CELL_MAX)
                });
            }
        }
        out
    }
}

impl Related for StageRule {
    fn derived_id(&self) -> Option<RecordId> {
        Some(StageRule::id_for(&self.pipeline, &self.stage))
    }
}

/// What the mapping step answered for a source, remembered for its next file: which header is which field, and
/// which CRM user is which manager (`None`: not one of the department; their rows are left out).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrmSource {
    pub name: String,
    pub kind: ExportKind,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub columns: BTreeMap<Field, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub users: BTreeMap<String, Option<RecordId>>,
}

pub const USERS_MAX: usize = 2_000;

impl CrmSource {
    pub fn id_for(name: &str, kind: ExportKind) -> RecordId {
        let kind = match kind {
            ExportKind::Deals => "deals",
            ExportKind::Tasks => "tasks",
        };
        derived("crm_source", &[&fold(name), kind])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "name", &self.name, NAME_MAX);
        check_count(&mut out, "users".into(), self.users.len(), USERS_MAX);
        for (f, h) in &self.columns {
            check_part(&mut out, &format!("columns.{f:?}"), |one| {
                check_len(one, "name", h, CELL_MAX)
            });
        }
        for u in self.users.keys() {
            if u.chars().count() > CELL_MAX {
                out.push(FieldProblem::new(
                    "users",
                    Rule::TooLong {
                        max: CELL_MAX,
                        len: u.chars().count(),
                    },
                ));
            }
        }
        out
    }

    /// The remembered source for `name` and `kind`, if the user mapped one before.
    pub fn of(data: &Dataset, name: &str, kind: ExportKind) -> Option<CrmSource> {
        data.live::<CrmSource>(CrmSource::id_for(name, kind))
            .map(|r| r.data.clone())
    }
}

impl Related for CrmSource {
    fn derived_id(&self) -> Option<RecordId> {
        Some(CrmSource::id_for(&self.name, self.kind))
    }

    fn links(&self) -> Vec<Link> {
        self.users
            .values()
            .flatten()
            .map(|id| Link::to("users", StoreName::Managers, *id))
            .collect()
    }
}

/// The manager a CRM user is: the user's answer in `users` if there is one, else the team's name lookup.
fn owner_of(
    data: &Dataset,
    users: &BTreeMap<String, Option<RecordId>>,
    owner: &str,
) -> Option<Option<RecordId>> {
    match users.get(owner) {
        Some(answer) => Some(*answer),
        None => find_manager(data, owner).map(Some),
    }
}

/// CRM users no manager's name matches and the mapping does not answer: the mapping step asks about them.
pub fn unknown_owners(
    data: &Dataset,
    rows: &[Row],
    users: &BTreeMap<String, Option<RecordId>>,
) -> Vec<String> {
    let names: BTreeSet<&str> = rows.iter().map(|r| r.owner.as_str()).collect();
    names
        .into_iter()
        .filter(|n| owner_of(data, users, n).is_none())
        .map(str::to_string)
        .collect()
}

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
