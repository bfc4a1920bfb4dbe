//! M1 pay schemes: a list of components that applies to a role or to one person from a month on. Editing a scheme
//! makes a new version (a new record from a later month); the versions before it stay, so every month is computed
//! with the version that was in force in it.

mod in_force;
mod record;

pub use in_force::*;
pub use record::*;
