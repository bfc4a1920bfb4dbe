//! Training (T1–T5): the case library of objections and best answers so far.

pub mod case;
