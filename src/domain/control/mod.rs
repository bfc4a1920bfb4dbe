//! Control (C1–C3): meeting discipline, the department's standards with who has read them, and quality-control
//! hypotheses measured from the facts; "what worked" (P2) comes here.

pub mod discipline;
pub mod finding;
pub mod hypothesis;
pub mod insights;
pub mod standard;
pub mod violation;
