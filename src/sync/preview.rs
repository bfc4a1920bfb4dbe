//! What an import would do, before anything is written: the file read against this device (its clock, and its data
//! when merging, where references may point), a meeting-room file restored around this device's personal records,
//! the merge's preview, and the deletions a replace or a merge would make, against the live records there are now
//! (a mass deletion needs a second confirmation). The data page shows it; the save applies the same `incoming`.

use super::merge::{is_mass_delete, merge, replace_deletions, Merged};
use super::personal::keep_personal;
use super::read::{read_export, Context, ImportError};
use super::session::ImportMode;
use super::Scope;
use crate::domain::{Dataset, DeviceId, Stamp};

/// This device, as the reader needs it.
#[derive(Clone, Copy, Debug)]
pub struct Device {
    pub now_millis: u64,
    /// The newest stamp this device has seen.
    pub seen: Stamp,
    pub id: DeviceId,
    /// The newest stamp of this device's last export (`None`: it never exported), for telling conflicts apart.
    pub exported: Option<Stamp>,
}

/// An import, previewed.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub scope: Scope,
    /// What the save applies: the file's records (for a meeting-room restore, with this device's personal ones).
    pub incoming: Dataset,
    pub merged: Merged,
    /// Live records the import would delete.
    pub deletes: usize,
    /// Live records there are now.
    pub live: usize,
}

impl Plan {
    /// A deletion large enough to need a second confirmation.
    pub fn is_mass_delete(&self) -> bool {
        is_mass_delete(self.deletes, self.live)
    }
}

/// Reads `text` for `mode` against `current` and previews it.
pub fn preview(
    current: &Dataset,
    text: &[u8],
    mode: ImportMode,
    device: Device,
) -> Result<Plan, ImportError> {
    let replace = mode == ImportMode::Replace;
    let context = Context {
        now_millis: device.now_millis,
        seen: device.seen,
        device: device.id,
        // A replace brings everything: its references must point inside the file.
        local: (!replace).then_some(current),
        own_backup: false,
    };
    let file = read_export(text, &context)?;
    let scope = file.scope;
    let incoming = if replace {
        keep_personal(current, &file.data, scope)
    } else {
        file.data
    };
    let merged = merge(current, &incoming, device.id, device.exported);
    let deletes = if replace {
        replace_deletions(current, &incoming)
    } else {
        merged.preview.total().deletes
    };
    Ok(Plan {
        scope,
        incoming,
        merged,
        deletes,
        live: current.live_count(),
    })
}
