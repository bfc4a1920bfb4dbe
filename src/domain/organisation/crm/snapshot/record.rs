//! One CRM export file as it was on the day it was taken, and its rules.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, check_range, FieldProblem, Rule,
};
use crate::domain::core::text::fold;
use crate::domain::core::unit::MONEY_DAY_MAX;
use crate::domain::organisation::crm::columns::{CrmSystem, ExportKind, Field};
use crate::domain::organisation::crm::deal::{CrmTask, Deal, CELL_MAX};
use crate::domain::RecordId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

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
