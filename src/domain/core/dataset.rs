//! The whole department's data in memory, and the edits that change it.
//!
//! The app loads the database into one [`Dataset`] at start; every screen reads from it, and every local edit is an
//! [`Edit`] stamped into a [`Change`] by [`Dataset::stamp`], written by the store, then applied here.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::clock::Clock;
use crate::domain::core::record::{DeviceId, Record, RecordId};
use crate::domain::core::rules::FieldProblem;
use crate::domain::core::settings::{Settings, SETTINGS_ID};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::BTreeMap;

/// Records of one kind, ordered by id (the order of the export file).
pub type Table<T> = BTreeMap<RecordId, Record<T>>;

/// What every kind of stored record can do: say which store it lives in, find its table in a [`Dataset`], wrap
/// itself into a [`Change`], and check its own fields. The `stores!` list below implements the first three; the
/// fourth is each kind's own [`Checked`] rules.
pub trait Kind:
    Checked
    + crate::domain::core::links::Related
    + Clone
    + PartialEq
    + Serialize
    + DeserializeOwned
    + 'static
{
    const STORE: StoreName;
    fn table(data: &Dataset) -> &Table<Self>;
    fn table_mut(data: &mut Dataset) -> &mut Table<Self>;
    fn wrap(record: Record<Self>) -> Change;
    fn draft(id: RecordId, data: Self) -> Draft;
}

/// A record's field rules, shared by the forms and the import validator (each kind's inherent `problems`).
pub trait Checked {
    fn problems(&self) -> Vec<FieldProblem>;
}

/// Something done once per store, with the store's record type in hand: merging, reading, exporting and loading
/// are written once, generically, instead of once per store.
pub trait EachStore {
    fn store<T: Kind>(&mut self);
}

