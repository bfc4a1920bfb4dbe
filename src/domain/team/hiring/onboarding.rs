//! O7 → a new manager: hiring a candidate makes the manager (hired on the first day at work, ramped by the
//! settings' plan), fixes the probation's last day and opens an onboarding checklist that stays on the person's card
//! until every step is done.
//!
//! **Probation's last day** (Labour Code art. 70: at most three months for a seller; art. 14: a period of months
//! ends on the matching day of its last month): the day before the same date `months` later, or that month's last
//! day when it has no such date. Hired 15.03 for three months: 14.06; hired 30.11: 28.02 (29.02 in a leap year);
//! hired 01.12: 28.02.
//!
//! The checklist's usual steps and when each is done (ticked, or on its training evidence) are training's
//! (`training::first_steps`).

use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::{add_days, month_end};
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_count, check_part, check_text, FieldProblem};
use crate::domain::Dataset;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The longest probation the law allows a seller (art. 70; six months is for managers of the company).
pub const PROBATION_MAX_MONTHS: u8 = 3;

/// The probation's last day (see the module).
pub fn probation_end(hired: NaiveDate, months: u8) -> NaiveDate {
    let total = hired.month0() + u32::from(months);
    let year = hired.year() + (total / 12) as i32;
    let month = total % 12 + 1;
    match NaiveDate::from_ymd_opt(year, month, hired.day()) {
        Some(same) => add_days(same, -1),
        None => NaiveDate::from_ymd_opt(year, month, 1)
            .map(month_end)
            .unwrap_or(hired),
    }
}

/// What a step of onboarding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Product training.
    Product,
    /// CRM training.
    Crm,
    /// The approved script, read and practised.
    Script,
    /// The first certification.
    Certification,
    Other,
}

impl StepKind {
    pub const ALL: [StepKind; 5] = [
        StepKind::Product,
        StepKind::Crm,
        StepKind::Script,
        StepKind::Certification,
        StepKind::Other,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub kind: StepKind,
    pub text: String,
    /// The script or the test the step is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<RecordId>,
    /// Ticked by the head on this day.
    #[serde(
        default,
        with = "crate::domain::core::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub done: Option<NaiveDate>,
}

/// One per manager (the id is derived from the manager).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Onboarding {
    /// (The candidate they were points here, not the other way: candidates stay out of a meeting-room file, the
    /// onboarding need not.)
    pub manager: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub probation_end: NaiveDate,
    pub steps: Vec<Step>,
}

pub const TEXT_MAX: usize = 500;
pub const STEPS_MAX: usize = 30;

impl Onboarding {
    pub fn id_for(manager: RecordId) -> RecordId {
        derived("onboarding", &[&manager.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_count(&mut out, "steps".into(), self.steps.len(), STEPS_MAX);
        for (i, s) in self.steps.iter().enumerate() {
            check_part(&mut out, &format!("steps[{i}]"), |o| {
                check_text(o, "text", &s.text, TEXT_MAX)
            });
        }
        out
    }
}

impl Related for Onboarding {
    fn derived_id(&self) -> Option<RecordId> {
        Some(Onboarding::id_for(self.manager))
    }

    fn links(&self) -> Vec<Link> {
        vec![Link::to("manager", StoreName::Managers, self.manager)]
    }
}

/// A manager's onboarding, if they have one.
pub fn onboarding_of(data: &Dataset, manager: RecordId) -> Option<&Onboarding> {
    data.live::<Onboarding>(Onboarding::id_for(manager))
        .map(|r| &r.data)
}
