//! O7 hiring: vacancies, candidates moving through the stages, interview scorecards, the hire that makes a manager
//! with onboarding, the numbers, and the erasure of a rejected candidate's personal data.

pub mod board;
pub mod candidate;
pub mod funnel;
pub mod interview;
pub mod onboarding;
pub mod stage;
pub mod vacancy;

use crate::domain::core::record::RecordId;
use crate::domain::team::hiring::candidate::{Candidate, MoveError};
use crate::domain::team::hiring::interview::Interview;
use crate::domain::team::hiring::onboarding::{
    probation_end, Onboarding, Step, PROBATION_MAX_MONTHS,
};
use crate::domain::team::hiring::vacancy::Vacancy;
use crate::domain::team::Manager;
use crate::domain::{Dataset, Edit};
use chrono::NaiveDate;

/// What the head decides when hiring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hire {
    /// The first day at work (the manager's hire date; the ramp plan counts from its month).
    pub on: NaiveDate,
    /// 1..=3 (Labour Code art. 70); more is cut to three.
    pub probation_months: u8,
    /// The onboarding checklist (the usual one is `training::first_steps::first_steps`).
    pub steps: Vec<Step>,
}

/// Hiring a candidate at the offer stage (one save): the manager `manager` (the vacancy's role, the candidate's
/// name and contacts, hired on the first day), the candidate on probation pointing at them, and the onboarding with
/// the probation's last day and the form's steps.
pub fn hire(
    data: &Dataset,
    candidate: RecordId,
    manager: RecordId,
    form: &Hire,
) -> Result<Vec<Edit>, MoveError> {
    let c = &data
        .live::<Candidate>(candidate)
        .ok_or(MoveError::NotFound)?
        .data;
    let vacancy = &data
        .live::<Vacancy>(c.vacancy)
        .ok_or(MoveError::NotFound)?
        .data;
    let started = c.started(manager, form.on)?;
    let mut person = Manager::new(&c.full_name, vacancy.role, form.on);
    person.phone = c.phone.clone();
    person.email = c.email.clone();
    let months = form.probation_months.clamp(1, PROBATION_MAX_MONTHS);
    let onboarding = Onboarding {
        manager,
        probation_end: probation_end(form.on, months),
        steps: form.steps.clone(),
    };
    Ok(vec![
        Edit::put(manager, person),
        Edit::put(candidate, started),
        Edit::derived(onboarding),
    ])
}

/// Erasing a candidate who left (one save): the candidate becomes a tombstone that keeps the vacancy, the source,
/// the stages and the reason and nothing personal; their scorecards become tombstones that keep nothing. An erased
/// version wins every merge (see `sync::merge`), so another device's older copy cannot bring the data back, and the
/// export carries only what is left.
pub fn erase(data: &Dataset, candidate: RecordId, on: NaiveDate) -> Result<Vec<Edit>, MoveError> {
    let c = &data
        .candidates
        .get(&candidate)
        .ok_or(MoveError::NotFound)?
        .data;
    if c.erased.is_some() {
        return Err(MoveError::Erased);
    }
    if c.left.is_none() {
        return Err(MoveError::StillInFunnel);
    }
    let mut edits = vec![Edit::erase(candidate, c.erased_copy(on))];
    for r in data.interviews.values() {
        if r.data.candidate == candidate && !r.data.erased {
            edits.push(Edit::erase::<Interview>(r.id, r.data.erased_copy()));
        }
    }
    Ok(edits)
}

/// A candidate as the card shows them: live, or what is left after an erasure (a tombstone that says so); `None`
/// for an id that names nobody or a candidate deleted otherwise.
pub fn candidate_of(data: &Dataset, id: RecordId) -> Option<&Candidate> {
    data.candidates
        .get(&id)
        .filter(|r| !r.deleted || r.data.erased.is_some())
        .map(|r| &r.data)
}

/// The vacancy a new one for `role` takes its interview kit from (`Vacancy::reuse_kit`): the latest opened one for
/// the role that has a kit.
pub fn earlier_kit(data: &Dataset, role: crate::domain::team::Role) -> Option<&Vacancy> {
    data.live_records::<Vacancy>()
        .map(|r| &r.data)
        .filter(|v| v.role == role && (!v.attributes.is_empty() || !v.guide.is_empty()))
        .max_by_key(|v| v.opened)
}

/// A vacancy as it is opened: with the interview kit of the latest one for its role (`earlier_kit`), if any.
pub fn opened(data: &Dataset, mut vacancy: Vacancy) -> Vacancy {
    if let Some(earlier) = earlier_kit(data, vacancy.role) {
        vacancy.reuse_kit(earlier);
    }
    vacancy
}
