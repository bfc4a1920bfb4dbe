//! The one list of stores: every kind of record the department keeps, with the area of the head of sales' cycle it
//! belongs to, when the app types it (`start`: before the first screen; `late`: after it, with code that loads then),
//! and whether it is personal (never on a shared screen or in a meeting-room file). The registry sits above the areas
//! because it names every one of them; `core` defines what a store is (`core::dataset`), not which stores there are.
//!
//! Adding a store here adds it to the dataset, the export file, the import validator, merge and the browser
//! database's load path; a schema bump and a migration step go with it. Alphabetical: the export file's order.

use crate::domain::control::finding::Finding;
use crate::domain::control::hypothesis::Hypothesis;
use crate::domain::control::standard::{Acknowledgement, Standard};
use crate::domain::control::violation::Violation;
use crate::domain::core::area::Area;
use crate::domain::core::calendar::DayOverride;
use crate::domain::core::clock::{Clock, Stamp};
use crate::domain::core::dataset::{
    stores, Checked, EachStore, Edit, EditError, Kind, Stamper, Table,
};
use crate::domain::core::ids::derived;
use crate::domain::core::links::Related;
use crate::domain::core::record::{DeviceId, Record, RecordId};
use crate::domain::core::rules::FieldProblem;
use crate::domain::core::settings::Settings;
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
use serde::Serialize;

stores! {
    Absences / Absence(Absence) => absences in Team, start, shared;
    Acknowledgements / Acknowledgement(Acknowledgement) => acknowledgements in Control, late, shared;
    Actions / Action(WeekAction) => actions in Planning, start, shared;
    Attempts / Attempt(Attempt) => attempts in Training, late, shared;
    Attendance / Attendance(Attendance) => attendance in Organisation, start, shared;
    Calendar / DayOverride(DayOverride) => calendar in Core, start, shared;
    Candidates / Candidate(Candidate) => candidates in Team, late, personal;
    Cases / Case(Case) => cases in Training, start, shared;
    CertTests / CertTest(CertTest) => cert_tests in Training, late, shared;
    Contests / Contest(Contest) => contests in Motivation, start, shared;
    CrmSnapshots / CrmSnapshot(CrmSnapshot) => crm_snapshots in Organisation, late, shared;
    CrmSources / CrmSource(CrmSource) => crm_sources in Organisation, late, shared;
    CrmStages / StageRule(StageRule) => crm_stages in Organisation, late, shared;
    DevPlans / DevPlan(DevPlan) => dev_plans in Motivation, start, personal;
    Escalations / Escalation(Escalation) => escalations in Organisation, late, shared;
    Facts / DayFacts(DayFacts) => facts in Planning, start, shared;
    Findings / Finding(Finding) => findings in Control, late, shared;
    Hypotheses / Hypothesis(Hypothesis) => hypotheses in Control, late, shared;
    Interviews / Interview(Interview) => interviews in Team, late, personal;
    Managers / Manager(Manager) => managers in Team, start, shared;
    Materials / Material(Material) => materials in Training, late, shared;
    MeetingNotes / MeetingNote(MeetingNote) => meeting_notes in Organisation, start, shared;
    MeetingTasks / MeetingTask(MeetingTask) => meeting_tasks in Organisation, start, shared;
    Meetings / Meeting(Meeting) => meetings in Organisation, start, shared;
    Metrics / Metric(MetricDef) => metrics in Planning, start, shared;
    Onboardings / Onboarding(Onboarding) => onboardings in Team, late, shared;
    OneOnOnes / OneOnOne(OneOnOne) => one_on_ones in Motivation, start, personal;
    PaySchemes / PayScheme(PayScheme) => pay_schemes in Motivation, late, personal;
    Payslips / Payslip(Payslip) => payslips in Motivation, late, personal;
    PlanLog / PlanChange(PlanChange) => plan_log in Planning, start, shared;
    Plans / Plan(Plan) => plans in Planning, start, shared;
    Promises / Promise(Promise) => promises in Organisation, start, shared;
    Promotions / Promotion(Promotion) => promotions in Planning, start, shared;
    Readings / Reading(Reading) => readings in Training, late, shared;
    Recognitions / Recognition(Recognition) => recognitions in Motivation, start, shared;
    Reductions / BonusReduction(BonusReduction) => reductions in Motivation, late, personal;
    Refunds / Refund(Refund) => refunds in Motivation, late, personal;
    Reports / ReportNotes(ReportNotes) => reports in Planning, start, shared;
    Reviews / Review(Review) => reviews in Training, late, shared;
    Scorecards / Scorecard(Scorecard) => scorecards in Training, late, shared;
    ScriptVersions / ScriptVersion(ScriptVersion) => script_versions in Training, late, shared;
    Scripts / Script(Script) => scripts in Training, late, shared;
    Settings / Settings(Settings) => settings in Core, start, shared;
    SkillMarks / SkillMark(SkillMark) => skill_marks in Training, late, shared;
    Skills / Skill(Skill) => skills in Training, late, shared;
    SourceMonths / SourceMonth(SourceMonth) => source_months in Planning, start, shared;
    Sources / Source(LeadSource) => sources in Planning, start, shared;
    Standards / Standard(Standard) => standards in Control, late, shared;
    Templates / Template(Template) => templates in Organisation, start, shared;
    TimeLogs / TimeLog(TimeLog) => time_logs in Organisation, late, shared;
    TrainingAttendance / TrainingAttendance(TrainingAttendance) => training_attendance in Training, late, shared;
    TrainingEvents / TrainingEvent(TrainingEvent) => training_events in Training, late, shared;
    Vacancies / Vacancy(Vacancy) => vacancies in Team, late, shared;
    Violations / Violation(Violation) => violations in Control, late, shared;
}

/// The one write path's cross-store rules live with the list of stores, which knows them all: a plan's change
/// gets its log entry, and a value is checked against its metric's unit.
impl Dataset {
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
        // The last guard: nothing is stamped that an import would refuse for its fields or units. References are
        // the one rule left to the caller, as every kind's `links` is code the app's first screen does not need:
        // the app runs `Dataset::unresolved` on these changes before it writes them (`ui::state::writes`), and
        // `Dataset::check_references` is the same check in one call.
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
