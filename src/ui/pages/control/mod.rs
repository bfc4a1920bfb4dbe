//! Control (C2, C3, P2): quality hypotheses with their measurements, the department's standards, the discipline
//! register, and what worked.

pub mod discipline;
pub mod discipline_words;
pub mod hypotheses;
pub mod insight_words;
pub mod insights;
pub mod quality;
pub mod quality_words;
pub mod standards;
