//! O2 the CRM as its exports show it: deals and tasks read from amoCRM's and Bitrix24's export files (or any table
//! the user maps), kept as dated snapshots, with each stage's rules.

pub mod columns;
pub mod deal;
pub mod history;
pub mod hygiene;
pub mod pipeline;
pub mod snapshot;
