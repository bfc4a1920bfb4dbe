//! The department's model and its rules. Pure: no browser, no storage, no UI; everything here is tested natively.

pub mod actions;
pub mod calendar;
pub mod clock;
pub mod dataset;
pub mod demo;
pub mod fact;
pub mod ids;
pub mod locale;
pub mod marketing;
pub mod metric;
pub mod plan;
pub mod planfact;
pub mod record;
pub mod report;
pub mod rules;
pub mod scale;
pub mod settings;
pub mod split;
pub mod team;

pub use clock::{Clock, ClockError, Stamp};
pub use dataset::{
    for_each_store, Change, Checked, Dataset, EachStore, Edit, EditError, Kind, StoreName, Table,
};
pub use locale::Lang;
pub use record::{DeviceId, Record, RecordId};
pub use settings::Settings;
pub use team::{Absence, AbsenceKind, Manager, ManagerStatus, Role};
