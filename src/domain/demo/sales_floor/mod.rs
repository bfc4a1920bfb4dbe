//! The demo department's sales floor (O1–O3, C3, P2): three amoCRM snapshots a week apart with a task export on the
//! last day, the funnel's stage rules, hard cases with joint calls (one today), a fortnight of non-selling time, a
//! lateness confirmed with a warning and a bonus reduction, and a finding.
//!
//! Each person's deals move through the funnel as they sell: the star moves fast and keeps the CRM tidy; Новиков's
//! deals stall and his tasks go overdue; Попов loses deals without saying why.

mod cases;
mod crm;
mod time_and_discipline;

use cases::{hard_cases, person};
pub use crm::*;
use time_and_discipline::{discipline, time_logs};
