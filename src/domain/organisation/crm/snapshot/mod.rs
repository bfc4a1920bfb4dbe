//! O2 an imported export as a dated snapshot, the rules of each funnel stage, and what the mapping step answered
//! for a source; and the one action that turns a read file into records ([`import`]).

mod import;
mod record;
mod source;
mod stage_rule;

pub use import::*;
pub use record::*;
use source::owner_of;
pub use source::*;
pub use stage_rule::*;
