//! What a record says about other records: the id it must have when the id is derived from its subject, the
//! records it refers to, and the rules that need the metric catalog. The import reader checks all three against the
//! file and this device's data, so a file cannot bring a second copy of a day's facts under another id, facts of a
//! manager that exists nowhere, or a value beyond its unit's limit.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{FieldProblem, Rule};
use crate::domain::core::unit::Unit;

/// A reference from one record to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    /// The field inside the record's data that holds it.
    pub field: &'static str,
    /// The store it points into.
    pub store: StoreName,
    pub id: RecordId,
}

impl Link {
    pub fn to(field: &'static str, store: StoreName, id: RecordId) -> Link {
        Link { field, store, id }
    }
}

/// A record's relations. Every kind implements it; the defaults say "none".
pub trait Related {
    /// The id this record must have when the id is derived from what it is about (one record per manager and day,
    /// per plan cell, per meeting of a period…). `None`: any id.
    fn derived_id(&self) -> Option<RecordId> {
        None
    }

    /// Every record this one refers to. Metric references to built-ins are left out (see `planning::metric::metric_link`).
    fn links(&self) -> Vec<Link> {
        Vec::new()
    }

    /// Records this one names for context only, never checked on import: a case remembers the meeting it was
    /// raised at, and a file of cases without that meeting still reads. What was written "at a meeting" is found
    /// through [`Related::links`] and these.
    fn mentions(&self) -> Vec<Link> {
        Vec::new()
    }

    /// Rules that need each referred metric's unit (`unit` answers for built-ins and custom metrics alike; `None`
    /// for a metric that exists nowhere, which [`Related::links`] reports).
    fn unit_problems(&self, _unit: &dyn Fn(RecordId) -> Option<Unit>) -> Vec<FieldProblem> {
        Vec::new()
    }

    /// What is left after personal data was erased for good (O7): such a version wins every merge, so an older copy
    /// on another device cannot bring the data back.
    fn erased(&self) -> bool {
        false
    }
}

/// A value above its unit's limit, as a problem at `field`.
pub fn check_limit(out: &mut Vec<FieldProblem>, field: &'static str, value: i64, max: i64) {
    if !(0..=max).contains(&value) {
        out.push(FieldProblem::new(field, Rule::Range { min: 0, max }));
    }
}
