//! The team: the list of managers and a manager's card.

pub mod manager;
pub mod team;
