//! What a record says about other records: the id it must have when the id is derived from its subject, the
//! records it refers to, and the rules that need the metric catalog. The import reader checks all three against the
//! file and this device's data, so a file cannot bring a second copy of a day's facts under another id, facts of a
//! manager that exists nowhere, or a value beyond its unit's limit.
//! A local write's references are checked here too ([`Dataset::unresolved`]).

use crate::domain::core::dataset::{Change, Dataset, EditError, StoreName};
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

impl Change {
    /// Each change with its references ([`Change::links`]), the input of [`Dataset::unresolved`].
    pub fn with_links(changes: Vec<Change>) -> (Vec<Change>, Vec<Vec<Link>>) {
        let links = changes.iter().map(Change::links).collect();
        (changes, links)
    }
}

impl Dataset {
    /// Whether every reference of `changes` resolves: to a record here (a tombstone too, as the import reader
    /// counts it) or to one written in the same batch. `links[i]` are the references of `changes[i]`
    /// ([`Change::links`]); the app computes them in a lazily loaded module (every kind's `links` is code the first
    /// screen does not need), then checks them here before it writes. Until the late stores are typed
    /// (`late_typed` false: the first second after start, `StoreName::is_late`) their tables are empty here, so
    /// references into them are not checked then rather than refused wrongly.
    pub fn unresolved(
        &self,
        changes: &[Change],
        links: &[Vec<Link>],
        late_typed: bool,
    ) -> Result<(), EditError> {
        // Ids alone: record ids are unique across stores (random, or derived with the kind in the seed).
        let batch: std::collections::BTreeSet<RecordId> = changes.iter().map(Change::id).collect();
        for (c, links) in changes.iter().zip(links) {
            for l in links {
                let known = late_typed || !l.store.is_late();
                if known && !self.contains(l.store, l.id) && !batch.contains(&l.id) {
                    return Err(EditError::UnknownReference {
                        store: c.store(),
                        id: c.id(),
                        field: l.field,
                        to: l.store,
                    });
                }
            }
        }
        Ok(())
    }

    /// [`Dataset::unresolved`] with the links computed here: the one check of references of a local write.
    pub fn check_references(&self, changes: &[Change]) -> Result<(), EditError> {
        let (changes, links) = Change::with_links(changes.to_vec());
        self.unresolved(&changes, &links, true)
    }
}
