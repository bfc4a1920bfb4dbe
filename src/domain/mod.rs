//! The department's model and its rules. Pure: no browser, no storage, no UI; everything here is tested natively.

pub mod actions;
pub mod calendar;
pub mod case;
pub mod clock;
pub mod dataset;
pub mod date;
pub mod demo;
mod demo_meetings;
pub mod fact;
pub mod ids;
pub mod links;
pub mod locale;
pub mod marketing;
pub mod meeting;
pub mod meeting_numbers;
pub mod metric;
pub mod plan;
pub mod planfact;
pub mod promise;
pub mod protocol;
pub mod protocol_text;
pub mod rebase;
pub mod record;
pub mod report;
pub mod rules;
pub mod scale;
pub mod settings;
pub mod split;
pub mod team;

pub use clock::{Clock, ClockError, Stamp};
pub use dataset::{
    for_each_store, Change, Checked, Dataset, Draft, EachStore, Edit, EditError, Kind, StoreName,
    Table,
};
pub use locale::Lang;
pub use record::{DeviceId, Record, RecordId};
pub use settings::Settings;
pub use team::{Absence, AbsenceKind, Manager, ManagerStatus, Role};