/// What a store is, for each store of the one list (`domain::stores`): its name, its table in the [`Dataset`], its
/// change and draft, its flags and area. The list lives above the areas; this is how each of its lines is implemented.
macro_rules! stores {
    (@late start) => { false };
    (@late late) => { true };
    (@personal shared) => { false };
    (@personal personal) => { true };
    ($( $name:ident / $variant:ident ( $ty:ty ) => $field:ident in $area:ident, $load:ident, $scope:ident ; )+) => {
        /// The names of the object stores and of the export file's sections; one list for both.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum StoreName { $( $name ),+ }

        impl StoreName {
            /// Alphabetical, the order of the export file (a test keeps it so).
            pub const ALL: &'static [StoreName] = &[ $( StoreName::$name ),+ ];

            pub fn as_str(self) -> &'static str {
                match self { $( StoreName::$name => stringify!($field) ),+ }
            }

            pub fn parse(s: &str) -> Option<StoreName> {
                StoreName::ALL.iter().copied().find(|n| n.as_str() == s)
            }

            /// Training and quality (T1–T5, C2, C3 standards), the CRM's snapshots (O2) and pay (M1: schemes, payslips,
            /// reductions, refunds): no first screen shows them, so the app types them after the first screen, with code that loads then (`store::type_late`), keeping
            /// their decoders out of the first load (and a large CRM snapshot out of the first screen's wait).
            pub const fn is_late(self) -> bool {
                match self { $( StoreName::$name => stores!(@late $load) ),+ }
            }

            /// M1, M3, M4: records about one person that stay off shared screens and out of a meeting-room file; and
            /// O7's candidates with their scorecards, who are not even in the team.
            pub const fn is_personal(self) -> bool {
                match self { $( StoreName::$name => stores!(@personal $scope) ),+ }
            }

            /// The area of the head of sales' cycle whose records the store keeps.
            pub const fn area(self) -> Area {
                match self { $( StoreName::$name => Area::$area ),+ }
            }
        }

        /// The whole department's data: one table per store.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Dataset { $( pub $field: Table<$ty> ),+ }

        /// A stamped record of any kind, ready to be written and applied. Serialises as the bare record.
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(untagged)]
        pub enum Change { $( $variant(Record<$ty>) ),+ }

        /// A record's content of any kind with its id, before it is stamped: what [`Edit::Put`] carries.
        #[derive(Clone, Debug, PartialEq)]
        pub enum Draft { $( $variant(RecordId, $ty) ),+ }

        impl Draft {
            pub(crate) fn stamp(self, at: &mut Stamper, deleted: bool) -> Change {
                match self { $( Draft::$variant(id, data) => Change::$variant(at.record(id, deleted, data)) ),+ }
            }

            /// The id a record about this subject must have, when it is not the draft's (see [`Related::derived_id`]);
            /// the nil id is no record's.
            pub(crate) fn wrong_id(&self) -> Option<EditError> {
                match self { $( Draft::$variant(id, data) => match data.derived_id() {
                    Some(expected) if expected != *id => Some(EditError::NotDerivedId { id: *id, expected }),
                    None if id.is_nil() => Some(EditError::NotFound(*id)),
                    _ => None,
                } ),+ }
            }
        }

        impl Change {
            /// The record's stamp: where a clock that has seen this change must continue from.
            pub fn updated(&self) -> Stamp {
                match self { $( Change::$variant(r) => r.updated ),+ }
            }

            pub fn id(&self) -> RecordId {
                match self { $( Change::$variant(r) => r.id ),+ }
            }

            /// A tombstone that erased personal data (see [`Edit::erase`]).
            pub fn is_erasure(&self) -> bool {
                match self { $( Change::$variant(r) => r.deleted && r.data.erased() ),+ }
            }

            pub fn store(&self) -> StoreName {
                match self { $( Change::$variant(_) => StoreName::$name ),+ }
            }

            /// The rules the record's content breaks (none for a tombstone, which keeps what was there, unless it is an
            /// erasure, which must keep nothing personal).
            pub fn problems(&self) -> Vec<FieldProblem> {
                match self {
                    $( Change::$variant(r) if !r.deleted || r.data.erased() => r.data.problems(), )+
                    _ => Vec::new()
                }
            }

            /// The records this change refers to (see [`Related::links`]); none for a tombstone.
            pub fn links(&self) -> Vec<crate::domain::core::links::Link> {
                match self {
                    $( Change::$variant(r) if !r.deleted => r.data.links(), )+
                    _ => Vec::new()
                }
            }

            /// The rules that need each referred metric's unit (see [`Related::unit_problems`]); none for a tombstone.
            pub fn unit_problems(&self, unit: &dyn Fn(RecordId) -> Option<Unit>) -> Vec<FieldProblem> {
                match self {
                    $( Change::$variant(r) if !r.deleted => r.data.unit_problems(unit), )+
                    _ => Vec::new()
                }
            }
        }

        $(
            impl Checked for $ty {
                fn problems(&self) -> Vec<FieldProblem> { <$ty>::problems(self) }
            }

            impl Kind for $ty {
                const STORE: StoreName = StoreName::$name;
                fn table(data: &Dataset) -> &Table<Self> { &data.$field }
                fn table_mut(data: &mut Dataset) -> &mut Table<Self> { &mut data.$field }
                fn wrap(record: Record<Self>) -> Change { Change::$variant(record) }
                fn draft(id: RecordId, data: Self) -> Draft { Draft::$variant(id, data) }
            }
        )+

        /// Calls `visit.store::<T>()` for every store, in file order.
        pub fn for_each_store(visit: &mut impl EachStore) {
            $( visit.store::<$ty>(); )+
        }

        impl Dataset {
            /// Puts a stamped change into memory (after the store has committed it).
            pub fn apply(&mut self, change: Change) {
                match change { $( Change::$variant(r) => { self.$field.insert(r.id, r); } ),+ }
            }

            /// Every record of every store, as changes (a restore writes them all).
            pub fn all_changes(&self) -> Vec<Change> {
                let mut out = Vec::with_capacity(self.record_count());
                $( out.extend(self.$field.values().cloned().map(Change::$variant)); )+
                out
            }

            /// A stored record's content as a draft (to stamp a tombstone of it).
            pub(crate) fn draft_of(&self, store: StoreName, id: RecordId) -> Option<Draft> {
                match store { $( StoreName::$name => self.$field.get(&id).map(|r| Draft::$variant(id, r.data.clone())) ),+ }
            }

            /// Whether a record of `store` with `id` is here, tombstone or not (a reference to it resolves).
            pub fn contains(&self, store: StoreName, id: RecordId) -> bool {
                match store { $( StoreName::$name => self.$field.contains_key(&id) ),+ }
            }

            pub fn record_count(&self) -> usize {
                0 $( + self.$field.len() )+
            }

            /// Records that are not tombstones: what the department holds.
            pub fn live_count(&self) -> usize {
                0 $( + self.$field.values().filter(|r| !r.deleted).count() )+
            }

            /// When a record that refers to `id` in `store` was last written (wall-clock milliseconds), deleted ones
            /// included: "anything of it", whichever area's record it is, read through [`Related::links`] and
            /// [`Related::mentions`].
            pub fn newest_write_linking_to(&self, store: StoreName, id: RecordId) -> Option<u64> {
                let refers = |data: &dyn Related| {
                    data.links().into_iter().chain(data.mentions()).any(|l| l.store == store && l.id == id)
                };
                [ $( self.$field.values().filter(|r| refers(&r.data)).map(|r| r.updated.millis).max() ),+ ]
                    .into_iter()
                    .flatten()
                    .max()
            }

            /// The newest stamp of any record: where this device's clock continues from after a restart.
            pub fn newest_stamp(&self) -> Option<Stamp> {
                [ $( self.$field.values().map(|r| r.updated).max() ),+ ].into_iter().flatten().max()
            }
        }
    };
}

