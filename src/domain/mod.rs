//! The department's model and its rules. Pure: no browser, no storage, no UI; everything here is tested natively.
//!
//! Folders follow the head of sales' cycle (duty ids as in ARCHITECTURE.md's glossary); each depends only on the
//! ones before it, in this order (`tests/tidy.rs`):
//! - [`core`]: records and their sync fields, the clock, ids, field rules, dates and the production calendar,
//!   locale, settings, the dataset with its edits and stamping.
//! - [`team`]: the people (managers, absences).
//! - [`planning`]: P1–P6: metrics, plans and their split, facts, plan/fact, reports, weekly actions, marketing.
//! - [`organisation`]: O4–O6 and M4: meetings, their numbers, protocols, promises.
//! - [`training`]: T1–T5: the case library, scripts (T2), the training calendar (T3), reviews and skills,
//!   certification, onboarding.
//! - [`control`]: C1–C3: meeting discipline so far.
//! - [`motivation`]: M1–M4: the pay engine so far.
//! - [`demo`]: the demo department and the benchmark's generated ones; a leaf nothing else uses.

pub mod control;
pub mod core;
pub mod demo;
pub mod motivation;
pub mod organisation;
pub mod planning;
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
