//! Control (C1–C3): discipline so far; quality-control hypotheses and "what worked" (P2) come here.

pub mod discipline;
