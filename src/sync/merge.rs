//! Merge: per record, the newer `(updated, device)` wins. A delete is a record too (a tombstone), so it beats an
//! older edit and loses to a newer one. Merge is commutative, associative and idempotent (property-tested), so the
//! order in which devices exchange files does not matter, and importing a file twice changes nothing.

use crate::domain::{
    for_each_store, Change, Dataset, DeviceId, EachStore, Kind, Record, RecordId, StoreName,
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
    pub deleted: usize,
    /// Identical on both sides.
    pub unchanged: usize,
    /// The local copy is newer than the file's and stays.
    pub kept_local: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.added += o.added;
        self.updated += o.updated;
        self.deleted += o.deleted;
        self.unchanged += o.unchanged;
        self.kept_local += o.kept_local;
    }

    /// How many records the import writes.
    pub fn writes(&self) -> usize {
        self.added + self.updated + self.deleted
    }
}

/// A record edited on this device and on another one: both copies differ, one wins.
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

/// Merges `incoming` into `local`. `this_device` only shapes the preview (which differences are conflicts), never
/// the result.
pub fn merge(local: &Dataset, incoming: &Dataset, this_device: DeviceId) -> Merged {
    let mut m = TableMerge {
        this_device,
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
        let (this_device, preview, writes) =
            (self.this_device, &mut self.preview, &mut self.writes);
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
                        Side::File if theirs.deleted && !ours.deleted => counts.deleted += 1,
                        Side::File => counts.updated += 1,
                        Side::Local => counts.kept_local += 1,
                    }
                    if ours.device == this_device && theirs.device != this_device {
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

/// Orders two copies of one record: by stamp, then device, then tombstone over live, then content, so that even
/// two different copies with equal stamps (which a correct clock never makes) merge the same way on every device.
fn newer<T: Serialize>(a: &Record<T>, b: &Record<T>) -> Ordering {
    a.version()
        .cmp(&b.version())
        .then(a.deleted.cmp(&b.deleted))
        .then_with(|| {
            serde_json::to_string(&a.data)
                .ok()
                .cmp(&serde_json::to_string(&b.data).ok())
        })
}
