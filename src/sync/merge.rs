//! Merge: per record, the newer `(updated, device)` wins. A delete is a record too (a tombstone), so it beats an
//! older edit and loses to a newer one. Merge is commutative, associative and idempotent (property-tested), so the
//! order in which devices exchange files does not matter, and importing a file twice changes nothing.

use crate::domain::core::links::Related;
use crate::domain::{
    for_each_store, Change, Dataset, DeviceId, EachStore, Kind, Record, RecordId, Stamp, StoreName,
};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Which copy of a record survived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The copy already in this browser.
    Local,
    /// The copy from the imported file.
    File,
}

/// What an import does to one store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// New records from the file.
    pub added: usize,
    /// Records the file changes.
    pub updated: usize,
    /// Records the file deletes (tombstones newer than the local copy).
    pub deletes: usize,
    /// Identical on both sides.
    pub unchanged: usize,
    /// The local copy is newer than the file's and stays.
    pub kept_local: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.added += o.added;
        self.updated += o.updated;
        self.deletes += o.deletes;
        self.unchanged += o.unchanged;
        self.kept_local += o.kept_local;
    }

    /// How many records the import writes.
    pub fn writes(&self) -> usize {
        self.added + self.updated + self.deletes
    }
}

/// A record edited on this device since its last export and on another device: the other device cannot have seen
/// this device's edit, both copies differ, and one wins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub store: StoreName,
    pub id: RecordId,
    pub winner: Side,
}

/// What an import will do, shown before anything is written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub stores: BTreeMap<StoreName, Counts>,
    pub conflicts: Vec<Conflict>,
}

impl Preview {
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.stores.values() {
            t.add(*c);
        }
        t
    }
}

/// The result of a merge: the merged data, the records to write, and the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub data: Dataset,
    /// Only the records the file changes; unchanged and locally-newer ones are not rewritten.
    pub writes: Vec<Change>,
    pub preview: Preview,
}

/// Merges `incoming` into `local`. `this_device` and `exported` (the newest stamp of this device's last export,
/// `None` if it never exported) only shape the preview (which differences are conflicts), never the result: an edit
/// this device made before its last export may have reached the other device, whose newer copy is then an ordinary
/// update, not a conflict.
pub fn merge(
    local: &Dataset,
    incoming: &Dataset,
    this_device: DeviceId,
    exported: Option<Stamp>,
) -> Merged {
    let mut m = TableMerge {
        this_device,
        exported,
        data: local.clone(),
        incoming,
        preview: Preview::default(),
        writes: Vec::new(),
    };
    for_each_store(&mut m);
    Merged {
        data: m.data,
        writes: m.writes,
        preview: m.preview,
    }
}

/// The state of one merge across its stores.
struct TableMerge<'a> {
    this_device: DeviceId,
    exported: Option<Stamp>,
    data: Dataset,
    incoming: &'a Dataset,
    preview: Preview,
    writes: Vec<Change>,
}

impl EachStore for TableMerge<'_> {
    fn store<T: Kind>(&mut self) {
        let (store, wrap) = (T::STORE, T::wrap);
        let incoming = T::table(self.incoming);
        let local = T::table_mut(&mut self.data);
        let (this_device, exported, preview, writes) = (
            self.this_device,
            self.exported,
            &mut self.preview,
            &mut self.writes,
        );
        let mut counts = Counts::default();
        for (id, theirs) in incoming {
            let winner = match local.get(id) {
                None => {
                    counts.added += 1;
                    Side::File
                }
                Some(ours) if ours == theirs => {
                    counts.unchanged += 1;
                    continue;
                }
                Some(ours) => {
                    let winner = if newer(theirs, ours) == Ordering::Greater {
                        Side::File
                    } else {
                        Side::Local
                    };
                    match winner {
                        Side::File if theirs.deleted && !ours.deleted => counts.deletes += 1,
                        Side::File => counts.updated += 1,
                        Side::Local => counts.kept_local += 1,
                    }
                    let unsent = exported.is_none_or(|e| ours.updated > e);
                    if ours.device == this_device && theirs.device != this_device && unsent {
                        preview.conflicts.push(Conflict {
                            store,
                            id: *id,
                            winner,
                        });
                    }
                    winner
                }
            };
            if winner == Side::File {
                local.insert(*id, theirs.clone());
                writes.push(wrap(theirs.clone()));
            }
        }
        preview.stores.insert(store, counts);
    }
}

/// Orders two copies of one record: an erasure of personal data over anything else (O7: erased for good), then by
/// stamp, then device, then tombstone over live, then content, so that even two different copies with equal stamps
/// (which a correct clock never makes) merge the same way on every device.
fn newer<T: Serialize + Related>(a: &Record<T>, b: &Record<T>) -> Ordering {
    let erased = |r: &Record<T>| r.deleted && r.data.erased();
    erased(a)
        .cmp(&erased(b))
        .then(a.version().cmp(&b.version()))
        .then(a.deleted.cmp(&b.deleted))
        .then_with(|| {
            serde_json::to_string(&a.data)
                .ok()
                .cmp(&serde_json::to_string(&b.data).ok())
        })
}

/// An import that deletes at least this many records asks for a second, explicit confirmation.
pub const MASS_DELETE_RECORDS: usize = 10;

/// Whether deleting `deleted` of `live` live records is a mass deletion: ten or more, or a fifth or more of the
/// department once it is more than a couple of records (so emptying a small department counts too).
pub fn is_mass_delete(deleted: usize, live: usize) -> bool {
    deleted >= MASS_DELETE_RECORDS || (deleted >= 3 && deleted * 5 >= live)
}

/// How many of `local`'s live records a restore of `incoming` would remove: live here, and absent or a tombstone
/// in the file.
pub fn replace_deletions(local: &Dataset, incoming: &Dataset) -> usize {
    let mut count = Gone {
        local,
        incoming,
        count: 0,
    };
    for_each_store(&mut count);
    count.count
}

struct Gone<'a> {
    local: &'a Dataset,
    incoming: &'a Dataset,
    count: usize,
}

impl EachStore for Gone<'_> {
    fn store<T: Kind>(&mut self) {
        let theirs = T::table(self.incoming);
        self.count += T::table(self.local)
            .values()
            .filter(|r| !r.deleted && theirs.get(&r.id).is_none_or(|t| t.deleted))
            .count();
    }
}
