//! Training (T1–T5): the training calendar, scripts and their reader, call reviews and role-plays, the skills
//! matrix with the reading list, certification, and the case library.

pub mod calendar;
pub mod card;
pub mod cases;
pub mod certification;
pub mod reviews;
pub mod scripts;
pub mod skills;
pub mod words;
