//! The department's model and its rules. Pure: no browser, no storage, no UI; everything here is tested natively.
//!
//! Folders follow the head of sales' cycle (duty ids as in ARCHITECTURE.md's glossary); each depends only on the
//! ones before it, in this order (`tests/tidy.rs`):
//! - [`core`]: records and their sync fields, the clock, ids, field rules, dates and the production calendar,
//!   locale, settings, the areas, what a store is and the dataset with its edits.
//! - [`team`]: the people (managers, absences) and hiring (O7).
//! - [`planning`]: P1–P6: metrics, plans and their split, facts, plan/fact, reports, weekly actions, marketing.
//! - [`organisation`]: O1–O6 and M4: time use, the CRM, hard clients, meetings, their numbers, protocols, promises.
//! - [`training`]: T1–T5: the case library, scripts (T2), the training calendar (T3), reviews and skills,
//!   certification, onboarding.
//! - [`control`]: C1–C3: findings, quality hypotheses, standards, discipline.
//! - [`motivation`]: M1–M4: pay, contests and recognition, development plans, one-on-ones.
//! - [`demo`]: the demo department and the benchmark's generated ones; a leaf nothing else uses.
//!
//! Above the areas, [`stores`] lists every store with its area and stamps a local edit, the one write path's start.

pub mod control;
pub mod core;
pub mod demo;
pub mod motivation;
pub mod organisation;
pub mod planning;
pub mod stores;
pub mod team;
pub mod training;

pub use self::core::clock::{Clock, ClockError, Stamp};
pub use self::core::dataset::{
    for_each_store, Change, Checked, Dataset, Draft, EachStore, Edit, EditError, Kind, StoreName,
    Table,
};
pub use self::core::locale::Lang;
pub use self::core::record::{DeviceId, Record, RecordId};
pub use self::core::settings::Settings;
pub use team::{Absence, AbsenceKind, Manager, ManagerStatus, Role};
