//! What the mapping step answered for a CRM source, and which CRM user is which manager.

use super::*;
use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, FieldProblem, Rule,
};
use crate::domain::core::text::fold;
use crate::domain::organisation::crm::columns::{ExportKind, Field};
use crate::domain::organisation::crm::deal::{Row, CELL_MAX};
use crate::domain::team::find_manager;
use crate::domain::{Dataset, RecordId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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
pub(super) fn owner_of(
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
