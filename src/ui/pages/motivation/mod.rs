//! Motivation (M1 so far): the month's pay.

pub mod pay;
