//! Personal records and the meeting-room file (M1, M3, M4 privacy): a file for a shared tablet leaves out the
//! personal stores, and reading one never touches them on the device that has them.
//!
//! - Export ([`super::export_scoped`] with [`Scope::MeetingRoom`]): the personal stores are not written at all, and
//!   the header's `as_of` is the newest stamp of what is written, so the file says nothing about when pay or a
//!   one-on-one was last edited.
//! - Read: whatever a meeting-room file carries in a personal store (a hand-edited file) is dropped.
//! - Merge: a record the file does not carry is never changed, so personal records stay as they are.
//! - Replace (a restore): the device's own personal records are kept as they are, and so are its erasures, see
//!   [`keep_personal`].

use super::file::Scope;
use crate::domain::{for_each_store, Dataset, EachStore, Kind};

/// `data` without its personal records.
pub fn without_personal(data: &Dataset) -> Dataset {
    let mut out = data.clone();
    for_each_store(&mut Clear { data: &mut out });
    out
}

/// What a restore from `incoming` leaves: `incoming`, with the personal stores of `local` when the file is a
/// meeting-room one (which has none of its own to restore), and with every erasure `local` holds (O7: a file or
/// backup from before an erasure must not bring the personal data back).
pub fn keep_personal(local: &Dataset, incoming: &Dataset, scope: Scope) -> Dataset {
    let mut out = incoming.clone();
    if scope == Scope::MeetingRoom {
        for_each_store(&mut Copy {
            from: local,
            to: &mut out,
        });
    }
    for_each_store(&mut KeepErasures {
        from: local,
        to: &mut out,
    });
    out
}

struct KeepErasures<'a> {
    from: &'a Dataset,
    to: &'a mut Dataset,
}

impl EachStore for KeepErasures<'_> {
    fn store<T: Kind>(&mut self) {
        let to = T::table_mut(self.to);
        for r in T::table(self.from).values() {
            if r.deleted && r.data.erased() {
                to.insert(r.id, r.clone());
            }
        }
    }
}

struct Clear<'a> {
    data: &'a mut Dataset,
}

impl EachStore for Clear<'_> {
    fn store<T: Kind>(&mut self) {
        if T::STORE.is_personal() {
            T::table_mut(self.data).clear();
        }
    }
}

struct Copy<'a> {
    from: &'a Dataset,
    to: &'a mut Dataset,
}

impl EachStore for Copy<'_> {
    fn store<T: Kind>(&mut self) {
        if T::STORE.is_personal() {
            *T::table_mut(self.to) = T::table(self.from).clone();
        }
    }
}
