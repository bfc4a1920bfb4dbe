//! Control (C2, C3): quality hypotheses with their measurements.

pub mod hypotheses;
