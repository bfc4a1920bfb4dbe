//! Ids derived from what a record is about, for records every device must agree on without talking: one plan per
//! month, metric and person; one row of facts per person and day; one override per date. Two devices creating
//! "the same" record then make one record with two versions, which merge keeps one of, instead of two duplicates.

use crate::domain::core::record::RecordId;

/// The namespace of derived ids (a fixed random UUID).
const NAMESPACE: RecordId = uuid::Uuid::from_u128(0x6f1c_2a3e_58d4_4b7a_9e61_0c3f_7d2b_a915);

/// A UUID v5 of the record kind and its key parts, joined with a separator no part contains.
pub fn derived(kind: &str, parts: &[&str]) -> RecordId {
    let mut key = String::from(kind);
    for p in parts {
        key.push('\u{1f}');
        key.push_str(p);
    }
    uuid::Uuid::new_v5(&NAMESPACE, key.as_bytes())
}
