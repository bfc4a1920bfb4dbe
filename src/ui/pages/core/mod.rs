//! The app's own pages: the first screen, data and sync, settings, and "no such page".

pub mod data;
pub mod data_words;
pub mod home;
pub mod not_found;
pub mod settings;
