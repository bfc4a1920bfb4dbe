//! The whole department's data in memory, and the edits that change it.
//!
//! The app loads the database into one [`Dataset`] at start; every screen reads from it, and every local edit is an
//! [`Edit`] stamped into a [`Change`] by [`Dataset::stamp`], written by the store, then applied here.

use super::clock::{Clock, Stamp};
use super::record::{DeviceId, Record, RecordId};
use super::settings::{Settings, SETTINGS_ID};
use super::team::{Absence, Manager};
use std::collections::BTreeMap;

/// Records of one kind, ordered by id (the order of the export file).
pub type Table<T> = BTreeMap<RecordId, Record<T>>;

/// The names of the object stores and of the export file's sections; one list for both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StoreName {
    Absences,
    Managers,
    Settings,
}

impl StoreName {
    /// Alphabetical, the order of the export file.
    pub const ALL: [StoreName; 3] = [
        StoreName::Absences,
        StoreName::Managers,
        StoreName::Settings,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StoreName::Absences => "absences",
            StoreName::Managers => "managers",
            StoreName::Settings => "settings",
        }
    }

    pub fn parse(s: &str) -> Option<StoreName> {
        StoreName::ALL.into_iter().find(|n| n.as_str() == s)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dataset {
    pub absences: Table<Absence>,
    pub managers: Table<Manager>,
    pub settings: Table<Settings>,
}

/// A local edit before it is stamped: what the user did, without the sync fields.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Add a manager or replace its data (a new record gets a fresh random id from the caller).
    Manager(RecordId, Manager),
    Absence(RecordId, Absence),
    DeleteAbsence(RecordId),
    Settings(Settings),
}

/// A stamped record of any kind, ready to be written and applied.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Absence(Record<Absence>),
    Manager(Record<Manager>),
    Settings(Record<Settings>),
}

impl Change {
    /// The record's stamp: where a clock that has seen this change must continue from.
    pub fn updated(&self) -> Stamp {
        match self {
            Change::Absence(r) => r.updated,
            Change::Manager(r) => r.updated,
            Change::Settings(r) => r.updated,
        }
    }
}

/// Why an edit cannot be stamped.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("no record {0} to change")]
    NotFound(RecordId),
}

impl Dataset {
    /// True when nothing was ever saved: the app then offers the first-run screen.
    pub fn is_empty(&self) -> bool {
        self.absences.is_empty() && self.managers.is_empty() && self.settings.is_empty()
    }

    pub fn record_count(&self) -> usize {
        self.absences.len() + self.managers.len() + self.settings.len()
    }

    /// The newest stamp of any record: where this device's clock continues from after a restart.
    pub fn newest_stamp(&self) -> Option<Stamp> {
        let a = self.absences.values().map(|r| r.updated);
        let m = self.managers.values().map(|r| r.updated);
        let s = self.settings.values().map(|r| r.updated);
        a.chain(m).chain(s).max()
    }

    /// The department settings, or the defaults before anything was saved.
    pub fn settings(&self) -> Settings {
        self.settings
            .get(&SETTINGS_ID)
            .filter(|r| !r.deleted)
            .map(|r| r.data.clone())
            .unwrap_or_default()
    }

    /// Managers that are not deleted, by name.
    pub fn managers_by_name(&self) -> Vec<&Record<Manager>> {
        let mut out: Vec<_> = self.managers.values().filter(|r| !r.deleted).collect();
        out.sort_by(|a, b| {
            a.data
                .full_name
                .to_lowercase()
                .cmp(&b.data.full_name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        out
    }

    /// A manager's absences that are not deleted, latest first.
    pub fn absences_of(&self, manager: RecordId) -> Vec<&Record<Absence>> {
        let mut out: Vec<_> = self
            .absences
            .values()
            .filter(|r| !r.deleted && r.data.manager == manager)
            .collect();
        out.sort_by(|a, b| b.data.from.cmp(&a.data.from).then(a.id.cmp(&b.id)));
        out
    }

    /// Turns a local edit into a stamped change: the one place that sets the sync fields of a local edit.
    pub fn stamp(
        &self,
        edit: Edit,
        clock: &mut Clock,
        wall_millis: u64,
        device: DeviceId,
    ) -> Result<Change, EditError> {
        let mut at = Stamper {
            clock,
            wall_millis,
            device,
        };
        Ok(match edit {
            Edit::Manager(id, data) => Change::Manager(at.record(id, false, data)),
            Edit::Absence(id, data) => Change::Absence(at.record(id, false, data)),
            Edit::DeleteAbsence(id) => {
                let data = self
                    .absences
                    .get(&id)
                    .ok_or(EditError::NotFound(id))?
                    .data
                    .clone();
                Change::Absence(at.record(id, true, data))
            }
            Edit::Settings(data) => Change::Settings(at.record(SETTINGS_ID, false, data)),
        })
    }

    /// Puts a stamped change into memory (after the store has committed it).
    pub fn apply(&mut self, change: Change) {
        match change {
            Change::Absence(r) => {
                self.absences.insert(r.id, r);
            }
            Change::Manager(r) => {
                self.managers.insert(r.id, r);
            }
            Change::Settings(r) => {
                self.settings.insert(r.id, r);
            }
        }
    }
}

/// Stamps records of any kind with one clock, device and wall time.
struct Stamper<'a> {
    clock: &'a mut Clock,
    wall_millis: u64,
    device: DeviceId,
}

impl Stamper<'_> {
    fn record<T>(&mut self, id: RecordId, deleted: bool, data: T) -> Record<T> {
        Record {
            id,
            updated: self.clock.tick(self.wall_millis),
            device: self.device,
            deleted,
            data,
        }
    }
}
