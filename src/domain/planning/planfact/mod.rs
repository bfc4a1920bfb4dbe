//! C1 plan/fact: for any period, per manager and for the department, how far the plan is done and where it is
//! heading. The formulas are DOMAIN.md's, each named where it is computed:
//!
//! - completion = fact / plan (a share, shown as a percent); deviation = fact − plan;
//! - expected to date (pace) = plan × elapsed working days / working days in the period; pace index = fact / expected;
//! - run-rate forecast = fact / elapsed working days × working days in the period;
//! - required daily rate = (plan − fact) / remaining working days, rounded **up** (the rate that reaches the plan);
//! - ratios (conversion, average check) are Σ numerator / Σ denominator over the period, never means of daily ratios.
//!
//! "Elapsed" counts the working days up to the day facts are complete for (see [`facts_through`]). A person's
//! working days are the department's calendar within their employment minus their absences. Money is integer
//! kopecks; rounded figures round half away from zero.

mod board;
mod cumulative;
mod funnel;
mod pace;
mod period;

pub use board::*;
pub use cumulative::*;
pub use funnel::*;
pub use pace::*;
pub use period::*;
