//! Pages, in folders that follow the cycle like `domain`'s; each page composes components and reads `AppState`.

pub mod control;
pub mod core;
pub mod motivation;
pub mod organisation;
pub mod planning;
pub mod team;
pub mod training;
