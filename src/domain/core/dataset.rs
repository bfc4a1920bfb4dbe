//! The whole department's data in memory, and the edits that change it.
//!
//! The app loads the database into one [`Dataset`] at start; every screen reads from it, and every local edit is an
//! [`Edit`] stamped into a [`Change`] by [`Dataset::stamp`], written by the store, then applied here.

use crate::domain::control::finding::Finding;
use crate::domain::control::hypothesis::Hypothesis;
use crate::domain::control::standard::{Acknowledgement, Standard};
use crate::domain::control::violation::Violation;
use crate::domain::core::calendar::{DayOverride, WorkCalendar};
use crate::domain::core::clock::{Clock, Stamp};
use crate::domain::core::ids::derived;
use crate::domain::core::links::Related;
use crate::domain::core::record::{DeviceId, Record, RecordId};
use crate::domain::core::rules::FieldProblem;
use crate::domain::core::settings::{Settings, SETTINGS_ID};
use crate::domain::core::unit::Unit;
use crate::domain::motivation::contest::Contest;
use crate::domain::motivation::development::DevPlan;
use crate::domain::motivation::one_on_one::OneOnOne;
use crate::domain::motivation::payslip::Payslip;
use crate::domain::motivation::recognition::Recognition;
use crate::domain::motivation::reduction::BonusReduction;
use crate::domain::motivation::refund::Refund;
use crate::domain::motivation::scheme::PayScheme;
use crate::domain::organisation::crm::snapshot::{CrmSnapshot, CrmSource, StageRule};
use crate::domain::organisation::hard_client::Escalation;
use crate::domain::organisation::meeting::{Meeting, Template};
use crate::domain::organisation::promise::Promise;
use crate::domain::organisation::protocol::{Attendance, MeetingNote, MeetingTask};
use crate::domain::organisation::time_use::TimeLog;
use crate::domain::planning::actions::WeekAction;
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::marketing::{LeadSource, Promotion, SourceMonth};
use crate::domain::planning::metric::MetricDef;
use crate::domain::planning::plan::{Plan, PlanChange};
use crate::domain::planning::report::ReportNotes;
use crate::domain::team::hiring::candidate::Candidate;
use crate::domain::team::hiring::interview::Interview;
use crate::domain::team::hiring::onboarding::Onboarding;
use crate::domain::team::hiring::vacancy::Vacancy;
use crate::domain::team::{Absence, Manager};
use crate::domain::training::case::Case;
use crate::domain::training::certification::{Attempt, CertTest};
use crate::domain::training::event::{TrainingAttendance, TrainingEvent};
use crate::domain::training::reading::{Material, Reading};
use crate::domain::training::review::Review;
use crate::domain::training::scorecard::Scorecard;
use crate::domain::training::script::{Script, ScriptVersion};
use crate::domain::training::skill::{Skill, SkillMark};
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

