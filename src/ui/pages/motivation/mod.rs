//! Motivation: the month's pay (M1), contests and recognition (M2), development plans (M3), one-on-ones (M4).

pub mod card;
pub mod contests;
pub mod development;
pub mod one_on_ones;
pub mod pay;
pub mod pay_words;
pub mod scheme_words;
pub mod schemes;
pub mod settlements;
pub mod words;
