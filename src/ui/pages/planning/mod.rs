//! Planning (P1–P6): the dashboard, the month's plan, the facts grid and its CSV import, reports, the weekly action
//! plan, marketing, and the planning settings.

pub mod actions;
pub mod actions_words;
pub mod dashboard;
pub mod facts;
pub mod facts_import;
pub mod facts_import_words;
pub mod marketing;
pub mod marketing_words;
pub mod money_chart;
pub mod plan;
pub mod planning_settings;
pub mod report;
pub mod words;
