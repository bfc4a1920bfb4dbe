//! M1 commission on a summed metric (payments received by default): tiers cut by plan completion or by amount, in
//! either semantics, with a gate, an accelerator or decelerator above a threshold, and a cap, on the month's sum or
//! on a running total since the start of the quarter or year. Every figure a payslip line shows is computed here,
//! and the line's total is the sum of what it shows.
//!
//! - **Retroactive** tiers ("highest tier reached"): the whole base is paid at the rate of the highest tier whose
//!   start it reaches: `base × rate`.
//! - **Marginal** (graduated) tiers: each slice of the base is paid at its own tier's rate:
//!   `Σ (min(base, next start) − start) × rate`.
//! - Tier starts, the gate and the accelerator's threshold are in the basis' units: basis points of completion
//!   (10 000 = 100 % of plan) or kopecks. Completion starts become amounts first, the smallest whole amount that
//!   reaches them (`rate::threshold_amount`, `⌈plan × start / 100 %⌉`), so every comparison is between amounts the
//!   payslip shows and is still exact.
//! - **Gate**: below it the component pays nothing.
//! - **Accelerator** (factor above 100 %) or **decelerator** (below): the commission earned on the part of the base
//!   above the threshold is paid × factor: `extra = commission above × (factor − 100 %)`.
//! - **Cap**: the component pays at most this (a month's, or for a running total the period's, commission).
//! - **Rounding**: a component is computed exactly (slices and the extra as fractions of a kopeck) and rounded once,
//!   half away from zero; the slices and the extra are shown rounded so that they add up to it (`rate::apportion`).
//! - **Running total** (`period` quarter or year): the base is the total since the period's first month, and the
//!   month pays the difference between the scheme applied to the running total after the month and before it,
//!   `C(after) − C(before)`, so the earlier months' pay stays as it was settled and a retroactive tier reached
//!   later re-rates the earlier months' part in this month. By completion, both are measured against the plan to
//!   date: the sum of the person's monthly plans from the period's first month through this one.

mod compute;
mod paid;
mod terms;

pub use paid::*;
pub use terms::*;
