//! A person's certificate, the attempts left and the start of a new attempt.

use super::*;
use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::Dataset;
use chrono::NaiveDate;

/// A person's attempts at a test, oldest first.
pub fn attempts_of(data: &Dataset, test: RecordId, manager: RecordId) -> Vec<(RecordId, &Attempt)> {
    let mut out: Vec<(RecordId, &Attempt)> = data
        .live_records::<Attempt>()
        .filter(|r| r.data.test == test && r.data.manager == manager)
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by_key(|(id, a)| (a.started, a.submitted, *id));
    out
}

/// A valid (or lapsed) certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Certificate {
    pub attempt: RecordId,
    pub passed_on: NaiveDate,
    pub percent: u32,
    /// The last day it is valid.
    pub valid_until: NaiveDate,
    /// From this day re-certification is due.
    pub due_from: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CertStatus {
    Expired,
    Due,
    Valid,
}

impl Certificate {
    pub fn status(&self, today: NaiveDate) -> CertStatus {
        if today > self.valid_until {
            CertStatus::Expired
        } else if today >= self.due_from {
            CertStatus::Due
        } else {
            CertStatus::Valid
        }
    }
}

/// The certificate rule (see the module): the latest passed attempt.
pub fn certificate(data: &Dataset, test: RecordId, manager: RecordId) -> Option<Certificate> {
    let t = &data.live::<CertTest>(test)?.data;
    attempts_of(data, test, manager)
        .into_iter()
        .rev()
        .find_map(|(id, a)| {
            let r = result(t, a);
            let on = a.submitted?;
            (r.verdict == Verdict::Passed).then(|| {
                let valid_until = add_days(on, t.valid_days as i64 - 1);
                Certificate {
                    attempt: id,
                    passed_on: on,
                    percent: r.percent,
                    valid_until,
                    due_from: add_days(valid_until, -(t.recert_days as i64)),
                }
            })
        })
}

/// Why a person may not start an attempt now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// An attempt is already open: finish it first.
    Open(RecordId),
    /// All attempts since the last pass are used.
    NoAttemptsLeft { used: u8 },
    /// The test has no questions.
    Empty,
}

/// Attempts left since the last pass (`None`: no limit).
pub fn attempts_left(
    data: &Dataset,
    test: &CertTest,
    id: RecordId,
    manager: RecordId,
) -> Option<u8> {
    if test.attempts == 0 {
        return None;
    }
    Some(
        test.attempts
            .saturating_sub(used_since_pass(data, test, id, manager)),
    )
}

fn used_since_pass(data: &Dataset, test: &CertTest, id: RecordId, manager: RecordId) -> u8 {
    let list = attempts_of(data, id, manager);
    let mut used = 0u8;
    for (_, a) in list.iter().rev() {
        if a.submitted.is_none() {
            continue;
        }
        if result(test, a).verdict == Verdict::Passed {
            break;
        }
        used = used.saturating_add(1);
    }
    used
}

/// Starting an attempt: the paper drawn for it, or why not.
pub fn start(
    data: &Dataset,
    test_id: RecordId,
    manager: RecordId,
    attempt_id: RecordId,
    today: NaiveDate,
    now_ms: u64,
) -> std::result::Result<Attempt, Refusal> {
    let test = &data.live::<CertTest>(test_id).ok_or(Refusal::Empty)?.data;
    if test.questions.is_empty() {
        return Err(Refusal::Empty);
    }
    if let Some((open, _)) = attempts_of(data, test_id, manager)
        .into_iter()
        .find(|(_, a)| a.submitted.is_none())
    {
        return Err(Refusal::Open(open));
    }
    if attempts_left(data, test, test_id, manager) == Some(0) {
        return Err(Refusal::NoAttemptsLeft {
            used: test.attempts,
        });
    }
    Ok(Attempt {
        test: test_id,
        manager,
        paper: test.paper(attempt_id),
        started: today,
        started_ms: now_ms,
        submitted: None,
        given: Vec::new(),
    })
}

/// A person's certificates that need attention on `today`: due or expired, most urgent first.
pub fn attention(
    data: &Dataset,
    manager: RecordId,
    today: NaiveDate,
) -> Vec<(RecordId, Certificate)> {
    let mut out: Vec<(RecordId, Certificate)> = data
        .live_records::<CertTest>()
        .filter_map(|t| certificate(data, t.id, manager).map(|c| (t.id, c)))
        .filter(|(_, c)| c.status(today) != CertStatus::Valid)
        .collect();
    out.sort_by_key(|(id, c)| (c.status(today), c.valid_until, *id));
    out
}
