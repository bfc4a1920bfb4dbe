//! The team: the people the head leads, and hiring them (O7).

pub mod hiring;
mod people;

pub use people::*;
