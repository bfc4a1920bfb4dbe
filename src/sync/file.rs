//! The export file's envelope: the wire shape, kept apart from the domain types it carries.

use crate::domain::Stamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The `format` field: tells our files from any other JSON.
pub const FORMAT: &str = "rop-workbench";
/// The schema version this build writes. Older files are migrated on import; newer ones are refused.
pub const SCHEMA: u32 = 10;
/// The largest file an import reads. The benchmark's L department (50 managers, three years of daily facts and
/// plans) exports about 19 MB; the cap leaves room for meetings and tasks at that scale.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// The header and the stores, before the records are typed (so each record's problems can be listed on its own).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope<S> {
    /// Always [`FORMAT`].
    pub format: String,
    /// The schema version of `stores`.
    pub schema: u32,
    /// The app version that wrote the file (for people reading it; not used to decide anything).
    pub app: String,
    /// The newest `updated` stamp in the file: "the data as of". Not the wall-clock time of the export, so that
    /// the same data always exports to the same bytes.
    pub as_of: Option<Stamp>,
    /// The department's name, for people choosing between files.
    pub department: String,
    /// What the file holds: everything (the field is left out), or `meeting_room`, without personal records.
    #[serde(default, skip_serializing_if = "Scope::is_full")]
    pub scope: Scope,
    /// Every store's records, tombstones included, by store name; each store sorted by id.
    pub stores: S,
}

/// Stores as read from a file: untyped records by store name.
pub type RawStores = BTreeMap<String, Vec<Value>>;

/// Which records a file carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Every store: a backup, or sync between the head's own devices.
    #[default]
    Full,
    /// "For the meeting room": without the personal stores ([`crate::domain::StoreName::is_personal`]: pay,
    /// one-on-ones, development plans), for a shared tablet. Importing it never deletes, hides or changes those
    /// records on the device that has them, by merge or by replace.
    MeetingRoom,
}

impl Scope {
    pub fn is_full(&self) -> bool {
        *self == Scope::Full
    }
}