pub use crate::domain::stores::{for_each_store, Change, Dataset, Draft, StoreName};
pub(crate) use stores;

/// A local edit before it is stamped: what the user did, without the sync fields. Two shapes serve every kind of
/// record: put a record's content (new or changed), or delete a record (a tombstone).
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Add or replace a record of any kind; see [`Edit::put`] and [`Edit::derived`]. A plan also gets its
    /// change-log entry, and a plan that does not change is no edit at all.
    Put(Draft),
    /// A tombstone for a record of any kind; see [`Edit::delete`].
    Delete(StoreName, RecordId),
    /// A tombstone whose content is replaced by what is left after erasing personal data; see [`Edit::erase`].
    Erase(Draft),
}

impl Edit {
    /// Puts a record under `id` (a new record gets a fresh random id from the caller).
    pub fn put<T: Kind>(id: RecordId, data: T) -> Edit {
        Edit::Put(T::draft(id, data))
    }

    /// Puts a record whose id is derived from what it is about (a day's facts, a plan cell, a calendar day, the
    /// settings…): the id comes from [`Related::derived_id`], so two devices recording the same thing make one
    /// record. A kind without a derived id gets the nil id, which stamping refuses.
    pub fn derived<T: Kind>(data: T) -> Edit {
        let id = data.derived_id().unwrap_or_else(RecordId::nil);
        Edit::Put(T::draft(id, data))
    }

    pub fn delete<T: Kind>(id: RecordId) -> Edit {
        Edit::Delete(T::STORE, id)
    }

    /// Erases a record's personal data for good (O7): a tombstone carrying `left`, which must say it is erased
    /// ([`Related::erased`]) and keeps nothing personal; it wins every merge.
    pub fn erase<T: Kind>(id: RecordId, left: T) -> Edit {
        Edit::Erase(T::draft(id, left))
    }
}

