//! Control (C2, C3): quality hypotheses with their measurements, and the department's standards.

pub mod hypotheses;
pub mod quality;
pub mod standards;
