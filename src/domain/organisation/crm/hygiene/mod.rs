//! O2 CRM hygiene as of a snapshot, per person and for the department.
//!
//! The checks, as CRMs define them:
//! - **next task**: every open deal has a task scheduled (from the task export of the same day when there is one,
//!   else from the deal export's «Ближайшая задача» column; without either, not checked);
//! - **overdue**: every open task is before its deadline on the snapshot's day;
//! - **stuck**: every open deal in a stage with a norm has sat there no longer than the norm ([`super::history`]);
//! - **complete**: every open deal in a stage with required fields has them filled;
//! - **lost with a reason**: every deal lost in the [`LOST_WINDOW_DAYS`] up to the snapshot names why (when the
//!   export has the column);
//! - **the limit**: each open deal above the person's limit (on their card) counts as one failed check.
//!
//! **Hygiene score** = (checks made − checks failed) / checks made × 100, over every check above; the department's
//! score comes from the summed checks of its people (never an average of their scores).

mod context;
mod parts;
mod trend;

pub use context::*;
pub use parts::*;
pub use trend::*;