/// Why an edit cannot be stamped.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("no record {0} to change")]
    NotFound(RecordId),
    /// A record whose id comes from its subject (a day's facts, a plan cell, a meeting of a period) under another
    /// id: it would be a second copy of the same thing.
    #[error("record {id} must have the id {expected}")]
    NotDerivedId { id: RecordId, expected: RecordId },
    /// An erasure whose content does not say it is erased.
    #[error("record {0} is not an erasure")]
    NotErased(RecordId),
    /// The content breaks the kind's rules (the forms show these before saving; this is the last guard).
    #[error("{store:?} record {id} breaks its rules: {problems:?}")]
    Invalid {
        store: StoreName,
        id: RecordId,
        problems: Vec<FieldProblem>,
    },
    /// The content refers to a record that exists nowhere, here or in the same write: an import would refuse it.
    #[error("{store:?} record {id}: `{field}` refers to a {to:?} record that does not exist")]
    UnknownReference {
        store: StoreName,
        id: RecordId,
        field: &'static str,
        to: StoreName,
    },
}

impl Dataset {
    /// True when nothing was ever saved: the app then offers the first-run screen.
    pub fn is_empty(&self) -> bool {
        self.record_count() == 0
    }

    /// A record of any kind by id, unless it is deleted (a tombstone).
    pub fn live<T: Kind>(&self, id: RecordId) -> Option<&Record<T>> {
        T::table(self).get(&id).filter(|r| !r.deleted)
    }

    /// Every record of a kind that is not deleted, in id order: what screens list.
    pub fn live_records<T: Kind>(&self) -> impl Iterator<Item = &Record<T>> {
        T::table(self).values().filter(|r| !r.deleted)
    }

    /// The department settings, or the defaults before anything was saved.
    pub fn settings(&self) -> Settings {
        self.settings
            .get(&SETTINGS_ID)
            .filter(|r| !r.deleted)
            .map(|r| r.data.clone())
            .unwrap_or_default()
    }

    /// Puts several stamped changes into memory, in order.
    pub fn apply_all(&mut self, changes: impl IntoIterator<Item = Change>) {
        for c in changes {
            self.apply(c);
        }
    }

    /// The department's working calendar: the official one, its working week and its overrides.
    pub fn calendar(&self) -> WorkCalendar {
        WorkCalendar {
            week: self.settings().working_week,
            overrides: self
                .calendar
                .values()
                .filter(|r| !r.deleted)
                .map(|r| (r.data.date, r.data.working))
                .collect(),
        }
    }
}

/// Stamps records of any kind with one clock, device and wall time.
pub(crate) struct Stamper<'a> {
    pub(crate) data: &'a Dataset,
    pub(crate) clock: &'a mut Clock,
    pub(crate) wall_millis: u64,
    pub(crate) device: DeviceId,
}

impl Stamper<'_> {
    /// The record with its sync fields: stamped after the version it replaces, whatever that version's clock said.
    pub(crate) fn record<T: Kind>(&mut self, id: RecordId, deleted: bool, data: T) -> Record<T> {
        let prior = T::table(self.data).get(&id).map(|r| r.updated);
        Record {
            id,
            updated: self.clock.tick_after(self.wall_millis, prior),
            device: self.device,
            deleted,
            data,
        }
    }
}

impl Dataset {
    /// Takes the late stores' tables ([`StoreName::is_late`]) from `late`, typed after the first screen; the other
    /// tables stay as they are.
    pub fn absorb_late(&mut self, late: Dataset) {
        struct Absorb<'a> {
            into: &'a mut Dataset,
            from: Dataset,
        }
        impl EachStore for Absorb<'_> {
            fn store<T: Kind>(&mut self) {
                if T::STORE.is_late() {
                    *T::table_mut(self.into) = std::mem::take(T::table_mut(&mut self.from));
                }
            }
        }
        for_each_store(&mut Absorb {
            into: self,
            from: late,
        });
    }
}
