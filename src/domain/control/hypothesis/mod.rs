//! C2 quality-control hypotheses: a lagging number, the cause believed, the actions taken (training, script
//! changes) with owners, and the effect the app measures from the facts by itself.
//!
//! **Windows.** The *before* window is the [`Hypothesis::window`] working days of the department's calendar just
//! before the start; the *after* window the same number of working days from the start on. Holidays and days off
//! are skipped by the calendar; a person's absence days (and days before hire or after leaving) are taken out of
//! their part of both windows, value and days alike.
//!
//! **Value of a window** (summed parts, never an average of daily ratios):
//! - a summed metric: Σ values / Σ person-days (a rate per person and working day);
//! - a ratio metric: Σ numerator / Σ denominator; a weighted level: Σ value × weight / Σ weight;
//! - a call-review criterion: Σ points / Σ possible over the reviews of the people in the window.
//!
//! **Change** = after / before − 1, in percent (reversed for a lower-is-better metric, so a positive change is
//! always an improvement).
//!
//! **Label.** *Too little data* while the after window has not ended (its last day is today or later), when the
//! before value is zero, or when either window has fewer than [`MIN_PERSON_DAYS`] person-days (for a criterion:
//! fewer than [`MIN_REVIEWS`] reviews). Otherwise *confirmed* when the change reaches the expected effect, else
//! *refuted*.

mod list;
mod measurement;
mod statement;

pub use list::*;
pub use measurement::*;
pub use statement::*;
