//! The envelope every stored record wears: identity and the fields that drive sync.

use crate::domain::core::clock::Stamp;
use serde::{Deserialize, Serialize};

/// A record's identity: a random UUID, the same on every device.
pub type RecordId = uuid::Uuid;
/// The identity of one browser profile (one device), made at its first start.
pub type DeviceId = uuid::Uuid;

/// One record of any kind. The four sync fields are set by the single write path (`sync::session`) and by nothing
/// else; `data` is what the user edits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record<T> {
    /// Same on every device; a new record gets a fresh random UUID.
    pub id: RecordId,
    /// When the last edit happened, in hybrid logical time: the newer `(updated, device)` wins a merge.
    pub updated: Stamp,
    /// Which device made the last edit; breaks ties between equal stamps.
    pub device: DeviceId,
    /// A tombstone: deleting is an edit too, so a delete travels to other devices and beats older edits there.
    pub deleted: bool,
    /// The record's content (kept in a tombstone too, so an undo can bring it back).
    pub data: T,
}

impl<T> Record<T> {
    /// The key that decides merges: later stamp wins, then the larger device id.
    pub fn version(&self) -> (Stamp, DeviceId) {
        (self.updated, self.device)
    }
}
