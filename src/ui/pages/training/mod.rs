//! Training (T2): the case library.

pub mod cases;
