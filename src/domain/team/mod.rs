//! The team: the people the head leads (O7 hiring will live here too).

mod people;

pub use people::*;
