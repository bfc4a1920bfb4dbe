//! Training (T1–T5): the case library, the competency model and each person's level in it, scripts in versions,
//! the training calendar with its calendar files, call reviews and role-plays on scorecards, certification, and
//! the reading list.

pub mod case;
pub mod certification;
pub mod event;
pub mod first_steps;
pub mod ics;
pub mod level;
pub mod reading;
pub mod review;
pub mod scorecard;
pub mod script;
pub mod skill;
pub mod taking;
