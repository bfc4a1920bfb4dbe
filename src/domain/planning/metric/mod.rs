//! P1 metrics: what is planned and counted. Built-in metrics have fixed ids on every device; the head can rename,
//! hide and reorder them (a record with the built-in's id keeps those choices) and add metrics of their own.
//!
//! Values are integers in the metric's minor unit: kopecks for money, hundredths for scores, whole numbers
//! otherwise. Derived metrics are never stored: they are computed from summed parts (a ratio of sums, never an
//! average of daily ratios).

pub use crate::domain::core::unit::Unit;

mod builtin;
mod catalog;
mod serde_key;
mod value;

pub use builtin::*;
pub use catalog::*;
pub use serde_key::*;
pub use value::*;
