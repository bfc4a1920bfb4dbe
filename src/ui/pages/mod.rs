//! Pages, one per duty area; each composes widgets and reads `AppState`.

pub mod data;
pub mod home;
pub mod manager;
pub mod not_found;
pub mod settings;
pub mod team;
