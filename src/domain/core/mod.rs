//! What every area stands on: records and their sync fields, the hybrid logical clock, derived ids, field rules,
//! dates and the production calendar, Russian and English formats, the department's settings, and the dataset with
//! the one place local edits are stamped.

pub mod area;
pub mod bp;
pub mod calendar;
pub mod clock;
pub mod dataset;
pub mod date;
pub mod ids;
pub mod links;
pub mod locale;
pub mod rebase;
pub mod record;
pub mod rules;
pub mod settings;
pub mod sheet;
pub mod text;
pub mod unit;
pub mod zone;