/// The one list of stores. Adding a store here adds it to the dataset, the export file, the import validator,
/// merge and the browser database's load path; a schema bump and a migration step go with it.
macro_rules! stores {
    ($( $name:ident / $variant:ident ( $ty:ty ) => $field:ident ; )+) => {
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
                matches!(
                    self,
                    StoreName::Acknowledgements
                        | StoreName::Attempts
                        | StoreName::Candidates
                        | StoreName::CertTests
                        | StoreName::CrmSnapshots
                        | StoreName::CrmSources
                        | StoreName::CrmStages
                        | StoreName::Escalations
                        | StoreName::Findings
                        | StoreName::Hypotheses
                        | StoreName::Interviews
                        | StoreName::Materials
                        | StoreName::Onboardings
                        | StoreName::PaySchemes
                        | StoreName::Payslips
                        | StoreName::Readings
                        | StoreName::Reductions
                        | StoreName::Refunds
                        | StoreName::Reviews
                        | StoreName::Scorecards
                        | StoreName::ScriptVersions
                        | StoreName::Scripts
                        | StoreName::SkillMarks
                        | StoreName::Skills
                        | StoreName::Standards
                        | StoreName::TrainingAttendance
                        | StoreName::TimeLogs
                        | StoreName::TrainingEvents
                        | StoreName::Vacancies
                        | StoreName::Violations
                )
            }

            /// M1, M3, M4: records about one person that stay off shared screens and out of a meeting-room file; and
            /// O7's candidates with their scorecards, who are not even in the team.
            pub fn is_personal(self) -> bool {
                matches!(
                    self,
                    StoreName::Candidates
                        | StoreName::DevPlans
                        | StoreName::Interviews
                        | StoreName::OneOnOnes
                        | StoreName::PaySchemes
                        | StoreName::Payslips
                        | StoreName::Reductions
                        | StoreName::Refunds
                )
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
            fn stamp(self, at: &mut Stamper, deleted: bool) -> Change {
                match self { $( Draft::$variant(id, data) => Change::$variant(at.record(id, deleted, data)) ),+ }
            }

            /// The id a record about this subject must have, when it is not the draft's (see [`Related::derived_id`]);
            /// the nil id is no record's.
            fn wrong_id(&self) -> Option<EditError> {
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
            fn draft_of(&self, store: StoreName, id: RecordId) -> Option<Draft> {
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

stores! {
    Absences / Absence(Absence) => absences;
    Acknowledgements / Acknowledgement(Acknowledgement) => acknowledgements;
    Actions / Action(WeekAction) => actions;
    Attempts / Attempt(Attempt) => attempts;
    Attendance / Attendance(Attendance) => attendance;
    Calendar / DayOverride(DayOverride) => calendar;
    Candidates / Candidate(Candidate) => candidates;
    Cases / Case(Case) => cases;
    CertTests / CertTest(CertTest) => cert_tests;
    Contests / Contest(Contest) => contests;
    CrmSnapshots / CrmSnapshot(CrmSnapshot) => crm_snapshots;
    CrmSources / CrmSource(CrmSource) => crm_sources;
    CrmStages / StageRule(StageRule) => crm_stages;
    DevPlans / DevPlan(DevPlan) => dev_plans;
    Escalations / Escalation(Escalation) => escalations;
    Facts / DayFacts(DayFacts) => facts;
    Findings / Finding(Finding) => findings;
    Hypotheses / Hypothesis(Hypothesis) => hypotheses;
    Interviews / Interview(Interview) => interviews;
    Managers / Manager(Manager) => managers;
    Materials / Material(Material) => materials;
    MeetingNotes / MeetingNote(MeetingNote) => meeting_notes;
    MeetingTasks / MeetingTask(MeetingTask) => meeting_tasks;
    Meetings / Meeting(Meeting) => meetings;
    Metrics / Metric(MetricDef) => metrics;
    Onboardings / Onboarding(Onboarding) => onboardings;
    OneOnOnes / OneOnOne(OneOnOne) => one_on_ones;
    PaySchemes / PayScheme(PayScheme) => pay_schemes;
    Payslips / Payslip(Payslip) => payslips;
    PlanLog / PlanChange(PlanChange) => plan_log;
    Plans / Plan(Plan) => plans;
    Promises / Promise(Promise) => promises;
    Promotions / Promotion(Promotion) => promotions;
    Readings / Reading(Reading) => readings;
    Recognitions / Recognition(Recognition) => recognitions;
    Reductions / BonusReduction(BonusReduction) => reductions;
    Refunds / Refund(Refund) => refunds;
    Reports / ReportNotes(ReportNotes) => reports;
    Reviews / Review(Review) => reviews;
    Scorecards / Scorecard(Scorecard) => scorecards;
    ScriptVersions / ScriptVersion(ScriptVersion) => script_versions;
    Scripts / Script(Script) => scripts;
    Settings / Settings(Settings) => settings;
    SkillMarks / SkillMark(SkillMark) => skill_marks;
    Skills / Skill(Skill) => skills;
    SourceMonths / SourceMonth(SourceMonth) => source_months;
    Sources / Source(LeadSource) => sources;
    Standards / Standard(Standard) => standards;
    Templates / Template(Template) => templates;
    TimeLogs / TimeLog(TimeLog) => time_logs;
    TrainingAttendance / TrainingAttendance(TrainingAttendance) => training_attendance;
    TrainingEvents / TrainingEvent(TrainingEvent) => training_events;
    Vacancies / Vacancy(Vacancy) => vacancies;
    Violations / Violation(Violation) => violations;
}

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

    /// A manager's short name ("Кузнецов А. И."), for a deleted manager too (their history still names them):
    /// the one person-name lookup of the screens.
    pub fn short_name(&self, manager: RecordId) -> Option<String> {
        self.managers.get(&manager).map(|r| r.data.short_name())
    }

    /// A manager's full name, for a deleted manager too (a payslip of their months still names them).
    pub fn full_name(&self, manager: RecordId) -> Option<String> {
        self.managers
            .get(&manager)
            .map(|r| r.data.full_name.clone())
    }

    /// A metric's unit: a built-in's, or a custom metric's from the catalog; `None` for a metric that exists nowhere.
    pub fn metric_unit(&self, metric: RecordId) -> Option<Unit> {
        crate::domain::planning::metric::Builtin::from_id(metric)
            .map(|b| b.unit())
            .or_else(|| self.metrics.get(&metric).map(|r| r.data.unit))
    }

    /// Managers that are not deleted, by name.
    pub fn managers_by_name(&self) -> Vec<&Record<Manager>> {
        let mut out: Vec<_> = self.managers.values().filter(|r| !r.deleted).collect();
        out.sort_by(|a, b| {
            a.data
                .full_name
                .to_lowercase()
                .cmp(&b.data.full_name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        out
    }

    /// A manager's absences that are not deleted, latest first.
    pub fn absences_of(&self, manager: RecordId) -> Vec<&Record<Absence>> {
        let mut out: Vec<_> = self
            .absences
            .values()
            .filter(|r| !r.deleted && r.data.manager == manager)
            .collect();
        out.sort_by(|a, b| b.data.from.cmp(&a.data.from).then(a.id.cmp(&b.id)));
        out
    }

    /// Turns a local edit into stamped changes (one, or a plan and its log entry): the one place that sets the
    /// sync fields of a local edit.
    pub fn stamp(
        &self,
        edit: Edit,
        clock: &mut Clock,
        wall_millis: u64,
        device: DeviceId,
    ) -> Result<Vec<Change>, EditError> {
        let mut at = Stamper {
            data: self,
            clock,
            wall_millis,
            device,
        };
        let changes = match edit {
            Edit::Put(Draft::Plan(id, plan)) => {
                let expected = plan.id();
                if id != expected {
                    return Err(EditError::NotDerivedId { id, expected });
                }
                let before = self.live::<Plan>(id).map(|r| &r.data);
                if before == Some(&plan) {
                    return Ok(Vec::new());
                }
                let entry = PlanChange {
                    plan: id,
                    month: plan.month,
                    metric: plan.metric,
                    manager: plan.manager,
                    from: before.map(|b| b.value),
                    to: plan.value,
                    status: plan.status,
                };
                let record = at.record(id, false, plan);
                // The log entry's id comes from the plan and the stamp, which no other edit shares.
                let log_id = derived(
                    "plan_log",
                    &[
                        &id.to_string(),
                        &record.updated.to_string(),
                        &device.to_string(),
                    ],
                );
                let log = Record {
                    id: log_id,
                    updated: record.updated,
                    device,
                    deleted: false,
                    data: entry,
                };
                vec![Change::Plan(record), Change::PlanChange(log)]
            }
            Edit::Put(draft) => {
                if let Some(e) = draft.wrong_id() {
                    return Err(e);
                }
                vec![draft.stamp(&mut at, false)]
            }
            Edit::Delete(store, id) => {
                let draft = self.draft_of(store, id).ok_or(EditError::NotFound(id))?;
                vec![draft.stamp(&mut at, true)]
            }
            Edit::Erase(draft) => {
                let change = draft.stamp(&mut at, true);
                if !change.is_erasure() {
                    return Err(EditError::NotErased(change.id()));
                }
                vec![change]
            }
        };
        // The last guard: nothing is stamped that an import would refuse.
        let unit = |m: RecordId| self.metric_unit(m);
        for c in &changes {
            let mut problems = c.problems();
            problems.extend(c.unit_problems(&unit));
            if !problems.is_empty() {
                return Err(EditError::Invalid {
                    store: c.store(),
                    id: c.id(),
                    problems,
                });
            }
        }
        Ok(changes)
    }
}

/// Stamps records of any kind with one clock, device and wall time.
struct Stamper<'a> {
    data: &'a Dataset,
    clock: &'a mut Clock,
    wall_millis: u64,
    device: DeviceId,
}

impl Stamper<'_> {
    /// The record with its sync fields: stamped after the version it replaces, whatever that version's clock said.
    fn record<T: Kind>(&mut self, id: RecordId, deleted: bool, data: T) -> Record<T> {
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
