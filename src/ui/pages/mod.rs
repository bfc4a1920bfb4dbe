//! Pages, one per duty area; each composes widgets and reads `AppState`.

pub mod actions;
pub mod cases;
pub mod dashboard;
pub mod data;
pub mod facts;
pub mod facts_import;
pub mod home;
pub mod manager;
pub mod marketing;
pub mod meeting_blocks;
pub mod meeting_entries;
pub mod meeting_mode;
pub mod meetings;
pub mod not_found;
pub mod plan;
pub mod planning_settings;
pub mod protocol;
pub mod report;
pub mod settings;
pub mod team;
pub mod templates;
