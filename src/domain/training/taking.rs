//! T5 an attempt being taken and marked: each answer given on the tablet, the submission (its day never before the
//! start), and the head's grade of a short answer, each as the edit it makes. An attempt, once submitted, takes no
//! further answers; a grade goes only to a submitted answer that was not left blank.

use super::certification::{Answer, Attempt, CertTest, Given};
use crate::domain::core::dataset::Edit;
use crate::domain::core::record::RecordId;
use crate::domain::Dataset;
use chrono::NaiveDate;

/// `g` put among the answers so far: it replaces an earlier answer to its question; the list stays in question
/// order.
pub fn with_answer(answers: &mut Vec<Given>, g: Given) {
    answers.retain(|x| x.question != g.question);
    answers.push(g);
    answers.sort_by_key(|x| x.question);
}

/// The edit that records every answer given so far on an attempt still open; `None` once it is submitted (a late
/// save from the screen must not change a handed-in paper) or gone.
pub fn record_answers(data: &Dataset, attempt: RecordId, answers: &[Given]) -> Option<Edit> {
    let mut a = data.live::<Attempt>(attempt)?.data.clone();
    if a.submitted.is_some() {
        return None;
    }
    a.given = answers.to_vec();
    Some(Edit::put(attempt, a))
}

/// The edit that hands the attempt in with `answers`, dated `today` (or its start day, should the clock have gone
/// back); `None` once submitted or gone.
pub fn submit(
    data: &Dataset,
    attempt: RecordId,
    answers: &[Given],
    today: NaiveDate,
) -> Option<Edit> {
    let mut a = data.live::<Attempt>(attempt)?.data.clone();
    if a.submitted.is_some() {
        return None;
    }
    a.given = answers.to_vec();
    a.submitted = Some(today.max(a.started));
    Some(Edit::put(attempt, a))
}

/// A short answer waiting for the head's grade.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToGrade {
    pub attempt: RecordId,
    pub manager: RecordId,
    pub question: u16,
    /// The question's text.
    pub asked: String,
    /// The model answer the head compares with.
    pub model: String,
    pub answer: String,
}

/// Every short answer of a submitted attempt that is not blank and not graded yet, attempt by attempt in id order.
pub fn to_grade(data: &Dataset) -> Vec<ToGrade> {
    let mut out = Vec::new();
    for r in data.live_records::<Attempt>() {
        if r.data.submitted.is_none() {
            continue;
        }
        let Some(t) = data.live::<CertTest>(r.data.test) else {
            continue;
        };
        for g in &r.data.given {
            let Some(q) = t.data.question(g.question) else {
                continue;
            };
            if let (Answer::Short { model }, None) = (&q.answer, g.graded) {
                if !g.text.trim().is_empty() {
                    out.push(ToGrade {
                        attempt: r.id,
                        manager: r.data.manager,
                        question: g.question,
                        asked: q.text.clone(),
                        model: model.clone(),
                        answer: g.text.clone(),
                    });
                }
            }
        }
    }
    out
}

/// The edit that grades one short answer right or wrong; `None` when the attempt is not submitted, is gone, or has
/// no such answer.
pub fn grade(data: &Dataset, attempt: RecordId, question: u16, right: bool) -> Option<Edit> {
    let mut a = data.live::<Attempt>(attempt)?.data.clone();
    a.submitted?;
    let g = a.given.iter_mut().find(|g| g.question == question)?;
    g.graded = Some(right);
    Some(Edit::put(attempt, a))
}
